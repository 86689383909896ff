/**
 * The attainment method: how far an indicator series has come towards its goal, as a status and a
 * score. It follows METHOD.md (next to this file), which adopts Statistics
 * Canada's progress measure as implemented in Open SDG (sdg-build `ProgressMeasure`): it needs only
 * two data points, copes with natural limits, and its −5…5 scores can be averaged up the goal tree.
 *
 * Everything here is pure. The attainment service reads observations and targets and passes them
 * in; nothing in this module touches the database, the clock or configuration.
 */
import type { Period } from '../observations/period';
import { canonicalPeriodStrict, comparePeriods, parsePeriodStrict, periodEndExclusive } from '../observations/period';

export type AttainmentStatus =
  | 'TARGET_ACHIEVED'
  | 'TARGET_ACHIEVED_WORSENING'
  | 'ON_TRACK'
  | 'NEEDS_ACCELERATION'
  | 'LIMITED_PROGRESS'
  | 'DETERIORATING'
  | 'NOT_AVAILABLE';

/** The statuses a pace can earn; "achieved" and "not available" are decided before any pace is measured. */
export type ProgressStatus = Exclude<AttainmentStatus, 'TARGET_ACHIEVED' | 'TARGET_ACHIEVED_WORSENING' | 'NOT_AVAILABLE'>;

export type Direction = 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER';

export type AttainmentMethod = 'WITH_TARGET' | 'WITHOUT_TARGET';

/**
 * Why a series cannot be judged:
 * - NO_DATA: no observation at or before the as-of period;
 * - NO_BASELINE: no observation at or after the baseline year, and no baseline override;
 * - TOO_SHORT: less than a year between baseline and latest, including a single data point;
 * - OPPOSITE_SIGNS: baseline and latest (or baseline and target) lie on opposite sides of zero,
 *   where no growth rate exists;
 * - LOW_COVERAGE: a mean of municipalities whose baseline or latest value covers too little of the
 *   area to stand for it (MINIMUM_MEAN_COVERAGE).
 */
export type NotAvailableReason = 'NO_DATA' | 'NO_BASELINE' | 'TOO_SHORT' | 'OPPOSITE_SIGNS' | 'LOW_COVERAGE';

export interface ThresholdSet {
  high: number;
  medium: number;
  low: number;
}

