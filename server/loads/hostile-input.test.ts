/**
 * Hostile input never crashes the server nor writes half a file. First, a table of known-bad files
 * sent through the dashboard's door (upload + `loadUpload`); then a property test that feeds mutated
 * slices of the real files through `loadFile` and checks every outcome is a clear report.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { AppError } from '../errors';
import { createTestIndicator } from '../test/factories';
import { startTestServer, type TestServer } from '../test/test-server';
import { LOAD_FORMATS } from './load-file-service';
import { REJECTION_CODES, type LoadReport } from './load-model';
import { createSotkanetIndicators } from './sotkanet-indicator-service';
import {
  createPortalExportIndicators,
  fingerprint,
  LOAD_UPLOAD,
  linesAndCodes,
  loadText,
  observationHash,
  REAL_FILES,
  upload,
  type GraphQLLoadReport,
} from './test-support';

let server: TestServer;
// Fixed, because the table of cases below is built before the server starts.
const code = 'test:hostile';
beforeAll(async () => {
  server = await startTestServer();
  await createTestIndicator(server, { code, minValue: 0 });
  await createPortalExportIndicators(server);
  await createSotkanetIndicators(server.database.db, ['127'], server.dataDirectory, { dryRun: false });
});
afterAll(() => server.close());


/** What every rejection must be, whatever the input: a line, a known code, a reason in words. */
function expectWellFormed(rejections: ReadonlyArray<{ line: number; code: string; reason: string }>) {
  for (const rejection of rejections) {
    expect(Number.isInteger(rejection.line) && rejection.line >= 0, `line ${rejection.line}`).toBe(true);
    expect(REJECTION_CODES).toContain(rejection.code);
    expect(rejection.reason.trim().length, rejection.code).toBeGreaterThan(10);
  }
}

