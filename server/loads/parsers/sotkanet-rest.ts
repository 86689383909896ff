import { pipeline, type Readable } from 'node:stream';
import streamArray from 'stream-json/streamers/stream-array.js';
import type { ParsedItem, Rejection, RejectionCode } from '../load-model';
import { excerpt } from '../record-validation';
import { counted, CsvSyntaxError, listed, MAX_COLUMNS, quotedNames, readCsvRows, readHead, rowExcerpt, firstLine, type CsvRow } from './csv-rows';
import type { SotkanetRegionResolver } from './sotkanet-regions';

/**
 * One Sotkanet value as read from either format, before any check. `undefined` means the field is
 * absent; JSON gives strings or numbers (or anything else, which is reported), CSV gives strings.
 */
interface SotkanetFields {
  indicator: unknown;
  region: unknown;
  year: unknown;
  gender: unknown;
  value: unknown;
  /** The name the value has in this file (`primary value` or `value`), for messages. */
  valueName: string;
  absoluteValue: unknown;
}

/** Sotkanet's name for "both sexes"; our series have no sex dimension, so only these rows load. */
const BOTH_SEXES = 'total';

/** Key names of the value in the REST responses: the 2015 form first, then the newer one. */
const VALUE_KEYS = ['primary value', 'value'] as const;
const ABSOLUTE_VALUE_KEYS = ['absolute value', 'absValue'] as const;
const DATA_KEYS: readonly string[] = ['indicator', 'region', 'year', 'gender', ...VALUE_KEYS, ...ABSOLUTE_VALUE_KEYS];

function reject(line: number, field: string | null, value: unknown, code: RejectionCode, reason: string): ParsedItem {
  const rejection: Rejection = { line, field, value: excerpt(value), code, reason };
  return { rejection };
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : String(value);
}

/** An identifier (indicator, region, year, gender) as trimmed text; numbers are accepted. */
function identifierText(value: unknown): { text: string } | { problem: 'missing' | 'not text' } {
  if (value === undefined || value === null) return { problem: 'missing' };
  if (typeof value === 'number' && Number.isFinite(value)) return { text: String(value) };
  if (typeof value !== 'string') return { problem: 'not text' };
  const text = value.trim();
  return text === '' ? { problem: 'missing' } : { text };
}

/** A value as given: text stays text, a JSON number stays a number, blank or null is missing. */
function valueOrNull(value: unknown): { value: string | number | null } | { problem: string } {
  if (value === undefined || value === null) return { value: null };
  if (typeof value === 'number') return { value };
  if (typeof value === 'string') return { value: value.trim() === '' ? null : value };
  return { problem: `should be a number, not ${describeType(value)}` };
}

/** Checks one Sotkanet value and turns it into a record, or says why it cannot load. */
function toParsedItem(line: number, fields: SotkanetFields, regions: SotkanetRegionResolver): ParsedItem {
  const identifiers: Record<'indicator' | 'region' | 'year' | 'gender', string> = { indicator: '', region: '', year: '', gender: '' };
  for (const name of ['indicator', 'region', 'year', 'gender'] as const) {
    const result = identifierText(fields[name]);
    if ('problem' in result) {
      if (result.problem === 'missing') return reject(line, name, null, 'MISSING_FIELD', `"${name}" is missing or empty`);
      const given = fields[name];
      return reject(line, name, JSON.stringify(given), 'MALFORMED_FILE', `"${name}" should be text or a number, not ${describeType(given)}`);
    }
    identifiers[name] = result.text;
  }
  if (identifiers.gender.toLowerCase() !== BOTH_SEXES) {
    return reject(
      line,
      'gender',
      identifiers.gender,
      'UNSUPPORTED_ROW',
      `only values for both sexes ("${BOTH_SEXES}") are loaded; this one is for "${identifiers.gender}"`,
    );
  }
  const area = regions.resolve(identifiers.region);
  if (!area.ok) return reject(line, 'region', identifiers.region, area.code, area.reason);

  if (fields.value === undefined) {
    return reject(line, fields.valueName, null, 'MISSING_FIELD', `there is no value ("${VALUE_KEYS.join('" or "')}")`);
  }
  const value = valueOrNull(fields.value);
  if ('problem' in value) {
    return reject(line, fields.valueName, JSON.stringify(fields.value), 'INVALID_NUMBER', `the value ${value.problem}`);
  }
  const absoluteValue = valueOrNull(fields.absoluteValue);
  if ('problem' in absoluteValue) {
    const given = JSON.stringify(fields.absoluteValue);
    return reject(line, 'absolute value', given, 'INVALID_NUMBER', `the absolute value ${absoluteValue.problem}`);
  }

  return {
    record: {
      line,
      indicator: { sotkanetId: identifiers.indicator },
      areaCode: area.areaCode,
      areaLabel: area.label,
      // Named `value`, not `primary value`: validation then names the period's column `period`.
      cells: [{ field: 'value', period: identifiers.year, value: value.value, numerator: absoluteValue.value }],
    },
  };
}

