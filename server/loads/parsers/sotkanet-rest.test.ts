import { createReadStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { beforeAll, describe, expect, test } from 'vitest';
import { readConfig } from '../../config';
import type { ParsedItem, RawRecord, Rejection } from '../load-model';
import { loadSotkanetRegions, type SotkanetRegions } from './sotkanet-regions';
import { parseSotkanetRestCsv, parseSotkanetRestJson } from './sotkanet-rest';

const dataDirectory = readConfig({}).dataDirectory;
const restDirectory = join(dataDirectory, 'sotkanet', 'oskari-server');

let regions: SotkanetRegions;
beforeAll(async () => {
  regions = await loadSotkanetRegions(dataDirectory);
});

async function collect(items: AsyncIterable<ParsedItem>): Promise<ParsedItem[]> {
  const all: ParsedItem[] = [];
  for await (const item of items) all.push(item);
  return all;
}

const records = (items: ParsedItem[]): RawRecord[] => items.flatMap((item) => ('record' in item ? [item.record] : []));
const rejections = (items: ParsedItem[]): Rejection[] => items.flatMap((item) => ('rejection' in item ? [item.rejection] : []));

function countByCode(items: ParsedItem[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const rejection of rejections(items)) counts[rejection.code] = (counts[rejection.code] ?? 0) + 1;
  return counts;
}

/** Area, period and value of each record, sorted: the content two formats of one response share. */
function valueKeys(items: ParsedItem[]): string[] {
  return records(items)
    .map((record) => `${record.areaCode}|${record.cells[0]?.period}|${String(record.cells[0]?.value)}`)
    .sort();
}

const jsonText = (objects: unknown[]) => Readable.from([JSON.stringify(objects)]);
const helsinki2009 = { region: '46', indicator: '127', 'primary value': '583350', gender: 'total', year: '2009' };

describe('parseSotkanetRestJson on the real REST response (indicator 127, 2009)', () => {
  let items: ParsedItem[];
  beforeAll(async () => {
    items = await collect(parseSotkanetRestJson(createReadStream(join(restDirectory, 'SotkaIndicatorData.json')), regions));
  });

  test('reads all 466 items: 337 of tracked areas, the rest rejected by reason', () => {
    expect(items).toHaveLength(466);
    expect(records(items)).toHaveLength(337);
    expect(countByCode(items)).toEqual({ UNSUPPORTED_AREA: 126, UNKNOWN_AREA: 3 });
  });

  test('numbers the items by their position in the array', () => {
    expect(items[0]).toMatchObject({ record: { line: 1, areaCode: '151', areaLabel: 'Isojoki' } }); // region 69
    expect(items.map((item) => ('record' in item ? item.record.line : item.rejection.line))).toEqual(
      Array.from({ length: 466 }, (_, index) => index + 1),
    );
  });

  test('maps region 46 to Helsinki with the value as text', () => {
    expect(records(items).find((record) => record.areaCode === '091')).toEqual({
      line: expect.any(Number),
      indicator: { sotkanetId: '127' },
      areaCode: '091',
      areaLabel: 'Helsinki',
      cells: [{ field: 'value', period: '2009', value: '583350', numerator: null }],
    });
  });

  test('maps region 658, Koko maa, to the country', () => {
    expect(records(items).find((record) => record.areaCode === 'SSS')?.cells[0]?.value).toBe('5351427');
  });

  test('rejects the three ids that are not in the regions list', () => {
    const unknown = rejections(items).filter((rejection) => rejection.code === 'UNKNOWN_AREA');
    expect(unknown.map((rejection) => [rejection.field, rejection.value])).toEqual([
      ['region', '730'],
      ['region', '456'],
      ['region', '455'],
    ]);
    expect(unknown[0]?.reason).toBe("Sotkanet region id 730 is not in Sotkanet's regions list");
  });

  test('gives the same items when the file arrives in pieces of 7 bytes', async () => {
    const inPieces = await collect(
      parseSotkanetRestJson(createReadStream(join(restDirectory, 'SotkaIndicatorData.json'), { highWaterMark: 7 }), regions),
    );
    expect(inPieces).toEqual(items);
  });

  test('gives the same areas, years and values as the CSV form of the same response', async () => {
    const csvItems = await collect(parseSotkanetRestCsv(createReadStream(join(restDirectory, 'SotkaIndicatorData.csv')), regions));
    expect(valueKeys(csvItems)).toEqual(valueKeys(items));
    expect(valueKeys(items)).toHaveLength(337);
    expect(countByCode(csvItems)).toEqual(countByCode(items));
  });
});

describe('parseSotkanetRestCsv on the real REST response', () => {
  test('numbers the rows by file line, after the header', async () => {
    const items = await collect(parseSotkanetRestCsv(createReadStream(join(restDirectory, 'SotkaIndicatorData.csv')), regions));
    expect(items).toHaveLength(466);
    expect(items[0]).toEqual({
      record: {
        line: 2,
        indicator: { sotkanetId: '127' },
        areaCode: '151',
        areaLabel: 'Isojoki',
        cells: [{ field: 'value', period: '2009', value: '2406', numerator: null }],
      },
    });
    expect(items.at(-1)).toMatchObject({ record: { line: 467 } });
  });
});

describe('parseSotkanetRestJson', () => {
  test('accepts the newer form, passing numbers through and the absolute value as the numerator', async () => {
    const items = await collect(
      parseSotkanetRestJson(jsonText([{ indicator: 1244, region: 46, year: 2023, gender: 'total', value: 1.4, absValue: 1532 }]), regions),
    );
    expect(records(items)).toEqual([
      {
        line: 1,
        indicator: { sotkanetId: '1244' },
        areaCode: '091',
        areaLabel: 'Helsinki',
        cells: [{ field: 'value', period: '2023', value: 1.4, numerator: 1532 }],
      },
    ]);
  });

  test('takes "absolute value" of the old form as the numerator too', async () => {
    const items = await collect(parseSotkanetRestJson(jsonText([{ ...helsinki2009, 'absolute value': '17' }]), regions));
    expect(records(items)[0]?.cells[0]).toMatchObject({ value: '583350', numerator: '17' });
  });

  test('rejects a value for one sex only, and goes on', async () => {
    const items = await collect(parseSotkanetRestJson(jsonText([{ ...helsinki2009, gender: 'female' }, helsinki2009]), regions));
    expect(rejections(items)).toEqual([
      {
        line: 1,
        field: 'gender',
        value: 'female',
        code: 'UNSUPPORTED_ROW',
        reason: 'only values for both sexes ("total") are loaded; this one is for "female"',
      },
    ]);
    expect(records(items)).toMatchObject([{ line: 2, areaCode: '091' }]);
  });

  test('keeps a null or empty value as missing, but rejects an item with no value at all', async () => {
    const noValue: Record<string, string> = { ...helsinki2009 };
    delete noValue['primary value'];
    const items = await collect(
      parseSotkanetRestJson(jsonText([{ ...helsinki2009, 'primary value': null }, { ...helsinki2009, 'primary value': '' }, noValue]), regions),
    );
    expect(records(items).map((record) => record.cells[0]?.value)).toEqual([null, null]);
    expect(rejections(items)).toMatchObject([{ line: 3, field: 'primary value', code: 'MISSING_FIELD' }]);
  });

  test('rejects an item without a region, or one that is not an object', async () => {
    const { region: _region, ...noRegion } = helsinki2009;
    const items = await collect(parseSotkanetRestJson(jsonText([noRegion, 42, helsinki2009]), regions));
    expect(rejections(items)).toMatchObject([
      { line: 1, field: 'region', code: 'MISSING_FIELD' },
      { line: 2, code: 'MALFORMED_FILE', value: '42' },
    ]);
    expect(records(items)).toMatchObject([{ line: 3 }]);
  });

  test('reads strings holding brackets, braces and escaped quotes', async () => {
    const tricky = '[{"note":"a } ] \\" { [","region":"46","indicator":"127","primary value":"1","gender":"total","year":"2009"}]';
    const items = await collect(parseSotkanetRestJson(Readable.from([tricky.slice(0, 9), tricky.slice(9, 20), tricky.slice(20)]), regions));
    expect(records(items)).toMatchObject([{ line: 1, areaCode: '091' }]);
  });

  test('a file cut short gives one rejection, at the first item not delivered, and stops', async () => {
    const whole = JSON.stringify([helsinki2009, helsinki2009, helsinki2009]);
    // Items parsed in the same burst as the error may not be delivered: the rejection then names the
    // first item that was not, so nothing goes missing unreported.
    const items = await collect(parseSotkanetRestJson(Readable.from([whole.slice(0, -20)]), regions));
    const delivered = records(items).length;
    expect(delivered).toBeLessThan(3);
    expect(rejections(items)).toEqual([
      {
        line: delivered + 1,
        field: null,
        value: null,
        code: 'MALFORMED_FILE',
        reason: expect.stringContaining(`not a well-formed JSON array from item ${delivered + 1} on`),
      },
    ]);
    expect(items.at(-1)).toHaveProperty('rejection');
  });

  test.each([
    ['{"region":"46"}', `this is not Sotkanet's JSON data (a list: [{"indicator": …, "region": …}, …]): the file's first line is "{"region":"46"}"`],
    ['[{"region":"46"},]', 'unexpected token'],
    ['[{"region":"46"} {"region":"46"}]', "expected ','"],
    ['[{"region":"46",}]', 'Parser cannot parse input'],
    ['[] []', 'Parser cannot parse input'],
    ['', 'not a well-formed JSON array'],
  ])('rejects the broken JSON %j once, naming the problem, and stops', async (text, reason) => {
    const items = await collect(parseSotkanetRestJson(Readable.from([text]), regions));
    const found = rejections(items);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ line: records(items).length + 1, code: 'MALFORMED_FILE', reason: expect.stringContaining(reason) });
    expect(items.at(-1)).toHaveProperty('rejection');
  });

  test('refuses a file that is not a JSON list, quoting its first line: the REST CSV named as JSON', async () => {
    const items = await collect(parseSotkanetRestJson(createReadStream(join(restDirectory, 'SotkaIndicatorData.csv')), regions));
    expect(items).toEqual([
      {
        rejection: {
          line: 1,
          field: null,
          value: 'indicator;region;year;gender;primary value;absolute value',
          code: 'MALFORMED_FILE',
          reason: expect.stringContaining(`the file's first line is "indicator;region;year;gender;primary value;absolute value"`),
        },
      },
    ]);
  });

  test("refuses another JSON list once, naming its keys, instead of rejecting each item: Sotkanet's regions list", async () => {
    const items = await collect(parseSotkanetRestJson(createReadStream(join(restDirectory, 'SotkaRegions.json')), regions));
    expect(items).toHaveLength(1);
    expect(rejections(items)[0]).toMatchObject({ line: 1, code: 'MALFORMED_FILE' });
    expect(rejections(items)[0]?.reason).toMatch(
      /^this is not Sotkanet's data: its first item has the keys "id", "code", "category", "title", "memberOf", "uri", and none of the keys of a Sotkanet value \("indicator", "region", "year", "gender", "primary value"/,
    );
  });

  test('yields nothing for an empty list', async () => {
    expect(await collect(parseSotkanetRestJson(Readable.from(['[ ]']), regions))).toEqual([]);
  });
});

