import { describe, expect, test } from 'vitest';
import type { AttainmentStatus, RatioBasis, RollUpPart, SeriesInput, Thresholds, TimedValue } from './method';
import {
  DEFAULT_THRESHOLDS,
  cagr,
  judgeSeries,
  limitScale,
  progressRatio,
  requireMeanCoverage,
  rollUp,
  scoreFromRatio,
  statusFromRatio,
  statusFromScore,
} from './method';
import { at, series } from './series-fixtures';

// Every expected value below is worked by hand (calculator arithmetic in the comment next to it),
// never by calling the code under test. Intermediate values are rounded to 6–7 decimals.

const WITH_TARGET: RatioBasis = { method: 'WITH_TARGET' };
const withoutTarget = (limitScale = 1): RatioBasis => ({ method: 'WITHOUT_TARGET', limitScale });

describe('cagr', () => {
  test.each([
    // (121 / 100)^(1/2) − 1 = 1.1 − 1
    [121, 100, 2022, 2020, 0.1],
    // (81 / 100)^(1/2) − 1 = 0.9 − 1
    [81, 100, 2022, 2020, -0.1],
    // (2 / 1)^(1/1) − 1
    [2, 1, 2021, 2020, 1],
    // 2021Q1 → 2023Q3 is 2023.5 − 2021 = 2.5 years: 1.05^(1/2.5) = 1.05^0.4 = 1.0197077
    [1.05, 1, 2023.5, 2021, 0.0197077],
    // negative values: (−4 / −5)^(1/2) − 1 = 0.8^0.5 − 1 = 0.894427 − 1
    [-4, -5, 2022, 2020, -0.105573],
  ])('CAGR(%d, %d, %d, %d) = %d', (v1, v0, t1, t0, expected) => {
    expect(cagr(v1, v0, t1, t0)).toBeCloseTo(expected, 6);
  });
});

describe('limitScale (C)', () => {
  test.each([
    // |y0| ≥ 2|L| → 1
    [10, 4, 1],
    // |y0| = 2|L| is in the first branch (the third would also give 1 − 0^4.44 = 1)
    [8, 4, 1],
    // |y0| ≤ |L|: 1 − (90/100)^4.44 = 1 − e^(4.44·ln 0.9) = 1 − e^(4.44·−0.105361) = 1 − e^−0.467801 = 1 − 0.626378
    [90, 100, 0.373622],
    // absolute values: same as (90, 100)
    [-90, -100, 0.373622],
    // at the limit: 1 − (100/100)^4.44 = 0
    [100, 100, 0],
    // far below the limit: 1 − (0/100)^4.44 = 1
    [0, 100, 1],
    // between: 1 − ((2·100 − 150)/100)^4.44 = 1 − 0.5^4.44 = 1 − 0.046071
    [150, 100, 0.953929],
    // zero limit: |y0| = 0 ≥ 2·0 → 1 (not 0/0)
    [0, 0, 1],
  ])('C(base %d, limit %d) = %d', (base, limit, expected) => {
    expect(limitScale(base, limit)).toBeCloseTo(expected, 6);
  });
});

describe('progressRatio', () => {
  test.each([
    // no target: s·d·CAGR = 1·1·0.02
    ['higher is better, no target', 'HIGHER_IS_BETTER', 10, 0.02, null, 0.02],
    // 1·(−1)·(−0.02)
    ['lower is better, no target', 'LOWER_IS_BETTER', 10, -0.02, null, 0.02],
    // negative base: s = −1; (−1)·1·(−0.02)
    ['negative base (s = −1)', 'HIGHER_IS_BETTER', -10, -0.02, null, 0.02],
    // zero base counts as +0.001: s = 1
    ['zero base (s = 1)', 'HIGHER_IS_BETTER', 0, 0.5, null, 0.5],
    // with target: 1·1·0.01 / |0.02|
    ['with target', 'HIGHER_IS_BETTER', 10, 0.01, 0.02, 0.5],
    // 1·(−1)·(−0.01) / |−0.04|
    ['with target, lower is better', 'LOWER_IS_BETTER', 10, -0.01, -0.04, 0.25],
    // target = base: division by zero → null
    ['target equal to base', 'HIGHER_IS_BETTER', 10, -0.01, 0, null],
  ] as const)('%s', (_name, direction, baseValue, growthRate, requiredGrowthRate, expected) => {
    const ratio = progressRatio({ direction, baseValue, growthRate, requiredGrowthRate });
    if (expected === null) expect(ratio).toBeNull();
    else expect(ratio).toBeCloseTo(expected, 12);
  });
});

describe('statusFromRatio: each threshold is inclusive from below', () => {
  test.each<[number, RatioBasis, AttainmentStatus]>([
    // with target: high 0.95, medium 0.6, low 0
    [1.2, WITH_TARGET, 'ON_TRACK'],
    [0.95, WITH_TARGET, 'ON_TRACK'],
    [0.9499, WITH_TARGET, 'NEEDS_ACCELERATION'],
    [0.6, WITH_TARGET, 'NEEDS_ACCELERATION'],
    [0.5999, WITH_TARGET, 'LIMITED_PROGRESS'],
    [0, WITH_TARGET, 'LIMITED_PROGRESS'],
    [-0.0001, WITH_TARGET, 'DETERIORATING'],
    // without target: high 0.015, medium 0.005, low 0
    [0.015, withoutTarget(), 'ON_TRACK'],
    [0.0149, withoutTarget(), 'NEEDS_ACCELERATION'],
    [0.005, withoutTarget(), 'NEEDS_ACCELERATION'],
    [0.0049, withoutTarget(), 'LIMITED_PROGRESS'],
    [0, withoutTarget(), 'LIMITED_PROGRESS'],
    [-0.0001, withoutTarget(), 'DETERIORATING'],
    // near a natural limit, C = 0.5: high 0.015·0.5 = 0.0075, medium 0.005·0.5 = 0.0025
    [0.0075, withoutTarget(0.5), 'ON_TRACK'],
    [0.0074, withoutTarget(0.5), 'NEEDS_ACCELERATION'],
    [0.0025, withoutTarget(0.5), 'NEEDS_ACCELERATION'],
    [0.0024, withoutTarget(0.5), 'LIMITED_PROGRESS'],
    // at the limit, C = 0: every threshold is 0, so holding the value is on track
    [0, withoutTarget(0), 'ON_TRACK'],
    [-0.0001, withoutTarget(0), 'DETERIORATING'],
  ])('P = %d (%j) → %s', (ratio, basis, expected) => {
    expect(statusFromRatio(ratio, basis)).toBe(expected);
  });

  test('configured thresholds replace the defaults', () => {
    const strict: Thresholds = { ...DEFAULT_THRESHOLDS, withTarget: { high: 1, medium: 0.8, low: 0.1 } };
    expect(statusFromRatio(0.95, WITH_TARGET, strict)).toBe('NEEDS_ACCELERATION');
    expect(statusFromRatio(0.05, WITH_TARGET, strict)).toBe('DETERIORATING');
  });
});

