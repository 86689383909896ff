import { parse } from 'csv-parse/sync';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { COUNTRY_CODE, regionCode, wellbeingCountyCode } from '../../areas/area-model';
import { localizedTextInput } from '../../common/validation';
import type { RejectionCode } from '../load-model';

/** Generous: the longest region name in the list has 61 characters. */
const TITLE_MAX_LENGTH = 300;

/** Sotkanet's list of its areas (`/rest/1.1/regions`), relative to the data directory. */
export const SOTKANET_REGIONS_FILE = join('sotkanet', 'oskari-server', 'SotkaRegions.json');
/** Sotkanet's ids for the wellbeing services counties, which the 2015 regions list predates. */
export const SOTKANET_COUNTIES_FILE = join('sotkanet', 'rOpenGov-sotkanet', 'sotkanet_hyvinvointialueet.csv');

/** One area as Sotkanet's regions list describes it. `id` is Sotkanet's own, not a statistics code. */
export interface SotkanetRegion {
  id: string;
  code: string;
  category: string;
  name: { fi: string; sv: string | null; en: string | null };
}

/** What a Sotkanet region id stands for here: one of our areas, or why its values cannot load. */
export type SotkanetRegionResolution =
  | { ok: true; areaCode: string; label: string }
  | { ok: false; code: Extract<RejectionCode, 'UNKNOWN_AREA' | 'UNSUPPORTED_AREA'>; reason: string };

/** The part of the mapping a data parser needs. */
export interface SotkanetRegionResolver {
  resolve(regionId: string | number): SotkanetRegionResolution;
}

export interface SotkanetRegions extends SotkanetRegionResolver {
  /** Every area of the regions list, in its order (the county table's ids are not in it). */
  readonly regions: readonly SotkanetRegion[];
  /**
   * Municipalities in Sotkanet's list that are not among `currentMunicipalityCodes` (they have merged
   * since), by code, with their Finnish names: for validation's `formerAreaNames`, so their values
   * are reported as a former municipality's rather than as an unknown area.
   */
  formerMunicipalityNames(currentMunicipalityCodes: ReadonlySet<string>): Map<string, string>;
}

/** Sotkanet categories we have areas for, and how a Sotkanet code becomes our area code. */
const TRACKED_CATEGORIES: Readonly<Record<string, (sotkanetCode: string) => string>> = {
  // Statistics Finland's three-digit code, the form our municipalities have. Merged municipalities
  // keep theirs too: validation recognises them by code and says they are former municipalities.
  KUNTA: (code) => code,
  MAAKUNTA: (code) => regionCode(code),
  MAA: () => COUNTRY_CODE,
};

/** The categories we do not track, in words for a rejection ("... is a hospital district"). */
const UNTRACKED_CATEGORY_WORDS: Readonly<Record<string, string>> = {
  SEUTUKUNTA: 'a sub-regional unit (seutukunta)',
  SAIRAANHOITOPIIRI: 'a hospital district (sairaanhoitopiiri)',
  ERVA: 'a specialised medical care area (erva)',
  ALUEHALLINTOVIRASTO: 'a Regional State Administrative Agency area (AVI)',
  'ELY-KESKUS': 'an ELY Centre area',
  SUURALUE: 'a major region (suuralue)',
  NUTS1: 'a NUTS 1 area',
  EUROOPPA: "a European country in Sotkanet's European comparison",
  POHJOISMAAT: "an area of Sotkanet's Nordic comparison",
  EURALUEET: "a group of countries in Sotkanet's international comparison",
};

const regionListSchema = z.array(
  z.object({
    id: z.number().int(),
    code: z.string().trim().min(1),
    category: z.string().trim().min(1),
    title: localizedTextInput(TITLE_MAX_LENGTH),
  }),
);

const countyTableSchema = z.array(
  z.object({
    nimi: z.string().trim().min(1),
    uusi_id: z.string().trim().regex(/^\d+$/, 'must be a number'),
    vanha_id: z.string().trim().regex(/^\d*$/, 'must be a number or empty'),
    uusi_code: z.string().trim().regex(/^\d{1,2}$/, 'must be a one- or two-digit code'),
  }),
);

function parseReferenceFile<Schema extends z.ZodType>(schema: Schema, data: unknown, fileName: string): z.output<Schema> {
  const result = schema.safeParse(data);
  if (!result.success) throw new Error(`${fileName} is not in the expected form:\n${z.prettifyError(result.error)}`);
  return result.data;
}

