import { describe, expect, test } from 'vitest';
import { buildTimeSeriesRows, yearTicks } from './time-series-rows';

describe('buildTimeSeriesRows', () => {
  test('merges values, target trajectory from the baseline, and projection on one axis', () => {
    const rows = buildTimeSeriesRows({
      values: [
        { period: '2021', value: 2.2 },
        { period: '2022', value: null },
        { period: '2023', value: 2.0 },
      ],
      baseline: { period: '2021', value: 2.2 },
      targetTrajectory: [
        { period: '2027', value: 1.9 },
        { period: '2029', value: 1.6 },
      ],
      latest: { period: '2023', value: 2.0 },
      projected: { period: '2027', value: 1.7 },
    });
    expect(rows).toEqual([
      { time: 2021, period: '2021', value: 2.2, target: 2.2 },
      { time: 2023, period: '2023', value: 2.0, projection: 2.0 },
      { time: 2027, period: '2027', target: 1.9, projection: 1.7 },
      { time: 2029, period: '2029', target: 1.6 },
    ]);
  });

  test('trajectory points at or before the baseline are left out', () => {
    const rows = buildTimeSeriesRows({
      values: [],
      baseline: { period: '2022Q1', value: 70 },
      targetTrajectory: [
        { period: '2021Q4', value: 60 },
        { period: '2027Q4', value: 90 },
      ],
    });
    expect(rows.map((row) => [row.period, row.target])).toEqual([
      ['2022Q1', 70],
      ['2027Q4', 90],
    ]);
  });

  test('no projection without both ends', () => {
    const rows = buildTimeSeriesRows({ values: [{ period: '2024', value: 1 }], latest: { period: '2024', value: 1 }, projected: null });
    expect(rows).toEqual([{ time: 2024, period: '2024', value: 1 }]);
  });
});

describe('yearTicks', () => {
  test('whole years within the range, thinned', () => {
    const rows = [{ time: 2020.5, period: '2020Q3' }, { time: 2023.25, period: '2023Q2' }];
    expect(yearTicks(rows)).toEqual([2021, 2022, 2023]);
    const long = [{ time: 1990, period: '1990' }, { time: 2023, period: '2023' }];
    expect(yearTicks(long, 10)).toEqual([1990, 1994, 1998, 2002, 2006, 2010, 2014, 2018, 2022]);
  });
});