describe('scoreFromRatio', () => {
  test.each<[number, RatioBasis, number]>([
    // with target, P ≥ 0.6: min(7.1429·P − 4.2857, 5)
    [0.95, WITH_TARGET, 2.500055], // 6.785755 − 4.2857
    [0.6, WITH_TARGET, 0.00004], // 4.28574 − 4.2857
    [1.2, WITH_TARGET, 4.28578], // 8.57148 − 4.2857
    [1.3, WITH_TARGET, 5], // 9.28577 − 4.2857 = 5.00007 → clamped to 5
    [3, WITH_TARGET, 5], // 21.4287 − 4.2857 = 17.143 → 5
    // with target, P < 0.6: max(4.1667·P − 2.5, −5)
    [0.3, WITH_TARGET, -1.24999], // 1.25001 − 2.5
    [0, WITH_TARGET, -2.5],
    [-0.3, WITH_TARGET, -3.75001], // −1.25001 − 2.5
    [-0.7, WITH_TARGET, -5], // −2.91669 − 2.5 = −5.41669 → clamped to −5
    // without target, C = 1
    [0.02, withoutTarget(), 5], // P ≥ 0.015: min(500·0.02 − 5, 5) = min(5, 5)
    [0.05, withoutTarget(), 5], // min(25 − 5, 5)
    [0.0175, withoutTarget(), 3.75], // 8.75 − 5
    [0.015, withoutTarget(), 2.5], // 7.5 − 5
    [0.01, withoutTarget(), 1.25], // 0.005 ≤ P < 0.015: 250·0.01 − 1.25 = 2.5 − 1.25
    [0.005, withoutTarget(), 0], // 1.25 − 1.25
    [0.0025, withoutTarget(), -1.25], // 0 ≤ P < 0.005: 500·0.0025 − 2.5 = 1.25 − 2.5
    [0, withoutTarget(), -2.5], // 0 − 2.5
    [-0.01, withoutTarget(), -3.75], // P < 0: max(125·(−0.01) − 2.5, −5) = −1.25 − 2.5
    [-0.03, withoutTarget(), -5], // −3.75 − 2.5 = −6.25 → clamped to −5
    // without target, C = 0.5: P is divided by C on the positive side only
    [0.01, withoutTarget(0.5), 5], // P ≥ 0.0075: min(500·0.01/0.5 − 5, 5) = min(10 − 5, 5)
    [0.008, withoutTarget(0.5), 3], // 500·0.008/0.5 − 5 = 8 − 5
    [0.005, withoutTarget(0.5), 1.25], // 0.0025 ≤ P < 0.0075: 250·0.005/0.5 − 1.25 = 2.5 − 1.25
    [0.002, withoutTarget(0.5), -0.5], // 500·0.002/0.5 − 2.5 = 2 − 2.5
    [-0.01, withoutTarget(0.5), -3.75], // 125·(−0.01) − 2.5, not divided by C
    // C = 0 → 5 for any P ≥ 0 ...
    [0, withoutTarget(0), 5],
    [0.001, withoutTarget(0), 5],
    // ... but P < low is checked first: 125·(−0.01) − 2.5
    [-0.01, withoutTarget(0), -3.75],
  ])('P = %d (%j) scores %d', (ratio, basis, expected) => {
    expect(scoreFromRatio(ratio, basis)).toBeCloseTo(expected, 6);
  });
});

describe('statusFromScore: [2.5, 5] on track, [0, 2.5), [−2.5, 0), [−5, −2.5)', () => {
  test.each<[number, AttainmentStatus]>([
    [5, 'ON_TRACK'],
    [2.5, 'ON_TRACK'],
    [2.4999, 'NEEDS_ACCELERATION'],
    [0, 'NEEDS_ACCELERATION'],
    [-0.0001, 'LIMITED_PROGRESS'],
    [-2.5, 'LIMITED_PROGRESS'],
    [-2.5001, 'DETERIORATING'],
    [-5, 'DETERIORATING'],
  ])('%d → %s', (score, expected) => {
    expect(statusFromScore(score)).toBe(expected);
  });
});