function firstPresent(item: Readonly<Record<string, unknown>>, keys: readonly string[]): { key: string; value: unknown } {
  for (const key of keys) if (key in item) return { key, value: item[key] };
  return { key: keys[0] ?? '', value: undefined };
}

function isPlainObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * One element of Sotkanet's JSON data, already parsed (as the connector downloads it), read as
 * `parseSotkanetRestJson` reads each element of a file; `itemNumber` is its 1-based position.
 */
export function parseSotkanetJsonItem(itemNumber: number, item: unknown, regions: SotkanetRegionResolver): ParsedItem {
  if (!isPlainObject(item)) {
    const reason = `item ${itemNumber} is ${describeType(item)}, not an object with Sotkanet's fields`;
    return reject(itemNumber, null, JSON.stringify(item), 'MALFORMED_FILE', reason);
  }
  const value = firstPresent(item, VALUE_KEYS);
  return toParsedItem(
    itemNumber,
    {
      indicator: item.indicator,
      region: item.region,
      year: item.year,
      gender: item.gender,
      value: value.value,
      valueName: value.key,
      absoluteValue: firstPresent(item, ABSOLUTE_VALUE_KEYS).value,
    },
    regions,
  );
}

/**
 * Sotkanet's REST 1.1 data in JSON (`/rest/1.1/json?indicator=127&years=2009&genders=total`): an
 * array of flat objects, one value each. The 2015 form has only strings and a key with a space:
 *
 * ```
 * [{"region":"69","indicator":"127","primary value":"2406","gender":"total","year":"2009"}, ...]
 * ```
 *
 * Newer responses are said to have numbers and the keys `value` and `absValue`; both forms load (a
 * number is passed on as a number). Keys the parser does not use are ignored.
 *
 * - `region` is Sotkanet's internal area id, mapped to our area code through `regions`; ids of
 *   untracked kinds of area or unknown ids are rejected (UNSUPPORTED_AREA, UNKNOWN_AREA).
 * - `gender` must be `total` (UNSUPPORTED_ROW otherwise): our series have no sex dimension.
 * - `absolute value` / `absValue` becomes the numerator: it is Sotkanet's count behind a rate (the
 *   number of children placed, behind the percentage). Sotkanet gives no denominator.
 * - A null or empty value is a missing value; an object without any value key is MISSING_FIELD.
 *
 * A file that does not start as a JSON list, or whose first item has none of these keys (another
 * JSON list, such as Sotkanet's regions), gives one MALFORMED_FILE rejection and nothing else.
 *
 * A JSON file has no useful line numbers (Sotkanet writes it on one line), so `line` is the item's
 * 1-based position in the array. Where the text stops being a JSON array (a file cut short), one
 * MALFORMED_FILE rejection at the item it happened in ends the input.
 */
