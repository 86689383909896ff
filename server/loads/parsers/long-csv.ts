import type { Readable } from 'node:stream';
import type { ParsedItem, RawRecord, Rejection } from '../load-model';
import { excerpt } from '../record-validation';
import {
  counted,
  CsvSyntaxError,
  detectDelimiter,
  firstLine,
  listed,
  MAX_COLUMNS,
  quotedNames,
  readCsvRowBatches,
  readHead,
  rowExcerpt,
  type CsvRow,
} from './csv-rows';

const REQUIRED_COLUMNS = ['indicator', 'area', 'period', 'value'] as const;
const OPTIONAL_COLUMNS = ['service_area', 'numerator', 'denominator', 'provisional'] as const;
type ColumnName = (typeof REQUIRED_COLUMNS)[number] | (typeof OPTIONAL_COLUMNS)[number];
const KNOWN_COLUMNS: ReadonlySet<string> = new Set<string>([...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS]);

export interface LongCsvOptions {
  /** The delimiter, when the caller knows it; by default it is detected from the header line. */
  delimiter?: ',' | ';';
}

/** Where each known column is in the file (by position), once the header has been checked. */
type ColumnPositions = Partial<Record<ColumnName, number>>;

function headerRejection(line: number, field: string | null, value: string | null, reason: string): ParsedItem {
  const rejection: Rejection = { line, field, value: excerpt(value), code: 'MALFORMED_FILE', reason };
  return { rejection };
}

/**
 * Checks the header and finds the columns, or explains in one rejection everything wrong with it:
 * a file whose columns are not understood cannot be read row by row, so reading stops. Linear in
 * the number of columns, and its message lists a few names and counts the rest, whatever the width.
 */
function readHeader(header: CsvRow, delimiter: string): { columns: ColumnPositions } | { problem: ParsedItem } {
  const refuse = (offender: string, reason: string) => ({ problem: headerRejection(header.line, 'header', offender, reason) });
  const expected = `the columns are ${quotedNames(REQUIRED_COLUMNS)} and, if wanted, ${quotedNames(OPTIONAL_COLUMNS)}`;
  if (header.fields.length > MAX_COLUMNS) {
    return refuse(
      rowExcerpt(header.fields, delimiter),
      `the header has ${counted(header.fields.length, 'column')}, more than the ${MAX_COLUMNS.toLocaleString('en')} any format allows; ${expected}`,
    );
  }
  const names = header.fields.map((name) => name.trim().toLowerCase());
  // A first line without a single known column is not a header at all: most likely a file whose
  // header was lost, its first row of values taken for one.
  if (!names.some((name) => KNOWN_COLUMNS.has(name))) {
    return refuse(
      rowExcerpt(header.fields, delimiter),
      `the first line is not a header of this format: it is "${rowExcerpt(header.fields, delimiter)}". ` +
        `The first line must name the columns: ${expected}`,
    );
  }

  const problems: string[] = [];
  let firstOffender: string | null = null;
  const note = (offender: string, problem: string) => {
    firstOffender ??= offender;
    problems.push(problem);
  };
  const unnamed: string[] = [];
  const unknown = new Set<string>();
  const positions = new Map<string, number>();
  const repeated = new Set<string>();
  names.forEach((name, index) => {
    if (name === '') unnamed.push(String(index + 1));
    else if (!KNOWN_COLUMNS.has(name)) unknown.add(name);
    if (name !== '' && positions.has(name)) repeated.add(name);
    else positions.set(name, index);
  });

  if (unnamed.length > 0) {
    note('', `${unnamed.length === 1 ? 'column' : 'columns'} ${listed(unnamed)} of the header ${unnamed.length === 1 ? 'has' : 'have'} no name`);
  }
  if (unknown.size > 0) {
    const names = [...unknown];
    note(
      names[0] ?? '',
      `the header has ${unknown.size === 1 ? 'a column' : counted(unknown.size, 'column')} this format does not know: ${quotedNames(names)}. ` +
        `${expected.charAt(0).toUpperCase()}${expected.slice(1)}`,
    );
  }
  if (repeated.size > 0) {
    const names = [...repeated];
    note(names[0] ?? '', `the header names ${quotedNames(names)} more than once; keep one of each`);
  }
  const missing = REQUIRED_COLUMNS.filter((name) => !positions.has(name));
  if (missing.length > 0) {
    note(
      missing[0] ?? '',
      `the header has no ${quotedNames(missing)} ${missing.length === 1 ? 'column' : 'columns'}; ` +
        `every file needs ${quotedNames(REQUIRED_COLUMNS)}`,
    );
  }
  if (problems.length > 0) {
    return { problem: headerRejection(header.line, 'header', firstOffender, problems.join('; ')) };
  }

  const columns: ColumnPositions = {};
  for (const [name, index] of positions) columns[name as ColumnName] = index;
  return { columns };
}