describe('judgeSeries: status, ratio and score', () => {
  interface Row {
    name: string;
    input: SeriesInput;
    status: AttainmentStatus;
    /** null when the ratio is not defined (target equal to baseline). */
    ratio: number | null;
    score: number;
  }

  // Targets 60 by 2030 from 50 in 2020: required CAGR = (60/50)^(1/10) − 1 = 1.2^0.1 − 1 = 0.0183994.
  const towards60 = (current: number): SeriesInput =>
    series({ observations: [at('2020', 50), at('2024', current)], targets: [at('2030', 60)] });

  const rows: Row[] = [
    // --- without target, higher is better: base 100 (2020); CAGR over 2 years ---
    {
      // 1.01^0.5 − 1 = 0.004988 < 0.005 → LIMITED_PROGRESS; 500·0.004988 − 2.5 = 2.493781 − 2.5
      name: 'no target, +0.5 %/year: limited progress',
      input: series({ observations: [at('2020', 100), at('2022', 101)] }),
      status: 'LIMITED_PROGRESS',
      ratio: 0.004988,
      score: -0.006219,
    },
    {
      // 1.02^0.5 − 1 = 0.009950, in [0.005, 0.015) → NEEDS_ACCELERATION; 250·0.009950 − 1.25 = 2.487623 − 1.25
      name: 'no target, +1.0 %/year: needs acceleration',
      input: series({ observations: [at('2020', 100), at('2022', 102)] }),
      status: 'NEEDS_ACCELERATION',
      ratio: 0.00995,
      score: 1.237623,
    },
    {
      // 1.035^0.5 − 1 = 1.017349 − 1 = 0.017349 ≥ 0.015 → ON_TRACK; 500·0.017349 − 5 = 8.674749 − 5
      name: 'no target, +1.7 %/year: on track',
      input: series({ observations: [at('2020', 100), at('2022', 103.5)] }),
      status: 'ON_TRACK',
      ratio: 0.017349,
      score: 3.674749,
    },
    {
      // 0.98^0.5 − 1 = 0.989949 − 1 = −0.010051 < 0 → DETERIORATING; 125·(−0.010051) − 2.5 = −1.256313 − 2.5
      name: 'no target, −1.0 %/year: deteriorating',
      input: series({ observations: [at('2020', 100), at('2022', 98)] }),
      status: 'DETERIORATING',
      ratio: -0.010051,
      score: -3.756313,
    },
    {
      // 0.9^0.5 − 1 = −0.051317; 125·(−0.051317) − 2.5 = −8.914588 → clamped to −5
      name: 'no target, −5 %/year: score clamped to −5',
      input: series({ observations: [at('2020', 100), at('2022', 90)] }),
      status: 'DETERIORATING',
      ratio: -0.051317,
      score: -5,
    },
    {
      // base 2.0 (2021), current 1.8 (2023), lower is better: CAGR = 0.9^0.5 − 1 = 0.948683 − 1 = −0.051317;
      // P = 1·(−1)·(−0.051317) = 0.051317 ≥ 0.015 → ON_TRACK; min(500·0.051317 − 5, 5) = min(20.66, 5) = 5
      name: 'no target, lower is better, falling: on track, score clamped to 5',
      input: series({
        direction: 'LOWER_IS_BETTER',
        baselineYear: 2021,
        observations: [at('2021', 2.0), at('2023', 1.8)],
      }),
      status: 'ON_TRACK',
      ratio: 0.051317,
      score: 5,
    },

    // --- with target, higher is better: base 50 (2020), target 60 (2030), current in 2024 ---
    {
      // 54: (54/50)^(1/4) = 1.08^0.25 = 1.0194265 → 0.0194265; P = 0.0194265 / 0.0183994 = 1.055826 ≥ 0.95;
      // score = 7.1429·1.055826 − 4.2857 = 7.541662 − 4.2857 = 3.255962
      name: 'with target, ahead of the required pace: on track',
      input: towards60(54),
      status: 'ON_TRACK',
      ratio: 1.055826,
      score: 3.255962,
    },
    {
      // 53: 1.06^0.25 = 1.0146738 → 0.0146738; P = 0.0146738 / 0.0183994 = 0.797519 in [0.6, 0.95);
      // score = 7.1429·0.797519 − 4.2857 = 5.696596 − 4.2857 = 1.410896
      name: 'with target, 80 % of the required pace: needs acceleration',
      input: towards60(53),
      status: 'NEEDS_ACCELERATION',
      ratio: 0.797519,
      score: 1.410896,
    },
    {
      // 52: 1.04^0.25 = 1.0098534 → 0.0098534; P = 0.0098534 / 0.0183994 = 0.535529 in [0, 0.6);
      // score = 4.1667·0.535529 − 2.5 = 2.231390 − 2.5 = −0.268610
      name: 'with target, half the required pace: limited progress',
      input: towards60(52),
      status: 'LIMITED_PROGRESS',
      ratio: 0.535529,
      score: -0.26861,
    },
    {
      // 48: 0.96^0.25 = 0.9898464 → −0.0101536; P = −0.0101536 / 0.0183994 = −0.551845 < 0;
      // score = 4.1667·(−0.551845) − 2.5 = −2.299372 − 2.5 = −4.799372
      name: 'with target, moving away: deteriorating',
      input: towards60(48),
      status: 'DETERIORATING',
      ratio: -0.551845,
      score: -4.799372,
    },
    {
      // 40: 0.8^0.25 = 0.9457416 → −0.0542584; P = −0.0542584 / 0.0183994 = −2.948926;
      // score = 4.1667·(−2.948926) − 2.5 = −14.79 → clamped to −5
      name: 'with target, moving away fast: score clamped to −5',
      input: towards60(40),
      status: 'DETERIORATING',
      ratio: -2.948926,
      score: -5,
    },
    {
      // 59 (< 60, not yet achieved): 1.18^0.25 = 1.0422466 → 0.0422466; P = 0.0422466 / 0.0183994 = 2.296091;
      // score = 7.1429·2.296091 − 4.2857 = 12.115 → clamped to 5
      name: 'with target, far ahead but not yet there: score clamped to 5',
      input: towards60(59),
      status: 'ON_TRACK',
      ratio: 2.296091,
      score: 5,
    },
    {
      // 61 ≥ 60 → TARGET_ACHIEVED, score 5; P still reported: 1.22^0.25 − 1 = 0.0509691; / 0.0183994 = 2.770155
      name: 'target achieved (higher is better, above the target)',
      input: towards60(61),
      status: 'TARGET_ACHIEVED',
      ratio: 2.770155,
      score: 5,
    },
    {
      // 60 ≥ 60 (achieved includes equality): 1.2^0.25 − 1 = 0.0466351; / 0.0183994 = 2.534604
      name: 'target achieved (exactly at the target)',
      input: towards60(60),
      status: 'TARGET_ACHIEVED',
      ratio: 2.534604,
      score: 5,
    },
    // --- a target on the worse side of the baseline: met, and yet worsening ---
    {
      // lower is better, base 1.4 (2021), latest 1.7 (2023), target 1.8 (2027): 1.7 ≤ 1.8 is met, but
      // 1.7 > 1.4 is worse than the baseline → TARGET_ACHIEVED_WORSENING. Room used u = (1.7 − 1.4) / (1.8 − 1.4)
      // = 0.3 / 0.4 = 0.75; score = 2.5·(1 − 0.75) = 0.625. P still reported: CAGR = (1.7/1.4)^(1/2) − 1 =
      // 1.2142857^0.5 − 1 = 0.1019463; required = (1.8/1.4)^(1/6) − 1 = e^(0.2513144/6) − 1 = 0.0427753;
      // P = 1·(−1)·0.1019463 / 0.0427753 = −2.383298
      name: 'target met while worsening (lower is better): achieved, but worsening, scored by the room used',
      input: series({
        direction: 'LOWER_IS_BETTER',
        baselineYear: 2021,
        observations: [at('2021', 1.4), at('2023', 1.7)],
        targets: [at('2027', 1.8)],
      }),
      status: 'TARGET_ACHIEVED_WORSENING',
      ratio: -2.383298,
      score: 0.625,
    },
    {
      // higher is better, base 80 (2020), latest 76 (2022), target 75 (2030): 76 ≥ 75 met, 76 < 80 worse.
      // u = (76 − 80) / (75 − 80) = −4 / −5 = 0.8; score = 2.5·0.2 = 0.5.
      // CAGR = 0.95^0.5 − 1 = −0.0253206; required = (75/80)^(1/10) − 1 = −0.0064331; P = −0.0253206 / 0.0064331 = −3.936
      name: 'target met while worsening (higher is better)',
      input: series({ observations: [at('2020', 80), at('2022', 76)], targets: [at('2030', 75)] }),
      status: 'TARGET_ACHIEVED_WORSENING',
      ratio: -3.936,
      score: 0.5,
    },
    {
      // at the target itself while worsening: u = (1.8 − 1.4) / (1.8 − 1.4) = 1 → score 0.
      // P = −((1.8/1.4)^0.5 − 1) / 0.0427753 = −0.1338934 / 0.0427753 = −3.130156
      name: 'target met exactly while worsening: score 0',
      input: series({
        direction: 'LOWER_IS_BETTER',
        baselineYear: 2021,
        observations: [at('2021', 1.4), at('2023', 1.8)],
        targets: [at('2027', 1.8)],
      }),
      status: 'TARGET_ACHIEVED_WORSENING',
      ratio: -3.130156,
      score: 0,
    },
    {
      // the same loose target, met while improving (1.2 < 1.4): a plain achievement, score 5.
      // P = −((1.2/1.4)^0.5 − 1) / 0.0427753 = 0.0741799 / 0.0427753 = 1.734175
      name: 'a loose target met while improving: achieved',
      input: series({
        direction: 'LOWER_IS_BETTER',
        baselineYear: 2021,
        observations: [at('2021', 1.4), at('2023', 1.2)],
        targets: [at('2027', 1.8)],
      }),
      status: 'TARGET_ACHIEVED',
      ratio: 1.734175,
      score: 5,
    },
    {
      // unchanged at the baseline (1.4 = 1.4) under a loose target: not worse, so achieved. P = 0.
      name: 'a loose target met by holding the baseline: achieved',
      input: series({
        direction: 'LOWER_IS_BETTER',
        baselineYear: 2021,
        observations: [at('2021', 1.4), at('2023', 1.4)],
        targets: [at('2027', 1.8)],
      }),
      status: 'TARGET_ACHIEVED',
      ratio: 0,
      score: 5,
    },
    {
      // lower is better: 1.5 ≤ 1.6 → TARGET_ACHIEVED.
      // CAGR = (1.5/2.2)^(1/2) − 1 = 0.825723 − 1 = −0.174277; required = (1.6/2.2)^(1/8) − 1 = 0.9609752 − 1 = −0.0390248;
      // P = 1·(−1)·(−0.174277) / 0.0390248 = 4.465801
      name: 'target achieved (lower is better, below the target)',
      input: series({
        direction: 'LOWER_IS_BETTER',
        baselineYear: 2021,
        observations: [at('2021', 2.2), at('2023', 1.5)],
        targets: [at('2029', 1.6)],
      }),
      status: 'TARGET_ACHIEVED',
      ratio: 4.465801,
      score: 5,
    },
    {
      // lower is better: base 2.2 (2021), current 2.0 (2023), target 1.6 (2029).
      // CAGR = (2.0/2.2)^(1/2) − 1 = 0.9534626 − 1 = −0.0465374; required = (1.6/2.2)^(1/8) − 1 = −0.0390248;
      // P = 1·(−1)·(−0.0465374) / 0.0390248 = 1.192507 ≥ 0.95; score = 7.1429·1.192507 − 4.2857 = 8.517962 − 4.2857
      name: 'with target, lower is better: on track',
      input: series({
        direction: 'LOWER_IS_BETTER',
        baselineYear: 2021,
        observations: [at('2021', 2.2), at('2023', 2.0)],
        targets: [at('2029', 1.6)],
      }),
      status: 'ON_TRACK',
      ratio: 1.192507,
      score: 4.232262,
    },

    // --- natural limit (no target): thresholds × C, positive scores ÷ C ---
    {
      // |10| ≥ 2·|4| → C = 1. Lower is better: CAGR = 0.98^0.5 − 1 = −0.010051; P = 0.010051 in [0.005, 0.015);
      // score = 250·0.010051/1 − 1.25 = 2.512627 − 1.25
      name: 'natural limit far away (|y0| ≥ 2|L|, C = 1): unchanged thresholds',
      input: series({
        direction: 'LOWER_IS_BETTER',
        naturalLimit: 4,
        observations: [at('2020', 10), at('2022', 9.8)],
      }),
      status: 'NEEDS_ACCELERATION',
      ratio: 0.010051,
      score: 1.262627,
    },
    {
      // |90| ≤ |100| → C = 1 − 0.9^4.44 = 0.373622; high = 0.015·0.373622 = 0.005604.
      // CAGR = (91.2/90)^(1/2) − 1 = 1.0066446 − 1 = 0.0066446 ≥ 0.005604 → ON_TRACK (without the limit:
      // NEEDS_ACCELERATION); score = 500·0.0066446/0.373622 − 5 = 8.892139 − 5 = 3.892139
      name: 'natural limit close (|y0| ≤ |L|): a slower pace is on track',
      input: series({ naturalLimit: 100, observations: [at('2020', 90), at('2022', 91.2)] }),
      status: 'ON_TRACK',
      ratio: 0.006645,
      score: 3.892139,
    },
    {
      // |L| < |150| < 2|L| → C = 1 − ((200 − 150)/100)^4.44 = 1 − 0.5^4.44 = 0.953929;
      // medium = 0.005·0.953929 = 0.004770, high = 0.015·0.953929 = 0.014309.
      // CAGR = (152/150)^(1/2) − 1 = 0.0066446 → NEEDS_ACCELERATION; score = 250·0.0066446/0.953929 − 1.25 = 1.741375 − 1.25
      name: 'natural limit between |L| and 2|L|',
      input: series({ naturalLimit: 100, observations: [at('2020', 150), at('2022', 152)] }),
      status: 'NEEDS_ACCELERATION',
      ratio: 0.006645,
      score: 0.491375,
    },
    {
      // base = limit → C = 0: thresholds 0; CAGR = 1.005^0.5 − 1 = 0.0024969 ≥ 0 → ON_TRACK; C = 0 → score 5
      name: 'at the natural limit (C = 0), holding on: on track, score 5',
      input: series({ naturalLimit: 100, observations: [at('2020', 100), at('2022', 100.5)] }),
      status: 'ON_TRACK',
      ratio: 0.002497,
      score: 5,
    },
    {
      // C = 0; CAGR = 0.99^0.5 − 1 = 0.9949874 − 1 = −0.0050126 < 0; score = 125·(−0.0050126) − 2.5 = −0.626570 − 2.5
      name: 'at the natural limit (C = 0), slipping: deteriorating',
      input: series({ naturalLimit: 100, observations: [at('2020', 100), at('2022', 99)] }),
      status: 'DETERIORATING',
      ratio: -0.005013,
      score: -3.12657,
    },
    {
      // a natural limit is ignored with a target (as in sdg-build): same as 'with target ... on track' above
      name: 'natural limit ignored when there is a target',
      input: { ...towards60(54), naturalLimit: 55 },
      status: 'ON_TRACK',
      ratio: 1.055826,
      score: 3.255962,
    },

    // --- zero and negative values ---
    {
      // base 0 → 0.001: CAGR = (2/0.001)^(1/2) − 1 = 2000^0.5 − 1 = 44.72136 − 1 = 43.72136 → ON_TRACK, score 5
      name: 'zero base is replaced by 0.001',
      input: series({ observations: [at('2020', 0), at('2022', 2)] }),
      status: 'ON_TRACK',
      ratio: 43.72136,
      score: 5,
    },
    {
      // lower is better, base 4 (2020), target 0 → 0.001 (2030), current 2 (2024):
      // required = (0.001/4)^(1/10) − 1 = 0.00025^0.1 − 1 = 0.4363088 − 1 = −0.5636912;
      // CAGR = (2/4)^(1/4) − 1 = 0.8408964 − 1 = −0.1591036; P = 1·(−1)·(−0.1591036) / 0.5636912 = 0.282253;
      // score = 4.1667·0.282253 − 2.5 = 1.176064 − 2.5. (Halfway in value, but far behind the compound pace.)
      name: 'zero target is replaced by 0.001',
      input: series({
        direction: 'LOWER_IS_BETTER',
        observations: [at('2020', 4), at('2024', 2)],
        targets: [at('2030', 0)],
      }),
      status: 'LIMITED_PROGRESS',
      ratio: 0.282253,
      score: -1.323936,
    },
    {
      // higher is better, −5 → −4.9: CAGR = (−4.9/−5)^(1/2) − 1 = 0.98^0.5 − 1 = −0.010051 (the magnitude shrinks);
      // s = −1: P = (−1)·1·(−0.010051) = 0.010051 → NEEDS_ACCELERATION; 250·0.010051 − 1.25 = 2.512627 − 1.25
      name: 'negative base (s = −1), no target',
      input: series({ observations: [at('2020', -5), at('2022', -4.9)] }),
      status: 'NEEDS_ACCELERATION',
      ratio: 0.010051,
      score: 1.262627,
    },
    {
      // lower is better, −5 (2020) → −6 (2024), target −10 (2030): CAGR = 1.2^0.25 − 1 = 0.0466351;
      // required = 2^0.1 − 1 = 0.0717735; P = (−1)·(−1)·0.0466351 / 0.0717735 = 0.649755 in [0.6, 0.95);
      // score = 7.1429·0.649755 − 4.2857 = 4.641132 − 4.2857
      name: 'negative base (s = −1), lower is better, with target',
      input: series({
        direction: 'LOWER_IS_BETTER',
        observations: [at('2020', -5), at('2024', -6)],
        targets: [at('2030', -10)],
      }),
      status: 'NEEDS_ACCELERATION',
      ratio: 0.649755,
      score: 0.355432,
    },
    {
      // target 50 equals base 50: required CAGR = 0, P undefined. 49 < 50 → not achieved, so the series is
      // moving away from the level it was to hold: DETERIORATING, −5 (the limit of P → −∞)
      name: 'target equal to the baseline, slipping: deteriorating, −5',
      input: series({ observations: [at('2020', 50), at('2022', 49)], targets: [at('2030', 50)] }),
      status: 'DETERIORATING',
      ratio: null,
      score: -5,
    },

    // --- sub-annual periods ---
    {
      // 2021Q1 (t = 2021) → 2023Q3 (t = 2023.5): 2.5 years. CAGR = (84/80)^(1/2.5) − 1 = 1.05^0.4 − 1 = 0.0197077;
      // ≥ 0.015 → ON_TRACK; score = 500·0.0197077 − 5 = 9.853875 − 5
      name: 'quarterly: 2021Q1 → 2023Q3 is 2.5 years',
      input: series({ baselineYear: 2021, observations: [at('2021Q1', 80), at('2022Q2', 82), at('2023Q3', 84)] }),
      status: 'ON_TRACK',
      ratio: 0.019708,
      score: 4.853875,
    },
    {
      // 2022-01 (t = 2022) → 2023-07 (t = 2023 + 6/12 = 2023.5): 1.5 years. CAGR = 1.03^(1/1.5) − 1 = 1.0199013 − 1;
      // score = 500·0.0199013 − 5 = 9.950655 − 5
      name: 'monthly: 2022-01 → 2023-07 is 1.5 years',
      input: series({ baselineYear: 2022, observations: [at('2022-01', 200), at('2023-07', 206)] }),
      status: 'ON_TRACK',
      ratio: 0.019901,
      score: 4.950655,
    },
    {
      // 2047-03 → 2048-03 is one year, but in floating point (2048 + 2/12) − (2047 + 2/12) = 0.99999999999977
      // (the sums round differently either side of 2048): still counted as a year.
      // CAGR = 102/100 − 1 = 0.02 → ON_TRACK; 500·0.02 − 5 = 5
      name: 'monthly: exactly twelve months apart is enough, despite rounding',
      input: series({ baselineYear: 2047, observations: [at('2047-03', 100), at('2048-03', 102)] }),
      status: 'ON_TRACK',
      ratio: 0.02,
      score: 5,
    },

    // --- choosing baseline, current and target ---
    {
      // override 11.8 (2020) instead of the first observation 10 (2019): CAGR = (12/11.8)^(1/2) − 1 = 1.0169492^0.5 − 1
      // = 1.0084390 − 1 = 0.0084390 → NEEDS_ACCELERATION; 250·0.008439 − 1.25 = 2.109742 − 1.25.
      // (Without the override: (12/10)^(1/3) − 1 = 0.062659 → ON_TRACK.)
      name: 'baseline override replaces the first observation',
      input: series({
        baselineYear: 2019,
        observations: [at('2019', 10), at('2020', 11), at('2022', 12)],
        baselineOverride: at('2020', 11.8),
      }),
      status: 'NEEDS_ACCELERATION',
      ratio: 0.008439,
      score: 0.859742,
    },
    {
      // baseline year 2021: base is 2022 (first at or after 2021), not 2019. (20/16)^(1/2) − 1 = 1.118034 − 1 = 0.118034
      name: 'baseline is the first observation at or after the baseline year',
      input: series({ baselineYear: 2021, observations: [at('2019', 10), at('2022', 16), at('2024', 20)] }),
      status: 'ON_TRACK',
      ratio: 0.118034,
      score: 5,
    },
    {
      // as of 2023: current is 102 (2022), not 90 (2024). As 'no target, +1.0 %/year' above.
      name: 'asOfPeriod picks an earlier current value',
      input: series({ observations: [at('2020', 100), at('2022', 102), at('2024', 90)], asOfPeriod: '2023' }),
      status: 'NEEDS_ACCELERATION',
      ratio: 0.00995,
      score: 1.237623,
    },
    {
      // as of 2024Q2 the year 2024 has not ended, so current is still 102 (2022)
      name: 'asOfPeriod in a quarter excludes a yearly value not yet ended',
      input: series({ observations: [at('2020', 100), at('2022', 102), at('2024', 90)], asOfPeriod: '2024Q2' }),
      status: 'NEEDS_ACCELERATION',
      ratio: 0.00995,
      score: 1.237623,
    },
    {
      // trajectory 55 (2025), 60 (2030), 70 (2035); current 53 (2026) → nearest after is 60 (2030).
      // CAGR = (53/50)^(1/6) − 1 = 1.0097588 − 1 = 0.0097588; required = 1.2^0.1 − 1 = 0.0183994;
      // P = 0.0097588 / 0.0183994 = 0.530387; score = 4.1667·0.530387 − 2.5 = 2.209964 − 2.5
      name: 'target trajectory: the nearest point after the current period',
      input: series({
        observations: [at('2020', 50), at('2026', 53)],
        targets: [at('2035', 70), at('2025', 55), at('2030', 60)],
      }),
      status: 'LIMITED_PROGRESS',
      ratio: 0.530387,
      score: -0.290036,
    },
    {
      // trajectory 53 (2024), 60 (2030); current 53 (2024): a point AT the current period is not "after" it,
      // so the target is 60 (2030), not the already-met 53. As 'with target, 80 % of the required pace' above.
      name: 'target trajectory: a point at the current period is not the next target',
      input: series({ observations: [at('2020', 50), at('2024', 53)], targets: [at('2024', 53), at('2030', 60)] }),
      status: 'NEEDS_ACCELERATION',
      ratio: 0.797519,
      score: 1.410896,
    },
    {
      // trajectory 55 (2025), 60 (2030); current 58 (2032) is past both → the last, 60 (2030); 58 < 60, not achieved.
      // CAGR = (58/50)^(1/12) − 1 = 1.16^(1/12) − 1 = 0.0124451; P = 0.0124451 / 0.0183994 = 0.676389;
      // score = 7.1429·0.676389 − 4.2857 = 4.831380 − 4.2857
      name: 'target trajectory: past every point, the last one is used',
      input: series({ observations: [at('2020', 50), at('2032', 58)], targets: [at('2030', 60), at('2025', 55)] }),
      status: 'NEEDS_ACCELERATION',
      ratio: 0.676389,
      score: 0.54568,
    },
    {
      // the only target (2019) is before the baseline (2020): ignored, judged without target as
      // 'no target, +1.0 %/year' above
      name: 'a target dated before the baseline is ignored',
      input: series({ observations: [at('2020', 100), at('2022', 102)], targets: [at('2019', 200)] }),
      status: 'NEEDS_ACCELERATION',
      ratio: 0.00995,
      score: 1.237623,
    },
  ];

  test.each(rows)('$name', ({ input, status, ratio, score }) => {
    const judgement = judgeSeries(input);
    expect(judgement.status).toBe(status);
    expect(judgement.notAvailableReason).toBeNull();
    if (ratio === null) expect(judgement.ratio).toBeNull();
    else expect(judgement.ratio).toBeCloseTo(ratio, 5);
    expect(judgement.score).toBeCloseTo(score, 5);
  });

  test('configured thresholds change the status, not the score', () => {
    // base 100 → 102 over 2 years: P = 0.009950 (see above); with high lowered to 0.008 it is on track,
    // yet the score stays 250·0.009950 − 1.25 = 1.237623
    const lenient: Thresholds = { ...DEFAULT_THRESHOLDS, withoutTarget: { high: 0.008, medium: 0.004, low: 0 } };
    const judgement = judgeSeries(series({ observations: [at('2020', 100), at('2022', 102)] }), lenient);
    expect(judgement.status).toBe('ON_TRACK');
    expect(judgement.score).toBeCloseTo(1.237623, 5);
  });
});

