/**
 * A series judgement in plain words: one or two sentences saying why its status is what it is, for
 * the goal view and as the text alternative to its chart (METHOD.md: "so a user can see why").
 */
import type {
  AttainmentStatus,
  AvailableJudgement,
  Direction,
  SeriesJudgement,
  TimedValue,
  UnavailableJudgement,
} from './method';
import { haveOppositeSigns } from './method';
import { comparePeriods, parsePeriodStrict } from '../observations/period';
import type { TargetWarningCode } from '../indicators/indicator-model';

export interface ExplanationOptions {
  /** Written after each value with a space, e.g. '%' or 'per 1 000 inhabitants'; '' for none. */
  unit: string;
  /** Decimals the indicator's values are shown with. */
  decimals: number;
  direction: Direction;
}

/** Growth rates are small percentages; one decimal tells 0.7 % from 1.5 % a year. */
const GROWTH_DECIMALS = 1;

const TWO_POINTS_NEEDED = 'progress needs two points at least a year apart';

const STATUS_CONCLUSION: Record<Exclude<AttainmentStatus, 'NOT_AVAILABLE'>, string> = {
  TARGET_ACHIEVED: 'the target is met',
  TARGET_ACHIEVED_WORSENING: 'the target is met, but the value is worsening',
  ON_TRACK: 'it is on track',
  NEEDS_ACCELERATION: 'progress needs to accelerate',
  LIMITED_PROGRESS: 'progress is limited',
  DETERIORATING: 'it is deteriorating',
};

export function explainSeries(judgement: SeriesJudgement, options: ExplanationOptions): string {
  const format = new ValueFormat(options);
  if (judgement.notAvailableReason !== null) return explainNotAvailable(judgement, format);
  if (judgement.target === null) return explainWithoutTarget(judgement, format, options.direction);
  return explainWithTarget(judgement, judgement.target, format);
}

function explainWithTarget(judgement: AvailableJudgement, target: TimedValue, format: ValueFormat): string {
  const { baseline, latest, progressShare, projected } = judgement;
  const facts =
    `Baseline ${format.point(baseline)}, latest ${format.point(latest)}; ` +
    `target ${format.value(target.value)} by ${target.period}.`;
  if (judgement.status === 'TARGET_ACHIEVED') return `${facts} The latest value already meets the target.`;
  if (judgement.status === 'TARGET_ACHIEVED_WORSENING') {
    // The target lies on the worse side of the baseline: met, yet moving towards crossing it.
    return (
      `${facts} The latest value meets the target, but it is worse than the baseline and ` +
      `${format.value(Math.abs(target.value - latest.value))} short of crossing the target, so ${STATUS_CONCLUSION.TARGET_ACHIEVED_WORSENING}.`
    );
  }
  if (progressShare === null && target.value === baseline.value) {
    // Not achieved, so worse than the baseline it was to hold.
    const conclusion = STATUS_CONCLUSION[judgement.status];
    return `${facts} The target is to hold the baseline level, and the latest value is worse, so ${conclusion}.`;
  }

  // No share (a target on the worse side of the baseline, not met) is a target crossed: moving away too.
  const share =
    progressShare === null || progressShare < 0
      ? `moving away from the target, ${format.value(Math.abs(latest.value - target.value))} from it`
      : `${formatPercent(progressShare, 0)} of the way to the target`;
  const deadlinePassed = comparePeriods(parsePeriodStrict(target.period), parsePeriodStrict(latest.period)) <= 0;
  const clauses = deadlinePassed ? ['the target date has passed', share] : [share];
  if (!deadlinePassed && projected !== null) {
    clauses.push(`at the current pace it would be ${format.value(projected.value)} by ${projected.period}`);
  }
  return `${facts} ${capitalize(clauses.join('; '))}, so ${STATUS_CONCLUSION[judgement.status]}.`;
}

function explainWithoutTarget(judgement: AvailableJudgement, format: ValueFormat, direction: Direction): string {
  const { baseline, latest, growthRate, limitScale } = judgement;
  const facts = `Baseline ${format.point(baseline)}, latest ${format.point(latest)}; no target is set.`;
  const rate = formatPercent(Math.abs(growthRate), GROWTH_DECIMALS);
  const movement =
    latest.value === baseline.value
      ? 'unchanged since the baseline'
      : `${latest.value > baseline.value ? 'rising' : 'falling'} ${rate} a year`;
  const better = direction === 'HIGHER_IS_BETTER' ? 'higher is better' : 'lower is better';
  // Without this, "on track" at a fraction of a per cent a year would look like a mistake.
  const nearLimit = limitScale !== null && limitScale < 1 ? ', and near its natural limit a slower pace counts' : '';
  return `${facts} ${capitalize(movement)}; ${better}${nearLimit}, so ${STATUS_CONCLUSION[judgement.status]}.`;
}