/** A value as written, or null where it is blank: a blank cell is a missing value, never zero. */
function textOrNull(text: string | undefined): string | null {
  return text === undefined || text.trim() === '' ? null : text;
}

function fieldOf(row: CsvRow, columns: ColumnPositions, name: ColumnName): string | undefined {
  const position = columns[name];
  return position === undefined ? undefined : row.fields[position];
}

// Runs once per row of files with millions: plain functions, no closures made per row.
function toRecord(row: CsvRow, columns: ColumnPositions): RawRecord {
  return {
    line: row.line,
    indicator: { code: (fieldOf(row, columns, 'indicator') ?? '').trim() },
    areaCode: (fieldOf(row, columns, 'area') ?? '').trim(),
    serviceAreaCode: textOrNull(fieldOf(row, columns, 'service_area'))?.trim() ?? null,
    cells: [
      {
        field: 'value',
        period: (fieldOf(row, columns, 'period') ?? '').trim(),
        value: textOrNull(fieldOf(row, columns, 'value')),
        numerator: textOrNull(fieldOf(row, columns, 'numerator')),
        denominator: textOrNull(fieldOf(row, columns, 'denominator')),
        provisional: textOrNull(fieldOf(row, columns, 'provisional')),
      },
    ],
  };
}

/**
 * The project's own long format: one value per line, columns found by name (any order, any case).
 *
 * ```
 * indicator,area,period,value,service_area,numerator,denominator,provisional
 * sotkanet:1244,091,2023,"1,4",,,,
 * sotkanet:1244,HVA12,2024,1.5,,120,8000,1
 * ```
 *
 * - `indicator`, `area`, `period` and `value` are required; `service_area`, `numerator`,
 *   `denominator` and `provisional` are optional. A header with an unknown, repeated, unnamed or
 *   missing column gives ONE MALFORMED_FILE rejection for line 1 and nothing else: guessing what a
 *   misspelt column means would load data into the wrong place. So does a first line without any
 *   known column (a file that lost its header: it is quoted), or with more than MAX_COLUMNS.
 * - The delimiter is a comma or a semicolon, whichever the header line has more of (a semicolon file
 *   can then write decimal commas unquoted), unless `options.delimiter` says.
 * - UTF-8, with or without a byte order mark. Quoted values may hold delimiters and line breaks;
 *   every record reports the line it starts on. Rows of only blank values are skipped.
 * - A row with more or fewer values than the header has columns is rejected (MALFORMED_FILE) and
 *   reading goes on with the next row.
 * - Where the text stops being CSV (an unclosed quote, as in a file cut short), one MALFORMED_FILE
 *   rejection at the line where the broken record starts ends the input; the rows before it have
 *   been yielded. (A reader of this parser meets it as one more rejected row.)
 * - Values stay text; a blank value, numerator, denominator or flag is null (missing, never zero).
 */
export async function* parseLongCsv(input: Readable, options: LongCsvOptions = {}): AsyncGenerator<ParsedItem> {
  for await (const batch of parseLongCsvBatches(input, options)) yield* batch;
}

/** parseLongCsv in batches (one per chunk of input): what the load service reads, for speed. */
export async function* parseLongCsvBatches(input: Readable, options: LongCsvOptions = {}): AsyncGenerator<ParsedItem[]> {
  const { head, input: whole } = await readHead(input);
  const delimiter = options.delimiter ?? detectDelimiter(firstLine(head));
  let columns: ColumnPositions | null = null;
  let columnCount = 0;
  try {
    for await (const rows of readCsvRowBatches(whole, { delimiter })) {
      const items: ParsedItem[] = [];
      for (const row of rows) {
        if (columns === null) {
          const header = readHeader(row, delimiter);
          if ('problem' in header) {
            items.push(header.problem);
            yield items;
            return;
          }
          columns = header.columns;
          columnCount = row.fields.length;
          continue;
        }
        if (row.fields.length !== columnCount) {
          items.push({
            rejection: {
              line: row.line,
              field: null,
              value: excerpt(row.fields.join(delimiter)),
              code: 'MALFORMED_FILE',
              reason: `this row has ${row.fields.length} values, but the header has ${columnCount} columns`,
            },
          });
          continue;
        }
        items.push({ record: toRecord(row, columns) });
      }
      if (items.length > 0) yield items;
    }
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    yield [{ rejection: { line: error.line, field: null, value: null, code: 'MALFORMED_FILE', reason: error.reason } }];
  }
}
