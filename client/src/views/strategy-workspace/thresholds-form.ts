import type { AttainmentThresholdsInput } from '../../graphql/generated/graphql';
import { parseDecimal } from './shared/drafts';
import type { Problem } from './shared/problems';

export const THRESHOLD_FIELDS = ['withTargetHigh', 'withTargetMedium', 'withTargetLow', 'withoutTargetHigh', 'withoutTargetMedium', 'withoutTargetLow', 'minimumCoverage'] as const;
export type ThresholdField = (typeof THRESHOLD_FIELDS)[number];
export type ThresholdsDraft = Record<ThresholdField, string>;

/** The method's defaults (server/attainment/method.ts DEFAULT_THRESHOLDS), for "back to the defaults". */
export const DEFAULT_THRESHOLDS: AttainmentThresholdsInput = {
  withTargetHigh: 0.95,
  withTargetMedium: 0.6,
  withTargetLow: 0,
  withoutTargetHigh: 0.015,
  withoutTargetMedium: 0.005,
  withoutTargetLow: 0,
  minimumCoverage: 0.6,
};

export function isDefaultThresholds(thresholds: AttainmentThresholdsInput): boolean {
  return THRESHOLD_FIELDS.every((field) => thresholds[field] === DEFAULT_THRESHOLDS[field]);
}

/**
 * The ratios are edited as they are; the coverage, a share, as per cent (60 rather than 0.6), as
 * people say it.
 */
export function thresholdsDraft(thresholds: AttainmentThresholdsInput, format: (value: number) => string): ThresholdsDraft {
  const draft = {} as ThresholdsDraft;
  for (const field of THRESHOLD_FIELDS) draft[field] = format(field === 'minimumCoverage' ? Math.round(thresholds[field] * 1000) / 10 : thresholds[field]);
  return draft;
}

export function validateThresholds(draft: ThresholdsDraft): { input: AttainmentThresholdsInput | null; problems: Partial<Record<ThresholdField, Problem>> } {
  const problems: Partial<Record<ThresholdField, Problem>> = {};
  const values = {} as Record<ThresholdField, number>;
  for (const field of THRESHOLD_FIELDS) {
    const value = parseDecimal(draft[field]);
    if (value === null) problems[field] = { key: 'required' };
    else if (Number.isNaN(value)) problems[field] = { key: 'number' };
    else values[field] = value;
  }
  const ordered = (low: ThresholdField, medium: ThresholdField, high: ThresholdField) => {
    if (problems[low] || problems[medium] || problems[high]) return;
    const [a, b, c] = [values[low], values[medium], values[high]];
    if (!(a < b && b < c)) problems[medium] = { key: 'thresholdOrder' };
  };
  ordered('withTargetLow', 'withTargetMedium', 'withTargetHigh');
  ordered('withoutTargetLow', 'withoutTargetMedium', 'withoutTargetHigh');
  if (!problems.minimumCoverage && !(values.minimumCoverage > 0 && values.minimumCoverage <= 100)) problems.minimumCoverage = { key: 'shareRange' };
  if (Object.keys(problems).length > 0) return { input: null, problems };
  return { input: { ...values, minimumCoverage: values.minimumCoverage / 100 }, problems };
}
