import type { Readable } from 'node:stream';
import type { ParsedItem, RawCell } from '../load-model';
import { excerpt } from '../record-validation';
import { counted, MAX_COLUMNS, readCsvRows, rowExcerpt } from './csv-rows';

/** Sex values that mean "both sexes"; our series have no sex dimension, so only these load. */
export const BOTH_SEXES = new Set(['combined', 'total', 'yhteensä', 'molemmat sukupuolet', 'båda könen', 'totalt']);
const LEADING_COLUMNS = 5;

const YEAR = /^\d{4}$/;
/** A Sotkanet indicator id: the second cell of every data row, never of the header. */
const INDICATOR_ID = /^\d+$/;
const HEADER_SHAPE = 'five label cells (empty in the export) and then one year a column, as in ";;;;;1990;1991;…"';

/**
 * The years of the header (null for an empty cell), or the reason it is not a portal header.
 *
 * A file that lost its header starts with a row of values, and values can be four-digit numbers
 * (euros, days, children): taken for years, they would load every value under a wrong year. So
 * every cell after the labels must be a year, each year once, and the row must not be a data row
 * (those have an indicator id in their second cell). The label cells may hold headings.
 */
function readYears(record: readonly string[], line: number): { years: Array<string | null> } | { problem: ParsedItem } {
  const refuse = (reason: string): { problem: ParsedItem } => ({
    problem: {
      rejection: { line, field: 'header', value: excerpt(rowExcerpt(record, ';')), code: 'MALFORMED_FILE', reason },
    },
  });
  const notHeader = (why: string) =>
    refuse(`the first line is not the header of a Sotkanet portal export: it is "${rowExcerpt(record, ';')}"; ${why}. The header has ${HEADER_SHAPE}`);
  if (record.length > MAX_COLUMNS) {
    return refuse(
      `the first line has ${counted(record.length, 'column')}, more than the ${MAX_COLUMNS.toLocaleString('en')} any format allows ` +
        `(${(MAX_COLUMNS - LEADING_COLUMNS).toLocaleString('en')} years); a portal export's header has ${HEADER_SHAPE}`,
    );
  }
  if (INDICATOR_ID.test((record[1] ?? '').trim())) {
    return notHeader(`its second cell, ${(record[1] ?? '').trim()}, is an indicator id, so this is a row of values and the file has lost its header`);
  }
  const years: Array<string | null> = [];
  const columnOfYear = new Map<string, number>();
  for (let index = LEADING_COLUMNS; index < record.length; index += 1) {
    const cell = (record[index] ?? '').trim();
    const column = index + 1;
    if (cell === '') {
      years.push(null);
      continue;
    }
    if (!YEAR.test(cell)) return notHeader(`its column ${column}, "${excerpt(cell)}", is not a year`);
    const earlier = columnOfYear.get(cell);
    if (earlier !== undefined) return notHeader(`the year ${cell} is in both column ${earlier} and column ${column}`);
    columnOfYear.set(cell, column);
    years.push(cell);
  }
  if (columnOfYear.size === 0) return notHeader(`it has no years from column ${LEADING_COLUMNS + 1} on`);
  return { years };
}

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
 *
 * A first row that is not such a header (see readYears) gives one MALFORMED_FILE rejection and
 * nothing else: without the years no value can be placed.
 */
export async function* parseSotkanetPortalExport(input: Readable): AsyncGenerator<ParsedItem> {
  let years: Array<string | null> | null = null;
  // readCsvRows throws where the text stops being CSV; the load service reports that as the file's.
  for await (const { line, fields: record } of readCsvRows(input, { delimiter: ';' })) {
    if (years === null) {
      const header = readYears(record, line);
      if ('problem' in header) {
        yield header.problem;
        return;
      }
      years = header.years;
      continue;
    }
    const [title = '', indicatorId = '', areaName = '', areaCode = '', sex = ''] = record;
    if (title.startsWith('©') && record.slice(1).every((cell) => cell.trim() === '')) continue; // THL's footer
    if (record.length < LEADING_COLUMNS + 1) {
      yield {
        rejection: {
          line,
          field: null,
          value: excerpt(rowExcerpt(record, ';')),
          code: 'MALFORMED_FILE',
          reason: `the row has ${record.length} columns; a portal export row has indicator, id, area, code, sex and then one column per year`,
        },
      };
      continue;
    }
    // Checked before the values are looked at: a row can be far wider than its header.
    if (record.length > LEADING_COLUMNS + years.length) {
      yield {
        rejection: {
          line,
          field: null,
          value: excerpt(rowExcerpt(record.slice(LEADING_COLUMNS + years.length), ';')),
          code: 'MALFORMED_FILE',
          reason: `the row has values beyond the last year column (${counted(years.length, 'year')} in the header)`,
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
    let yearless: number | null = null;
    for (let index = LEADING_COLUMNS; index < record.length; index += 1) {
      const text = record[index] ?? '';
      if (text.trim() === '') continue;
      const year = years[index - LEADING_COLUMNS];
      if (!year) {
        yearless = index + 1;
        break;
      }
      cells.push({ field: year, period: year, value: text });
    }
    if (yearless !== null) {
      yield {
        rejection: {
          line,
          field: null,
          value: excerpt(record[yearless - 1]),
          code: 'MALFORMED_FILE',
          reason: `the row has a value in column ${yearless}, which has no year in the header`,
        },
      };
      continue;
    }
    yield {
      record: { line, indicator: { sotkanetId: indicatorId }, areaCode, areaLabel: areaName, cells },
    };
  }
}
