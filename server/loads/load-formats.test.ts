/**
 * Every input format, end to end on the REAL Sotkanet files in data/sotkanet/: format detection,
 * parser, validation and the write, through `loadFile` (the path the CLI and the upload share).
 * Expected values are read from the files themselves, independently of the parsers.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SOTKANET_DEMO_INDICATORS } from '../demo/demo-indicators';
import { startTestServer, type TestServer } from '../test/test-server';
import { createTestIndicator } from '../test/factories';
import { createSotkanetIndicators } from './sotkanet-indicator-service';
import {
  createPortalExportIndicators,
  currentValues,
  fingerprint,
  linesAndCodes,
  loadPath,
  loadText,
  REAL_FILES,
} from './test-support';

const SERIES = `query ($code: String!, $area: String!) { indicator(code: $code) { series(areaCode: $area) { period value numerator } } }`;

async function series(server: TestServer, code: string, area: string) {
  const { indicator } = await server.data<{ indicator: { series: Array<{ period: string; value: number | null; numerator: number | null }> } }>(
    SERIES,
    { code, area },
  );
  return indicator.series;
}

async function currentValue(server: TestServer, code: string, area: string, period: string) {
  return (await series(server, code, area)).find((observation) => observation.period === period)?.value;
}

/** The portal export as rows of cells (its titles hold no semicolons, so a split is exact). */
const portalLines = readFileSync(REAL_FILES.portalExport, 'utf8').split('\n');
const portalYears = (portalLines[0] ?? '').split(';').slice(5);
const unquote = (cell: string) => cell.replace(/^"(.*)"$/, '$1');

describe('the Sotkanet portal export (wide: one column per year)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
    await createPortalExportIndicators(server);
  });
  afterAll(() => server.close());

  // Every non-empty cell of the data rows (not the header, not THL's footer) is one value.
  const dataRows = portalLines.slice(1).filter((line) => line.startsWith('"') && !line.startsWith('"©'));
  const valueCount = dataRows.reduce((sum, line) => sum + line.split(';').slice(5).filter((cell) => cell !== '').length, 0);
  // The values outside their indicator's limits, found from the file and the demo's definitions.
  const outOfRange = portalLines.flatMap((line, index) => {
    const cells = line.split(';');
    const definition = SOTKANET_DEMO_INDICATORS.find((entry) => entry.input.sourceId === unquote(cells[1] ?? ''))?.input;
    if (!definition || !line.startsWith('"')) return [];
    return cells.slice(5).flatMap((cell, column) => {
      const value = Number(cell);
      const outside = cell !== '' && ((definition.minValue != null && value < definition.minValue) || (definition.maxValue != null && value > definition.maxValue));
      return outside ? [{ line: index + 1, field: portalYears[column], value: cell, code: 'OUT_OF_RANGE' }] : [];
    });
  });

  test('is detected from its content, and its one impossible value stops the load by default', async () => {
    expect(outOfRange).toHaveLength(1); // -2 children in play activities, Haapajärvi 2000
    const before = fingerprint(server);
    const report = await loadPath(server, REAL_FILES.portalExport);
    expect(report).toMatchObject({ status: 'REJECTED', format: 'sotkanet-portal', inserted: 0, rejected: 1 });
    expect(report.rejections).toEqual([expect.objectContaining(outOfRange[0])]);
    expect(report.rejections[0]?.reason).toMatch(/-2 is below the smallest value sotkanet:1886 accepts \(0\)/);
    expect(fingerprint(server).observations).toBe(before.observations);
  });

  test('with writeGoodRows loads every other value, and empty cells stay missing', async () => {
    const report = await loadPath(server, REAL_FILES.portalExport, { writeGoodRows: true });
    expect(report).toMatchObject({ status: 'COMMITTED', inserted: valueCount - 1, updated: 0, unchanged: 0, rejected: 1 });
    expect(currentValues(server).size).toBe(valueCount - 1);

    // Spot check: children placed outside the home, Helsinki 2015.
    expect(await currentValue(server, 'sotkanet:1244', '091', '2015')).toBe(1.6);
    // The export's first row (228, Akaa) starts with five empty years: no value, not zero.
    const akaa = dataRows[0]?.split(';') ?? [];
    expect(akaa.slice(0, 5).map(unquote)).toEqual(['At-risk-of-poverty-rate for children', '228', 'Akaa', '020', 'combined']);
    const emptyYears = portalYears.filter((_year, column) => akaa[column + 5] === '');
    const akaaPeriods = (await series(server, 'sotkanet:228', '020')).map((observation) => observation.period);
    expect(emptyYears.length).toBeGreaterThan(0);
    for (const year of emptyYears) expect(akaaPeriods).not.toContain(year);
  });

  test('loaded a second time changes nothing and reports every value unchanged', async () => {
    const before = fingerprint(server);
    const report = await loadPath(server, REAL_FILES.portalExport, { writeGoodRows: true });
    expect(report).toMatchObject({ status: 'COMMITTED', inserted: 0, updated: 0, unchanged: valueCount - 1 });
    const after = fingerprint(server);
    expect(after.observations).toBe(before.observations);
    expect(after.loads).toBe(before.loads + 1); // the load itself is on record
  });

  test('an explicit format reads a file whose first line cannot be recognised', async () => {
    // A portal table someone gave a heading cell: no longer recognisable, still readable as one.
    const text = ['Indicator;;;;;2014;2015', '"X";"1244";"Helsinki";"091";"combined";1.8;1.7', ''].join('\n');
    const undetected = await loadText(server, text, { dryRun: true });
    expect(undetected).toMatchObject({ status: 'DRY_RUN', format: 'unknown', inserted: 0, updated: 0, unchanged: 0, rejected: 1 });
    expect(undetected.rejections[0]).toMatchObject({ line: 1, code: 'MALFORMED_FILE', reason: expect.stringMatching(/name the format/) });
    const report = await loadText(server, text, { format: 'sotkanet-portal', dryRun: true });
    expect(report).toMatchObject({ status: 'DRY_RUN', format: 'sotkanet-portal', inserted: 0, updated: 1, unchanged: 1, rejected: 0 });
  });
});

