import type { CreateIndicatorFromSotkanetInput, CreateIndicatorInput, Direction, Frequency } from '../../../graphql/generated/graphql';
import { EMPTY_TEXT, isBlank, type LocalizedDraft, optionalTextInput, parseDecimal, parseWholeNumber, textInput } from '../shared/drafts';
import type { Problem } from '../shared/problems';

/**
 * What a person must say about an indicator that its source does not: which way is better, the
 * unit, its limits. Sotkanet's catalogue gives names and frequency, never these, so the dialog asks.
 */
export interface IndicatorDetailsDraft {
  direction: Direction | '';
  unit: string;
  decimals: string;
  naturalLimit: string;
  minValue: string;
  maxValue: string;
  serviceAreaIds: string[];
  /** Optionally linked to a goal of the strategy at once, with this weight. */
  goalId: string;
  weight: string;
}

export interface InternalIndicatorDraft extends IndicatorDetailsDraft {
  code: string;
  name: LocalizedDraft;
  definition: LocalizedDraft;
  frequency: Frequency;
  source: string;
}

export type DetailsField = 'direction' | 'unit' | 'decimals' | 'naturalLimit' | 'minValue' | 'maxValue' | 'weight';
export type InternalField = DetailsField | 'code' | 'name.fi' | 'definition.fi' | 'source';

/**
 * A first guess of the unit from a Sotkanet title, which usually ends with it ("…, % of the
 * population", "… / 1 000 persons"). Only a guess: the dialog asks the user to check it.
 */
export function guessUnit(title: string): string {
  const text = title.toLowerCase();
  if (/\/\s*100\s*000/.test(text)) return 'per 100 000';
  if (/\/\s*10\s*000/.test(text)) return 'per 10 000';
  if (/\/\s*1\s*000/.test(text)) return 'per 1 000';
  if (/%|prosent/.test(text)) return '%';
  if (/€|euroa|euro\b/.test(text)) return '€';
  if (/\bvrk\b|vuorokaut/.test(text)) return 'vrk';
  return '';
}

export function newDetailsDraft(title = ''): IndicatorDetailsDraft {
  return { direction: '', unit: guessUnit(title), decimals: '1', naturalLimit: '', minValue: '', maxValue: '', serviceAreaIds: [], goalId: '', weight: '1' };
}

export function newInternalDraft(): InternalIndicatorDraft {
  return { ...newDetailsDraft(), code: 'internal:', name: EMPTY_TEXT, definition: EMPTY_TEXT, frequency: 'QUARTER', source: 'internal' };
}

const CODE_PATTERN = /^[a-z0-9][a-z0-9._:-]{0,63}$/;

function optionalNumber(text: string): { value: number | null; problem?: Problem } {
  const value = parseDecimal(text);
  if (value !== null && Number.isNaN(value)) return { value: null, problem: { key: 'number' } };
  return { value };
}

export function validateDetails(draft: IndicatorDetailsDraft): Partial<Record<DetailsField, Problem>> {
  const problems: Partial<Record<DetailsField, Problem>> = {};
  if (!draft.direction) problems.direction = { key: 'required' };
  if (!draft.unit.trim()) problems.unit = { key: 'required' };
  const decimals = parseWholeNumber(draft.decimals);
  if (decimals === null) problems.decimals = { key: 'required' };
  else if (Number.isNaN(decimals) || decimals < 0 || decimals > 6) problems.decimals = { key: 'wholeNumber' };
  for (const field of ['naturalLimit', 'minValue', 'maxValue'] as const) {
    const { problem } = optionalNumber(draft[field]);
    if (problem) problems[field] = problem;
  }
  const min = parseDecimal(draft.minValue);
  const max = parseDecimal(draft.maxValue);
  if (!problems.minValue && !problems.maxValue && min !== null && max !== null && min > max) problems.maxValue = { key: 'minAboveMax' };
  if (draft.goalId) {
    const weight = parseDecimal(draft.weight);
    if (weight === null) problems.weight = { key: 'required' };
    else if (Number.isNaN(weight)) problems.weight = { key: 'number' };
    else if (weight <= 0) problems.weight = { key: 'positive' };
  }
  return problems;
}

export function validateInternal(draft: InternalIndicatorDraft): Partial<Record<InternalField, Problem>> {
  const problems: Partial<Record<InternalField, Problem>> = validateDetails(draft);
  if (!CODE_PATTERN.test(draft.code.trim()) || draft.code.trim().endsWith(':')) problems.code = { key: 'code' };
  if (!draft.name.fi.trim()) problems['name.fi'] = { key: isBlank(draft.name) ? 'required' : 'finnishRequired' };
  if (!isBlank(draft.definition) && !draft.definition.fi.trim()) problems['definition.fi'] = { key: 'finnishRequired' };
  if (!draft.source.trim()) problems.source = { key: 'required' };
  return problems;
}

function detailsInput(draft: IndicatorDetailsDraft) {
  return {
    direction: draft.direction as Direction,
    unit: draft.unit.trim(),
    decimals: Number(parseWholeNumber(draft.decimals)),
    naturalLimit: parseDecimal(draft.naturalLimit),
    minValue: parseDecimal(draft.minValue),
    maxValue: parseDecimal(draft.maxValue),
    serviceAreaIds: draft.serviceAreaIds,
  };
}

export function sotkanetInput(sotkanetId: number, draft: IndicatorDetailsDraft): CreateIndicatorFromSotkanetInput {
  return { sotkanetId, ...detailsInput(draft) };
}

export function internalInput(draft: InternalIndicatorDraft): CreateIndicatorInput {
  return {
    code: draft.code.trim(),
    name: textInput(draft.name),
    definition: optionalTextInput(draft.definition),
    frequency: draft.frequency,
    source: draft.source.trim(),
    ...detailsInput(draft),
  };
}

/** The goal link to make after creating, if one was asked for. */
export function linkAfterCreate(draft: IndicatorDetailsDraft): { goalId: string; weight: number } | null {
  return draft.goalId ? { goalId: draft.goalId, weight: Number(parseDecimal(draft.weight)) } : null;
}
