import type { CreateTargetInput, Frequency, TargetWarningCode, UpdateTargetInput } from '../../../graphql/generated/graphql';
import { comparePeriods, parsePeriod } from '../../../lib/periods';
import { decimalText, parseDecimal } from '../shared/drafts';
import type { Problem } from '../shared/problems';

/** A target as edited: its scope (new targets only), an optional baseline, and trajectory points. */
export interface TargetDraft {
  /** '' for the organisation-wide target. */
  areaCode: string;
  /** '' for all service areas. */
  serviceAreaId: string;
  /** Both empty: the baseline comes from the data by the strategy's rule. */
  baselinePeriod: string;
  baselineValue: string;
  points: Array<{ period: string; value: string }>;
  acknowledged: TargetWarningCode[];
}

export interface SavedTarget {
  area?: { code: string } | null;
  serviceArea?: { id: string } | null;
  baselinePeriod?: string | null;
  baselineValue?: number | null;
  points: ReadonlyArray<{ period: string; value: number }>;
  acknowledgedWarnings: ReadonlyArray<TargetWarningCode>;
}

/** Warnings the user may accept by ticking a box; the others are mistakes the server refuses. */
export const ACKNOWLEDGEABLE: ReadonlySet<TargetWarningCode> = new Set(['WORSE_THAN_BASELINE', 'OUTSIDE_NATURAL_LIMIT']);

/** An example period of the frequency, e.g. for the end of the strategy's term. */
export function periodExample(frequency: Frequency, year: number): string {
  if (frequency === 'QUARTER') return `${year}Q4`;
  if (frequency === 'MONTH') return `${year}-12`;
  return String(year);
}

/** A period as people type it (`2027q2`, `2027-5`, ` 2027 `) in the API's spelling, or null. */
export function normalizePeriod(text: string): string | null {
  const match = /^\s*(\d{4})(?:\s*[Qq]\s*([1-4])|-(\d{1,2}))?\s*$/.exec(text);
  if (!match) return null;
  if (match[2]) return `${match[1]}Q${match[2]}`;
  if (match[3]) {
    const month = Number(match[3]);
    return month >= 1 && month <= 12 ? `${match[1]}-${String(month).padStart(2, '0')}` : null;
  }
  return match[1] ?? null;
}

const FREQUENCY_OF = { year: 'YEAR', quarter: 'QUARTER', month: 'MONTH' } as const;

function periodFrequency(period: string): Frequency | null {
  const parsed = parsePeriod(period);
  return parsed ? FREQUENCY_OF[parsed.kind] : null;
}

export function newTargetDraft(frequency: Frequency, endYear: number): TargetDraft {
  return { areaCode: '', serviceAreaId: '', baselinePeriod: '', baselineValue: '', points: [{ period: periodExample(frequency, endYear), value: '' }], acknowledged: [] };
}

export function targetDraftFrom(target: SavedTarget, locale: string): TargetDraft {
  return {
    areaCode: target.area?.code ?? '',
    serviceAreaId: target.serviceArea?.id ?? '',
    baselinePeriod: target.baselinePeriod ?? '',
    baselineValue: decimalText(target.baselineValue, locale),
    points: target.points.map((point) => ({ period: point.period, value: decimalText(point.value, locale) })),
    acknowledged: [...target.acknowledgedWarnings].sort(),
  };
}

export type TargetField = 'baselinePeriod' | 'baselineValue' | `points.${number}.period` | `points.${number}.value` | 'points';

/**
 * The form's own checks, in the user's language: periods of the indicator's frequency, numbers,
 * each period once, every point after the baseline (a point at or before it cannot be measured
 * towards, and saving is blocked). Value-based warnings (worse than the baseline, beyond the natural
 * limit) are the server's checkTarget's, shown as the user types.
 */
