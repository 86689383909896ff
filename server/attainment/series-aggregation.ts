import type { TimedValue } from './method';

/**
 * A county (or region, or the country) without a series of its own is judged on the mean of its
 * municipalities' values, period by period, over the municipalities that have a value for that
 * period. This is the plain mean: Mittaristo holds no population figures for today's municipalities
 * to weight by, and the explanation says so.
 */
export function meanOfMembers(memberSeries: ReadonlyArray<readonly TimedValue[]>): {
  values: TimedValue[];
  contributingAreas: number;
} {
  const sums = new Map<string, { total: number; count: number }>();
  let contributingAreas = 0;
  for (const series of memberSeries) {
    if (series.length > 0) contributingAreas += 1;
    for (const { period, value } of series) {
      const sum = sums.get(period) ?? { total: 0, count: 0 };
      sum.total += value;
      sum.count += 1;
      sums.set(period, sum);
    }
  }
  const values = [...sums.entries()]
    .map(([period, { total, count }]) => ({ period, value: total / count }))
    .sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
  return { values, contributingAreas };
}