describe('Sotkanet REST data (indicator 127, population 2009)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  const jsonItems = JSON.parse(readFileSync(REAL_FILES.restJson, 'utf8')) as Array<Record<string, string>>;
  const csvLines = readFileSync(REAL_FILES.restCsv, 'utf8').split(/\r?\n/);
  const regions = JSON.parse(readFileSync(REAL_FILES.regionList, 'utf8')) as Array<{ id: number; code: string; category: string }>;
  const sotkanetId = (code: string) => String(regions.find((region) => region.category === 'KUNTA' && region.code === code)?.id);
  // Valtimo and Pertunmaa have merged since 2009: their values must be reported, not dropped.
  const merged = ['911', '588'].map((code) => ({ code, id: sotkanetId(code) }));

  test('an unknown Sotkanet indicator is reported by line, and nothing loads', async () => {
    const report = await loadPath(server, REAL_FILES.restJson);
    expect(report).toMatchObject({ status: 'REJECTED', format: 'sotkanet-json', inserted: 0, rejected: jsonItems.length });
    const helsinki = jsonItems.findIndex((item) => item.region === '46') + 1;
    expect(report.rejections).toContainEqual(
      expect.objectContaining({ line: helsinki, code: 'UNKNOWN_INDICATOR', reason: expect.stringMatching(/Sotkanet indicator 127 is not defined/) }),
    );
  });

  test("creating it takes its names from Sotkanet's indicator list", async () => {
    const result = await createSotkanetIndicators(server.database.db, ['127', '999999'], server.dataDirectory, { dryRun: false });
    expect(result).toEqual({ created: ['sotkanet:127'], notInSotkanet: ['999999'] });
    const listed = (JSON.parse(readFileSync(REAL_FILES.indicatorList, 'utf8')) as Array<{ id: number; title: { fi: string } }>).find(
      (indicator) => indicator.id === 127,
    );
    const { indicator } = await server.data<{ indicator: { name: { fi: string }; source: string; sourceId: string; frequency: string } }>(
      `{ indicator(code: "sotkanet:127") { name { fi } source sourceId frequency } }`,
    );
    expect(indicator).toEqual({ name: { fi: listed?.title.fi }, source: 'sotkanet', sourceId: '127', frequency: 'YEAR' });
  });

  test('an indicator already holding the Sotkanet id under another code is not created twice', async () => {
    await createTestIndicator(server, { code: 'child-poverty', source: 'sotkanet', sourceId: '228' });
    const result = await createSotkanetIndicators(server.database.db, ['228'], server.dataDirectory, { dryRun: false });
    expect(result).toEqual({ created: [], notInSotkanet: [] });
    const { indicator } = await server.data<{ indicator: { code: string } | null }>(`{ indicator(code: "sotkanet:228") { code } }`);
    expect(indicator).toBeNull();
  });

  test('the JSON (old string form) maps region ids to areas: Helsinki via 46, the whole country via 658', async () => {
    const report = await loadPath(server, REAL_FILES.restJson, { writeGoodRows: true });
    expect(report.status).toBe('COMMITTED');
    // Every item is accounted for: loaded, or rejected with a reason.
    expect(report.inserted + report.rejected).toBe(jsonItems.length);
    expect(report.inserted).toBeGreaterThan(300);
    expect(await currentValue(server, 'sotkanet:127', '091', '2009')).toBe(583350);
    expect(await currentValue(server, 'sotkanet:127', 'SSS', '2009')).toBe(5351427);

    for (const { code, id } of merged) {
      const line = jsonItems.findIndex((item) => item.region === id) + 1;
      expect(line).toBeGreaterThan(0);
      expect(report.rejections).toContainEqual(
        expect.objectContaining({ line, field: 'area', value: code, code: 'FORMER_AREA', reason: expect.stringMatching(/former municipality/) }),
      );
    }
  });

  test('the REST CSV holds the same values: all unchanged, the merged municipalities reported by line', async () => {
    const report = await loadPath(server, REAL_FILES.restCsv, { writeGoodRows: true });
    const fromJson = currentValues(server, ['sotkanet:127']).size;
    expect(report).toMatchObject({ status: 'COMMITTED', format: 'sotkanet-csv', inserted: 0, updated: 0, unchanged: fromJson });
    for (const { code, id } of merged) {
      const line = csvLines.findIndex((text) => text.startsWith(`127;${id};`)) + 1;
      expect(report.rejections).toContainEqual(expect.objectContaining({ line, value: code, code: 'FORMER_AREA' }));
    }
    const names = report.rejections.filter((rejection) => rejection.code === 'FORMER_AREA').map((rejection) => rejection.reason);
    expect(names).toEqual(expect.arrayContaining([expect.stringContaining('911 Valtimo'), expect.stringContaining('588 Pertunmaa')]));
  });

  test('the newer JSON form (numbers, value and absValue) loads, absValue as the numerator', async () => {
    const newer = [
      { indicator: 127, region: 46, year: 2010, gender: 'total', value: 588549, absValue: 588549 },
      { indicator: 127, region: 658, year: 2010, gender: 'total', value: 5375276.0, absValue: null },
      { indicator: 127, region: 46, year: 2010, gender: 'male', value: 1, absValue: 1 },
      { indicator: 127, region: 46, year: 2011, gender: 'total', value: null },
    ];
    // A leading space: detection looks past whitespace to the opening bracket.
    const report = await loadText(server, ` ${JSON.stringify(newer)}`, { writeGoodRows: true });
    expect(report).toMatchObject({ status: 'COMMITTED', format: 'sotkanet-json', inserted: 3, rejected: 1 });
    expect(linesAndCodes(report)).toEqual([[3, 'UNSUPPORTED_ROW']]);
    const helsinki = await series(server, 'sotkanet:127', '091');
    expect(helsinki.filter((observation) => observation.period >= '2010')).toEqual([
      { period: '2010', value: 588549, numerator: 588549 },
      { period: '2011', value: null, numerator: null }, // a null value is missing, not zero
    ]);
    expect(await currentValue(server, 'sotkanet:127', 'SSS', '2010')).toBe(5375276);
  });

  test('an explicit format wins over what the content suggests', async () => {
    // The REST CSV read as a long CSV: its header is then wrong, and the report says so.
    const before = fingerprint(server);
    const report = await loadPath(server, REAL_FILES.restCsv, { format: 'long-csv', dryRun: true });
    expect(report).toMatchObject({ status: 'DRY_RUN', format: 'long-csv', rejected: 1 });
    expect(report.rejections[0]).toMatchObject({ line: 1, code: 'MALFORMED_FILE', reason: expect.stringMatching(/"region"/) });
    expect(fingerprint(server)).toEqual(before);
  });
});

