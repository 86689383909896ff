import { describe, expect, test } from 'vitest';
import { checkTargetValues, type TargetCheckInput } from './target-checks';

/** A share that rises towards 100 % (e.g. care guarantee met), baseline 60 % in 2021. */
const share: TargetCheckInput = {
  direction: 'HIGHER_IS_BETTER',
  naturalLimit: 100,
  minValue: 0,
  maxValue: 100,
  baseline: { period: '2021', value: 60 },
  givenBaselinePeriod: null,
  givenBaselineValue: null,
  points: [],
};

/** Waiting days that should fall towards 0, baseline 10 days in 2021Q1, no upper bound. */
const waiting: TargetCheckInput = {
  direction: 'LOWER_IS_BETTER',
  naturalLimit: 0,
  minValue: 0,
  maxValue: null,
  baseline: { period: '2021Q1', value: 10 },
  givenBaselinePeriod: null,
  givenBaselineValue: null,
  points: [],
};

type Case = [description: string, input: TargetCheckInput, expected: Array<[code: string, pointIndex: number | null]>];

// Each expected list worked out by hand from the rules in target-checks.ts.
const cases: Case[] = [
  ['higher is better: 80 by 2027 is progress from 60', { ...share, points: [{ period: '2027', value: 80 }] }, []],
  ['higher is better: 50 is below the baseline 60', { ...share, points: [{ period: '2027', value: 50 }] }, [['WORSE_THAN_BASELINE', 0]]],
  ['holding the baseline level (60 = 60) is not worse', { ...share, points: [{ period: '2027', value: 60 }] }, []],
  ['a point in the baseline year itself (2021 ≤ 2021)', { ...share, points: [{ period: '2021', value: 80 }] }, [['POINT_BEFORE_BASELINE', 0]]],
  [
    'a point before the baseline that is also worse',
    { ...share, points: [{ period: '2020', value: 50 }] },
    [
      ['POINT_BEFORE_BASELINE', 0],
      ['WORSE_THAN_BASELINE', 0],
    ],
  ],
  [
    '101 % is beyond the limit 100 and above the maximum 100',
    { ...share, points: [{ period: '2029', value: 101 }] },
    [
      ['OUTSIDE_NATURAL_LIMIT', 0],
      ['OUTSIDE_ACCEPTED_RANGE', 0],
    ],
  ],
  ['exactly at the natural limit and the maximum is allowed', { ...share, points: [{ period: '2029', value: 100 }] }, []],
  [
    '−1 % is worse than 60 and below the minimum 0, but on the limit\'s harmless side',
    { ...share, points: [{ period: '2027', value: -1 }] },
    [
      ['WORSE_THAN_BASELINE', 0],
      ['OUTSIDE_ACCEPTED_RANGE', 0],
    ],
  ],
  [
    'indices follow the order given: only the second point (50) is worse',
    { ...share, points: [{ period: '2029', value: 70 }, { period: '2027', value: 50 }] },
    [['WORSE_THAN_BASELINE', 1]],
  ],
  ['lower is better: 7 days by 2027Q4 is progress from 10', { ...waiting, points: [{ period: '2027Q4', value: 7 }] }, []],
  ['lower is better: 12 days is above the baseline 10', { ...waiting, points: [{ period: '2027Q4', value: 12 }] }, [['WORSE_THAN_BASELINE', 0]]],
  [
    'lower is better: −1 day is below the limit 0 and the minimum 0',
    { ...waiting, points: [{ period: '2027Q4', value: -1 }] },
    [
      ['OUTSIDE_NATURAL_LIMIT', 0],
      ['OUTSIDE_ACCEPTED_RANGE', 0],
    ],
  ],
  ['lower is better: 2020Q4 comes before the baseline 2021Q1', { ...waiting, points: [{ period: '2020Q4', value: 5 }] }, [['POINT_BEFORE_BASELINE', 0]]],
  ['lower is better: 1 000 days is only worse, as there is no maximum', { ...waiting, points: [{ period: '2027Q4', value: 1000 }] }, [['WORSE_THAN_BASELINE', 0]]],
  ['no baseline (no data yet): nothing to be worse than or before', { ...share, baseline: null, points: [{ period: '2019', value: 10 }] }, []],
  [
    'a given baseline period after the point, even where the data has none for it',
    { ...share, givenBaselinePeriod: '2030', points: [{ period: '2029', value: 80 }] },
    [['POINT_BEFORE_BASELINE', 0]],
  ],
  [
    'a given baseline value of 120 % is checked against the limit and range (pointIndex null)',
    { ...share, baseline: { period: '2021', value: 120 }, givenBaselinePeriod: '2021', givenBaselineValue: 120, points: [{ period: '2027', value: 100 }] },
    [
      ['OUTSIDE_NATURAL_LIMIT', null],
      ['OUTSIDE_ACCEPTED_RANGE', null],
      ['WORSE_THAN_BASELINE', 0],
    ],
  ],
  [
    'months: the baseline month itself is not after it, the next month is',
    { ...share, baseline: { period: '2024-05', value: 60 }, points: [{ period: '2024-05', value: 70 }, { period: '2024-06', value: 70 }] },
    [['POINT_BEFORE_BASELINE', 0]],
  ],
  [
    'no limit and no range: only the baseline matters',
    { ...share, naturalLimit: null, minValue: null, maxValue: null, points: [{ period: '2027', value: 500 }] },
    [],
  ],
];

describe('checkTargetValues', () => {
  test.each(cases)('%s', (_description, input, expected) => {
    expect(checkTargetValues(input).map((warning) => [warning.code, warning.pointIndex])).toEqual(expected);
  });

  test('messages say what is wrong with which point', () => {
    const [worse] = checkTargetValues({ ...share, points: [{ period: '2027', value: 50 }] });
    expect(worse?.message).toBe('point 1 (2027: 50) is worse than the baseline 60 (2021), and higher is better');
    const [before] = checkTargetValues({ ...share, givenBaselinePeriod: '2030', baseline: null, points: [{ period: '2029', value: 80 }] });
    expect(before?.message).toBe('point 1 (2029: 80) is not after the baseline period 2030: no progress can be measured towards it');
    const [, range] = checkTargetValues({ ...share, points: [{ period: '2029', value: 101 }] });
    expect(range?.message).toBe("101 is above the indicator's maximum 100");
  });
});
