import { describe, expect, test } from 'vitest';
import type { ExplanationOptions } from './explanation';
import { acknowledgedWarningsNote, explainSeries } from './explanation';
import type { SeriesInput } from './method';
import { judgeSeries, requireMeanCoverage } from './method';
import { at, series } from './series-fixtures';

// The judgements come from judgeSeries (tested on its own in method.test.ts); the numbers in the
// expected sentences are worked by hand in the comments.

const percentOneDecimal = (direction: ExplanationOptions['direction'] = 'HIGHER_IS_BETTER'): ExplanationOptions => ({
  unit: '%',
  decimals: 1,
  direction,
});
const plain = (decimals: number): ExplanationOptions => ({ unit: '', decimals, direction: 'HIGHER_IS_BETTER' });

describe('explainSeries', () => {
  test.each<[string, SeriesInput, ExplanationOptions, string]>([
    [
      // share (2.0 − 2.2) / (1.6 − 2.2) = 0.333 → 33 %; projected 2.2·(2.0/2.2)^((2029 − 2021)/2) = 2.2·0.683013 = 1.50 → 1.5
      'with target, on track',
      series({
        direction: 'LOWER_IS_BETTER',
        baselineYear: 2021,
        observations: [at('2021', 2.2), at('2023', 2.0)],
        targets: [at('2029', 1.6)],
      }),
      percentOneDecimal('LOWER_IS_BETTER'),
      'Baseline 2.2 % (2021), latest 2.0 % (2023); target 1.6 % by 2029. ' +
        '33 % of the way to the target; at the current pace it would be 1.5 % by 2029, so it is on track.',
    ],
    [
      'target achieved',
      series({ observations: [at('2020', 50), at('2024', 61)], targets: [at('2030', 60)] }),
      plain(0),
      'Baseline 50 (2020), latest 61 (2024); target 60 by 2030. The latest value already meets the target.',
    ],
    [
      // a loose target (1.8, above the baseline 1.4, lower is better) met at 1.7, which is worse than
      // 1.4: 1.8 − 1.7 = 0.1 is left before the target is crossed
      'target met while worsening',
      series({
        direction: 'LOWER_IS_BETTER',
        baselineYear: 2021,
        observations: [at('2021', 1.4), at('2023', 1.7)],
        targets: [at('2027', 1.8)],
      }),
      percentOneDecimal('LOWER_IS_BETTER'),
      'Baseline 1.4 % (2021), latest 1.7 % (2023); target 1.8 % by 2027. The latest value meets the target, ' +
        'but it is worse than the baseline and 0.1 % short of crossing the target, so the target is met, but the value is worsening.',
    ],
    [
      // share (48 − 50) / (60 − 50) = −0.2 < 0, 60 − 48 = 12 from the target;
      // projected 50·(48/50)^(10/4) = 50·0.96^2.5 = 50·0.902980 = 45.1 → 45
      'moving away from the target, with a unit',
      series({ observations: [at('2020', 50), at('2024', 48)], targets: [at('2030', 60)] }),
      { unit: 'visits', decimals: 0, direction: 'HIGHER_IS_BETTER' },
      'Baseline 50 visits (2020), latest 48 visits (2024); target 60 visits by 2030. ' +
        'Moving away from the target, 12 visits from it; at the current pace it would be 45 visits by 2030, so it is deteriorating.',
    ],
    [
      // a loose target (1.8 above the baseline 1.4, lower is better) crossed: 2.0 > 1.8, no share
      // (there was no way to cover), 2.0 − 1.8 = 0.2 from it; projected 1.4·(2.0/1.4)^(6/2) = 1.4·2.915452 = 4.08 → 4.1
      'a loose target crossed: moving away, not "150 % of the way"',
      series({
        direction: 'LOWER_IS_BETTER',
        baselineYear: 2021,
        observations: [at('2021', 1.4), at('2023', 2.0)],
        targets: [at('2027', 1.8)],
      }),
      percentOneDecimal('LOWER_IS_BETTER'),
      'Baseline 1.4 % (2021), latest 2.0 % (2023); target 1.8 % by 2027. ' +
        'Moving away from the target, 0.2 % from it; at the current pace it would be 4.1 % by 2027, so it is deteriorating.',
    ],
    [
      // share (58 − 50) / (60 − 50) = 0.8 → 80 %; P = 0.676 (method.test.ts) → needs acceleration
      'target date passed',
      series({ observations: [at('2020', 50), at('2032', 58)], targets: [at('2030', 60)] }),
      plain(1),
      'Baseline 50.0 (2020), latest 58.0 (2032); target 60.0 by 2030. ' +
        'The target date has passed; 80 % of the way to the target, so progress needs to accelerate.',
    ],
    [
      'target equal to the baseline',
      series({ observations: [at('2020', 50), at('2022', 49)], targets: [at('2030', 50)] }),
      plain(0),
      'Baseline 50 (2020), latest 49 (2022); target 50 by 2030. ' +
        'The target is to hold the baseline level, and the latest value is worse, so it is deteriorating.',
    ],
    [
      // CAGR = (1.8/2.0)^(1/2) − 1 = −0.051317 → falling 5.1 % a year
      'without target, lower is better',
      series({ direction: 'LOWER_IS_BETTER', baselineYear: 2021, observations: [at('2021', 2.0), at('2023', 1.8)] }),
      percentOneDecimal('LOWER_IS_BETTER'),
      'Baseline 2.0 % (2021), latest 1.8 % (2023); no target is set. Falling 5.1 % a year; lower is better, so it is on track.',
    ],
    [
      // CAGR = (91.2/90)^(1/2) − 1 = 0.006645 → 0.7 % a year; C = 0.373622 < 1
      'without target, near a natural limit',
      series({ naturalLimit: 100, observations: [at('2020', 90), at('2022', 91.2)] }),
      percentOneDecimal(),
      'Baseline 90.0 % (2020), latest 91.2 % (2022); no target is set. ' +
        'Rising 0.7 % a year; higher is better, and near its natural limit a slower pace counts, so it is on track.',
    ],
    [
      // CAGR = 0 → limited progress; thousands grouped
      'unchanged, large numbers',
      series({ observations: [at('2020', 583350), at('2022', 583350)] }),
      { unit: 'inhabitants', decimals: 0, direction: 'HIGHER_IS_BETTER' },
      'Baseline 583,350 inhabitants (2020), latest 583,350 inhabitants (2022); no target is set. ' +
        'Unchanged since the baseline; higher is better, so progress is limited.',
    ],
    [
      // −0.4 and −0.3 to no decimals are "0", not "-0"; CAGR = 0.75^0.5 − 1 = −0.133975 → 13.4 % a year,
      // and the value rises (−0.4 → −0.3)
      'negative values rounding to zero',
      series({ observations: [at('2020', -0.4), at('2022', -0.3)] }),
      plain(0),
      'Baseline 0 (2020), latest 0 (2022); no target is set. Rising 13.4 % a year; higher is better, so it is on track.',
    ],
    ['no data', series({}), plain(1), 'No data yet, so progress cannot be judged.'],
    [
      'no baseline',
      series({ baselineYear: 2021, observations: [at('2018', 1.5), at('2020', 2)] }),
      plain(1),
      'No value at or after the baseline year; the latest is 2.0 (2020), so there is no baseline to measure progress from.',
    ],
    [
      'only one data point',
      series({ observations: [at('2023', 1.8)] }),
      percentOneDecimal(),
      'Only one data point (2023); progress needs two points at least a year apart.',
    ],
    [
      'less than a year apart',
      series({ baselineYear: 2023, observations: [at('2023Q1', 5), at('2023Q3', 6)] }),
      percentOneDecimal(),
      'The latest value, 6.0 % (2023Q3), is less than a year after the baseline, 5.0 % (2023Q1); ' +
        'progress needs two points at least a year apart.',
    ],
    [
      'baseline and latest of opposite signs',
      series({ observations: [at('2020', -2), at('2022', 1)] }),
      plain(1),
      'Baseline -2.0 (2020) and latest 1.0 (2022) are on opposite sides of zero, so no growth rate can be computed between them.',
    ],
    [
      'baseline and target of opposite signs',
      series({ observations: [at('2020', -100), at('2022', -50)], targets: [at('2030', 50)] }),
      plain(0),
      'Baseline -100 (2020) and target 50 (2030) are on opposite sides of zero, so no required growth rate can be computed.',
    ],
  ])('%s', (_name, input, options, expected) => {
    expect(explainSeries(judgeSeries(input), options)).toBe(expected);
  });

  test('a mean of municipalities too thin to judge', () => {
    const judged = requireMeanCoverage(judgeSeries(series({ observations: [at('2020', 50), at('2022', 52)] })), 0.3);
    expect(explainSeries(judged, plain(0))).toBe(
      'Baseline 50 (2020), latest 52 (2022); a mean of municipalities holding less than half of the population ' +
        '(of the municipalities, where populations are missing) does not stand for the area, so it is not judged.',
    );
  });
});

describe('acknowledgedWarningsNote', () => {
  test('names each acknowledged warning, and says nothing without one', () => {
    expect(acknowledgedWarningsNote([])).toBeNull();
    expect(acknowledgedWarningsNote(['WORSE_THAN_BASELINE', 'OUTSIDE_NATURAL_LIMIT'])).toBe(
      "The target was saved with its warnings acknowledged: a target value worse than the baseline; a target value beyond the indicator's natural limit.",
    );
  });
});
