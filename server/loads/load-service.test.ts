import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestIndicator } from '../test/factories';
import { startTestServer, type TestServer } from '../test/test-server';
import type { ParsedItem, RawRecord } from './load-model';
import { runLoad, type LoadOptions } from './load-service';
import { parseSotkanetPortalExport } from './parsers/sotkanet-portal';

let server: TestServer;
let code: string;
beforeAll(async () => {
  server = await startTestServer();
  code = await createTestIndicator(server, { minValue: 0, maxValue: 100 });
});
afterAll(() => server.close());

async function* items(...records: Array<Omit<RawRecord, 'indicator'> & { indicator?: RawRecord['indicator'] }>): AsyncGenerator<ParsedItem> {
  for (const record of records) yield { record: { indicator: { code }, ...record } };
}

const row = (line: number, areaCode: string, period: string, value: string | null) => ({
  line,
  areaCode,
  cells: [{ field: 'value', period, value }],
});

const load = (source: AsyncIterable<ParsedItem>, options: Partial<LoadOptions> = {}) =>
  runLoad(server.database.file, source, { fileName: 'test.csv', format: 'long-csv', createdBy: 'test', ...options });

const versions = (areaCode: string, period: string) =>
  server.database.sqlite
    .prepare(
      `select o.value, o.superseded_at is null as current from observation o join area a on a.id = o.area_id
       join indicator i on i.id = o.indicator_id where i.code = ? and a.code = ? and o.period = ? order by o.recorded_at`,
    )
    .all(code, areaCode, period);

const observationCount = () => (server.database.sqlite.prepare(`select count(*) as n from observation`).get() as { n: number }).n;

