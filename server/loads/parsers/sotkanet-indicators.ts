import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { LocalizedText } from '../../common/localized-text';
import { localizedTextInput } from '../../common/validation';

/** As long as an indicator's name may be (the longest title in the list has 198 characters). */
const TITLE_MAX_LENGTH = 500;

/** Sotkanet's indicator list (`/rest/1.1/indicators`), relative to the data directory. */
export const SOTKANET_INDICATORS_FILE = join('sotkanet', 'oskari-server', 'SotkaIndicators.json');

/**
 * What Sotkanet says about an indicator, in the shape of an indicator definition, so that a load
 * meeting an unknown Sotkanet id can offer to create it. The list has names and the publishing
 * organisation only: unit, decimals, direction and range are not in it, so they are null here.
 * createSotkanetIndicators has to create indicators with placeholders for them (unit "?", higher is
 * better) and says in each one's definition, in the CLI's output and in the README that they must be
 * checked: a wrong direction turns every improvement into a deterioration.
 */
export interface SotkanetIndicatorMetadata {
  /** Our code for a Sotkanet indicator, `sotkanet:<id>`, as the demo indicators have. */
  code: string;
  name: LocalizedText;
  source: 'sotkanet';
  sourceId: string;
  /** Sotkanet publishes yearly values only: its data has a year, never a quarter or month. */
  frequency: 'YEAR';
  organisation: LocalizedText | null;
  unit: null;
  direction: null;
}

export interface SotkanetIndicatorList {
  /** How many indicators the list has. */
  readonly size: number;
  /** Every indicator, in Sotkanet id order (the catalogue lists and searches them). */
  readonly entries: readonly SotkanetIndicatorMetadata[];
  /** The indicator with Sotkanet id `id`, or null if the list does not have it. */
  metadata(id: string | number): SotkanetIndicatorMetadata | null;
}

/** Sotkanet's titles, read like any localized text (blank Swedish or English becomes null). */
const localizedTitle = localizedTextInput(TITLE_MAX_LENGTH);

const indicatorListSchema = z.array(
  z.object({
    id: z.number().int(),
    title: localizedTitle,
    organization: z.object({ title: localizedTitle }).nullish(),
  }),
);


/** Reads Sotkanet's indicator list (a small reference file, read whole). Throws if it is not one. */
export function parseSotkanetIndicators(indicatorsJsonText: string): SotkanetIndicatorList {
  const result = indicatorListSchema.safeParse(JSON.parse(indicatorsJsonText));
  if (!result.success) throw new Error(`Sotkanet's indicator list is not in the expected form:\n${z.prettifyError(result.error)}`);
  const byId = new Map<string, SotkanetIndicatorMetadata>();
  for (const indicator of result.data) {
    const id = String(indicator.id);
    byId.set(id, {
      code: `sotkanet:${id}`,
      name: indicator.title,
      source: 'sotkanet',
      sourceId: id,
      frequency: 'YEAR',
      organisation: indicator.organization?.title ?? null,
      unit: null,
      direction: null,
    });
  }
  const entries = [...byId.values()].sort((a, b) => Number(a.sourceId) - Number(b.sourceId));
  return {
    size: byId.size,
    entries,
    metadata: (id) => byId.get(String(id).trim()) ?? null,
  };
}

export async function loadSotkanetIndicators(dataDirectory: string): Promise<SotkanetIndicatorList> {
  return parseSotkanetIndicators(await readFile(join(dataDirectory, SOTKANET_INDICATORS_FILE), 'utf8'));
}