describe('known hostile files, through the upload and loadUpload', () => {
  const good = () => `${code},091,2020,1`;
  const longCsv = (...rows: string[]) => `indicator,area,period,value\n${rows.join('\n')}\n`;
  const bytes = (...values: number[]) => Uint8Array.from(values);
  const random = (length: number, seed: number) => Uint8Array.from({ length }, (_, index) => ((index + 1) * 2654435761 + seed) % 251);
  const unrecognised: Array<[number, string]> = [[1, 'MALFORMED_FILE']];

  // [name, content, the [line, code] of each rejection expected]
  const cases: Array<[string, string | Uint8Array, Array<[number, string]>]> = [
    ['an empty file', '', [[0, 'EMPTY_FILE']]],
    ['only blank lines', '\r\n \n\n', [[0, 'EMPTY_FILE']]],
    ['a header only', 'indicator,area,period,value\n', [[0, 'EMPTY_FILE']]],
    ['random bytes', random(4096, 7), unrecognised],
    ['a PNG image', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, ...random(200, 3)), unrecognised],
    // Read as a workbook (it starts like one) and refused as a whole file; SheetJS itself loops forever on these bytes.
    ['a zip archive that is no workbook', bytes(0x50, 0x4b, 0x03, 0x04, 20, 0, 6, 0, 8, 0, ...random(300, 5)), [[0, 'MALFORMED_FILE']]],
    ['an .xls header over random bytes', bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...random(3000, 3)), [[0, 'MALFORMED_FILE']]],
    ['NUL bytes', new Uint8Array(1000), unrecognised],
    ['tab-separated values', `indicator\tarea\tperiod\tvalue\n${code}\t091\t2020\t1\n`, unrecognised],
    ['a JSON object instead of a list', '{"indicator":"127","region":"46"}', unrecognised],
    ['JSON cut short', '[{"indicator":"127","region":"46","year":"2009","gender":"total","primary value":"58', [[1, 'MALFORMED_FILE']]],
    ['JSON items that are not objects', '[1,"x",null,[]]', [[1, 'MALFORMED_FILE'], [2, 'MALFORMED_FILE'], [3, 'MALFORMED_FILE'], [4, 'MALFORMED_FILE']]],
    ['a last line cut short inside quotes', longCsv(good(), `${code},091,2021,"1.5`), [[3, 'MALFORMED_FILE']]],
    ['a portal export cut short inside quotes', ';;;;;2020;2021\n"T";"1244";"Helsinki";"091";"combined";1.5;"1.', [[2, 'MALFORMED_FILE']]],
    [
      'quoted delimiters and line breaks before the bad rows',
      longCsv(`"${code}","0\n91","2020","1"`, `${code},"9\r\n9\n9",2021,1`, `${code},091,2022,"1,2,3"`),
      [
        [2, 'UNKNOWN_AREA'], // "0\n91" is not 091
        [4, 'UNKNOWN_AREA'],
        [7, 'INVALID_NUMBER'],
      ],
    ],
    [
      'a portal title with a delimiter and a line break',
      ';;;;;2020;2021\n"Title; with\na break";"1244";"Helsinki";"091";"combined";1.5;\n"T";"1244";"Espoo";"049";"combined";x;1\n',
      [[4, 'INVALID_NUMBER']],
    ],
    [
      'blank lines, then a semicolon header',
      `\uFEFF\r\n\r\nindicator;area;period;value\r\n${code};091;2020;1,5\r\n${code};091;2021;x\r\n`,
      [[5, 'INVALID_NUMBER']],
    ],
    [
      'a stray CR before CRLF lines (mixed line breaks)',
      `\rindicator,area,period,value\r\n${code},091,2020,x\r\n${code},091,2021,1\n${code},091,2022,y\r${code},091,2023,z\n`,
      [
        [3, 'INVALID_NUMBER'],
        [5, 'INVALID_NUMBER'],
        [6, 'INVALID_NUMBER'],
      ],
    ],
    ['a byte order mark before the header', `\uFEFF${longCsv(good(), `${code},091,2021,x`)}`, [[3, 'INVALID_NUMBER']]],
    [
      'numbers that are not finite',
      longCsv(`${code},091,2001,NaN`, `${code},091,2002,Infinity`, `${code},091,2003,-inf`, `${code},091,2004,1e309`),
      [
        [2, 'INVALID_NUMBER'],
        [3, 'INVALID_NUMBER'],
        [4, 'INVALID_NUMBER'],
        [5, 'INVALID_NUMBER'],
      ],
    ],
    [
      'thousands separators',
      longCsv(`${code},091,2001,"1 234"`, `${code},091,2002,"1.234,5"`, `${code},091,2003,"1,234.5"`, `${code},091,2004,1\u00a0234`),
      [
        [2, 'INVALID_NUMBER'],
        [3, 'INVALID_NUMBER'],
        [4, 'INVALID_NUMBER'],
        [5, 'INVALID_NUMBER'],
      ],
    ],
    [
      'periods that do not exist',
      longCsv(`${code},091,2024Q5,1`, `${code},091,2024-13,1`, `${code},091,2024-00,1`, `${code},091,0000,1`, `${code},091,2024Q0,1`),
      [
        [2, 'INVALID_PERIOD'],
        [3, 'INVALID_PERIOD'],
        [4, 'INVALID_PERIOD'],
        [5, 'INVALID_PERIOD'],
        [6, 'INVALID_PERIOD'],
      ],
    ],
    ['a 300 kB value', longCsv(good(), `${code},091,2021,${'9'.repeat(300_000)}`), [[3, 'INVALID_NUMBER']]],
    ['invalid UTF-8 in an area code', Buffer.concat([Buffer.from(longCsv(good())), Buffer.from([0x30, 0xff, 0xfe, 0x2c]), Buffer.from('2021,1\n')]), [[3, 'MALFORMED_FILE']]],
  ];

  test.each(cases)('%s: a clear report, and not a value written', async (_name, content, expected) => {
    const observations = observationHash(server);
    const loadsBefore = fingerprint(server).loads;
    const sent = await upload(server, content);
    expect(sent.status).toBe(201);
    const result = await server.graphql<{ loadUpload: GraphQLLoadReport }>(LOAD_UPLOAD, { input: { uploadId: sent.body.uploadId } });
    expect(result.errors).toBeUndefined();
    const report = result.data?.loadUpload;
    expect(report?.status).toBe('REJECTED');
    expect(report && linesAndCodes(report)).toEqual(expected);
    expectWellFormed(report?.rejections ?? []);
    expect(observationHash(server)).toBe(observations);
    expect(fingerprint(server).loads).toBe(loadsBefore + 1); // the rejected load, on record
  });

  test('the server still answers after all of them, from an intact database that nothing holds locked', async () => {
    expect(await server.data(`{ loadFormats { id } }`)).toEqual({ loadFormats: LOAD_FORMATS.map(({ format }) => ({ id: format })) });
    // A load left half-done would hold a transaction open or leave the file damaged.
    expect(server.database.sqlite.inTransaction).toBe(false);
    expect(server.database.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    const { loads } = await server.data<{ loads: { totalCount: number } }>(`{ loads { totalCount } }`);
    expect(loads.totalCount).toBe(fingerprint(server).loads);
    // And nothing holds the write lock: the main connection can still write.
    server.database.sqlite.prepare(`update area set name_en = name_en where code = '491'`).run();
  });
});