describe('judgeSeries: what a user sees', () => {
  test('with a target: baseline, latest, target, growth rates, progress share and projection', () => {
    // base 50 (2020), current 54 (2024), target 60 (2030)
    const judgement = judgeSeries(
      series({ observations: [at('2024', 54), at('2020', 50), at('2022', 51)], targets: [at('2030', 60)] }),
    );
    expect(judgement).toMatchObject({
      method: 'WITH_TARGET',
      baseline: { period: '2020', value: 50 },
      latest: { period: '2024', value: 54 },
      target: { period: '2030', value: 60 },
      limitScale: null,
    });
    // 1.08^0.25 − 1
    expect(judgement.growthRate).toBeCloseTo(0.0194265, 6);
    // 1.2^0.1 − 1
    expect(judgement.requiredGrowthRate).toBeCloseTo(0.0183994, 6);
    // (54 − 50) / (60 − 50) = 4 / 10
    expect(judgement.progressShare).toBeCloseTo(0.4, 12);
    // 50·(1 + 0.0194265)^(2030 − 2020) = 50·1.08^(10/4) = 50·1.08^2.5 = 50·1.2121584 = 60.607922
    expect(judgement.projected?.period).toBe('2030');
    expect(judgement.projected?.value).toBeCloseTo(60.607922, 5);
  });

  test('lower is better: progress share and projection', () => {
    const judgement = judgeSeries(
      series({
        direction: 'LOWER_IS_BETTER',
        baselineYear: 2021,
        observations: [at('2021', 2.2), at('2023', 2.0)],
        targets: [at('2029', 1.6)],
      }),
    );
    // (2.0 − 2.2) / (1.6 − 2.2) = −0.2 / −0.6
    expect(judgement.progressShare).toBeCloseTo(0.333333, 6);
    // 2.2·(2.0/2.2)^((2029 − 2021)/(2023 − 2021)) = 2.2·0.9090909^4 = 2.2·0.6830135 = 1.502630
    expect(judgement.projected?.value).toBeCloseTo(1.50263, 5);
  });

  test('zero target: the projection and share use the real values', () => {
    // base 4 (2020), current 2 (2024), target 0 (2030): share (2 − 4)/(0 − 4) = 0.5;
    // projected 4·(2/4)^(10/4) = 4·0.5^2.5 = 4·0.1767767 = 0.707107
    const judgement = judgeSeries(
      series({ direction: 'LOWER_IS_BETTER', observations: [at('2020', 4), at('2024', 2)], targets: [at('2030', 0)] }),
    );
    expect(judgement.target).toEqual({ period: '2030', value: 0 });
    expect(judgement.progressShare).toBeCloseTo(0.5, 12);
    expect(judgement.projected?.value).toBeCloseTo(0.707107, 6);
  });

  test('negative values: the projection keeps the sign', () => {
    // −5·(−6/−5)^(10/4) = −5·1.2^2.5 = −5·1.5774410 = −7.887205; share (−6 + 5)/(−10 + 5) = 0.2
    const judgement = judgeSeries(
      series({
        direction: 'LOWER_IS_BETTER',
        observations: [at('2020', -5), at('2024', -6)],
        targets: [at('2030', -10)],
      }),
    );
    expect(judgement.projected?.value).toBeCloseTo(-7.887205, 5);
    expect(judgement.progressShare).toBeCloseTo(0.2, 12);
  });

  test.each([
    // higher is better, target above the baseline: (54 − 50) / (60 − 50) = 0.4
    ['HIGHER_IS_BETTER', 50, 54, 60, 0.4],
    // moved away: (48 − 50) / (60 − 50) = −0.2
    ['HIGHER_IS_BETTER', 50, 48, 60, -0.2],
    // lower is better, target below: (2.0 − 2.2) / (1.6 − 2.2) = −0.2 / −0.6 = 0.333333
    ['LOWER_IS_BETTER', 2.2, 2.0, 1.6, 0.333333],
    // a target on the worse side of the baseline has no way to cover: (1.7 − 1.4) / (1.8 − 1.4) = 0.75 would count a worsening as progress
    ['LOWER_IS_BETTER', 1.4, 1.7, 1.8, null],
    ['HIGHER_IS_BETTER', 80, 76, 75, null],
    // the target is the baseline: nothing to divide by
    ['HIGHER_IS_BETTER', 50, 49, 50, null],
  ] as const)('progress share, %s: base %d, current %d, target %d → %s', (direction, base, current, target, expected) => {
    const judgement = judgeSeries(series({ direction, observations: [at('2020', base), at('2022', current)], targets: [at('2030', target)] }));
    if (expected === null) expect(judgement.progressShare).toBeNull();
    else expect(judgement.progressShare).toBeCloseTo(expected, 6);
  });

  test('target equal to the baseline: no progress share', () => {
    const judgement = judgeSeries(series({ observations: [at('2020', 50), at('2022', 49)], targets: [at('2030', 50)] }));
    expect(judgement.progressShare).toBeNull();
    expect(judgement.requiredGrowthRate).toBe(0);
  });

  test('without a target: no share, no projection; C reported with a natural limit', () => {
    const judgement = judgeSeries(series({ naturalLimit: 100, observations: [at('2020', 90), at('2022', 91.2)] }));
    expect(judgement).toMatchObject({ method: 'WITHOUT_TARGET', target: null, progressShare: null, projected: null });
    // 1 − 0.9^4.44 = 1 − 0.626378
    expect(judgement.limitScale).toBeCloseTo(0.373622, 6);
    expect(judgement.requiredGrowthRate).toBeNull();
  });

  test('periods are reported in their stored form', () => {
    const judgement = judgeSeries(
      series({ baselineYear: 2021, observations: [at('2021q1', 80), at('2023-7', 84)] }),
    );
    expect(judgement.baseline?.period).toBe('2021Q1');
    expect(judgement.latest?.period).toBe('2023-07');
  });
});

