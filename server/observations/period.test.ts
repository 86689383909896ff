import { describe, expect, test } from 'vitest';
import {
  comparePeriods,
  latestVisiblePeriods,
  formatPeriod,
  nextPeriod,
  normalizePeriod,
  parsePeriod,
  parsePeriodStrict,
  periodEndExclusive,
  periodToTime,
  previousPeriod,
  quarterOf,
} from './period';

describe('parsePeriod', () => {
  test.each([
    ['2024', 'YEAR', 2024, 1],
    ['2024Q3', 'QUARTER', 2024, 3],
    ['2024q1', 'QUARTER', 2024, 1],
    ['2024-05', 'MONTH', 2024, 5],
    ['2024-5', 'MONTH', 2024, 5],
    [' 2024 ', 'YEAR', 2024, 1],
  ])('%j is a %s period', (text, frequency, year, index) => {
    expect(parsePeriod(text)).toEqual({ ok: true, period: { frequency, year, index } });
  });

  test.each([
    ['2024Q5', 'quarter 5 does not exist'],
    ['2024Q0', 'quarter 0 does not exist'],
    ['2024-13', 'month 13 does not exist'],
    ['2024-00', 'month 0 does not exist'],
    ['24', 'is not a period'],
    ['2024/05', 'is not a period'],
    ['', 'is not a period'],
    ['1850', 'year 1850 is outside'],
    ['2024H1', 'is not a period'],
  ])('%j is refused: %s', (text, reason) => {
    const result = parsePeriod(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(reason);
  });
});

describe('periodToTime (METHOD.md: 2024 → 2024, 2024Q3 → 2024.5, 2024-05 → 2024 + 4/12)', () => {
  test.each([
    ['2024', 2024],
    ['2024Q1', 2024],
    ['2024Q2', 2024.25],
    ['2024Q3', 2024.5],
    ['2024Q4', 2024.75],
    ['2024-01', 2024],
    ['2024-05', 2024 + 4 / 12],
    ['2024-12', 2024 + 11 / 12],
  ])('%s starts at %d', (text, time) => {
    expect(periodToTime(parsePeriodStrict(text))).toBeCloseTo(time, 12);
  });
});

describe('period arithmetic', () => {
  test.each([
    ['2024', '2025', '2023'],
    ['2024Q4', '2025Q1', '2024Q3'],
    ['2024Q1', '2024Q2', '2023Q4'],
    ['2024-12', '2025-01', '2024-11'],
    ['2024-01', '2024-02', '2023-12'],
  ])('after %s comes %s, before it %s', (text, after, before) => {
    const period = parsePeriodStrict(text);
    expect(formatPeriod(nextPeriod(period))).toBe(after);
    expect(formatPeriod(previousPeriod(period))).toBe(before);
  });

  test.each([
    ['2025Q2', '2025-07-01T00:00:00.000Z'],
    ['2025', '2026-01-01T00:00:00.000Z'],
    ['2025-12', '2026-01-01T00:00:00.000Z'],
    ['2025Q4', '2026-01-01T00:00:00.000Z'],
  ])('%s ends before %s', (text, end) => {
    expect(periodEndExclusive(parsePeriodStrict(text)).toISOString()).toBe(end);
  });

  test('quarterOf puts a date in its quarter', () => {
    expect(formatPeriod(quarterOf(new Date('2026-11-22T12:00:00Z')))).toBe('2026Q4');
    expect(formatPeriod(quarterOf(new Date('2026-03-31T23:59:59Z')))).toBe('2026Q1');
  });

  test('comparePeriods orders by time, then year before quarter before month', () => {
    const sorted = ['2024Q2', '2023', '2024-01', '2024', '2024Q1'].map(parsePeriodStrict).sort(comparePeriods).map(formatPeriod);
    expect(sorted).toEqual(['2023', '2024', '2024Q1', '2024-01', '2024Q2']);
  });

  test('normalizePeriod writes the stored form or null', () => {
    expect(normalizePeriod('2024q3')).toBe('2024Q3');
    expect(normalizePeriod('2024-5')).toBe('2024-05');
    expect(normalizePeriod('2024-13')).toBeNull();
  });
});

describe('latestVisiblePeriods: what has ended by the end of a period', () => {
  test.each([
    ['2024', '2024', '2024Q4', '2024-12'],
    ['2024Q4', '2024', '2024Q4', '2024-12'],
    ['2024Q2', '2023', '2024Q2', '2024-06'],
    ['2024Q1', '2023', '2024Q1', '2024-03'],
    ['2024-12', '2024', '2024Q4', '2024-12'],
    ['2024-05', '2023', '2024Q1', '2024-05'],
    ['2024-02', '2023', '2023Q4', '2024-02'],
  ])('as of %s: year %s, quarter %s, month %s', (asOf, year, quarter, month) => {
    expect(latestVisiblePeriods(parsePeriodStrict(asOf))).toEqual({ YEAR: year, QUARTER: quarter, MONTH: month });
  });
});
