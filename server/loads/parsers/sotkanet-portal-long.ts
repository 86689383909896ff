import type { Readable } from 'node:stream';
import type { ParsedItem } from '../load-model';
import { excerpt } from '../record-validation';
import { readCsvRows } from './csv-rows';
import { BOTH_SEXES } from './sotkanet-portal';

/** indicator title; indicator id; municipality name; municipality code; sex; year; value; absolute value */
const COLUMNS = ['indicator', 'indicator id', 'area name', 'area', 'sex', 'year', 'value', 'absolute value'] as const;
const REQUIRED = 7;

/**
 * Whether a line looks like the portal's long layout: no header, `;`-separated, an indicator id in
 * column 2, a code in column 4 (empty when a file names its municipalities only) and a year in column 6.
 */
export function looksLikePortalLong(fields: readonly string[]): boolean {
  const clean = fields.map((field) => field.trim().replace(/^"(.*)"$/, '$1').trim());
  return (
    clean.length >= REQUIRED &&
    clean.length <= COLUMNS.length &&
    /^\d+$/.test(clean[1] ?? '') &&
    /^\d*$/.test(clean[3] ?? '') &&
    /^\d{4}$/.test(clean[5] ?? '')
  );
}

/**
 * Sotkanet portal's long layout, as analysts save it: no header, one row per indicator × area × year,
 * `;`-separated, text quoted:
 *
 * ```
 * "Huostassa tai kiireellisesti sijoitettuna olleet 0 - 17-vuotiaat ...";"1244";"Helsinki";"091";"Yhteensä";2023;1,4;
 * ```
 *
 * The value may have a decimal comma or point (both in one file); an empty value is missing, not
 * zero. The absolute value (column 8, optional) is Sotkanet's count behind a rate, kept as the
 * numerator. Only both-sexes rows load (UNSUPPORTED_ROW otherwise); THL's footer line is skipped.
 */
export async function* parseSotkanetPortalLong(input: Readable): AsyncGenerator<ParsedItem> {
  // readCsvRows throws where the text stops being CSV; the load service reports that as the file's.
  for await (const { line, fields } of readCsvRows(input, { delimiter: ';' })) {
    const [title = '', indicatorId = '', areaName = '', areaCode = '', sex = '', year = '', value = '', absoluteValue = ''] = fields;
    if (title.startsWith('©') && fields.slice(1).every((cell) => cell.trim() === '')) continue; // THL's footer
    if (fields.length < REQUIRED || fields.length > COLUMNS.length) {
      yield {
        rejection: {
          line,
          field: null,
          value: excerpt(fields.join(';')),
          code: 'MALFORMED_FILE',
          reason: `the row has ${fields.length} columns; this layout has ${REQUIRED} or ${COLUMNS.length}: ${COLUMNS.join('; ')}`,
        },
      };
      continue;
    }
    if (!BOTH_SEXES.has(sex.trim().toLowerCase())) {
      yield {
        rejection: {
          line,
          field: 'sex',
          value: excerpt(sex),
          code: 'UNSUPPORTED_ROW',
          reason: `only rows for both sexes (e.g. "Yhteensä", "combined") are loaded; this row is for "${sex}"`,
        },
      };
      continue;
    }
    yield {
      record: {
        line,
        indicator: { sotkanetId: indicatorId },
        areaCode,
        areaLabel: areaName.trim() || null,
        cells: [
          {
            field: 'value',
            period: year.trim(),
            value: value.trim() === '' ? null : value,
            numerator: absoluteValue.trim() === '' ? null : absoluteValue,
          },
        ],
      },
    };
  }
}
