import type { Readable } from 'node:stream';
import type { ParsedItem, RawCell } from '../load-model';
import { excerpt } from '../record-validation';
import { readCsvRows } from './csv-rows';

/** Sex values that mean "both sexes"; our series have no sex dimension, so only these load. */
export const BOTH_SEXES = new Set(['combined', 'total', 'yhteensä', 'molemmat sukupuolet', 'båda könen', 'totalt']);
const LEADING_COLUMNS = 5;

/**
 * Sotkanet's portal export, saved as CSV: one row per indicator × area, one column per year, a
 * footer line with THL's copyright. Row 1 holds the years from column 6; each data row holds the
 * indicator title, the indicator id, the area name and code, the sex, and a value per year (empty
 * where there is none — empty is missing, not zero).
 *
 * ```
 * ;;;;;1990;1991;...
 * "At-risk-of-poverty-rate for children";"228";"Akaa";"020";"combined";;;6.6;...
 * "© THL, Statistics and Indicator Sotkanet.fi 2005-2025";;;...
 * ```
 */
export async function* parseSotkanetPortalExport(input: Readable): AsyncGenerator<ParsedItem> {
  let years: Array<string | null> | null = null;
  // readCsvRows throws where the text stops being CSV; the load service reports that as the file's.
  for await (const { line, fields: record } of readCsvRows(input, { delimiter: ';' })) {
    if (years === null) {
      years = record.slice(LEADING_COLUMNS).map((cell) => (cell.trim() === '' ? null : cell.trim()));
      if (years.every((year) => year === null || !/^\d{4}$/.test(year))) {
        yield {
          rejection: {
            line,
            field: null,
            value: excerpt(record.join(';')),
            code: 'MALFORMED_FILE',
            reason: 'this is not a Sotkanet portal export: its first row must list the years from column 6',
          },
        };
        return;
      }
      continue;
    }
    const [title = '', indicatorId = '', areaName = '', areaCode = '', sex = ''] = record;
    if (title.startsWith('©') && record.slice(1).every((cell) => cell.trim() === '')) continue; // THL's footer
    if (record.length < LEADING_COLUMNS + 1) {
      yield {
        rejection: {
          line,
          field: null,
          value: excerpt(record.join(';')),
          code: 'MALFORMED_FILE',
          reason: `the row has ${record.length} columns; a portal export row has indicator, id, area, code, sex and then one column per year`,
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
          reason: `only rows for both sexes ("combined") are loaded; this row is for "${sex}"`,
        },
      };
      continue;
    }
    const cells: RawCell[] = [];
    record.slice(LEADING_COLUMNS).forEach((text, index) => {
      const year = years?.[index];
      if (text.trim() === '' || !year) return;
      cells.push({ field: year, period: year, value: text });
    });
    if (record.length > LEADING_COLUMNS + years.length) {
      yield {
        rejection: {
          line,
          field: null,
          value: excerpt(record.slice(LEADING_COLUMNS + years.length).join(';')),
          code: 'MALFORMED_FILE',
          reason: `the row has values beyond the last year column (${years.length} years in the header)`,
        },
      };
      continue;
    }
    yield {
      record: { line, indicator: { sotkanetId: indicatorId }, areaCode, areaLabel: areaName, cells },
    };
  }
}
