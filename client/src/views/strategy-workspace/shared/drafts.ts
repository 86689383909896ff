import type { LocalizedText } from '../../../lib/format';

/**
 * What a form holds while it is edited: every field as the text typed, so nothing the user typed is
 * lost to parsing; the inputs the API takes are made from it on saving.
 */
export interface LocalizedDraft {
  fi: string;
  sv: string;
  en: string;
}

export const EMPTY_TEXT: LocalizedDraft = { fi: '', sv: '', en: '' };

export function draftFromText(text: LocalizedText | null | undefined): LocalizedDraft {
  return { fi: text?.fi ?? '', sv: text?.sv ?? '', en: text?.en ?? '' };
}

/** The API's LocalizedTextInput: trimmed, with an empty translation sent as null (no translation). */
export function textInput(draft: LocalizedDraft): { fi: string; sv: string | null; en: string | null } {
  return { fi: draft.fi.trim(), sv: draft.sv.trim() || null, en: draft.en.trim() || null };
}

/** An optional text (a description, a vision): null when nothing is written in any language. */
export function optionalTextInput(draft: LocalizedDraft): { fi: string; sv: string | null; en: string | null } | null {
  return isBlank(draft) ? null : textInput(draft);
}

export function isBlank(draft: LocalizedDraft): boolean {
  return !draft.fi.trim() && !draft.sv.trim() && !draft.en.trim();
}

/**
 * A number as typed in Finland or elsewhere: a decimal comma or point, spaces ignored (1 234,5).
 * Empty text is null ("not given"); text that is not a number is NaN, for the form to name.
 */
export function parseDecimal(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(/\u2212/g, '-');
  if (compact === '') return null;
  if (!/^[-+]?(\d+([.,]\d*)?|[.,]\d+)$/.test(compact)) return Number.NaN;
  return Number(compact.replace(',', '.'));
}

/** A number for a field the user edits: the decimal separator of the UI's locale, no grouping. */
export function decimalText(value: number | null | undefined, locale: string): string {
  if (value === null || value === undefined) return '';
  return new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 10 }).format(value);
}

export function parseWholeNumber(text: string): number | null {
  const value = parseDecimal(text);
  return value === null || Number.isNaN(value) || !Number.isInteger(value) ? (value === null ? null : Number.NaN) : value;
}

/** Whether two drafts hold the same text (for "unsaved changes"). */
export function sameDraft<Draft>(a: Draft, b: Draft): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