/**
 * Builds the mapping from Sotkanet region ids to our area codes from Sotkanet's regions list
 * (`SotkaRegions.json`) and the table of wellbeing services county ids
 * (`sotkanet_hyvinvointialueet.csv`):
 *
 * - KUNTA → its three-digit code as is (`46` → `091` Helsinki), merged municipalities included;
 * - MAAKUNTA → `MK` + two digits (`488` → `MK01`); MAA → `SSS` (`658` Koko maa);
 * - a county's current id (`uusi_id`) and, where it has one, its earlier id (`vanha_id`) → `HVA` +
 *   the two-digit code (`959` and `879` → `HVA12`). Sotkanet gave the counties new ids; data fetched
 *   at different times may carry either;
 * - every other category (seutukunta, hospital district, ...) → UNSUPPORTED_AREA, naming it;
 * - an id in neither file → UNKNOWN_AREA.
 *
 * Throws if a file is not in the expected form, or if the two files give one id different meanings.
 */
export function parseSotkanetRegions(regionsJsonText: string, countiesCsvText: string): SotkanetRegions {
  const regions: SotkanetRegion[] = parseReferenceFile(regionListSchema, JSON.parse(regionsJsonText), "Sotkanet's regions list").map(
    (region) => ({
      id: String(region.id),
      code: region.code,
      category: region.category.toUpperCase(),
      name: region.title,
    }),
  );
  const counties = parseReferenceFile(
    countyTableSchema,
    parse(countiesCsvText, { columns: true, bom: true, skip_empty_lines: true, trim: true }),
    "Sotkanet's wellbeing services county table",
  );

  const regionsById = new Map<string, SotkanetRegion>();
  const resolutions = new Map<string, SotkanetRegionResolution>();
  for (const region of regions) {
    if (regionsById.has(region.id)) throw new Error(`Sotkanet's regions list has the id ${region.id} twice`);
    regionsById.set(region.id, region);
    const toAreaCode = TRACKED_CATEGORIES[region.category];
    const label = region.name.fi;
    const kind = UNTRACKED_CATEGORY_WORDS[region.category] ?? `an area of the category ${region.category}`;
    resolutions.set(
      region.id,
      toAreaCode
        ? { ok: true, areaCode: toAreaCode(region.code), label }
        : {
            ok: false,
            code: 'UNSUPPORTED_AREA',
            reason:
              `Sotkanet area ${region.id} "${label}" is ${kind}; ` +
              'only municipalities, regions (maakunta), wellbeing services counties and the whole country are tracked',
          },
    );
  }
  const countyIds = new Set<string>();
  for (const county of counties) {
    const resolution: SotkanetRegionResolution = { ok: true, areaCode: wellbeingCountyCode(county.uusi_code), label: county.nimi };
    for (const id of [county.uusi_id, county.vanha_id]) {
      if (id === '') continue; // Åland has no earlier id
      if (countyIds.has(id)) throw new Error(`Sotkanet's wellbeing services county table has the id ${id} twice`);
      countyIds.add(id);
      const listed = regionsById.get(id);
      // A newer regions list may have the counties itself; the table's mapping is the checked one.
      if (listed && listed.category !== 'HYVINVOINTIALUE') {
        throw new Error(
          `Sotkanet id ${id} is ${county.nimi} in the county table but "${listed.name.fi}" (${listed.category}) in the regions list`,
        );
      }
      resolutions.set(id, resolution);
    }
  }

  return {
    regions,
    resolve(regionId) {
      const id = String(regionId).trim();
      return (
        resolutions.get(id) ?? {
          ok: false,
          code: 'UNKNOWN_AREA',
          reason: `Sotkanet region id ${id} is not in Sotkanet's regions list`,
        }
      );
    },
    formerMunicipalityNames(currentMunicipalityCodes) {
      const former = new Map<string, string>();
      for (const region of regions) {
        if (region.category === 'KUNTA' && !currentMunicipalityCodes.has(region.code)) former.set(region.code, region.name.fi);
      }
      return former;
    },
  };
}

/** Reads the two reference files from the data directory (both small) and builds the mapping. */
export async function loadSotkanetRegions(dataDirectory: string): Promise<SotkanetRegions> {
  const [regionsJsonText, countiesCsvText] = await Promise.all([
    readFile(join(dataDirectory, SOTKANET_REGIONS_FILE), 'utf8'),
    readFile(join(dataDirectory, SOTKANET_COUNTIES_FILE), 'utf8'),
  ]);
  return parseSotkanetRegions(regionsJsonText, countiesCsvText);
}