function explainNotAvailable(judgement: UnavailableJudgement, format: ValueFormat): string {
  switch (judgement.notAvailableReason) {
    case 'NO_DATA':
      return 'No data yet, so progress cannot be judged.';
    case 'NO_BASELINE':
      return (
        `No value at or after the baseline year; the latest is ${format.point(judgement.latest)}, ` +
        'so there is no baseline to measure progress from.'
      );
    case 'TOO_SHORT':
      return judgement.baseline.period === judgement.latest.period
        ? `Only one data point (${judgement.latest.period}); ${TWO_POINTS_NEEDED}.`
        : `The latest value, ${format.point(judgement.latest)}, is less than a year after the baseline, ` +
            `${format.point(judgement.baseline)}; ${TWO_POINTS_NEEDED}.`;
    case 'OPPOSITE_SIGNS': {
      const { baseline, latest, target } = judgement;
      // Baseline and latest are checked first, so when they agree it was the target that crossed zero.
      if (target !== null && !haveOppositeSigns(baseline.value, latest.value)) {
        return (
          `Baseline ${format.point(baseline)} and target ${format.point(target)} are on opposite sides of zero, ` +
          'so no required growth rate can be computed.'
        );
      }
      return (
        `Baseline ${format.point(baseline)} and latest ${format.point(latest)} are on opposite sides of zero, ` +
        'so no growth rate can be computed between them.'
      );
    }
    case 'LOW_COVERAGE':
      return (
        `Baseline ${format.point(judgement.baseline)}, latest ${format.point(judgement.latest)}; ` +
        'a mean of municipalities holding less than half of the population (of the municipalities, where ' +
        'populations are missing) does not stand for the area, so it is not judged.'
      );
  }
}

/** Numbers in English notation (1,234.5) with the indicator's decimals and unit. */
class ValueFormat {
  private readonly unit: string;
  private readonly decimals: number;

  constructor(options: ExplanationOptions) {
    this.unit = options.unit;
    this.decimals = options.decimals;
  }

  value(value: number): string {
    const digits = formatNumber(value, this.decimals);
    return this.unit === '' ? digits : `${digits} ${this.unit}`;
  }

  point(point: TimedValue): string {
    return `${this.value(point.value)} (${point.period})`;
  }
}

function formatPercent(share: number, decimals: number): string {
  return `${formatNumber(share * 100, decimals)} %`;
}

/** Building an Intl.NumberFormat costs far more than using one; keep one per number of decimals. */
const numberFormats = new Map<number, Intl.NumberFormat>();

function formatNumber(value: number, decimals: number): string {
  let numberFormat = numberFormats.get(decimals);
  if (!numberFormat) {
    numberFormat = new Intl.NumberFormat('en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    numberFormats.set(decimals, numberFormat);
  }
  // Rounding first and adding 0 turns a −0 (e.g. −0.04 to no decimals) into 0, so no "-0" is shown.
  return numberFormat.format(Number(value.toFixed(decimals)) + 0);
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const ACKNOWLEDGED_WARNING_WORDS: Record<TargetWarningCode, string> = {
  WORSE_THAN_BASELINE: 'a target value worse than the baseline',
  POINT_BEFORE_BASELINE: 'a target period not after the baseline',
  OUTSIDE_NATURAL_LIMIT: "a target value beyond the indicator's natural limit",
  OUTSIDE_ACCEPTED_RANGE: "a target value outside the indicator's accepted range",
};

/**
 * The sentence added to the explanation of a series judged against a target that was saved with
 * acknowledged warnings: whoever reads the status should know the target itself was questioned.
 */
export function acknowledgedWarningsNote(codes: readonly TargetWarningCode[]): string | null {
  if (codes.length === 0) return null;
  return `The target was saved with its warnings acknowledged: ${codes.map((code) => ACKNOWLEDGED_WARNING_WORDS[code]).join('; ')}.`;
}
