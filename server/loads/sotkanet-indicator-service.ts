import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
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
    if (!options.dryRun) {
      await createIndicator(db, {
        code: entry.code,
        name: entry.name,
        // Placeholders: Sotkanet's list has no unit or direction (see SotkanetIndicatorMetadata), and
        // an indicator needs both. The definition below asks for them to be checked.
        unit: '?',
        decimals: 1,
        direction: 'HIGHER_IS_BETTER',
        frequency: entry.frequency,
        source: 'sotkanet',
        sourceId: entry.sourceId,
        definition: {
          fi: 'Luotu Sotkanetin metatiedoista tiedostoa ladattaessa. Tarkista yksikkö, desimaalit ja suunta (suurempi vai pienempi on parempi).',
          sv: 'Skapad ur Sotkanets metadata vid laddning. Kontrollera enhet, decimaler och riktning.',
          en: "Created from Sotkanet's metadata during a load. Check the unit, decimals and direction (higher or lower is better).",
        },
      });
    }
    result.created.push(entry.code);
  }
  return result;
}