describe('parseSotkanetRestCsv', () => {
  test('finds the columns by name and accepts the newer value names', async () => {
    const text = 'Year;Gender;Region;Indicator;Value;AbsValue\r\n2023;total;959;1244;1,6;212\r\n';
    const items = await collect(parseSotkanetRestCsv(Readable.from([text]), regions));
    expect(records(items)).toEqual([
      {
        line: 2,
        indicator: { sotkanetId: '1244' },
        areaCode: 'HVA12',
        areaLabel: 'Etelä-Savon hyvinvointialue',
        cells: [{ field: 'value', period: '2023', value: '1,6', numerator: '212' }],
      },
    ]);
  });

  test('stops with one rejection when a required column is missing', async () => {
    const items = await collect(parseSotkanetRestCsv(Readable.from(['indicator;region;year;primary value\r\n127;46;2009;1\r\n']), regions));
    expect(items).toHaveLength(1);
    expect(rejections(items)[0]).toMatchObject({ line: 1, value: 'gender', code: 'MALFORMED_FILE' });
  });

  test('refuses a file that lost its header, quoting its first line, instead of reading it as one', async () => {
    const [, ...rows] = readFileSync(join(restDirectory, 'SotkaIndicatorData.csv'), 'utf8').split('\r\n');
    const items = await collect(parseSotkanetRestCsv(Readable.from([rows.join('\r\n')]), regions));
    expect(items).toEqual([
      {
        rejection: {
          line: 1,
          field: 'header',
          value: '127;69;2009;total;2406;',
          code: 'MALFORMED_FILE',
          reason: `the first line is not the header of Sotkanet's CSV: it is "127;69;2009;total;2406;". The first line must be the header indicator;region;year;gender;primary value;absolute value`,
        },
      },
    ]);
  });

  test.each([
    ['a column under both its names', 'indicator;region;year;gender;value;primary value', '"value" (column 5) and "primary value" (column 6)'],
    ['a column named twice', 'Year;indicator;region;year;gender;primary value', '"Year" (column 1) and "year" (column 4)'],
  ])('refuses a header with %s: which one holds the values?', async (_name, header, named) => {
    const items = await collect(parseSotkanetRestCsv(Readable.from([`${header}\r\n2009;127;46;2009;total;1\r\n`]), regions));
    expect(records(items)).toEqual([]);
    expect(rejections(items)).toMatchObject([{ line: 1, field: 'header', code: 'MALFORMED_FILE' }]);
    expect(rejections(items)[0]?.reason).toBe(`the header has the same column twice: ${named}; keep one`);
  });

  test('refuses a header of 100,000 columns by its width', async () => {
    const header = ['indicator', 'region', 'year', 'gender', 'primary value', ...Array.from({ length: 99_995 }, (_, index) => `c${index}`)].join(';');
    const items = await collect(parseSotkanetRestCsv(Readable.from([`${header}\r\n127;46;2009;total;1\r\n`]), regions));
    expect(items).toHaveLength(1);
    expect(rejections(items)[0]?.reason).toMatch(/^the header has 100,000 columns, more than the 1,000 any format allows/);
  });

  test('rejects rows for one sex and rows of the wrong length, and goes on', async () => {
    const text = 'indicator;region;year;gender;primary value;absolute value\r\n127;46;2009;male;1;\r\n127;46;2009\r\n127;46;2009;total;;\r\n';
    const items = await collect(parseSotkanetRestCsv(Readable.from([text]), regions));
    expect(rejections(items)).toMatchObject([
      { line: 2, code: 'UNSUPPORTED_ROW', field: 'gender' },
      { line: 3, code: 'MALFORMED_FILE' },
    ]);
    expect(records(items)).toMatchObject([{ line: 4, cells: [{ value: null, numerator: null }] }]);
  });
});
