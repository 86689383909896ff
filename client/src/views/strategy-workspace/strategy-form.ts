import type { CreateStrategyInput } from '../../graphql/generated/graphql';
import { type LocalizedDraft, draftFromText, EMPTY_TEXT, isBlank, optionalTextInput, parseWholeNumber, textInput } from './shared/drafts';
import { type Problem, YEAR_MAX, YEAR_MIN } from './shared/problems';

export interface StrategyDraft {
  organisationCode: string;
  name: LocalizedDraft;
  vision: LocalizedDraft;
  startYear: string;
  endYear: string;
  baselineYear: string;
}

/** Fields as the API's input paths name them, so the server's problems land on the same fields. */
export type StrategyField = 'organisationCode' | 'name.fi' | 'vision.fi' | 'startYear' | 'endYear' | 'baselineYear';

export const STRATEGY_FIELDS: readonly StrategyField[] = ['organisationCode', 'name.fi', 'vision.fi', 'startYear', 'endYear', 'baselineYear'];

/**
 * A new strategy for the council term that starts this year: four years, measured from the year
 * before it began (the last full year of data when the council sets its goals).
 */
export function newStrategyDraft(today: Date): StrategyDraft {
  const year = today.getFullYear();
  return { organisationCode: '', name: EMPTY_TEXT, vision: EMPTY_TEXT, startYear: String(year), endYear: String(year + 3), baselineYear: String(year - 1) };
}

export function strategyDraftFrom(strategy: {
  organisation: { code: string };
  name: { fi: string; sv?: string | null; en?: string | null };
  vision?: { fi: string; sv?: string | null; en?: string | null } | null;
  startYear: number;
  endYear: number;
  baselineYear: number;
}): StrategyDraft {
  return {
    organisationCode: strategy.organisation.code,
    name: draftFromText(strategy.name),
    vision: draftFromText(strategy.vision),
    startYear: String(strategy.startYear),
    endYear: String(strategy.endYear),
    baselineYear: String(strategy.baselineYear),
  };
}

function year(text: string): { value: number | null; problem?: Problem } {
  const value = parseWholeNumber(text);
  if (value === null) return { value: null, problem: { key: 'required' } };
  if (Number.isNaN(value)) return { value: null, problem: { key: 'wholeNumber' } };
  if (value < YEAR_MIN || value > YEAR_MAX) return { value: null, problem: { key: 'yearRange', values: { min: YEAR_MIN, max: YEAR_MAX } } };
  return { value };
}

/** The same rules as the server's (strategy-inputs.ts), checked as the user saves. */
export function validateStrategy(draft: StrategyDraft): Partial<Record<StrategyField, Problem>> {
  const problems: Partial<Record<StrategyField, Problem>> = {};
  if (!draft.organisationCode) problems.organisationCode = { key: 'required' };
  if (!draft.name.fi.trim()) problems['name.fi'] = { key: isBlank(draft.name) ? 'required' : 'finnishRequired' };
  if (!isBlank(draft.vision) && !draft.vision.fi.trim()) problems['vision.fi'] = { key: 'finnishRequired' };
  const start = year(draft.startYear);
  const end = year(draft.endYear);
  const baseline = year(draft.baselineYear);
  if (start.problem) problems.startYear = start.problem;
  if (end.problem) problems.endYear = end.problem;
  if (baseline.problem) problems.baselineYear = baseline.problem;
  if (start.value !== null && end.value !== null && end.value < start.value) problems.endYear = { key: 'endBeforeStart', values: { year: start.value } };
  if (end.value !== null && baseline.value !== null && baseline.value > end.value) problems.baselineYear = { key: 'baselineAfterEnd', values: { year: end.value } };
  return problems;
}

/** The input for createStrategy (and, without the organisation when unchanged, updateStrategy). */
export function strategyInput(draft: StrategyDraft): CreateStrategyInput {
  return {
    organisationCode: draft.organisationCode,
    name: textInput(draft.name),
    vision: optionalTextInput(draft.vision),
    startYear: Number(parseWholeNumber(draft.startYear)),
    endYear: Number(parseWholeNumber(draft.endYear)),
    baselineYear: Number(parseWholeNumber(draft.baselineYear)),
  };
}