export async function* parseSotkanetRestJson(input: Readable, regions: SotkanetRegionResolver): AsyncGenerator<ParsedItem> {
  const { head, input: whole } = await readHead(input);
  const start = head.replace(/^\uFEFF/, '').trimStart();
  if (start !== '' && !start.startsWith('[')) {
    // Most likely another format named as this one: say what the file is instead of where JSON broke.
    whole.destroy();
    const shown = excerpt(firstLine(head));
    yield reject(1, null, shown, 'MALFORMED_FILE', `this is not Sotkanet's JSON data (a list: [{"indicator": …, "region": …}, …]): the file's first line is "${shown}"`);
    return;
  }
  let itemNumber = 0;
  try {
    for await (const { key, value: item } of jsonArrayItems(whole)) {
      itemNumber = key + 1;
      if (itemNumber === 1 && isPlainObject(item) && !DATA_KEYS.some((name) => name in item)) {
        // Another JSON list (Sotkanet's own lists of regions or indicators, say): one rejection, not one per item.
        yield reject(
          1,
          null,
          JSON.stringify(item),
          'MALFORMED_FILE',
          `this is not Sotkanet's data: its first item has the keys ${quotedNames(Object.keys(item))}, ` +
            `and none of the keys of a Sotkanet value (${quotedNames(DATA_KEYS)})`,
        );
        return;
      }
      yield parseSotkanetJsonItem(itemNumber, item, regions);
    }
  } catch (error) {
    // A syntax error means nothing after it can be trusted: report where it happened and stop.
    const reason = `the file is not a well-formed JSON array from item ${itemNumber + 1} on: ${error instanceof Error ? error.message : String(error)}`;
    yield reject(itemNumber + 1, null, null, 'MALFORMED_FILE', reason);
  }
}

/**
 * The elements of a top-level JSON array one at a time (stream-json), so a large response is never
 * held whole; `key` is the element's 0-based position. On a syntax error, elements parsed in the
 * same chunk may not be delivered; the caller's rejection names the first one that was not.
 */
function jsonArrayItems(input: Readable): AsyncIterable<{ key: number; value: unknown }> {
  const items = streamArray.withParserAsStream();
  // pipeline forwards a read error of the input to `items`, which then fails the iteration.
  pipeline(input, items, () => {});
  return items;
}

/** The REST CSV's columns by lower-case name; the value columns under both known names. */
const CSV_COLUMNS = {
  indicator: ['indicator'],
  region: ['region'],
  year: ['year'],
  gender: ['gender'],
  value: ['primary value', 'value'],
  absoluteValue: ['absolute value', 'absvalue'],
} as const;
type CsvColumn = keyof typeof CSV_COLUMNS;
const REQUIRED_CSV_COLUMNS: readonly CsvColumn[] = ['indicator', 'region', 'year', 'gender', 'value'];

const CSV_HEADER = 'indicator;region;year;gender;primary value;absolute value';
const COLUMN_OF_NAME: ReadonlyMap<string, CsvColumn> = new Map(
  (Object.entries(CSV_COLUMNS) as Array<[CsvColumn, readonly string[]]>).flatMap(([column, names]) => names.map((name) => [name, column] as const)),
);

/**
 * Finds the columns by name, or says why the header cannot be read: too wide, not a header at all
 * (a file that lost it starts with values), a column given twice (under one name or both of its
 * names: which would be the value?), or a required column missing. Linear in the columns.
 */