describe('runLoad keeps every version', () => {
  test('inserts new values, then finds the same file unchanged, then keeps the old version of a changed value', async () => {
    const first = await load(items(row(2, '091', '2022', '1.5'), row(3, '091', '2023', '1,4')));
    expect(first).toMatchObject({ status: 'COMMITTED', inserted: 2, updated: 0, unchanged: 0, rejected: 0 });
    const count = observationCount();

    const again = await load(items(row(2, '091', '2022', '1.5'), row(3, '091', '2023', '1.4')));
    expect(again).toMatchObject({ status: 'COMMITTED', inserted: 0, updated: 0, unchanged: 2 });
    expect(observationCount()).toBe(count);

    const revised = await load(items(row(2, '091', '2022', '1.5'), row(3, '091', '2023', '1.3')));
    expect(revised).toMatchObject({ inserted: 0, updated: 1, unchanged: 1 });
    expect(versions('091', '2023')).toEqual([
      { value: 1.4, current: 0 },
      { value: 1.3, current: 1 },
    ]);
    expect(revised.recordedAt!.getTime()).toBeGreaterThan(again.recordedAt!.getTime());
  });

  test('an empty value is stored as missing, not zero, and counts as a change', async () => {
    await load(items(row(2, '740', '2023', '2.1')));
    const missing = await load(items(row(2, '740', '2023', '')));
    expect(missing).toMatchObject({ updated: 1 });
    expect(versions('740', '2023')).toEqual([
      { value: 2.1, current: 0 },
      { value: null, current: 1 },
    ]);
  });

  test('a dry run reports what would change and writes nothing', async () => {
    const count = observationCount();
    const loadsBefore = (server.database.sqlite.prepare(`select count(*) as n from load`).get() as { n: number }).n;
    const report = await load(items(row(2, '491', '2023', '9'), row(3, '091', '2022', '1.5')), { dryRun: true });
    expect(report).toMatchObject({ status: 'DRY_RUN', inserted: 1, unchanged: 1, loadId: null });
    expect(observationCount()).toBe(count);
    expect((server.database.sqlite.prepare(`select count(*) as n from load`).get() as { n: number }).n).toBe(loadsBefore);
  });

  test('one bad row stops the load, is recorded with its line and reason, and nothing is written', async () => {
    const count = observationCount();
    const report = await load(items(row(2, '491', '2021', '5'), row(3, '491', '2022', '500'), row(4, '999', '2022', '1')));
    expect(report.status).toBe('REJECTED');
    expect(report.inserted).toBe(0);
    expect(report.rejections.map((rejection) => [rejection.line, rejection.code])).toEqual([
      [3, 'OUT_OF_RANGE'],
      [4, 'UNKNOWN_AREA'],
    ]);
    expect(observationCount()).toBe(count);
    const stored = server.database.sqlite
      .prepare(`select line, reason_code from load_rejection where load_id = ? order by line`)
      .all(report.loadId);
    expect(stored).toEqual([
      { line: 3, reason_code: 'OUT_OF_RANGE' },
      { line: 4, reason_code: 'UNKNOWN_AREA' },
    ]);
  });

  test('with writeGoodRows the valid rows are written and the bad ones still reported', async () => {
    const report = await load(items(row(2, '491', '2019', '5'), row(3, '491', '2020', 'abc')), { writeGoodRows: true });
    expect(report).toMatchObject({ status: 'COMMITTED', inserted: 1, rejected: 1 });
    expect(report.rejections[0]).toMatchObject({ line: 3, field: 'value', code: 'INVALID_NUMBER' });
  });

  test('a key given twice in one file rejects every occurrence', async () => {
    const report = await load(items(row(2, '091', '2018', '1'), row(3, '091', '2017', '1'), row(4, '091', '2018', '2')), { writeGoodRows: true });
    expect(report).toMatchObject({ inserted: 1, rejected: 2 });
    expect(report.rejections.map((rejection) => [rejection.line, rejection.code, rejection.reason])).toEqual([
      [2, 'DUPLICATE_KEY', expect.stringContaining('line 4')],
      [4, 'DUPLICATE_KEY', expect.stringContaining('line 2')],
    ]);
  });

  test('a key given many times names the first ten other lines in each rejection, and counts the rest', async () => {
    const lines = Array.from({ length: 13 }, (_, index) => index + 2);
    const report = await load(items(...lines.map((line) => row(line, '091', '2012', String(line)))), { dryRun: true });
    expect(report).toMatchObject({ rejected: 13, rejectionsByCode: { DUPLICATE_KEY: 13 } });
    expect(report.rejections.map((rejection) => rejection.line)).toEqual(lines);
    const reason = (line: number) => report.rejections.find((rejection) => rejection.line === line)?.reason;
    expect(reason(2)).toContain('also on line 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 and 2 more; keep one');
    expect(reason(7)).toContain('also on line 2, 3, 4, 5, 6, 8, 9, 10, 11, 12 and 2 more; keep one');
    expect(reason(14)).toContain('also on line 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 and 2 more; keep one');
  });

  test('a value refused for several reasons is one rejected row, every reason reported', async () => {
    const record = { line: 2, areaCode: '091', cells: [{ field: 'value', period: '2011', value: 'abc', numerator: 'x', provisional: 'maybe' }] };
    const report = await load(items(record, row(3, '091', '2010', '1')), { dryRun: true });
    expect(report).toMatchObject({ inserted: 1, rejected: 1, rejectionsByCode: { INVALID_NUMBER: 1 } });
    expect(report.rejections.map((rejection) => [rejection.line, rejection.field, rejection.code])).toEqual([
      [2, 'value', 'INVALID_NUMBER'],
      [2, 'numerator', 'INVALID_NUMBER'],
      [2, 'provisional', 'INVALID_FLAG'],
    ]);
  });

  test('a parser failure becomes a rejection of the file, and nothing is written', async () => {
    const count = observationCount();
    async function* broken(): AsyncGenerator<ParsedItem> {
      yield { record: { indicator: { code }, ...row(2, '091', '2016', '1') } };
      throw Object.assign(new Error('Quote Not Closed'), { lines: 3 });
    }
    const report = await load(broken());
    expect(report.status).toBe('REJECTED');
    expect(report.rejections[0]).toMatchObject({ line: 3, code: 'MALFORMED_FILE' });
    expect(report.rejections[0]?.reason).toContain('past line 3');
    expect(observationCount()).toBe(count);
  });

  test('an empty input is reported as an empty file', async () => {
    const report = await load(items());
    expect(report.status).toBe('REJECTED');
    expect(report.rejections[0]?.code).toBe('EMPTY_FILE');
  });
});

describe('a file that stops being CSV', () => {
  test('is one rejection at the line where the broken record starts, in the CSV reader’s own words', async () => {
    // The portal parser lets the reader's error through to the load, which reports it.
    const cutShort = Readable.from([';;;;;2020;2021\n"T";"1244";"Helsinki";"091";"combined";1.5;"1.']);
    const report = await load(parseSotkanetPortalExport(cutShort), { format: 'sotkanet-portal' });
    expect(report.rejections).toHaveLength(1);
    const [rejection] = report.rejections;
    expect(rejection).toMatchObject({ line: 2, code: 'MALFORMED_FILE' });
    // The reader's reason as it is, not wrapped in "could not be read past line 2: line 2: …".
    expect(rejection?.reason).toMatch(/^a quoted value that starts on line 2/);
  });
});
