import type { Language } from '../../i18n/resources';
import type { LocalizedText } from '../../lib/format';

/** The server's limit for a promise text, per language (createServicePromiseItemInput). */
export const PROMISE_TEXT_MAX = 1000;

/** An item as the form holds it: every text as typed, so nothing the user typed is lost. */
export interface PromiseDraft {
  fi: string;
  sv: string;
  en: string;
  goalIds: string[];
}

export type PromiseField = Language | 'goalIds';

/** A problem found before sending, for the form to say in the user's language. */
export type DraftProblem = { kind: 'required' } | { kind: 'tooLong'; length: number } | { kind: 'server'; reason: string };

export const EMPTY_DRAFT: PromiseDraft = { fi: '', sv: '', en: '', goalIds: [] };

export function draftFromItem(item: { text: LocalizedText; goals: ReadonlyArray<{ id: string }> } | null): PromiseDraft {
  if (!item) return EMPTY_DRAFT;
  return { fi: item.text.fi, sv: item.text.sv ?? '', en: item.text.en ?? '', goalIds: item.goals.map((goal) => goal.id) };
}

/** Whether saving would change anything: texts as the server stores them (trimmed), goals as a set. */
export function isDirty(draft: PromiseDraft, original: PromiseDraft): boolean {
  const texts = (['fi', 'sv', 'en'] as const).some((language) => draft[language].trim() !== original[language].trim());
  const before = new Set(original.goalIds);
  return texts || draft.goalIds.length !== before.size || draft.goalIds.some((id) => !before.has(id));
}

/** The same checks as the server's (Finnish required, each text at most PROMISE_TEXT_MAX characters after trimming). */
export function validateDraft(draft: PromiseDraft): Partial<Record<PromiseField, DraftProblem>> {
  const problems: Partial<Record<PromiseField, DraftProblem>> = {};
  if (!draft.fi.trim()) problems.fi = { kind: 'required' };
  for (const language of ['fi', 'sv', 'en'] as const) {
    const length = draft[language].trim().length;
    if (length > PROMISE_TEXT_MAX) problems[language] = { kind: 'tooLong', length };
  }
  return problems;
}

/** The API's input: trimmed texts, an empty translation as null (shown in Finnish). */
export function draftInput(draft: PromiseDraft): { text: { fi: string; sv: string | null; en: string | null }; goalIds: string[] } {
  return { text: { fi: draft.fi.trim(), sv: draft.sv.trim() || null, en: draft.en.trim() || null }, goalIds: draft.goalIds };
}

/**
 * The server's field problems by the form's fields: `input.text.sv` → `sv`, `input.goalIds.2` → `goalIds`.
 * Problems of other fields are left out: the form shows those as the save's error.
 */
export function serverProblems(problems: ReadonlyArray<{ field: string; reason: string }>): Partial<Record<PromiseField, DraftProblem>> {
  const found: Partial<Record<PromiseField, DraftProblem>> = {};
  for (const { field, reason } of problems) {
    const path = field.replace(/^input\./, '').split('.');
    const key: PromiseField | null = path[0] === 'text' && (path[1] === 'fi' || path[1] === 'sv' || path[1] === 'en') ? path[1] : path[0] === 'goalIds' ? 'goalIds' : null;
    if (key) found[key] ??= { kind: 'server', reason };
  }
  return found;
}

/** The ids with the one at `index` moved one place up (-1) or down (+1); the same order when it cannot move. */
export function moveId(ids: readonly string[], index: number, delta: -1 | 1): string[] {
  const target = index + delta;
  if (index < 0 || index >= ids.length || target < 0 || target >= ids.length) return [...ids];
  const moved = [...ids];
  [moved[index], moved[target]] = [moved[target] as string, moved[index] as string];
  return moved;
}

/** The ids with `id` put back at `index` (clamped to the list), for undoing a delete. */
export function insertId(ids: readonly string[], id: string, index: number): string[] {
  const at = Math.max(0, Math.min(index, ids.length));
  return [...ids.slice(0, at), id, ...ids.slice(at)];
}

/** The languages among sv and en that a text lacks, so the editor can say which translations are missing. */
export function missingTranslations(text: LocalizedText): Language[] {
  return (['sv', 'en'] as const).filter((language) => !text[language]?.trim());
}

export interface GoalOption {
  id: string;
  title: LocalizedText;
  depth: number;
}

export interface GoalGroup {
  perspective: { id: string; name: LocalizedText };
  goals: GoalOption[];
}

/**
 * The strategy's goals for the checkboxes, grouped by perspective in the strategy's order, each
 * sub-goal right under its parent. `goals` comes in display order (Strategy.goals).
 */
export function goalOptionsByPerspective(
  perspectives: ReadonlyArray<{ id: string; name: LocalizedText }>,
  goals: ReadonlyArray<{ id: string; title: LocalizedText; perspective: { id: string }; parent?: { id: string } | null }>,
): GoalGroup[] {
  const children = new Map<string | null, typeof goals>();
  for (const goal of goals) {
    const parentId = goal.parent?.id ?? null;
    children.set(parentId, [...(children.get(parentId) ?? []), goal]);
  }
  const known = new Set(goals.map((goal) => goal.id));
  return perspectives.map((perspective) => {
    const options: GoalOption[] = [];
    const visit = (goal: (typeof goals)[number], depth: number) => {
      options.push({ id: goal.id, title: goal.title, depth });
      for (const child of children.get(goal.id) ?? []) visit(child, depth + 1);
    };
    // Top-level goals, and any whose parent is not in the list, start a branch.
    for (const goal of goals) {
      if (goal.perspective.id !== perspective.id) continue;
      if (!goal.parent || !known.has(goal.parent.id)) visit(goal, 0);
    }
    return { perspective, goals: options };
  });
}
