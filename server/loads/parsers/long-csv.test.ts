import { Readable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import type { ParsedItem, RawRecord, Rejection } from '../load-model';
import { parseLongCsv, type LongCsvOptions } from './long-csv';

async function parseText(text: string | Buffer, options?: LongCsvOptions): Promise<ParsedItem[]> {
  const items: ParsedItem[] = [];
  for await (const item of parseLongCsv(Readable.from([text]), options)) items.push(item);
  return items;
}

function records(items: ParsedItem[]): RawRecord[] {
  return items.flatMap((item) => ('record' in item ? [item.record] : []));
}

function rejections(items: ParsedItem[]): Rejection[] {
  return items.flatMap((item) => ('rejection' in item ? [item.rejection] : []));
}

/** Each record's line, area and value: enough to see that rows were read whole and numbered right. */
function summary(items: ParsedItem[]) {
  return records(items).map((record) => [record.line, record.areaCode, record.cells[0]?.value]);
}

describe('parseLongCsv', () => {
  test('reads a comma file into one record per line with every column in its place', async () => {
    const items = await parseText(
      'indicator,area,period,value,service_area,numerator,denominator,provisional\n' +
        'sotkanet:1244, 091 ,2023,1.4,children-families,120,8000,1\n' +
        'sotkanet:1244,HVA12,2024,"1,5",,,,\n',
    );
    expect(items).toEqual([
      {
        record: {
          line: 2,
          indicator: { code: 'sotkanet:1244' },
          areaCode: '091',
          serviceAreaCode: 'children-families',
          cells: [{ field: 'value', period: '2023', value: '1.4', numerator: '120', denominator: '8000', provisional: '1' }],
        },
      },
      {
        record: {
          line: 3,
          indicator: { code: 'sotkanet:1244' },
          areaCode: 'HVA12',
          serviceAreaCode: null,
          cells: [{ field: 'value', period: '2024', value: '1,5', numerator: null, denominator: null, provisional: null }],
        },
      },
    ]);
  });

  test('detects a semicolon file, where a decimal comma needs no quotes', async () => {
    const items = await parseText('indicator;area;period;value\nx;091;2023;1,4\nx;837;2023;2,5\n');
    expect(rejections(items)).toEqual([]);
    expect(summary(items)).toEqual([
      [2, '091', '1,4'],
      [3, '837', '2,5'],
    ]);
  });

  test('uses the delimiter it is told instead of detecting one', async () => {
    const items = await parseText('indicator;area;period;value\nx;091;2023;1,4\n', { delimiter: ',' });
    expect(records(items)).toEqual([]);
    expect(rejections(items)).toMatchObject([{ line: 1, code: 'MALFORMED_FILE', value: 'indicator;area;period;value' }]);
  });

  test('finds the columns by name in any order and any case', async () => {
    const items = await parseText('Value,PERIOD,Area,Indicator\n2.5,2022,091,x\n');
    expect(records(items)).toMatchObject([
      { line: 2, indicator: { code: 'x' }, areaCode: '091', cells: [{ period: '2022', value: '2.5' }] },
    ]);
  });

  test('reads UTF-8 with a byte order mark, in bytes split anywhere (even inside a character)', async () => {
    const bytes = Buffer.from('\uFEFFindicator,area,period,value\nkäyttö,091,2023,1.4\n', 'utf8');
    const pieces = Array.from({ length: Math.ceil(bytes.length / 3) }, (_, index) => bytes.subarray(index * 3, index * 3 + 3));
    const items: ParsedItem[] = [];
    for await (const item of parseLongCsv(Readable.from(pieces))) items.push(item);
    expect(records(items)).toMatchObject([{ line: 2, indicator: { code: 'käyttö' }, areaCode: '091' }]);
  });

  test.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
  ])('numbers each record by the line it starts on when quoted values hold delimiters and line breaks (%s)', async (_name, eol) => {
    const text = ['indicator,area,period,value', '"a,b",091,2020,1', 'b,091,"20', '21",2', 'c,091,2022,3'].join(eol) + eol;
    const items = await parseText(text);
    expect(records(items).map((record) => [record.line, record.indicator, record.cells[0]?.period])).toEqual([
      [2, { code: 'a,b' }, '2020'],
      [3, { code: 'b' }, `20${eol}21`],
      [5, { code: 'c' }, '2022'],
    ]);
  });

  test('counts blank lines and rows of empty cells, but yields nothing for them', async () => {
    const items = await parseText('indicator,area,period,value\n\nx,091,2020,1\n,,,\n\nx,091,2021,2\n');
    expect(items).toHaveLength(2);
    expect(summary(items)).toEqual([
      [3, '091', '1'],
      [6, '091', '2'],
    ]);
  });

  test('yields nothing for a file with only a header, or an empty file', async () => {
    expect(await parseText('indicator,area,period,value\n')).toEqual([]);
    expect(await parseText('')).toEqual([]);
  });

  test('keeps a blank value as null (missing, not zero) and a zero as written', async () => {
    const items = await parseText('indicator,area,period,value,numerator\nx,091,2020,,\nx,091,2021,0, \n');
    expect(records(items).map((record) => record.cells[0])).toMatchObject([
      { value: null, numerator: null },
      { value: '0', numerator: null },
    ]);
  });

  test('rejects a row with the wrong number of values and goes on with the next', async () => {
    const items = await parseText('indicator,area,period,value\nx,091,2020,1\nx,091,2021,2,extra\nx,091\nx,091,2023,4\n');
    expect(rejections(items)).toEqual([
      { line: 3, field: null, value: 'x,091,2021,2,extra', code: 'MALFORMED_FILE', reason: 'this row has 5 values, but the header has 4 columns' },
      { line: 4, field: null, value: 'x,091', code: 'MALFORMED_FILE', reason: 'this row has 2 values, but the header has 4 columns' },
    ]);
    expect(summary(items)).toEqual([
      [2, '091', '1'],
      [5, '091', '4'],
    ]);
  });

  test('stops at an unknown column with one rejection that names it', async () => {
    const items = await parseText('indicator,area,year,value,period\nx,091,2020,1,2020\n');
    expect(items).toHaveLength(1);
    expect(rejections(items)[0]).toMatchObject({ line: 1, field: 'header', value: 'year', code: 'MALFORMED_FILE' });
    expect(rejections(items)[0]?.reason).toContain('"year"');
  });

  test('stops at a missing required column, naming it', async () => {
    const items = await parseText('indicator,area,value\nx,091,1\n');
    expect(items).toHaveLength(1);
    expect(rejections(items)[0]).toMatchObject({ line: 1, value: 'period', code: 'MALFORMED_FILE' });
    expect(rejections(items)[0]?.reason).toContain('no "period" column');
  });

  test('stops at a column named twice or not at all', async () => {
    const twice = rejections(await parseText('indicator,area,period,value,Value\nx,091,2020,1,2\n'));
    expect(twice).toMatchObject([{ line: 1, value: 'value', code: 'MALFORMED_FILE' }]);
    expect(twice[0]?.reason).toContain('more than once');
    const unnamed = rejections(await parseText('indicator,area,period,value,\nx,091,2020,1,\n'));
    expect(unnamed).toMatchObject([{ line: 1, code: 'MALFORMED_FILE' }]);
    expect(unnamed[0]?.reason).toContain('column 5 of the header has no name');
  });

  test('refuses a first line of values (a file without its header), quoting it, instead of naming its values as columns', async () => {
    const items = await parseText('sotkanet:1244;091;2023;1,4\nsotkanet:1244;091;2024;1,5\n', { delimiter: ';' });
    expect(records(items)).toEqual([]);
    expect(rejections(items)).toEqual([
      {
        line: 1,
        field: 'header',
        value: 'sotkanet:1244;091;2023;1,4',
        code: 'MALFORMED_FILE',
        reason: expect.stringContaining('the first line is not a header of this format: it is "sotkanet:1244;091;2023;1,4"'),
      },
    ]);
  });

  test('stops at a line of more than 16 MB (a file without line breaks) instead of gathering it whole', async () => {
    const items = await parseText(`indicator,area,period,value\nx,091,2020,${'9'.repeat(17 * 1024 * 1024)}\n`);
    expect(records(items)).toEqual([]);
    expect(rejections(items)).toEqual([
      {
        line: 2,
        field: null,
        value: null,
        code: 'MALFORMED_FILE',
        reason: 'line 2 is longer than 16 MB without a line break: no row of a table is, so this is not a CSV file of values',
      },
    ]);
  });

  const wideHeader = (extra: number, name = (index: number) => `extra${index}`) =>
    ['indicator', 'area', 'period', 'value', ...Array.from({ length: extra }, (_, index) => name(index + 1))].join(',');

  test('names a few of many unknown or repeated columns and counts the rest, in a message of a line', async () => {
    // 990 columns in all, under the limit: 493 unknown names, each given twice.
    const header = wideHeader(986, (index) => `extra${Math.ceil(index / 2)}`);
    const [rejection, ...more] = rejections(await parseText(`${header}\nx,091,2020,1\n`));
    expect(more).toEqual([]);
    expect(rejection).toMatchObject({ line: 1, field: 'header', value: 'extra1', code: 'MALFORMED_FILE' });
    expect(rejection?.reason).toContain('the header has 493 columns this format does not know: "extra1", "extra2", "extra3"');
    expect(rejection?.reason).toContain('"extra10" and 483 more');
    expect(rejection?.reason).toContain('the header names "extra1", "extra2"');
    expect(rejection?.reason).not.toContain('"extra11"');
    expect(rejection?.reason.length).toBeLessThan(800);
  });

  test('refuses a header of 100,000 columns by its width, before looking at its names', async () => {
    const [rejection, ...more] = rejections(await parseText(`${wideHeader(99_996)}\nx,091,2020,1\n`));
    expect(more).toEqual([]);
    expect(rejection).toMatchObject({ line: 1, field: 'header', code: 'MALFORMED_FILE' });
    expect(rejection?.reason).toMatch(/^the header has 100,000 columns, more than the 1,000 any format allows; the columns are "indicator"/);
    expect(rejection?.value?.length).toBeLessThanOrEqual(80);
  });

  test('ends with one rejection at the start of a last line cut short inside quotes, after the rows before it', async () => {
    const items = await parseText('indicator,area,period,value\r\nx,091,2020,"1\r\n2"\r\nx,091,2021,2\r\nx,091,2022,"3');
    expect(summary(items)).toEqual([
      [2, '091', '1\r\n2'],
      [4, '091', '2'],
    ]);
    expect(rejections(items)).toEqual([
      {
        line: 5,
        field: null,
        value: null,
        code: 'MALFORMED_FILE',
        reason: 'a quoted value that starts on line 5 is never closed: a closing quote mark (") is missing, or the file is cut short',
      },
    ]);
  });

  test('passes on a read error of the input after the first line, instead of waiting forever', async () => {
    let reads = 0;
    const failing = new Readable({
      read() {
        reads += 1;
        if (reads === 1) this.push('indicator,area,period,value\nx,091,2020,1\n');
        else this.destroy(new Error('the disk went away'));
      },
    });
    await expect(async () => {
      for await (const item of parseLongCsv(failing)) expect(item).toBeDefined();
    }).rejects.toThrow('the disk went away');
  });

  test('closes the input when it stops reading early', async () => {
    let closed = false;
    async function* lines() {
      try {
        yield 'indicator,area,nonsense,value\n';
        for (let index = 0; index < 100_000; index += 1) yield `x,091,${index},1\n`;
      } finally {
        closed = true;
      }
    }
    const items: ParsedItem[] = [];
    for await (const item of parseLongCsv(Readable.from(lines()))) items.push(item);
    expect(items).toHaveLength(1);
    await new Promise((resolve) => setImmediate(resolve));
    expect(closed).toBe(true);
  });
});