function readCsvHeader(header: CsvRow): { columns: Partial<Record<CsvColumn, number>> } | { problem: ParsedItem } {
  const refuse = (offender: string | null, reason: string) => ({ problem: reject(header.line, 'header', offender, 'MALFORMED_FILE', reason) });
  if (header.fields.length > MAX_COLUMNS) {
    return refuse(
      rowExcerpt(header.fields, ';'),
      `the header has ${counted(header.fields.length, 'column')}, more than the ${MAX_COLUMNS.toLocaleString('en')} any format allows; Sotkanet's CSV has the header ${CSV_HEADER}`,
    );
  }
  const columns: Partial<Record<CsvColumn, number>> = {};
  const twice: string[] = [];
  header.fields.forEach((field, index) => {
    const column = COLUMN_OF_NAME.get(field.trim().toLowerCase());
    if (column === undefined) return;
    if (columns[column] === undefined) columns[column] = index;
    else twice.push(`"${(header.fields[columns[column] ?? 0] ?? '').trim()}" (column ${(columns[column] ?? 0) + 1}) and "${field.trim()}" (column ${index + 1})`);
  });
  if (Object.keys(columns).length === 0) {
    return refuse(
      rowExcerpt(header.fields, ';'),
      `the first line is not the header of Sotkanet's CSV: it is "${rowExcerpt(header.fields, ';')}". The first line must be the header ${CSV_HEADER}`,
    );
  }
  if (twice.length > 0) {
    return refuse(twice[0] ?? null, `the header has the same column twice: ${listed(twice)}; keep one`);
  }
  const missing = REQUIRED_CSV_COLUMNS.filter((column) => columns[column] === undefined).map((column) => CSV_COLUMNS[column][0]);
  if (missing.length > 0) {
    return refuse(
      missing[0] ?? null,
      `the header has no ${quotedNames(missing)} ${missing.length === 1 ? 'column' : 'columns'}; Sotkanet's CSV has the header ${CSV_HEADER}`,
    );
  }
  return { columns };
}

/**
 * Sotkanet's REST 1.1 data as CSV (`/rest/1.1/csv?...`): semicolons, CRLF, a header row. A copy
 * re-saved with commas reads the same when its `delimiter` is given (the caller tells it from the header).
 *
 * ```
 * indicator;region;year;gender;primary value;absolute value
 * 127;69;2009;total;2406;
 * ```
 *
 * Columns are found by name (any case, any order); `value` and `absValue` are accepted for the two
 * value columns, other columns are ignored. A header that is missing a column, has one twice, or is
 * not a header at all (a file that lost it) gives one MALFORMED_FILE rejection for line 1 and
 * nothing else. Each row is then read as in `parseSotkanetRestJson`, with an empty value
 * as a missing one; a row whose number of values differs from the header's is rejected, and a CSV
 * syntax error (a file cut short inside quotes) ends the input with one MALFORMED_FILE rejection.
 */
export async function* parseSotkanetRestCsv(
  input: Readable,
  regions: SotkanetRegionResolver,
  options: { delimiter?: ',' | ';' } = {},
): AsyncGenerator<ParsedItem> {
  let columns: Partial<Record<CsvColumn, number>> | null = null;
  let columnCount = 0;
  let valueName = '';
  try {
    for await (const row of readCsvRows(input, { delimiter: options.delimiter ?? ';' })) {
      if (columns === null) {
        const header = readCsvHeader(row);
        if ('problem' in header) {
          yield header.problem;
          return;
        }
        columns = header.columns;
        columnCount = row.fields.length;
        valueName = (row.fields[columns.value ?? 0] ?? '').trim();
        continue;
      }
      if (row.fields.length !== columnCount) {
        const reason = `this row has ${row.fields.length} values, but the header has ${columnCount} columns`;
        yield reject(row.line, null, rowExcerpt(row.fields, options.delimiter ?? ';'), 'MALFORMED_FILE', reason);
        continue;
      }
      const positions = columns;
      const field = (column: CsvColumn): string | undefined => {
        const position = positions[column];
        return position === undefined ? undefined : row.fields[position];
      };
      yield toParsedItem(
        row.line,
        {
          indicator: field('indicator'),
          region: field('region'),
          year: field('year'),
          gender: field('gender'),
          value: field('value'),
          valueName,
          absoluteValue: field('absoluteValue'),
        },
        regions,
      );
    }
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    yield reject(error.line, null, null, 'MALFORMED_FILE', error.reason);
  }
}
