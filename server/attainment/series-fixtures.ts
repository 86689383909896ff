import type { SeriesInput, TimedValue } from './method';

/** Builders for tests of judgeSeries and what is said about its judgements. */
export const at = (period: string, value: number): TimedValue => ({ period, value });

/** A series input with neutral defaults (higher is better, baseline year 2020, no data, no target), overridden per test. */
export function series(overrides: Partial<SeriesInput>): SeriesInput {
  return {
    direction: 'HIGHER_IS_BETTER',
    naturalLimit: null,
    observations: [],
    baselineYear: 2020,
    targets: [],
    ...overrides,
  };
}