describe('judgeSeries: not available', () => {
  test.each<[string, SeriesInput, string, TimedValue | null, TimedValue | null]>([
    ['no observations', series({}), 'NO_DATA', null, null],
    [
      'no observations at or before the as-of period',
      series({ observations: [at('2022', 1), at('2024', 2)], asOfPeriod: '2021' }),
      'NO_DATA',
      null,
      null,
    ],
    [
      'nothing at or after the baseline year',
      series({ baselineYear: 2021, observations: [at('2018', 1), at('2020', 2)] }),
      'NO_BASELINE',
      null,
      at('2020', 2),
    ],
    [
      // the baseline is not taken from data after the as-of period
      'baseline-year data only after the as-of period',
      series({ baselineYear: 2021, observations: [at('2019', 1), at('2022', 2)], asOfPeriod: '2020' }),
      'NO_BASELINE',
      null,
      at('2019', 1),
    ],
    ['only one data point', series({ observations: [at('2023', 1.8)] }), 'TOO_SHORT', at('2023', 1.8), at('2023', 1.8)],
    [
      // 2023Q3 − 2023Q1 = 2023.5 − 2023 = 0.5 < 1
      'quarters less than a year apart',
      series({ baselineYear: 2023, observations: [at('2023Q1', 5), at('2023Q3', 6)] }),
      'TOO_SHORT',
      at('2023Q1', 5),
      at('2023Q3', 6),
    ],
    [
      // (2023 + 11/12) − 2023 = 0.917 < 1
      'months less than a year apart',
      series({ baselineYear: 2023, observations: [at('2023-01', 5), at('2023-12', 6)] }),
      'TOO_SHORT',
      at('2023-01', 5),
      at('2023-12', 6),
    ],
    [
      'a baseline override after the latest value',
      series({ observations: [at('2020', 5), at('2022', 6)], baselineOverride: at('2023', 7) }),
      'TOO_SHORT',
      at('2023', 7),
      at('2022', 6),
    ],
    [
      // (1 / −2) has no square root
      'base and current of opposite signs',
      series({ observations: [at('2020', -2), at('2022', 1)] }),
      'OPPOSITE_SIGNS',
      at('2020', -2),
      at('2022', 1),
    ],
    [
      // base 0 counts as +0.001, current −3 is on the other side
      'zero base and negative current',
      series({ observations: [at('2020', 0), at('2022', -3)] }),
      'OPPOSITE_SIGNS',
      at('2020', 0),
      at('2022', -3),
    ],
    [
      // (50 / −100) has no real 10th root, so no required growth rate
      'base and target of opposite signs',
      series({ observations: [at('2020', -100), at('2022', -50)], targets: [at('2030', 50)] }),
      'OPPOSITE_SIGNS',
      at('2020', -100),
      at('2022', -50),
    ],
  ])('%s → %s', (_name, input, reason, baseline, latest) => {
    const judgement = judgeSeries(input);
    expect(judgement).toMatchObject({ status: 'NOT_AVAILABLE', score: null, ratio: null, notAvailableReason: reason });
    expect(judgement.baseline).toEqual(baseline);
    expect(judgement.latest).toEqual(latest);
  });

  test('a zero target on a negative series stays on its side of zero', () => {
    // higher is better, −4 (2020) → −2 (2024), target 0 (2030) → −0.001 (the baseline's sign), not +0.001.
    // CAGR = 0.5^0.25 − 1 = −0.1591036; required = (−0.001/−4)^0.1 − 1 = −0.5636912;
    // P = (−1)·1·(−0.1591036) / 0.5636912 = 0.282253 → LIMITED_PROGRESS
    const judgement = judgeSeries(series({ observations: [at('2020', -4), at('2024', -2)], targets: [at('2030', 0)] }));
    expect(judgement.status).toBe('LIMITED_PROGRESS');
    expect(judgement.ratio).toBeCloseTo(0.282253, 5);
  });

  test('the target is still reported when not available', () => {
    const judgement = judgeSeries(series({ observations: [at('2023', 1.8)], targets: [at('2029', 1.6)] }));
    expect(judgement).toMatchObject({ method: 'WITH_TARGET', target: { period: '2029', value: 1.6 } });
  });
});

