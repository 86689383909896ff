import type { Readable } from 'node:stream';
import type { ParsedItem, RawCell } from '../loads/load-model';
import { readCsvRows } from '../loads/parsers/csv-rows';

export const POPULATION_FILE = 'population/population-127-municipalities-2000-2022.csv';

/** The Sotkanet id of "Väestö 31.12." (population on 31 December), which the file holds. */
const POPULATION_SOTKANET_ID = '127';

/**
 * Municipalities the file still lists on their own but that have merged since, with the municipality
 * they merged into: Pertunmaa (588) joined Mäntyharju (507) on 1 January 2025 (data/SOURCES.md). A
 * population is a count, so today's Mäntyharju had the two together: the sum is exact, and it is
 * the same area as the Sotkanet series of 507, which Sotkanet gives for today's boundaries.
 */
const MERGED_INTO: Readonly<Record<string, string>> = { '588': '507' };

/**
 * Reads the population file (`municipality,year,population`, one line per municipality and year,
 * see data/SOURCES.md) into one record per municipality with a value per year, as the portal
 * export's records are, so that it goes through the same load as every other Sotkanet series.
 * Merged municipalities are added to the one they merged into. A line that is not three fields
 * is passed on as it is, for the load to reject with its line number.
 */
export async function* parsePopulationFile(input: Readable): AsyncGenerator<ParsedItem> {
  const byMunicipality = new Map<string, { line: number; byYear: Map<string, number> }>();
  const malformed: ParsedItem[] = [];
  let header = true;
  for await (const { line, fields } of readCsvRows(input, { delimiter: ',' })) {
    if (header) {
      header = false;
      continue;
    }
    const [code = '', year = '', population = ''] = fields.map((field) => field.trim());
    const value = Number(population);
    if (fields.length !== 3 || !/^\d{3}$/.test(code) || !/^\d{4}$/.test(year) || population === '' || !Number.isInteger(value)) {
      malformed.push({
        rejection: {
          line,
          field: null,
          value: fields.join(','),
          code: 'MALFORMED_FILE',
          reason: 'a population line has a three-digit municipality code, a year and a whole number',
        },
      });
      continue;
    }
    const into = MERGED_INTO[code] ?? code;
    const entry = byMunicipality.get(into) ?? { line, byYear: new Map<string, number>() };
    entry.line = Math.min(entry.line, line);
    entry.byYear.set(year, (entry.byYear.get(year) ?? 0) + value);
    byMunicipality.set(into, entry);
  }
  yield* malformed;
  for (const [areaCode, { line, byYear }] of [...byMunicipality].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const cells: RawCell[] = [...byYear].sort(([a], [b]) => Number(a) - Number(b)).map(([year, value]) => ({ field: 'population', period: year, value }));
    yield { record: { line, indicator: { sotkanetId: POPULATION_SOTKANET_ID }, areaCode, cells } };
  }
}
