import { describe, expect, test } from 'vitest';
import { AppError } from '../errors';
import { parseAsOf } from './as-of';

const now = new Date('2026-11-22T12:00:00.000Z');

describe('parseAsOf', () => {
  test.each([
    [null, now.getTime(), null],
    ['', now.getTime(), null],
    ['2025Q2', Date.parse('2025-06-30T23:59:59.999Z'), '2025Q2'],
    ['2025q4', Date.parse('2025-12-31T23:59:59.999Z'), '2025Q4'],
    ['2024', Date.parse('2024-12-31T23:59:59.999Z'), '2024'],
    ['2025-02', Date.parse('2025-02-28T23:59:59.999Z'), '2025-02'],
    // The current quarter is not over: judge with what is recorded now.
    ['2026Q4', now.getTime(), '2026Q4'],
    ['2025-03-01T10:00:00Z', Date.parse('2025-03-01T10:00:00Z'), null],
    ['2025-03-01T12:00:00+02:00', Date.parse('2025-03-01T10:00:00Z'), null],
  ])('%j → instant %d, period %j', (text, instant, period) => {
    expect(parseAsOf(text, now)).toEqual({ instant, period });
  });

  test.each(['2025Q5', 'yesterday', '2025-13-01T00:00:00Z'])('%j is refused naming the field', (text) => {
    expect(() => parseAsOf(text, now)).toThrow(AppError);
    try {
      parseAsOf(text, now);
    } catch (error) {
      expect((error as AppError).problems[0]?.field).toBe('asOf');
    }
  });
});
