/**
 * The rules every load follows, through `loadFile` on real files on disk: validate everything
 * before writing, report each rejected row by line with a reason, write nothing unless asked to
 * write the good rows, write in one transaction, change nothing on a second load, keep old versions.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestIndicator } from '../test/factories';
import { startTestServer, type TestServer } from '../test/test-server';
import { currentValues, fingerprint, linesAndCodes, loadText, observationHash } from './test-support';

let server: TestServer;
let annual: string;
let quarterly: string;
beforeAll(async () => {
  server = await startTestServer();
  annual = await createTestIndicator(server, { minValue: 0, maxValue: 100 });
  quarterly = await createTestIndicator(server, { frequency: 'QUARTER' });
});
afterAll(() => server.close());

const csv = (...rows: string[]) => `indicator,area,period,value\n${rows.join('\n')}\n`;

/** Every version of one value, oldest first. */
const versions = (code: string, area: string, period: string) =>
  server.database.sqlite
    .prepare(
      `select o.value, o.superseded_at is null as current from observation o join area a on a.id = o.area_id
       join indicator i on i.id = o.indicator_id where i.code = ? and a.code = ? and o.period = ? order by o.recorded_at`,
    )
    .all(code, area, period);

/** A reason is for people: it names the problem in words, never a programmer's artefact. */
function expectReadable(reason: string) {
  expect(reason.length).toBeGreaterThan(15);
  expect(reason).not.toMatch(/undefined|\[object|NaN\b|Error:|\.ts:\d/);
}

describe('rejected rows', () => {
  // One file with a row for every kind of mistake, each on a known line. Line 22 holds a quoted
  // value with a line break, so the rows after it are one line further down than they are rows.
  const file = () =>
    csv(
      `${annual},091,2020,1.5`, // 2 good
      `nope:1,091,2020,1`, // 3
      `${annual},999,2020,1`, // 4
      `${annual},911,2020,1`, // 5 Valtimo, merged into Nurmes
      `${annual},588,2020,1`, // 6 Pertunmaa, merged into Mäntyharju
      `${annual},091,2024Q5,1`, // 7
      `${annual},091,2024-13,1`, // 8
      `${annual},091,20x0,1`, // 9
      `${annual},091,2019,abc`, // 10
      `${annual},091,2018,"1 234"`, // 11
      `${annual},091,2017,"1.234,5"`, // 12
      `${annual},091,2016,101`, // 13 above maxValue 100
      `${annual},091,2015,-0.5`, // 14 below minValue 0
      `${annual},091,2021Q1,5`, // 15 quarterly period, annual indicator
      `${quarterly},091,2021,5`, // 16 annual period, quarterly indicator
      `${annual},091,2014,1`, // 17 duplicate of 19
      `${annual},091,2013,`, // 18 good: empty value = missing
      `${annual},091,2014,2`, // 19 duplicate of 17
      `,091,2012,1`, // 20 no indicator
      `${annual},091,2011,1,extra`, // 21 one value too many
      `${annual},"09`, // 22-23 an area with a line break in it
      `1",2010,1`,
      `${annual},092,2010,"2,5"`, // 24 good
    );

  const expected = [
    [3, 'UNKNOWN_INDICATOR', 'nope:1'],
    [4, 'UNKNOWN_AREA', '999'],
    [5, 'FORMER_AREA', 'Valtimo'],
    [6, 'FORMER_AREA', 'Pertunmaa'],
    [7, 'INVALID_PERIOD', 'quarter 5'],
    [8, 'INVALID_PERIOD', 'month 13'],
    [9, 'INVALID_PERIOD', '20x0'],
    [10, 'INVALID_NUMBER', 'abc'],
    [11, 'INVALID_NUMBER', 'thousands separator'],
    [12, 'INVALID_NUMBER', 'thousands separator'],
    [13, 'OUT_OF_RANGE', '101'],
    [14, 'OUT_OF_RANGE', '-0.5'],
    [15, 'WRONG_FREQUENCY', 'quarterly'],
    [16, 'WRONG_FREQUENCY', 'annual'],
    [17, 'DUPLICATE_KEY', 'line 19'],
    [19, 'DUPLICATE_KEY', 'line 17'],
    [20, 'MISSING_FIELD', 'indicator'],
    [21, 'MALFORMED_FILE', '5 values'],
    [22, 'UNKNOWN_AREA', '09'],
  ] as const;

  test('every bad row is reported with its line and a reason that names the problem, and nothing is written', async () => {
    const before = fingerprint(server);
    const report = await loadText(server, file());
    expect(report).toMatchObject({ status: 'REJECTED', inserted: 0, updated: 0, unchanged: 0, rejected: expected.length });
    expect(linesAndCodes(report)).toEqual(expected.map(([line, code]) => [line, code]));
    report.rejections.forEach((rejection, index) => {
      expect(rejection.reason).toContain(expected[index]?.[2]);
      expectReadable(rejection.reason);
    });

    // Not a value written; the rejected load is on record with the same rejections.
    const after = fingerprint(server);
    expect(after.observations).toBe(before.observations);
    expect(after.loads).toBe(before.loads + 1);
    const stored = server.database.sqlite
      .prepare(`select line, reason_code as code, reason from load_rejection where load_id = ? order by line`)
      .all(report.loadId);
    expect(stored).toEqual(report.rejections.map(({ line, code, reason }) => ({ line, code, reason })));
  });

  test('with writeGoodRows the good rows are written and the bad ones still reported', async () => {
    const report = await loadText(server, file(), { writeGoodRows: true });
    expect(report).toMatchObject({ status: 'COMMITTED', inserted: 3, rejected: expected.length });
    expect(linesAndCodes(report)).toEqual(expected.map(([line, code]) => [line, code]));
    expect(currentValues(server, [annual])).toEqual(
      new Map([
        [`${annual}|091|0|2020`, 1.5],
        [`${annual}|091|0|2013`, null], // the empty value: missing, not zero
        [`${annual}|092|0|2010`, 2.5],
      ]),
    );
  });

  test('one bad row at the end of a large file stops every row before it', async () => {
    // More rows than one staging batch, so a load that wrote as it read would have written some.
    const areas = server.database.sqlite.prepare(`select code from area where kind = 'MUNICIPALITY' order by code`).pluck().all() as string[];
    const rows = areas.flatMap((area) => Array.from({ length: 40 }, (_, year) => `${annual},${area},${1960 + year},${year % 10}.5`));
    expect(rows.length).toBeGreaterThan(12_000);
    const before = observationHash(server);
    const report = await loadText(server, csv(...rows, `${annual},091,1959,oops`));
    expect(report).toMatchObject({ status: 'REJECTED', inserted: 0, rejected: 1 });
    expect(linesAndCodes(report)).toEqual([[rows.length + 2, 'INVALID_NUMBER']]);
    expect(observationHash(server)).toBe(before);
  });
});

describe('writing', () => {
  let code: string;
  beforeAll(async () => {
    code = await createTestIndicator(server);
  });

  test('a dry run reports inserted, updated, unchanged and rejected without writing or recording anything', async () => {
    await loadText(server, csv(`${code},091,2020,1`, `${code},091,2021,2`));
    const before = fingerprint(server);
    const report = await loadText(server, csv(`${code},091,2020,1`, `${code},091,2021,2.5`, `${code},091,2022,3`, `${code},091,2023,x`), {
      dryRun: true,
    });
    expect(report).toMatchObject({ status: 'DRY_RUN', loadId: null, inserted: 1, updated: 1, unchanged: 1, rejected: 1 });
    expect(fingerprint(server)).toEqual(before);
  });

  test('the same file loaded twice changes nothing the second time', async () => {
    const text = csv(`${code},049,2020,1`, `${code},049,2021,`, `${code},049,2022,"0,25"`);
    const first = await loadText(server, text);
    expect(first).toMatchObject({ status: 'COMMITTED', inserted: 3 });
    const before = observationHash(server);
    const second = await loadText(server, text);
    expect(second).toMatchObject({ status: 'COMMITTED', inserted: 0, updated: 0, unchanged: 3 });
    expect(observationHash(server)).toBe(before);
  });

  test('a changed value adds a new version and keeps the old one', async () => {
    await loadText(server, csv(`${code},078,2020,1`));
    const revised = await loadText(server, csv(`${code},078,2020,1.25`));
    expect(revised).toMatchObject({ inserted: 0, updated: 1 });
    const removed = await loadText(server, csv(`${code},078,2020,`));
    expect(removed).toMatchObject({ inserted: 0, updated: 1 });
    expect(versions(code, '078', '2020')).toEqual([
      { value: 1, current: 0 },
      { value: 1.25, current: 0 },
      { value: null, current: 1 }, // emptied: missing, not zero
    ]);
  });

  test('the write is one transaction: a failure while writing leaves no value and no load behind', async () => {
    // A value the load will revise: its old version is marked superseded before the inserts fail.
    await loadText(server, csv(`${code},091,1951,100`));
    const before = fingerprint(server);
    // Make the database refuse the last row's insert, after the others have gone in.
    server.database.sqlite.exec(
      `create trigger refuse_test_value before insert on observation when new.value = 666 begin select raise(abort, 'refused by test'); end`,
    );
    try {
      const text = csv(...Array.from({ length: 50 }, (_, index) => `${code},091,${1950 + index},${index === 49 ? 666 : index}`));
      await expect(loadText(server, text)).rejects.toThrow(/refused by test/);
    } finally {
      server.database.sqlite.exec(`drop trigger refuse_test_value`);
    }
    expect(fingerprint(server)).toEqual(before);
  });
});
