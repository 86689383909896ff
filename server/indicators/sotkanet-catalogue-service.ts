import type { Kysely } from 'kysely';
import type { LocalizedText } from '../common/localized-text';
import { decodeIdCursor, encodeCursor, pageOf, pageSize } from '../common/pagination';
import { optionalText, parseInput } from '../common/validation';
import type { Database } from '../db/database';
import { conflict, notFound } from '../errors';
import {
  loadSotkanetIndicators,
  type SotkanetIndicatorList,
  type SotkanetIndicatorMetadata,
} from '../loads/parsers/sotkanet-indicators';
import { findSotkanetIndicators, sotkanetIndicatorInput } from '../loads/sotkanet-indicator-service';
import { createIndicatorFromSotkanetInput } from './indicator-inputs';
import type { Indicator } from './indicator-model';
import { createIndicator } from './indicator-service';

/** One indicator of Sotkanet's catalogue, as the API lists it. */
export interface SotkanetCatalogueEntry {
  sotkanetId: number;
  title: LocalizedText;
  /** The publishing organisation's Finnish name. */
  organization: string | null;
}

interface Catalogue {
  list: SotkanetIndicatorList;
  /** Per entry, its id and titles in lower case, searched with a plain scan: 2,434 entries take well under a millisecond. */
  searchTexts: readonly string[];
}

const catalogues = new Map<string, Promise<Catalogue>>();

/**
 * Sotkanet's catalogue (SotkaIndicators.json, 1.6 MB), read on first use and kept in memory: it is
 * reference data that changes only with a new release of the file. A failed read is not kept, so
 * the next request tries again.
 */
function catalogue(dataDirectory: string): Promise<Catalogue> {
  let kept = catalogues.get(dataDirectory);
  if (!kept) {
    kept = loadSotkanetIndicators(dataDirectory).then((list) => ({
      list,
      searchTexts: list.entries.map((entry) => [entry.sourceId, entry.name.fi, entry.name.sv ?? '', entry.name.en ?? ''].join('\n').toLowerCase()),
    }));
    catalogues.set(dataDirectory, kept);
    kept.catch(() => catalogues.delete(dataDirectory));
  }
  return kept;
}

function catalogueEntry(entry: SotkanetIndicatorMetadata): SotkanetCatalogueEntry {
  return { sotkanetId: Number(entry.sourceId), title: entry.name, organization: entry.organisation?.fi ?? null };
}

const MAX_PAGE_SIZE = 500;
const searchText = optionalText(200);

/**
 * Pages through the catalogue in Sotkanet id order. A search matches entries that contain each of
 * its words in their id or in one of their titles (Finnish, Swedish or English), ignoring case.
 */
export async function searchSotkanetCatalogue(
  dataDirectory: string,
  request: { search?: string | null; first?: number | null; after?: string | null },
): Promise<{ entries: SotkanetCatalogueEntry[]; totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null } }> {
  const limit = pageSize(request.first, MAX_PAGE_SIZE);
  const search = parseInput(searchText, request.search, 'search');
  const afterId = request.after ? decodeIdCursor(request.after) : 0;
  const words = (search ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const { list, searchTexts } = await catalogue(dataDirectory);
  const matching = list.entries.filter((_entry, index) => words.every((word) => (searchTexts[index] as string).includes(word)));
  const rest = matching.filter((entry) => Number(entry.sourceId) > afterId);
  const { page, pageInfo } = pageOf(rest.slice(0, limit + 1), limit, (entry) => entry.sourceId);
  return { entries: page.map(catalogueEntry), totalCount: matching.length, pageInfo };
}

/** The cursor of an entry in a catalogue page. */
export function catalogueCursor(entry: SotkanetCatalogueEntry): string {
  return encodeCursor(entry.sotkanetId);
}

/**
 * Creates `sotkanet:<id>` from the catalogue, as a load's --create-indicators does, but with the
 * unit, direction and limits the user confirmed instead of placeholders. CONFLICT when the indicator
 * exists (under that code, or under another code with that Sotkanet id).
 */
export async function createIndicatorFromSotkanet(db: Kysely<Database>, dataDirectory: string, rawInput: unknown): Promise<Indicator> {
  const input = parseInput(createIndicatorFromSotkanetInput, rawInput);
  const { list } = await catalogue(dataDirectory);
  const entry = list.metadata(input.sotkanetId);
  if (!entry) throw notFound('Sotkanet indicator', input.sotkanetId, 'input.sotkanetId');
  const existing = (await findSotkanetIndicators(db, [entry.sourceId])).get(entry.sourceId);
  if (existing) throw conflict(`Sotkanet indicator ${entry.sourceId} already exists as ${existing.code}`);
  return createIndicator(
    db,
    sotkanetIndicatorInput(entry, {
      unit: input.unit,
      direction: input.direction,
      decimals: input.decimals ?? 1,
      naturalLimit: input.naturalLimit ?? null,
      minValue: input.minValue ?? null,
      maxValue: input.maxValue ?? null,
      serviceAreaIds: input.serviceAreaIds ?? [],
    }),
  );
}