describe('the long CSV, in every dialect a spreadsheet saves', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
    await createPortalExportIndicators(server);
  });
  afterAll(() => server.close());

  // Real values: Helsinki's row of indicator 1244 in the portal export, as one value a line.
  const helsinki = (portalLines.find((line) => line.includes('"1244";"Helsinki"')) ?? '').split(';').slice(5);
  const values = portalYears.map((year, column) => [year, helsinki[column] ?? ''] as const).filter(([, value]) => value !== '');
  const dialects = {
    'comma, decimal point, LF': (lines: string[][]) => lines.map((cells) => cells.join(',')).join('\n'),
    'semicolon, decimal comma, CRLF': (lines: string[][]) => lines.map((cells) => cells.map((cell) => cell.replace('.', ',')).join(';')).join('\r\n'),
    'comma, quoted decimal comma, BOM': (lines: string[][]) =>
      `\uFEFF${lines.map((cells, index) => cells.map((cell) => (index > 0 && cell.includes('.') ? `"${cell.replace('.', ',')}"` : cell)).join(',')).join('\n')}\n`,
    'semicolon, decimal point, BOM, CRLF': (lines: string[][]) => `\uFEFF${lines.map((cells) => cells.join(';')).join('\r\n')}\r\n`,
  };
  const table = [['indicator', 'area', 'period', 'value'], ...values.map(([year, value]) => ['sotkanet:1244', '091', year, value])];

  let loaded = false;
  test.each(Object.entries(dialects))('%s: detected, and gives the same values', async (_name, write) => {
    const report = await loadText(server, write(table));
    expect(report.format).toBe('long-csv');
    expect(report.rejections).toEqual([]);
    // The first dialect inserts; every later one must find exactly the same values.
    const counts = loaded ? { inserted: 0, unchanged: values.length } : { inserted: values.length, unchanged: 0 };
    expect(report).toMatchObject({ status: 'COMMITTED', updated: 0, ...counts });
    loaded = true;
    const stored = currentValues(server, ['sotkanet:1244']);
    expect(stored.size).toBe(values.length);
    for (const [year, value] of values) expect(stored.get(`sotkanet:1244|091|0|${year}`)).toBe(Number(value));
  });

  test('the spot check 1244 Helsinki 2015 reads 1.6', async () => {
    expect(await currentValue(server, 'sotkanet:1244', '091', '2015')).toBe(1.6);
  });
});
