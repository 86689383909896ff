import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { readConfig } from '../../config';
import type { ParsedItem, RawRecord, Rejection } from '../load-model';
import { parseSotkanetPortalExport } from './sotkanet-portal';

/** The real portal export (data/SOURCES.md), line by line; line 1 is its header. */
const exportLines = readFileSync(join(readConfig({}).dataDirectory, 'sotkanet', 'sotkanet-portal-export', 'sotkanet-data.csv'), 'utf8').split('\n');

async function parse(text: string): Promise<ParsedItem[]> {
  const items: ParsedItem[] = [];
  for await (const item of parseSotkanetPortalExport(Readable.from([text]))) items.push(item);
  return items;
}

const records = (items: ParsedItem[]): RawRecord[] => items.flatMap((item) => ('record' in item ? [item.record] : []));
const rejections = (items: ParsedItem[]): Rejection[] => items.flatMap((item) => ('rejection' in item ? [item.rejection] : []));

describe('parseSotkanetPortalExport: the header', () => {
  test('reads the real header: the years 1990–2023 from column 6', async () => {
    const [header, akaa] = exportLines;
    const [record] = records(await parse(`${header}\n${akaa}\n`));
    expect(record?.cells.map((cell) => cell.period)).toEqual(
      Array.from({ length: 34 }, (_, index) => String(1990 + index)).filter((_, index) => akaa?.split(';')[index + 5] !== ''),
    );
  });

  // A file cut from the export without its header: here from line 585 on, whose first row
  // (Turku, indicator 5812, euros) ends in the values 1809 and 2036. Taken for a header, every other
  // row's last value would load as a value for the year 2036.
  const headerless = exportLines.slice(584).join('\n');

  test('refuses a file that lost its header, quoting its first line, even where the first row has four-digit values', async () => {
    expect(exportLines[584]).toMatch(/^"Child guidance and family counselling, operating expenditure, 1000 euro";"5812";"Turku";"853";"combined";(;)+1809;2036;$/);
    const items = await parse(headerless);
    expect(records(items)).toEqual([]);
    // The row's values as read (no quote marks), cut at 79 characters and an ellipsis.
    const shown = 'Child guidance and family counselling, operating expenditure, 1000 euro;5812;Tu…';
    expect(rejections(items)).toEqual([
      {
        line: 1,
        field: 'header',
        value: shown,
        code: 'MALFORMED_FILE',
        reason:
          `the first line is not the header of a Sotkanet portal export: it is "${shown}"; ` +
          'its second cell, 5812, is an indicator id, so this is a row of values and the file has lost its header. ' +
          'The header has five label cells (empty in the export) and then one year a column, as in ";;;;;1990;1991;…"',
      },
    ]);
  });

  test.each([
    ['a cell after the labels that is not a year', ';;;;;2014;2015;912', 'its column 8, "912", is not a year'],
    ['a year twice', ';;;;;2014;2015;2014', 'the year 2014 is in both column 6 and column 8'],
    ['no years at all', 'Indicator;Id;Area;Code;Sex', 'it has no years from column 6 on'],
  ])('refuses a first line with %s', async (_name, header, why) => {
    const items = await parse(`${header}\n"T";"1244";"Helsinki";"091";"combined";1.8;1.7;1.6\n`);
    expect(records(items)).toEqual([]);
    expect(rejections(items)).toMatchObject([{ line: 1, field: 'header', code: 'MALFORMED_FILE', reason: expect.stringContaining(`; ${why}.`) }]);
  });

  test('accepts headings in the label cells', async () => {
    const items = await parse('Indicator;Id;Area;Code;Sex;2014;2015\n"T";"1244";"Helsinki";"091";"combined";1.8;1.7\n');
    expect(rejections(items)).toEqual([]);
    expect(records(items)[0]?.cells).toEqual([
      { field: '2014', period: '2014', value: '1.8' },
      { field: '2015', period: '2015', value: '1.7' },
    ]);
  });

  test('refuses a first line of a million columns by its width', async () => {
    const items = await parse(`;;;;;${Array.from({ length: 999_995 }, (_, index) => 1000 + (index % 9000)).join(';')}\n`);
    expect(rejections(items)).toMatchObject([{ line: 1, field: 'header', code: 'MALFORMED_FILE' }]);
    expect(rejections(items)[0]?.reason).toMatch(/^the first line has 1,000,000 columns, more than the 1,000 any format allows \(995 years\)/);
  });

  test('takes 200 years', async () => {
    const years = Array.from({ length: 200 }, (_, index) => 1900 + index);
    const items = await parse(`;;;;;${years.join(';')}\n"T";"1244";"Helsinki";"091";"combined";${years.map(() => '1').join(';')}\n`);
    expect(rejections(items)).toEqual([]);
    expect(records(items)[0]?.cells).toHaveLength(200);
  });
});

describe('parseSotkanetPortalExport: the rows', () => {
  test('rejects a value under a column without a year, rather than dropping it unseen', async () => {
    const items = await parse(';;;;;2014;;2016\n"T";"1244";"Helsinki";"091";"combined";1.8;1.7;1.6\n"T";"1244";"Espoo";"049";"combined";1.8;;1.6\n');
    expect(rejections(items)).toEqual([
      { line: 2, field: null, value: '1.7', code: 'MALFORMED_FILE', reason: 'the row has a value in column 7, which has no year in the header' },
    ]);
    expect(records(items)).toMatchObject([{ line: 3, cells: [{ period: '2014' }, { period: '2016' }] }]);
  });

  test('reports a row wider than the header as such, before anything else about it', async () => {
    const items = await parse(`;;;;;2014\n"T";"1244";"Helsinki";"091";"male";${Array.from({ length: 100_000 }, () => '1').join(';')}\n`);
    expect(rejections(items)).toMatchObject([
      { line: 2, code: 'MALFORMED_FILE', reason: 'the row has values beyond the last year column (1 year in the header)' },
    ]);
  });
});
