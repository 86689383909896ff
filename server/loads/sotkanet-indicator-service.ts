import type { Kysely } from 'kysely';
import type { LocalizedText } from '../common/localized-text';
import type { Database } from '../db/database';
import type { Indicator } from '../indicators/indicator-model';
import { createIndicator } from '../indicators/indicator-service';
import { findIndicatorsByCodes, findIndicatorsBySourceIds } from '../indicators/indicator-repository';
import type { ParsedItem } from './load-model';
import { loadSotkanetIndicators } from './parsers/sotkanet-indicators';

/** The Sotkanet indicator ids a file's rows refer to. */
export async function sotkanetIdsIn(items: AsyncIterable<ParsedItem>): Promise<Set<string>> {
  const ids = new Set<string>();
  for await (const item of items) {
    if ('record' in item && 'sotkanetId' in item.record.indicator) ids.add(item.record.indicator.sotkanetId.trim());
  }
  return ids;
}

export interface CreatedIndicators {
  created: string[];
  /** Ids Sotkanet's indicator list does not have: they stay unknown and their rows are rejected. */
  notInSotkanet: string[];
}

/**
 * Creates the indicators for Sotkanet ids that are not yet defined, from Sotkanet's own metadata
 * (names in three languages). The metadata has no unit or direction, so those are placeholders the
 * definition asks an analyst to check; a dry run only reports what it would create.
 */
export async function createSotkanetIndicators(
  db: Kysely<Database>,
  ids: Iterable<string>,
  dataDirectory: string,
  options: { dryRun: boolean },
): Promise<CreatedIndicators> {
  const wanted = [...new Set(ids)].sort((a, b) => Number(a) - Number(b));
  // A load finds an indicator by its Sotkanet id, whatever its code; so one defined under another
  // code (e.g. `child-poverty` with Sotkanet id 228) exists, and a `sotkanet:228` beside it would be a twin.
  const [byCode, bySourceId] = await Promise.all([
    findIndicatorsByCodes(
      db,
      wanted.map((id) => `sotkanet:${id}`),
    ),
    findIndicatorsBySourceIds(db, 'sotkanet', wanted),
  ]);
  const existing = new Set([...byCode.map((indicator) => indicator.code), ...bySourceId.map((indicator) => `sotkanet:${indicator.sourceId}`)]);
  const missing = wanted.filter((id) => !existing.has(`sotkanet:${id}`));
  if (missing.length === 0) return { created: [], notInSotkanet: [] };
  const metadata = await loadSotkanetIndicators(dataDirectory);
  const result: CreatedIndicators = { created: [], notInSotkanet: [] };
  for (const id of missing) {
    const entry = metadata.metadata(id);
    if (!entry) {
      result.notInSotkanet.push(id);
      continue;
    }
    if (!options.dryRun) await defineSotkanetIndicator(db, entry);
    result.created.push(entry.code);
  }
  return result;
}

/** What Sotkanet says about an indicator that becomes a definition here; what it leaves out is null. */
export interface SotkanetIndicatorDraft {
  code: string;
  name: LocalizedText;
  sourceId: string;
  frequency: 'YEAR';
  /** The unit, where Sotkanet's metadata gives one (its indicator list does not). */
  unit?: string | null;
  decimals?: number | null;
  /** Sotkanet's description of the indicator, kept ahead of the note asking for a check. */
  description?: LocalizedText | null;
}

const MAX_DEFINITION = 10_000;

const CHECK_NOTE: LocalizedText = {
  fi: 'Luotu Sotkanetin metatiedoista tiedostoa ladattaessa. Tarkista yksikkö, desimaalit ja suunta (suurempi vai pienempi on parempi).',
  sv: 'Skapad ur Sotkanets metadata vid laddning. Kontrollera enhet, decimaler och riktning.',
  en: "Created from Sotkanet's metadata during a load. Check the unit, decimals and direction (higher or lower is better).",
};

/**
 * Defines one Sotkanet indicator from what Sotkanet says about it. Its direction is never in
 * Sotkanet's metadata, nor the unit in its indicator list, so those are placeholders ("?", higher
 * is better) that the definition asks an analyst to check: a wrong direction turns every improvement
 * into a deterioration.
 */
export async function defineSotkanetIndicator(db: Kysely<Database>, draft: SotkanetIndicatorDraft): Promise<Indicator> {
  const definition = (language: keyof LocalizedText): string | null => {
    const note = CHECK_NOTE[language] ?? CHECK_NOTE.fi;
    const description = draft.description?.[language];
    if (!description) return note;
    return `${description.slice(0, MAX_DEFINITION - note.length - 2)}\n\n${note}`;
  };
  return createIndicator(db, {
    code: draft.code,
    name: draft.name,
    unit: draft.unit ?? '?',
    decimals: Math.min(6, Math.max(0, draft.decimals ?? 1)),
    direction: 'HIGHER_IS_BETTER',
    frequency: draft.frequency,
    source: 'sotkanet',
    sourceId: draft.sourceId,
    definition: { fi: definition('fi') ?? CHECK_NOTE.fi, sv: definition('sv'), en: definition('en') },
  });
}