describe('a header of a million columns (9 MB, well under the upload limit)', () => {
  test('is refused by its width, naming the count, in a message of a line, and not a value written', async () => {
    const header = ['indicator', 'area', 'period', 'value', ...Array.from({ length: 999_996 }, (_, index) => `c${index + 5}`)].join(',');
    const observations = observationHash(server);
    const sent = await upload(server, `${header}\n${code},091,2020,1\n`);
    expect(sent).toMatchObject({ status: 201, body: { detectedFormat: 'long-csv' } });
    const result = await server.graphql<{ loadUpload: GraphQLLoadReport }>(LOAD_UPLOAD, { input: { uploadId: sent.body.uploadId } });
    expect(result.errors).toBeUndefined();
    const report = result.data?.loadUpload;
    expect(report).toMatchObject({ status: 'REJECTED', rejected: 1, rejections: [{ line: 1, field: 'header', code: 'MALFORMED_FILE' }] });
    const reason = report?.rejections[0]?.reason ?? '';
    expect(reason).toMatch(/^the header has 1,000,000 columns, more than the 1,000 any format allows; the columns are "indicator", "area"/);
    expect(reason.length).toBeLessThan(300);
    expect(report?.rejections[0]?.value).toMatch(/^indicator,area,period,value,c5,c6,/);
    expect(observationHash(server)).toBe(observations);
  });
});