/** Thresholds are defaults that an organisation may configure (METHOD.md). */
export interface Thresholds {
  /** Applied to the ratio of observed to required growth. */
  withTarget: ThresholdSet;
  /** Applied to the observed annual growth itself, scaled down near a natural limit. */
  withoutTarget: ThresholdSet;
  /** Share of a roll-up's weight that must be available for the roll-up to be judged. */
  minimumCoverage: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = {
  withTarget: { high: 0.95, medium: 0.6, low: 0 },
  withoutTarget: { high: 0.015, medium: 0.005, low: 0 },
  minimumCoverage: 0.6,
};

/**
 * A mean of municipalities stands for an area only when the municipalities with values hold at least
 * half of its population (or, without population figures, are at least half of its municipalities),
 * at the baseline and at the latest value alike (METHOD.md). Below that, "the county" would be a few
 * of its municipalities.
 */
export const MINIMUM_MEAN_COVERAGE = 0.5;

/**
 * Growth rates divide by the baseline and take powers of the target, so an exact zero there would
 * give infinities; the method (like sdg-build) substitutes this small value.
 */
export const ZERO_SUBSTITUTE = 0.001;

/** Steepness of the natural-limit curve, Statistics Canada's calibration. */
export const LIMIT_CURVE_EXPONENT = 4.44;

export const MAX_SCORE = 5;
export const MIN_SCORE = -5;

/**
 * Months are x/12 years, which binary floating point cannot represent exactly: 2047-03 → 2048-03
 * comes out as 0.99999999999977 years. Gaps within this tolerance of a year count as a full year.
 */
const ONE_YEAR_TOLERANCE = 1e-9;

/** Compound annual growth rate from v0 at time t0 to v1 at time t1 (times in fractional years). */
export function cagr(v1: number, v0: number, t1: number, t0: number): number {
  return (v1 / v0) ** (1 / (t1 - t0)) - 1;
}

/**
 * The natural-limit scaling factor C (0…1) for the thresholds without a target. Near a natural
 * limit (e.g. 100 % coverage, zero deaths) growth necessarily slows, so a smaller pace must count as
 * progress: C is 1 far from the limit (|y0| ≥ 2|L|) and falls to 0 at the limit itself.
 */
export function limitScale(baseValue: number, limit: number): number {
  const base = Math.abs(baseValue);
  const bound = Math.abs(limit);
  // Checked first so that a zero limit gives 1 rather than 0/0 in the branches below.
  if (base >= 2 * bound) return 1;
  if (base <= bound) return 1 - (base / bound) ** LIMIT_CURVE_EXPONENT;
  return 1 - ((2 * bound - base) / bound) ** LIMIT_CURVE_EXPONENT;
}

/** +1 when higher is better, −1 when lower is better: d in METHOD.md. */
function directionFactor(direction: Direction): 1 | -1 {
  return direction === 'HIGHER_IS_BETTER' ? 1 : -1;
}

/** The baseline as used in growth arithmetic: zero becomes +0.001 (METHOD.md). */
function baseForGrowth(baseValue: number): number {
  return baseValue === 0 ? ZERO_SUBSTITUTE : baseValue;
}

/**
 * The target as used in growth arithmetic: zero becomes 0.001 on the baseline's side of zero, so
 * that "bring a negative balance to zero" can be judged rather than being on the "opposite side".
 */
function targetForGrowth(targetValue: number, baseValue: number): number {
  return targetValue === 0 ? Math.sign(baseForGrowth(baseValue)) * ZERO_SUBSTITUTE : targetValue;
}

/**
 * Whether a baseline and another value lie on opposite sides of zero, where a ratio of the two has
 * no real root and so no growth rate exists. The baseline is taken as in growth arithmetic (zero counts
 * as +0.001); the other value as it is, so a latest value of exactly zero is never "opposite".
 */
export function haveOppositeSigns(baseValue: number, otherValue: number): boolean {
  return baseForGrowth(baseValue) * otherValue < 0;
}

export function isTargetAchieved(direction: Direction, currentValue: number, targetValue: number): boolean {
  return direction === 'HIGHER_IS_BETTER' ? currentValue >= targetValue : currentValue <= targetValue;
}

/** Whether the latest value is worse than the baseline, in the indicator's own direction. */
export function isWorseThanBaseline(direction: Direction, baseValue: number, currentValue: number): boolean {
  return directionFactor(direction) * (currentValue - baseValue) < 0;
}

/**
 * The score of a target met by a series that has worsened since its baseline (the target lies on
 * the worse side of the baseline, so it could be met while moving away from it): it falls from 2.5,
 * the lowest score of "on track", to 0 as the series uses up the room the target allows,
 * u = (current − base) / (T − base), 0 < u ≤ 1. Below a real achievement (5) and below "on track",
 * so that a roll-up does not read it as success (METHOD.md).
 */
export function achievedWorseningScore(baseValue: number, currentValue: number, targetValue: number): number {
  const roomUsed = (currentValue - baseValue) / (targetValue - baseValue);
  return WORSENING_SCORE_CEILING * (1 - Math.min(1, Math.max(0, roomUsed)));
}

/** The highest score a target met while worsening can earn: where "on track" begins. */
export const WORSENING_SCORE_CEILING = 2.5;

/**
 * (current − base) / (T − base), the intuitive "share of the way". There is a way only when the
 * target is better than the baseline: for a target equal to it, or on its worse side (met at the
 * start), the share would be a division by zero or count a worsening as progress, so it is null.
 * Negative means moved away from the target; above 1, beyond it. METHOD.md says how it is shown.
 */
export function progressShare(direction: Direction, baseValue: number, currentValue: number, targetValue: number): number | null {
  if (directionFactor(direction) * (targetValue - baseValue) <= 0) return null;
  return (currentValue - baseValue) / (targetValue - baseValue);
}

/**
 * The progress ratio P. Without a target it is the observed growth itself, signed so that progress
 * in the desired direction is positive: P = s·d·CAGR. With a target it is that growth as a share of
 * the growth the target requires: P = s·d·CAGR / |CAGR required|. s = −1 for a negative baseline,
 * because there a falling ratio |current / base| means a rising value.
 *
 * Returns null when the target requires no growth at all (target equals baseline): there is no pace
 * to compare against, and the ratio would be a division by zero.
 */
export function progressRatio(args: {
  direction: Direction;
  baseValue: number;
  growthRate: number;
  /** null: judge without a target. */
  requiredGrowthRate: number | null;
}): number | null {
  const sign = baseForGrowth(args.baseValue) < 0 ? -1 : 1;
  const signedGrowth = sign * directionFactor(args.direction) * args.growthRate;
  if (args.requiredGrowthRate === null) return signedGrowth;
  if (args.requiredGrowthRate === 0) return null;
  return signedGrowth / Math.abs(args.requiredGrowthRate);
}

/** How a ratio is to be read: against a target, or as growth (scaled near a natural limit). */
export type RatioBasis = { method: 'WITH_TARGET' } | { method: 'WITHOUT_TARGET'; limitScale: number };

export function statusFromRatio(
  ratio: number,
  basis: RatioBasis,
  thresholds: Thresholds = DEFAULT_THRESHOLDS,
): ProgressStatus {
  const { high, medium, low } = effectiveThresholds(basis, thresholds);
  if (ratio >= high) return 'ON_TRACK';
  if (ratio >= medium) return 'NEEDS_ACCELERATION';
  if (ratio >= low) return 'LIMITED_PROGRESS';
  return 'DETERIORATING';
}

function effectiveThresholds(basis: RatioBasis, thresholds: Thresholds): ThresholdSet {
  if (basis.method === 'WITH_TARGET') return thresholds.withTarget;
  const { high, medium, low } = thresholds.withoutTarget;
  const scale = basis.limitScale;
  return { high: high * scale, medium: medium * scale, low: low * scale };
}

/**
 * The −5…5 score of a ratio, METHOD.md's formulas. They are straight lines through the default
 * thresholds (low → −2.5, medium → 0, high → 2.5), which is what makes roll-up statuses from scores
 * agree with series statuses from ratios under the default thresholds. The scale is fixed: configured
 * thresholds change series statuses, not scores, so scores stay comparable between organisations
 * (and a goal's status, from its score, keeps the default bands).
 */
export function scoreFromRatio(ratio: number, basis: RatioBasis): number {
  if (basis.method === 'WITH_TARGET') {
    return ratio >= DEFAULT_THRESHOLDS.withTarget.medium
      ? Math.min(7.1429 * ratio - 4.2857, MAX_SCORE)
      : Math.max(4.1667 * ratio - 2.5, MIN_SCORE);
  }
  const { high, medium, low } = DEFAULT_THRESHOLDS.withoutTarget;
  const scale = basis.limitScale;
  if (ratio < low) return Math.max(125 * ratio - 2.5, MIN_SCORE);
  // At the limit itself (C = 0) holding the value is all that can be asked.
  if (scale === 0) return MAX_SCORE;
  // Dividing by C puts a pace near the limit on the same footing as a pace far from it.
  if (ratio >= high * scale) return Math.min((500 * ratio) / scale - 5, MAX_SCORE);
  if (ratio >= medium * scale) return (250 * ratio) / scale - 1.25;
  return (500 * ratio) / scale - 2.5;
}

/** The status of a rolled-up score: [2.5, 5] on track, [0, 2.5), [−2.5, 0), [−5, −2.5). */
export function statusFromScore(score: number): ProgressStatus {
  if (score >= 2.5) return 'ON_TRACK';
  if (score >= 0) return 'NEEDS_ACCELERATION';
  if (score >= -2.5) return 'LIMITED_PROGRESS';
  return 'DETERIORATING';
}

/** A value at a period, e.g. `{ period: '2024Q3', value: 81.2 }`. */
export interface TimedValue {
  period: string;
  value: number;
}

export interface SeriesInput {
  direction: Direction;
  naturalLimit: number | null;
  /** The series' observations, in any order, all of the indicator's own frequency. */
  observations: readonly TimedValue[];
  /** The strategy's baseline year: the baseline is the first observation from this year on. */
  baselineYear: number;
  /** A baseline fixed by the goal owner, used instead of the first observation. */
  baselineOverride?: TimedValue | null;
  /** Judge as of this period: only observations completed by its end are seen. Default: all. */
  asOfPeriod?: string | null;
  /** The target trajectory, in any order; may be empty. */
  targets: readonly TimedValue[];
}

interface JudgementCommon {
  method: AttainmentMethod;
  target: TimedValue | null;
}

export interface AvailableJudgement extends JudgementCommon {
  status: Exclude<AttainmentStatus, 'NOT_AVAILABLE'>;
  score: number;
  /** P; null only when the target equals the baseline (no required pace to divide by). */
  ratio: number | null;
  notAvailableReason: null;
  baseline: TimedValue;
  latest: TimedValue;
  /** Annual growth, baseline → latest. */
  growthRate: number;
  /** Annual growth the target requires, baseline → target; null without a target. */
  requiredGrowthRate: number | null;
  /** (latest − baseline) / (target − baseline), "how much of the way"; null without a target or unless the target is better than the baseline. */
  progressShare: number | null;
  /** The value at the target period if the current growth rate continues; null without a target. */
  projected: TimedValue | null;
  /** C, when judged without a target against a natural limit; null otherwise. */
  limitScale: number | null;
}

interface UnavailableCommon extends JudgementCommon {
  status: 'NOT_AVAILABLE';
  score: null;
  ratio: null;
  growthRate: null;
  requiredGrowthRate: null;
  progressShare: null;
  projected: null;
  limitScale: null;
}

/** Baseline and latest are reported as far as they exist, so a user can see what is missing. */
export type UnavailableJudgement = UnavailableCommon &
  (
    | { notAvailableReason: 'NO_DATA'; baseline: TimedValue | null; latest: null }
    | { notAvailableReason: 'NO_BASELINE'; baseline: null; latest: TimedValue }
    | { notAvailableReason: 'TOO_SHORT' | 'OPPOSITE_SIGNS' | 'LOW_COVERAGE'; baseline: TimedValue; latest: TimedValue }
  );

/** Narrowed on `notAvailableReason`: null ⇔ available. */
export type SeriesJudgement = AvailableJudgement | UnavailableJudgement;

/** A value at a parsed period, with its time as a fractional year. */
interface Point {
  period: Period;
  /** The period in canonical form, as reported back. */
  text: string;
  time: number;
  value: number;
}

function toPoint({ period, value }: TimedValue): Point {
  // Stored periods are few and judged over and over: their parse, text and time come from a cache.
  const canonical = canonicalPeriodStrict(period);
  return { period: canonical.period, text: canonical.text, time: canonical.time, value };
}

/**
 * A trajectory's points, parsed and in time order, once: a heat map judges the same target in every
 * municipality that inherits it, and the points are read-only here.
 */
const parsedTrajectories = new WeakMap<readonly TimedValue[], readonly Point[]>();
const NO_POINTS: readonly Point[] = Object.freeze([]);

function targetPoints(targets: readonly TimedValue[]): readonly Point[] {
  // Without a target the trajectory is empty, and often a fresh [] each time: nothing to remember.
  if (targets.length === 0) return NO_POINTS;
  let points = parsedTrajectories.get(targets);
  if (!points) {
    points = targets.map(toPoint).sort(byTime);
    parsedTrajectories.set(targets, points);
  }
  return points;
}

function toTimedValue(point: Point): TimedValue {
  return { period: point.text, value: point.value };
}

function byTime(a: Point, b: Point): number {
  return comparePeriods(a.period, b.period);
}

/** The baseline: the override if there is one, else the first value at or after the baseline year. */
function baselinePoint(visible: readonly Point[], baselineYear: number, override: TimedValue | null): Point | null {
  return override ? toPoint(override) : (visible.find((point) => point.time >= baselineYear) ?? null);
}

/**
 * The baseline judgeSeries measures progress from, for a chart to mark: the same rule, on the same
 * values (in period order).
 */
export function chooseBaseline(observations: readonly TimedValue[], baselineYear: number, override: TimedValue | null): TimedValue | null {
  const point = baselinePoint(visibleObservations(observations, null), baselineYear, override);
  return point && toTimedValue(point);
}

/**
 * Judges one series (indicator × area × service area) as METHOD.md describes, returning the status
 * with everything needed to explain it. Periods must be valid (as stored); an invalid one throws.
 */
export function judgeSeries(input: SeriesInput, thresholds: Thresholds = DEFAULT_THRESHOLDS): SeriesJudgement {
  const visible = visibleObservations(input.observations, input.asOfPeriod ?? null);
  const latest = visible.at(-1) ?? null;
  const baseline = baselinePoint(visible, input.baselineYear, input.baselineOverride ?? null);
  const target = latest === null ? null : chooseTarget(targetPoints(input.targets), latest, baseline);
  const method: AttainmentMethod = target === null ? 'WITHOUT_TARGET' : 'WITH_TARGET';

  const reportedTarget = target && toTimedValue(target);
  if (latest === null) {
    const reportedBaseline = baseline && toTimedValue(baseline);
    return notAvailable(method, reportedTarget, { notAvailableReason: 'NO_DATA', baseline: reportedBaseline, latest: null });
  }
  if (baseline === null) {
    return notAvailable(method, reportedTarget, { notAvailableReason: 'NO_BASELINE', baseline: null, latest: toTimedValue(latest) });
  }
  const reported = { baseline: toTimedValue(baseline), latest: toTimedValue(latest) };
  if (latest.time - baseline.time < 1 - ONE_YEAR_TOLERANCE) {
    return notAvailable(method, reportedTarget, { notAvailableReason: 'TOO_SHORT', ...reported });
  }
  if (
    haveOppositeSigns(baseline.value, latest.value) ||
    (target !== null && haveOppositeSigns(baseline.value, targetForGrowth(target.value, baseline.value)))
  ) {
    return notAvailable(method, reportedTarget, { notAvailableReason: 'OPPOSITE_SIGNS', ...reported });
  }

  const baseValue = baseForGrowth(baseline.value);
  const growthRate = cagr(latest.value, baseValue, latest.time, baseline.time);
  const requiredGrowthRate =
    target === null ? null : cagr(targetForGrowth(target.value, baseline.value), baseValue, target.time, baseline.time);
  const ratio = progressRatio({ direction: input.direction, baseValue: baseline.value, growthRate, requiredGrowthRate });
  const scale = target === null && input.naturalLimit !== null ? limitScale(baseline.value, input.naturalLimit) : null;
  const basis: RatioBasis =
    target === null ? { method: 'WITHOUT_TARGET', limitScale: scale ?? 1 } : { method: 'WITH_TARGET' };
  const achieved = target !== null && isTargetAchieved(input.direction, latest.value, target.value);
  const worsening = isWorseThanBaseline(input.direction, baseline.value, latest.value);

  const { status, score } =
    achieved && worsening
      ? { status: 'TARGET_ACHIEVED_WORSENING' as const, score: achievedWorseningScore(baseline.value, latest.value, (target as Point).value) }
      : verdict(achieved, ratio, basis, thresholds);
  // One literal with the same field order as notAvailable(): see there.
  return {
    status,
    score,
    ratio,
    method,
    notAvailableReason: null,
    baseline: reported.baseline,
    latest: reported.latest,
    target: reportedTarget,
    growthRate,
    requiredGrowthRate,
    progressShare: target && progressShare(input.direction, baseline.value, latest.value, target.value),
    projected: target && {
      period: target.text,
      // base·(1 + CAGR)^(tT − t0), from the same (zero-substituted) base the growth rate was measured from.
      value: baseValue * (1 + growthRate) ** (target.time - baseline.time),
    },
    limitScale: scale,
  };
}

/**
 * A judgement of a mean of municipalities, held to MINIMUM_MEAN_COVERAGE: one whose values cover less
 * of the area is not available (LOW_COVERAGE), with its baseline, latest and target still reported.
 * A judgement already not available keeps its own, more basic, reason.
 */
export function requireMeanCoverage(judgement: SeriesJudgement, coverage: number): SeriesJudgement {
  if (judgement.notAvailableReason !== null || coverage >= MINIMUM_MEAN_COVERAGE) return judgement;
  return notAvailable(judgement.method, judgement.target, {
    notAvailableReason: 'LOW_COVERAGE',
    baseline: judgement.baseline,
    latest: judgement.latest,
  });
}

/**
 * A judgement of a series that cannot be judged. Built as one literal with every field in the same
 * order (no spreads): V8 keeps such objects on its fast path, which matters when a heat map makes
 * tens of thousands of them.
 */
function notAvailable(
  method: AttainmentMethod,
  target: TimedValue | null,
  reason: Pick<UnavailableJudgement, 'notAvailableReason' | 'baseline' | 'latest'>,
): UnavailableJudgement {
  return {
    status: 'NOT_AVAILABLE',
    score: null,
    ratio: null,
    method,
    notAvailableReason: reason.notAvailableReason,
    baseline: reason.baseline,
    latest: reason.latest,
    target,
    growthRate: null,
    requiredGrowthRate: null,
    progressShare: null,
    projected: null,
    limitScale: null,
  } as UnavailableJudgement;
}

/**
 * Observations completed by the end of the as-of period, oldest first. Comparing period ends (not
 * starts) is what makes mixed frequencies right: as of 2024Q2 a monthly series includes 2024-05,
 * while a yearly series does not yet include 2024, which has not ended.
 */
function visibleObservations(observations: readonly TimedValue[], asOfPeriod: string | null): Point[] {
  const points = observations.map(toPoint);
  // Series usually arrive in period order (as stored); sort only when they do not.
  if (points.some((point, index) => index > 0 && byTime(points[index - 1] as Point, point) > 0)) points.sort(byTime);
  if (asOfPeriod === null) return points;
  const asOfEnd = periodEndExclusive(parsePeriodStrict(asOfPeriod)).getTime();
  return points.filter((point) => periodEndExclusive(point.period).getTime() <= asOfEnd);
}

/**
 * The target point to judge against: the nearest trajectory point after the current period, the
 * milestone the series is heading for now. When every point is at or before the current period
 * (the deadline has passed), the last one: the final target still says whether it was met. Points
 * at or before the baseline are ignored, since no growth can be required over a non-positive span.
 */
function chooseTarget(targets: readonly Point[], current: Point, baseline: Point | null): Point | null {
  // The points are in time order (targetPoints), so one pass finds both: the first candidate after
  // the current period, else the last candidate. No arrays: a heat map calls this for every series.
  let last: Point | null = null;
  for (const target of targets) {
    if (baseline !== null && target.time <= baseline.time) continue;
    if (byTime(target, current) > 0) return target;
    last = target;
  }
  return last;
}

function verdict(
  achieved: boolean,
  ratio: number | null,
  basis: RatioBasis,
  thresholds: Thresholds,
): { status: AvailableJudgement['status']; score: number } {
  if (achieved) return { status: 'TARGET_ACHIEVED', score: MAX_SCORE };
  // The ratio is missing only when the target equals the baseline. Not achieved then means the
  // series has moved away from a level it was to hold, the limit of P → −∞ as required growth → 0.
  if (ratio === null) return { status: 'DETERIORATING', score: MIN_SCORE };
  return { status: statusFromRatio(ratio, basis, thresholds), score: scoreFromRatio(ratio, basis) };
}

export interface RollUpPart {
  /** Non-negative; a part of weight 0 affects neither the score nor the coverage. */
  weight: number;
  score: number | null;
  status: AttainmentStatus;
  /**
   * How much of the part its judgement covers, 0–1 (default 1): for a mean of municipalities, the
   * share of the area's population it rests on. It counts in the coverage, not in the score.
   */
  coverage?: number;
}

export interface RollUpResult {
  score: number | null;
  status: AttainmentStatus;
  /** Covered weight (each available part's weight × its coverage) / total weight, reported even when too low to judge. */
  coverage: number;
  availableCount: number;
  totalCount: number;
}

type AvailablePart = RollUpPart & { score: number };

function isAvailable(part: RollUpPart): part is AvailablePart {
  return part.status !== 'NOT_AVAILABLE' && part.score !== null;
}

/**
 * Rolls indicators' (and sub-goals') scores up to a goal, perspective or strategy: the weighted mean
 * of the available parts' scores. Coverage is measured by weight, not by count, because a missing
 * heavily weighted indicator leaves more of the goal unknown than a missing minor one; and a part
 * judged on a mean of some of an area's municipalities counts only for the share it covers. The goal
 * has achieved its target only when every part has, including any unavailable part: what is unknown
 * cannot be counted as achieved.
 */
export function rollUp(parts: readonly RollUpPart[], thresholds: Thresholds = DEFAULT_THRESHOLDS): RollUpResult {
  for (const part of parts) {
    if (!Number.isFinite(part.weight) || part.weight < 0) {
      throw new RangeError(`a roll-up weight must be a non-negative number, got ${part.weight}`);
    }
  }
  const available = parts.filter(isAvailable);
  const totalWeight = sum(parts.map((part) => part.weight));
  const availableWeight = sum(available.map((part) => part.weight));
  const coveredWeight = sum(available.map((part) => part.weight * (part.coverage ?? 1)));
  const counts = {
    coverage: totalWeight > 0 ? coveredWeight / totalWeight : 0,
    availableCount: available.length,
    totalCount: parts.length,
  };
  if (availableWeight === 0 || counts.coverage < thresholds.minimumCoverage) {
    return { score: null, status: 'NOT_AVAILABLE', ...counts };
  }
  const score = sum(available.map((part) => part.weight * part.score)) / availableWeight;
  return { score, status: achievedStatus(parts) ?? statusFromScore(score), ...counts };
}

/**
 * A roll-up has achieved its target when every part has; if some part did so while worsening, it
 * says that too. Null when some part has not achieved its target.
 */
function achievedStatus(parts: readonly RollUpPart[]): 'TARGET_ACHIEVED' | 'TARGET_ACHIEVED_WORSENING' | null {
  let worsening = false;
  for (const part of parts) {
    if (part.status === 'TARGET_ACHIEVED_WORSENING') worsening = true;
    else if (part.status !== 'TARGET_ACHIEVED') return null;
  }
  return worsening ? 'TARGET_ACHIEVED_WORSENING' : 'TARGET_ACHIEVED';
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
