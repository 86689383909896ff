import { describe, expect, test } from 'vitest';
import { parseDecimal, parseFlag } from './number-parsing';

describe('parseDecimal', () => {
  test.each([
    ['1.5', 1.5],
    ['1,5', 1.5],
    ['-0,25', -0.25],
    ['\u22123,5', -3.5],
    ['+7', 7],
    ['1e3', 1000],
    ['2.5E-1', 0.25],
    ['.5', 0.5],
    [' 42 ', 42],
    [583350, 583350],
  ])('%j is %d', (raw, value) => {
    expect(parseDecimal(raw)).toEqual({ ok: true, value });
  });

  test.each([
    ['NaN', 'is not a number'],
    ['Infinity', 'is not a number'],
    ['-inf', 'is not a number'],
    ['1e309', 'too large'],
    ['1 234', 'thousands separator'],
    ['1 234,5', 'thousands separator'],
    ['1.234,5', 'thousands separator'],
    ['1,234.5', 'thousands separator'],
    ['12abc', 'is not a number'],
    ['1.2.3', 'is not a number'],
    ['', 'is empty'],
    [Number.NaN, 'not a finite number'],
  ])('%j is refused (%s)', (raw, reason) => {
    const result = parseDecimal(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(reason);
  });
});

describe('parseFlag', () => {
  test.each([
    [null, false],
    ['', false],
    ['0', false],
    ['1', true],
    ['true', true],
    ['kyllä', true],
    ['ei', false],
    [true, true],
  ])('%j is %s', (raw, value) => {
    expect(parseFlag(raw)).toEqual({ ok: true, value });
  });

  test('anything else is refused', () => {
    expect(parseFlag('maybe').ok).toBe(false);
  });
});
