import { expect, test } from 'vitest';
import { meanOfMembers } from './series-aggregation';

test('averages each period over the members that have it', () => {
  // 2021: (1.0 + 2.0 + 3.0) / 3 = 2.0; 2022: (1.5 + 2.5) / 2 = 2.0 (the third is suppressed); 2023: 4 / 1.
  const result = meanOfMembers([
    [
      { period: '2022', value: 1.5 },
      { period: '2021', value: 1 },
    ],
    [
      { period: '2021', value: 2 },
      { period: '2022', value: 2.5 },
      { period: '2023', value: 4 },
    ],
    [{ period: '2021', value: 3 }],
    [],
  ]);
  expect(result.values).toEqual([
    { period: '2021', value: 2 },
    { period: '2022', value: 2 },
    { period: '2023', value: 4 },
  ]);
  expect(result.contributingAreas).toBe(3);
});

test('no members, no values', () => {
  expect(meanOfMembers([])).toEqual({ values: [], contributingAreas: 0 });
});
