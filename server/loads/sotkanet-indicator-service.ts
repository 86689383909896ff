import type { Kysely } from 'kysely';
import type { Database, Executor } from '../db/database';
import { createIndicator } from '../indicators/indicator-service';
import type { Direction, Indicator } from '../indicators/indicator-model';
import { findIndicatorsByCodes, findIndicatorsBySourceIds } from '../indicators/indicator-repository';
import type { ParsedItem } from './load-model';
import { loadSotkanetIndicators, type SotkanetIndicatorMetadata } from './parsers/sotkanet-indicators';

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
 * The indicators already defined for Sotkanet ids, by id. A load finds an indicator by its Sotkanet
 * id, whatever its code; so one defined under another code (e.g. `child-poverty` with Sotkanet id
 * 228) exists, and a `sotkanet:228` beside it would be a twin.
 */
export async function findSotkanetIndicators(db: Executor, ids: readonly string[]): Promise<Map<string, Indicator>> {
  const [byCode, bySourceId] = await Promise.all([
    findIndicatorsByCodes(
      db,
      ids.map((id) => `sotkanet:${id}`),
    ),
    findIndicatorsBySourceIds(db, 'sotkanet', ids),
  ]);
  const found = new Map<string, Indicator>();
  for (const indicator of bySourceId) if (indicator.sourceId !== null) found.set(indicator.sourceId, indicator);
  // The code names the indicator most plainly: it wins where both exist.
  for (const indicator of byCode) found.set(indicator.code.slice('sotkanet:'.length), indicator);
  return found;
}

/** What a person confirms about a Sotkanet indicator that Sotkanet's list does not say. */
export interface ConfirmedIndicatorFields {
  unit: string;
  direction: Direction;
  decimals: number;
  naturalLimit: number | null;
  minValue: number | null;
  maxValue: number | null;
  serviceAreaIds: readonly string[];
}

/**
 * Placeholders for a load's --create-indicators, where no one has confirmed anything: Sotkanet's list
 * has no unit or direction (see SotkanetIndicatorMetadata), and an indicator needs both. The
 * definition asks for them to be checked.
 */
const UNCONFIRMED: ConfirmedIndicatorFields = {
  unit: '?',
  decimals: 1,
  direction: 'HIGHER_IS_BETTER',
  naturalLimit: null,
  minValue: null,
  maxValue: null,
  serviceAreaIds: [],
};

/**
 * The createIndicator input for a Sotkanet indicator: code, names, frequency and source from
 * Sotkanet's metadata, the rest as confirmed (or placeholders when nothing was).
 */
export function sotkanetIndicatorInput(entry: SotkanetIndicatorMetadata, confirmed: ConfirmedIndicatorFields | null) {
  const organisation = entry.organisation;
  return {
    code: entry.code,
    name: entry.name,
    frequency: entry.frequency,
    source: entry.source,
    sourceId: entry.sourceId,
    ...(confirmed ?? UNCONFIRMED),
    definition: confirmed
      ? {
          fi: `Sotkanetin indikaattori ${entry.sourceId}${organisation ? `, tuottaja ${organisation.fi}` : ''}. Määritelmä ja laskentatapa: sotkanet.fi.`,
          sv: `Sotkanets indikator ${entry.sourceId}${organisation ? `, producent ${organisation.sv ?? organisation.fi}` : ''}. Definition och beräkning: sotkanet.fi.`,
          en: `Sotkanet indicator ${entry.sourceId}${organisation ? `, produced by ${organisation.en ?? organisation.fi}` : ''}. Definition and calculation: sotkanet.fi.`,
        }
      : {
          fi: 'Luotu Sotkanetin metatiedoista tiedostoa ladattaessa. Tarkista yksikkö, desimaalit ja suunta (suurempi vai pienempi on parempi).',
          sv: 'Skapad ur Sotkanets metadata vid laddning. Kontrollera enhet, decimaler och riktning.',
          en: "Created from Sotkanet's metadata during a load. Check the unit, decimals and direction (higher or lower is better).",
        },
  };
}

/**
 * Creates the indicators for Sotkanet ids that are not yet defined, from Sotkanet's own metadata
 * (names in three languages), with placeholders for what it does not say; a dry run only reports
 * what it would create.
 */
export async function createSotkanetIndicators(
  db: Kysely<Database>,
  ids: Iterable<string>,
  dataDirectory: string,
  options: { dryRun: boolean },
): Promise<CreatedIndicators> {
  const wanted = [...new Set(ids)].sort((a, b) => Number(a) - Number(b));
  const existing = await findSotkanetIndicators(db, wanted);
  const missing = wanted.filter((id) => !existing.has(id));
  if (missing.length === 0) return { created: [], notInSotkanet: [] };
  const metadata = await loadSotkanetIndicators(dataDirectory);
  const result: CreatedIndicators = { created: [], notInSotkanet: [] };
  for (const id of missing) {
    const entry = metadata.metadata(id);
    if (!entry) {
      result.notInSotkanet.push(id);
      continue;
    }
    if (!options.dryRun) await createIndicator(db, sotkanetIndicatorInput(entry, null));
    result.created.push(entry.code);
  }
  return result;
}
