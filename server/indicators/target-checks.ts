/**
 * Sanity checks of a target before it is saved: the mistakes a target form can catch while the user
 * types (the schema's TargetWarningCode says each in a sentence). Pure: the target service finds the
 * baseline (given, or the attainment method's own from the data) and passes everything in.
 */
import type { TimedValue } from '../attainment/method';
import { comparePeriods, parsePeriodStrict } from '../observations/period';
import type { Direction, TargetWarningCode } from './indicator-model';

export interface TargetWarning {
  code: TargetWarningCode;
  /** Index in the points as given; null for the baseline. */
  pointIndex: number | null;
  message: string;
}

export interface TargetCheckInput {
  direction: Direction;
  naturalLimit: number | null;
  minValue: number | null;
  maxValue: number | null;
  /** The baseline the target would be measured from (given, or found in the data); null when there is none. */
  baseline: TimedValue | null;
  /** The baseline period the user gave, if any: points must come after it even where the data has no value for it. */
  givenBaselinePeriod: string | null;
  /** The baseline value the user gave, if any: only a typed value can be out of bounds (data is checked on load). */
  givenBaselineValue: number | null;
  /** The trajectory as given (valid periods of the indicator's frequency), in the user's order. */
  points: readonly TimedValue[];
}

/**
 * The warnings of a target, baseline first, then point by point in the order given. For a point:
 * - POINT_BEFORE_BASELINE: its period is at or before the baseline period (the one found or given);
 * - WORSE_THAN_BASELINE: its value is worse than the baseline value: below it when higher is better,
 *   above it when lower is better (equal is holding the level, not worse);
 * - OUTSIDE_NATURAL_LIMIT: its value is beyond the natural limit on the side the indicator improves
 *   towards: above it when higher is better (e.g. over 100 %), below it when lower is better (below 0);
 * - OUTSIDE_ACCEPTED_RANGE: its value is outside [minValue, maxValue], where no loaded value can be.
 * The last two apply to a given baseline value too.
 */
export function checkTargetValues(input: TargetCheckInput): TargetWarning[] {
  const warnings: TargetWarning[] = [];
  if (input.givenBaselineValue !== null) warnings.push(...boundWarnings(input, input.givenBaselineValue, null, 'the baseline'));
  const baselinePeriods = [input.baseline?.period, input.givenBaselinePeriod].filter((period): period is string => Boolean(period));
  input.points.forEach((point, index) => {
    const name = `point ${index + 1} (${point.period}: ${point.value})`;
    const notAfter = baselinePeriods.find((period) => comparePeriods(parsePeriodStrict(point.period), parsePeriodStrict(period)) <= 0);
    if (notAfter !== undefined) {
      warnings.push({
        code: 'POINT_BEFORE_BASELINE',
        pointIndex: index,
        message: `${name} is not after the baseline period ${notAfter}: no progress can be measured towards it`,
      });
    }
    const { baseline } = input;
    if (baseline !== null && isWorse(input.direction, point.value, baseline.value)) {
      const better = input.direction === 'HIGHER_IS_BETTER' ? 'higher is better' : 'lower is better';
      warnings.push({
        code: 'WORSE_THAN_BASELINE',
        pointIndex: index,
        message: `${name} is worse than the baseline ${baseline.value} (${baseline.period}), and ${better}`,
      });
    }
    warnings.push(...boundWarnings(input, point.value, index, name));
  });
  return warnings;
}

function isWorse(direction: Direction, value: number, baselineValue: number): boolean {
  return direction === 'HIGHER_IS_BETTER' ? value < baselineValue : value > baselineValue;
}

function boundWarnings(input: TargetCheckInput, value: number, pointIndex: number | null, name: string): TargetWarning[] {
  const warnings: TargetWarning[] = [];
  const limit = input.naturalLimit;
  if (limit !== null && (input.direction === 'HIGHER_IS_BETTER' ? value > limit : value < limit)) {
    warnings.push({
      code: 'OUTSIDE_NATURAL_LIMIT',
      pointIndex,
      message: `${name} is beyond the indicator's natural limit ${limit}, which no value can pass`,
    });
  }
  // Worded as the load's own range check, which refused these values before they were warnings.
  if (input.minValue !== null && value < input.minValue) {
    warnings.push({ code: 'OUTSIDE_ACCEPTED_RANGE', pointIndex, message: `${value} is below the indicator's minimum ${input.minValue}` });
  }
  if (input.maxValue !== null && value > input.maxValue) {
    warnings.push({ code: 'OUTSIDE_ACCEPTED_RANGE', pointIndex, message: `${value} is above the indicator's maximum ${input.maxValue}` });
  }
  return warnings;
}