export function validateTarget(draft: TargetDraft, frequency: Frequency): Partial<Record<TargetField, Problem>> {
  const problems: Partial<Record<TargetField, Problem>> = {};
  const example = periodExample(frequency, 2027);
  const checkPeriod = (field: TargetField, text: string): string | null => {
    const period = normalizePeriod(text);
    if (!period) {
      problems[field] = { key: 'period' };
      return null;
    }
    if (periodFrequency(period) !== frequency) {
      problems[field] = { key: 'periodKind', values: { frequency: frequency.toLowerCase(), example } };
      return null;
    }
    return period;
  };
  const checkNumber = (field: TargetField, text: string, required: boolean) => {
    const value = parseDecimal(text);
    if (value === null) {
      if (required) problems[field] = { key: 'required' };
    } else if (Number.isNaN(value)) problems[field] = { key: 'number' };
  };

  const baseline = draft.baselinePeriod.trim() ? checkPeriod('baselinePeriod', draft.baselinePeriod) : null;
  checkNumber('baselineValue', draft.baselineValue, false);
  if (!problems.baselineValue && draft.baselineValue.trim() && !draft.baselinePeriod.trim()) problems.baselinePeriod = { key: 'required' };

  if (draft.points.length === 0) problems.points = { key: 'required' };
  const seen = new Set<string>();
  draft.points.forEach((point, index) => {
    const period = checkPeriod(`points.${index}.period`, point.period);
    checkNumber(`points.${index}.value`, point.value, true);
    if (!period) return;
    if (seen.has(period)) problems[`points.${index}.period`] = { key: 'duplicatePeriod', values: { period } };
    seen.add(period);
    if (baseline && comparePeriods(period, baseline) <= 0) problems[`points.${index}.period`] = { key: 'pointBeforeBaseline', values: { period: baseline } };
  });
  return problems;
}

/** The trajectory points that parse, in period order: what the chart draws while the user types. */
export function previewPoints(draft: TargetDraft, frequency: Frequency): Array<{ period: string; value: number }> {
  return draft.points
    .map((point) => ({ period: normalizePeriod(point.period), value: parseDecimal(point.value) }))
    .filter((point): point is { period: string; value: number } => point.period !== null && periodFrequency(point.period) === frequency && point.value !== null && Number.isFinite(point.value))
    .sort((a, b) => comparePeriods(a.period, b.period));
}

/** The baseline as given in the form, when it parses (else the data's, from checkTarget). */
export function givenBaseline(draft: TargetDraft): { period: string | null; value: number | null } {
  const value = parseDecimal(draft.baselineValue);
  return { period: normalizePeriod(draft.baselinePeriod), value: value !== null && Number.isFinite(value) ? value : null };
}

/**
 * The input for createTarget (and checkTarget): only a draft without problems makes a complete one;
 * `checkInput` makes the best input it can of a draft being typed, for the live check, or null.
 */
export function createTargetInput(strategyId: string, indicatorCode: string, draft: TargetDraft): CreateTargetInput {
  const baseline = givenBaseline(draft);
  return {
    strategyId,
    indicatorCode,
    areaCode: draft.areaCode || null,
    serviceAreaId: draft.serviceAreaId || null,
    baselinePeriod: baseline.period,
    baselineValue: baseline.period ? baseline.value : null,
    points: draft.points.map((point) => ({ period: normalizePeriod(point.period) ?? point.period.trim(), value: Number(parseDecimal(point.value)) })),
    acknowledgedWarnings: draft.acknowledged,
  };
}

export function updateTargetInput(draft: TargetDraft): UpdateTargetInput {
  const { baselinePeriod, baselineValue, points, acknowledgedWarnings } = createTargetInput('', '', draft);
  return { baselinePeriod, baselineValue, points, acknowledgedWarnings };
}

export function checkInput(strategyId: string, indicatorCode: string, draft: TargetDraft, frequency: Frequency): CreateTargetInput | null {
  const points = previewPoints(draft, frequency);
  if (points.length === 0) return null;
  const baseline = givenBaseline(draft);
  const baselinePeriod = baseline.period && periodFrequency(baseline.period) === frequency ? baseline.period : null;
  return {
    strategyId,
    indicatorCode,
    areaCode: draft.areaCode || null,
    serviceAreaId: draft.serviceAreaId || null,
    baselinePeriod,
    baselineValue: baselinePeriod ? baseline.value : null,
    points,
    acknowledgedWarnings: draft.acknowledged,
  };
}

/**
 * Where each warning is shown: next to its point (by the index in the draft, whose order the check
 * keeps), or next to the baseline. The check sorts nothing: `checkInput` sends the points sorted, so
 * indexes are mapped back through the sorted preview.
 */
export function warningFieldIndex(draft: TargetDraft, frequency: Frequency, pointIndex: number | null | undefined): number | null {
  if (pointIndex === null || pointIndex === undefined) return null;
  const sorted = previewPoints(draft, frequency)[pointIndex];
  if (!sorted) return null;
  const index = draft.points.findIndex((point) => normalizePeriod(point.period) === sorted.period);
  return index >= 0 ? index : null;
}
