import type { CopyStrategyInput } from '../../graphql/generated/graphql';
import { type LocalizedDraft, draftFromText, optionalTextInput, textInput } from './shared/drafts';
import type { StrategyDraft } from './strategy-form';

type Text = { fi: string; sv?: string | null; en?: string | null };

/**
 * A name for the copy: the old term's years in the name (2026–2029, 2026-2029) become the new
 * term's; a name without them is kept as it is, for the user to change.
 */
export function renameForTerm(name: string, from: { startYear: number; endYear: number }, to: { startYear: number; endYear: number }): string {
  const pattern = new RegExp(`${from.startYear}\\s*([–-])\\s*${from.endYear}`, 'g');
  return name.replace(pattern, (_match, dash: string) => `${to.startYear}${dash}${to.endYear}`);
}

/**
 * The next council term: it starts the year after this one ends and is as long; progress is then
 * measured from the last year of the old term.
 */
export function copyDraft(strategy: { organisation: { code: string }; name: Text; vision?: Text | null; startYear: number; endYear: number }): StrategyDraft {
  const length = strategy.endYear - strategy.startYear;
  const next = { startYear: strategy.endYear + 1, endYear: strategy.endYear + 1 + length };
  const name = draftFromText(strategy.name);
  const renamed: LocalizedDraft = { fi: renameForTerm(name.fi, strategy, next), sv: renameForTerm(name.sv, strategy, next), en: renameForTerm(name.en, strategy, next) };
  return {
    organisationCode: strategy.organisation.code,
    name: renamed,
    vision: draftFromText(strategy.vision),
    startYear: String(next.startYear),
    endYear: String(next.endYear),
    baselineYear: String(strategy.endYear),
  };
}

export function copyInput(draft: StrategyDraft): CopyStrategyInput {
  return {
    name: textInput(draft.name),
    // An emptied vision is sent as null (no vision), not left out (which would copy the old one).
    vision: optionalTextInput(draft.vision),
    startYear: Number(draft.startYear.trim()),
    endYear: Number(draft.endYear.trim()),
    baselineYear: Number(draft.baselineYear.trim()),
  };
}