describe('requireMeanCoverage: a mean of municipalities must hold at least half of the population', () => {
  // base 50 (2020), 54 (2024), target 60 (2030): on track (see 'with target, ahead of the required pace')
  const judged = judgeSeries(series({ observations: [at('2020', 50), at('2024', 54)], targets: [at('2030', 60)] }));

  test.each([
    [0.49, 'NOT_AVAILABLE', 'LOW_COVERAGE'],
    [0.5, 'ON_TRACK', null],
    [1, 'ON_TRACK', null],
  ] as const)('coverage %d → %s', (coverage, status, reason) => {
    const result = requireMeanCoverage(judged, coverage);
    expect(result.status).toBe(status);
    expect(result.notAvailableReason).toBe(reason);
    // What the figures were is still shown, so a reader sees what is not judged.
    expect(result).toMatchObject({ baseline: at('2020', 50), latest: at('2024', 54), target: at('2030', 60) });
  });

  test('not judged already: the more basic reason stays', () => {
    const tooShort = judgeSeries(series({ observations: [at('2020', 50), at('2020Q3', 54)] }));
    expect(requireMeanCoverage(tooShort, 0.1).notAvailableReason).toBe('TOO_SHORT');
  });
});

describe('rollUp', () => {
  const part = (weight: number, score: number | null, status: AttainmentStatus, coverage?: number): RollUpPart => ({
    weight,
    score,
    status,
    ...(coverage === undefined ? {} : { coverage }),
  });

  test.each<[string, RollUpPart[], number | null, AttainmentStatus, number, number]>([
    // (2·4 + 1·(−2)) / 3 = 6 / 3 = 2 → [0, 2.5)
    [
      'weighted mean',
      [part(2, 4, 'ON_TRACK'), part(1, -2, 'LIMITED_PROGRESS')],
      2,
      'NEEDS_ACCELERATION',
      1,
      2,
    ],
    // available weight 3 + 1 = 4 of 5 → coverage 0.8; (3·5 + 1·1) / 4 = 16 / 4 = 4 → on track
    [
      'a not-available part is left out of the mean',
      [part(3, 5, 'ON_TRACK'), part(1, 1, 'NEEDS_ACCELERATION'), part(1, null, 'NOT_AVAILABLE')],
      4,
      'ON_TRACK',
      0.8,
      2,
    ],
    // coverage 1 / 2 = 0.5 < 0.6 → not available, coverage still shown
    ['coverage below 60 %', [part(1, 3, 'ON_TRACK'), part(1, null, 'NOT_AVAILABLE')], null, 'NOT_AVAILABLE', 0.5, 1],
    // coverage by weight: 3 / (3 + 2) = 0.6 ≥ 0.6 (by count it would be 1 / 2)
    ['coverage exactly 60 % by weight', [part(3, 3, 'ON_TRACK'), part(2, null, 'NOT_AVAILABLE')], 3, 'ON_TRACK', 0.6, 1],
    // coverage 1 / (1 + 3) = 0.25 although half the parts are available
    [
      'a heavy missing part weighs more than a light one',
      [part(1, 3, 'ON_TRACK'), part(3, null, 'NOT_AVAILABLE')],
      null,
      'NOT_AVAILABLE',
      0.25,
      1,
    ],
    // (1·5 + 2·5) / 3 = 5, every part achieved
    ['all parts achieved', [part(1, 5, 'TARGET_ACHIEVED'), part(2, 5, 'TARGET_ACHIEVED')], 5, 'TARGET_ACHIEVED', 1, 2],
    // every part met its target, one while worsening: (1·5 + 1·0.625) / 2 = 2.8125, and the status says so
    [
      'all achieved, one while worsening',
      [part(1, 5, 'TARGET_ACHIEVED'), part(1, 0.625, 'TARGET_ACHIEVED_WORSENING')],
      2.8125,
      'TARGET_ACHIEVED_WORSENING',
      1,
      2,
    ],
    // one met while worsening, one on track: not all achieved, so from the score (0.625 + 3) / 2 = 1.8125
    [
      'achieved while worsening and on track',
      [part(1, 0.625, 'TARGET_ACHIEVED_WORSENING'), part(1, 3, 'ON_TRACK')],
      1.8125,
      'NEEDS_ACCELERATION',
      1,
      2,
    ],
    // (5 + 3) / 2 = 4 → on track, not achieved
    ['some parts achieved', [part(1, 5, 'TARGET_ACHIEVED'), part(1, 3, 'ON_TRACK')], 4, 'ON_TRACK', 1, 2],
    // coverage 3/4 = 0.75; mean of the available = 5 → on track; achieved is not claimed for the unknown part
    [
      'achieved but one part unknown',
      [
        part(1, 5, 'TARGET_ACHIEVED'),
        part(1, 5, 'TARGET_ACHIEVED'),
        part(1, 5, 'TARGET_ACHIEVED'),
        part(1, null, 'NOT_AVAILABLE'),
      ],
      5,
      'ON_TRACK',
      0.75,
      3,
    ],
    // status boundaries: (2 + 3) / 2 = 2.5 → on track
    ['mean exactly 2.5', [part(1, 2, 'NEEDS_ACCELERATION'), part(1, 3, 'ON_TRACK')], 2.5, 'ON_TRACK', 1, 2],
    // (2.5 + 2.4) / 2 = 2.45 → needs acceleration
    ['mean just below 2.5', [part(1, 2.5, 'ON_TRACK'), part(1, 2.4, 'NEEDS_ACCELERATION')], 2.45, 'NEEDS_ACCELERATION', 1, 2],
    // (1 + (−1)) / 2 = 0 → needs acceleration
    ['mean exactly 0', [part(1, 1, 'NEEDS_ACCELERATION'), part(1, -1, 'LIMITED_PROGRESS')], 0, 'NEEDS_ACCELERATION', 1, 2],
    // (−2 + (−3)) / 2 = −2.5 → limited progress
    ['mean exactly −2.5', [part(1, -2, 'LIMITED_PROGRESS'), part(1, -3, 'DETERIORATING')], -2.5, 'LIMITED_PROGRESS', 1, 2],
    // (−2.5 + (−2.6)) / 2 = −2.55 → deteriorating
    ['mean just below −2.5', [part(1, -2.5, 'LIMITED_PROGRESS'), part(1, -2.6, 'DETERIORATING')], -2.55, 'DETERIORATING', 1, 2],
    // a part on a mean covering half of its area counts half in the coverage, fully in the score:
    // coverage (2·0.5 + 1·1) / 3 = 2 / 3; score (2·4 + 1·1) / 3 = 9 / 3 = 3 → on track
    [
      'a part judged on a mean covers only its share',
      [part(2, 4, 'ON_TRACK', 0.5), part(1, 1, 'NEEDS_ACCELERATION')],
      3,
      'ON_TRACK',
      2 / 3,
      2,
    ],
    // its only part covers 0.55 < 0.6 → not available, though that part is judged
    ['one part on a thin mean', [part(1, 3, 'ON_TRACK', 0.55)], null, 'NOT_AVAILABLE', 0.55, 1],
    ['no parts', [], null, 'NOT_AVAILABLE', 0, 0],
    ['no weight at all', [part(0, 3, 'ON_TRACK')], null, 'NOT_AVAILABLE', 0, 1],
  ])('%s', (_name, parts, score, status, coverage, availableCount) => {
    const result = rollUp(parts);
    expect(result.status).toBe(status);
    if (score === null) expect(result.score).toBeNull();
    else expect(result.score).toBeCloseTo(score, 12);
    expect(result.coverage).toBeCloseTo(coverage, 12);
    expect(result.availableCount).toBe(availableCount);
    expect(result.totalCount).toBe(parts.length);
  });

  test('the minimum coverage is configurable', () => {
    // coverage 1 / 2 = 0.5 ≥ 0.5
    const result = rollUp([part(1, 3, 'ON_TRACK'), part(1, null, 'NOT_AVAILABLE')], {
      ...DEFAULT_THRESHOLDS,
      minimumCoverage: 0.5,
    });
    expect(result).toEqual({ score: 3, status: 'ON_TRACK', coverage: 0.5, availableCount: 1, totalCount: 2 });
  });

  test('a negative weight is refused', () => {
    expect(() => rollUp([part(-1, 3, 'ON_TRACK')])).toThrow(/non-negative/);
  });
});
