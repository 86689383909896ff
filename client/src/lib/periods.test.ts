import { describe, expect, test } from 'vitest';
import { comparePeriods, isQuarter, parsePeriod, periodToTime, quarterOf, quartersDescending } from './periods';

describe('periods', () => {
  test.each([
    ['2024', 2024],
    ['2024Q1', 2024],
    ['2024Q3', 2024.5],
    ['2024-05', 2024 + 4 / 12],
    ['2024-12', 2024 + 11 / 12],
  ])('%s is %f on the time axis', (period, time) => {
    expect(periodToTime(period)).toBeCloseTo(time, 10);
  });

  test.each(['', '24', '2024Q5', '2024-13', '2024-1', 'Q3'])('%j is not a period', (text) => {
    expect(parsePeriod(text)).toBeNull();
    expect(periodToTime(text)).toBeNaN();
  });

  test('orders periods of different kinds on one axis', () => {
    expect(['2025', '2024Q4', '2024-02'].sort(comparePeriods)).toEqual(['2024-02', '2024Q4', '2025']);
  });

  test('quarterOf uses the UTC calendar', () => {
    expect(quarterOf(new Date('2026-11-22T12:00:00Z'))).toBe('2026Q4');
    expect(quarterOf(new Date('2026-01-01T00:00:00Z'))).toBe('2026Q1');
  });

  test('quartersDescending lists newest first down to the first year', () => {
    expect(quartersDescending(2025, '2026Q2')).toEqual(['2026Q2', '2026Q1', '2025Q4', '2025Q3', '2025Q2', '2025Q1']);
    expect(quartersDescending(2025, '2026')).toEqual([]);
  });

  test('isQuarter accepts only quarters', () => {
    expect(isQuarter('2025Q2')).toBe(true);
    expect(isQuarter('2025')).toBe(false);
    expect(isQuarter(null)).toBe(false);
  });
});