describe('mutated real files (property test)', () => {
  const portal = readFileSync(REAL_FILES.portalExport, 'utf8').split('\n');
  const restCsv = readFileSync(REAL_FILES.restCsv, 'utf8').split('\n');
  const restJson = JSON.parse(readFileSync(REAL_FILES.restJson, 'utf8')) as unknown[];
  // A long CSV of real values: the portal export's rows of indicator 1244, one value a line.
  const portalYears = (portal[0] ?? '').split(';').slice(5);
  const longCsv = [
    'indicator;area;period;value',
    ...portal
      .filter((line) => line.includes(';"1244";'))
      .flatMap((line) => {
        const cells = line.split(';');
        const area = (cells[3] ?? '').replaceAll('"', '');
        return cells.slice(5).flatMap((value, column) => (value ? [`sotkanet:1244;${area};${portalYears[column]};${value.replace('.', ',')}`] : []));
      }),
  ];

  /** A slice of a real file: its header and `count` lines from `start`. */
  type Source = 'portal' | 'long' | 'rest-csv' | 'rest-json';
  function slice(source: Source, start: number, count: number): string {
    const take = (lines: string[], eol: string) => {
      const body = lines.slice(1);
      const from = start % body.length;
      return [lines[0], ...body.slice(from, from + count)].join(eol) + eol;
    };
    switch (source) {
      case 'portal':
        return take(portal, '\n');
      case 'long':
        return take(longCsv, '\r\n');
      case 'rest-csv':
        return take(restCsv.map((line) => line.replace(/\r$/, '')), '\r\n');
      case 'rest-json': {
        const from = start % restJson.length;
        return JSON.stringify(restJson.slice(from, from + count));
      }
    }
  }

  const mutation = fc.oneof(
    fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), xor: fc.integer({ min: 1, max: 255 }) }),
    fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('garbage' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 24 }) }),
    fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.constantFrom('"', ';', ',', '\n', '\r', '\t', '\uFEFF', '""', '-', 'e999', 'NaN', '2024Q5') }),
    fc.record({ kind: fc.constantFrom('delete-line' as const, 'duplicate-line' as const), line: fc.nat() }),
    fc.record({ kind: fc.constant('swap-lines' as const), line: fc.nat(), other: fc.nat() }),
    fc.record({ kind: fc.constant('delimiter' as const), from: fc.constantFrom(';', ','), to: fc.constantFrom(',', ';', '\t', '|') }),
  );
  type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

  function mutate(content: Buffer, change: Mutation): Buffer {
    const position = (at: number) => (content.length === 0 ? 0 : at % (content.length + 1));
    const lines = () => content.toString('latin1').split('\n');
    const joinLines = (list: string[]) => Buffer.from(list.join('\n'), 'latin1');
    switch (change.kind) {
      case 'flip': {
        if (content.length === 0) return content;
        const copy = Buffer.from(content);
        const index = change.at % copy.length;
        copy[index] = (copy[index] ?? 0) ^ change.xor;
        return copy;
      }
      case 'truncate':
        return content.subarray(0, position(change.at));
      case 'garbage':
        return Buffer.concat([content.subarray(0, position(change.at)), change.bytes, content.subarray(position(change.at))]);
      case 'insert': {
        const at = position(change.at);
        return Buffer.concat([content.subarray(0, at), Buffer.from(change.text), content.subarray(at)]);
      }
      case 'delete-line':
      case 'duplicate-line': {
        const list = lines();
        const index = change.line % list.length;
        list.splice(index, change.kind === 'delete-line' ? 1 : 0, ...(change.kind === 'duplicate-line' ? [list[index] ?? ''] : []));
        return joinLines(list);
      }
      case 'swap-lines': {
        const list = lines();
        const a = change.line % list.length;
        const b = change.other % list.length;
        [list[a], list[b]] = [list[b] ?? '', list[a] ?? ''];
        return joinLines(list);
      }
      case 'delimiter':
        return Buffer.from(content.toString('latin1').replaceAll(change.from, change.to), 'latin1');
    }
  }

  /** How many lines a text has, counting every kind of line break (as rejections count them). */
  const lineCount = (content: Buffer) => (content.toString('latin1').match(/\r\n|\r|\n/g)?.length ?? 0) + 1;

  test('every outcome is a report or a user error, with well-formed rejections, and only a commit writes values', async () => {
    // Mostly detected from the (mutated) content; sometimes forced, right or wrong.
    const formats = [null, null, null, null, null, ...LOAD_FORMATS.map((entry) => entry.format)];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom<Source>('portal', 'long', 'rest-csv', 'rest-json'),
        fc.nat(),
        fc.integer({ min: 0, max: 12 }),
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        fc.constantFrom(...formats),
        fc.constantFrom('write', 'write-good-rows', 'dry-run'),
        async (source, start, count, mutations, format, mode) => {
          const content = mutations.reduce(mutate, Buffer.from(slice(source, start, count)));
          const before = fingerprint(server);
          let report: LoadReport;
          try {
            report = await loadText(server, content, { format, writeGoodRows: mode === 'write-good-rows', dryRun: mode === 'dry-run' });
          } catch (error) {
            // The only acceptable failure is a user error, and it must leave everything as it was.
            expect(error).toBeInstanceOf(AppError);
            expect(fingerprint(server)).toEqual(before);
            return;
          }

          expectWellFormed(report.rejections);
          if (report.format !== 'sotkanet-json') {
            for (const rejection of report.rejections) expect(rejection.line).toBeLessThanOrEqual(lineCount(content));
          }
          // `rejected` counts rows (one row refused for two reasons is reported twice, counted once).
          expect(report.rejected).toBeGreaterThanOrEqual(new Set(report.rejections.map((rejection) => rejection.line)).size);
          expect(report.rejected === 0).toBe(report.rejections.length === 0);
          const after = fingerprint(server);
          switch (report.status) {
            case 'DRY_RUN':
              expect(after).toEqual(before);
              break;
            case 'REJECTED':
              expect(report.rejected).toBeGreaterThan(0);
              expect(after.observationHash).toBe(before.observationHash);
              expect(after.loads).toBe(before.loads + 1);
              expect(after.rejections).toBe(before.rejections + report.rejections.length);
              break;
            case 'COMMITTED':
              expect(mode === 'write-good-rows' || report.rejected === 0).toBe(true);
              // Every new or changed value is exactly one new version; nothing else is touched.
              expect(after.observations).toBe(before.observations + report.inserted + report.updated);
              expect(after.loads).toBe(before.loads + 1);
              break;
          }
        },
      ),
      { seed: 20_261_122, numRuns: 60 },
    );
  });
});
