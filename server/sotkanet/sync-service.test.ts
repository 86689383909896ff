/**
 * The Sotkanet connector against a local server that answers like Sotkanet (built from data/), over
 * real HTTP into a real SQLite file: what a sync loads, what a second one skips, how a revision
 * becomes a new version, and how each kind of failure ends one indicator's sync and no other.
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { loadPath, REAL_FILES, currentValues } from '../loads/test-support';
import { startTestServer, type TestServer } from '../test/test-server';
import { type Fault, type FakeSotkanet, startFakeSotkanet } from './test-support/fake-sotkanet';
import { fastClient, syncNow, syncTarget } from './test-support/sync-test-support';
import { createTestGoal, createTestPerspective, createTestStrategy, linkTestIndicator } from '../test/factories';
import { resolveSyncIds, startSotkanetSync, YEARS_PER_REQUEST } from './sync-service';

let server: TestServer;
let fake: FakeSotkanet;
beforeAll(async () => {
  server = await startTestServer();
  fake = await startFakeSotkanet({ dataDirectory: server.dataDirectory });
});
afterAll(async () => {
  await fake.close();
  await server.close();
});
afterEach(() => fake.reset());

const count = (sql: string, ...parameters: unknown[]) =>
  (server.database.sqlite.prepare(sql).get(...parameters) as { n: number }).n;
const valuesOf = (code: string) => count(`select count(*) as n from observation o join indicator i on i.id = o.indicator_id where i.code = ?`, code);
const currentCount = (code: string) => currentValues(server, [code]).size;
const dataRequests = (id: string) => fake.requests.filter((request) => request.startsWith(`/json?indicator=${id}&`));

describe('syncing one indicator', () => {
  test('creates the indicator from Sotkanet\'s metadata and loads exactly the values of the demo\'s file', async () => {
    const result = await syncNow(server, fake, { sotkanetIds: ['1244'] });
    expect(result).toMatchObject({ failed: 0, rejected: 0 });
    const [item] = result.items;
    expect(item).toMatchObject({ state: 'SYNCED', indicatorCode: 'sotkanet:1244', createdIndicator: true, sourceUpdated: '2025-04-23' });
    expect(item?.report).toMatchObject({ status: 'COMMITTED', format: 'sotkanet-api', updated: 0, rejected: 0 });

    // The created indicator has Sotkanet's titles, and says what an analyst must check.
    const indicator = server.database.sqlite.prepare(`select name_fi, unit, direction, definition_en from indicator where code = 'sotkanet:1244'`).get() as Record<string, string>;
    expect(indicator.name_fi).toMatch(/^Huostassa tai kiireellisesti sijoitettuna olleet 0 - 17-vuotiaat/);
    expect(indicator.definition_en).toMatch(/Check the unit, decimals and direction/);

    // The demo's file, loaded over the synced values, finds every one of its 1244 values already there.
    const fileReport = await loadPath(server, REAL_FILES.portalExport, { dryRun: true });
    expect(fileReport).toMatchObject({ inserted: 0, updated: 0, unchanged: item?.report?.inserted });
    expect(Object.keys(fileReport.rejectionsByCode)).toEqual(['UNKNOWN_INDICATOR']); // the other 15 indicators
    expect(currentValues(server, ['sotkanet:1244']).get('sotkanet:1244|091|0|2023')).toBe(1.4);
    expect(currentValues(server, ['sotkanet:1244']).get('sotkanet:1244|091|0|2015')).toBe(1.6);

    // Years are asked for in batches, never all at once.
    const requests = dataRequests('1244');
    expect(requests.length).toBe(Math.ceil((2023 - 1990 + 1) / YEARS_PER_REQUEST));
    for (const request of requests) expect(new URLSearchParams(request.split('?')[1]).getAll('years').length).toBeLessThanOrEqual(YEARS_PER_REQUEST);
  });

  test('a second sync with nothing changed at Sotkanet downloads no data and writes no load', async () => {
    const loadsBefore = count(`select count(*) as n from load`);
    const result = await syncNow(server, fake, { sotkanetIds: ['1244'] });
    expect(result.items[0]).toMatchObject({ state: 'UNCHANGED', report: null });
    expect(fake.requests).toEqual(['/indicators/1244']);
    expect(count(`select count(*) as n from load`)).toBe(loadsBefore);
  });

  test('--force downloads anyway; the same values change nothing', async () => {
    const before = valuesOf('sotkanet:1244');
    const result = await syncNow(server, fake, { sotkanetIds: ['1244'], force: true });
    expect(result.items[0]?.report).toMatchObject({ inserted: 0, updated: 0, unchanged: currentCount('sotkanet:1244') });
    expect(dataRequests('1244').length).toBeGreaterThan(0);
    expect(valuesOf('sotkanet:1244')).toBe(before); // no new versions
  });

  test('a value revised at Sotkanet becomes a new version: the old one is kept, a past instant still sees it, undo restores it', async () => {
    const beforeRevision = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 5));
    fake.revise('1244', '091', 2023, 1.7, '2025-06-01');
    const result = await syncNow(server, fake, { sotkanetIds: ['1244'] });
    const report = result.items[0]?.report;
    expect(report).toMatchObject({ inserted: 0, updated: 1, rejected: 0 });
    expect(result.items[0]?.sourceUpdated).toBe('2025-06-01');

    const versions = server.database.sqlite
      .prepare(
        `select o.value, o.recorded_at as recordedAt, o.superseded_at as supersededAt from observation o
         join indicator i on i.id = o.indicator_id join area a on a.id = o.area_id
         where i.code = 'sotkanet:1244' and a.code = '091' and o.period = '2023' order by o.recorded_at`,
      )
      .all() as Array<{ value: number; recordedAt: number; supersededAt: number | null }>;
    expect(versions.map((version) => version.value)).toEqual([1.4, 1.7]);
    const asOf = (instant: number) => versions.find((version) => version.recordedAt <= instant && (version.supersededAt === null || instant < version.supersededAt))?.value;
    expect(asOf(beforeRevision)).toBe(1.4);
    expect(asOf(Date.now())).toBe(1.7);

    const { undoLoad } = await server.data<{ undoLoad: { id: string } }>(`mutation ($id: ID!) { undoLoad(id: $id) { id } }`, { id: String(report?.loadId) });
    expect(undoLoad.id).toBeDefined();
    expect(currentValues(server, ['sotkanet:1244']).get('sotkanet:1244|091|0|2023')).toBe(1.4);
    fake.revise('1244', '091', 2023, 1.4, '2025-06-02');
  });

  test('Sotkanet\'s 2015 form (text values with a decimal comma, "primary value") loads the same values', async () => {
    const old = await startFakeSotkanet({ dataDirectory: server.dataDirectory, form: 'old' });
    try {
      const result = await syncNow(server, old, { sotkanetIds: ['1244'], force: true, client: fastClient(old) });
      expect(result.items[0]?.report).toMatchObject({ inserted: 0, updated: 0, rejected: 0, unchanged: currentCount('sotkanet:1244') });
    } finally {
      await old.close();
    }
  });

  test('a dry run downloads and compares, and writes nothing: no indicator, value, load or run', async () => {
    const tables = () => count(`select (select count(*) from indicator) + (select count(*) from load) + (select count(*) from sotkanet_sync_run) + (select count(*) from observation) as n`);
    const before = tables();
    const result = await syncNow(server, fake, { sotkanetIds: ['1077', '1244'], dryRun: true, force: true });
    expect(result.runId).toBeNull();
    expect(result.items.map((item) => [item.sotkanetId, item.state, item.createdIndicator])).toEqual([
      ['1077', 'SYNCED', true],
      ['1244', 'SYNCED', false],
    ]);
    expect(result.items[1]?.report).toMatchObject({ status: 'DRY_RUN', inserted: 0, updated: 0 });
    expect(tables()).toBe(before);
  });
});

describe('failures end one indicator\'s sync, write nothing of it, and let the others go on', () => {
  const cases: Array<[string, string, Fault, RegExp]> = [
    ['a timeout', '/json?indicator=1077&years=1990', { kind: 'timeout' }, /did not answer within 0.5 s \(tried 3 times\)/],
    ['an HTTP error that persists', '/json?indicator=1077', { kind: 'status', status: 500 }, /answered 500 Internal Server Error.*\(tried 3 times\)/],
    ['an HTML error page', '/json?indicator=1077', { kind: 'html' }, /a web page instead of data: <!DOCTYPE html>.*Huoltokatko/],
    ['truncated JSON', '/json?indicator=1077', { kind: 'truncated' }, /not valid JSON \(cut short\?\)/],
    ['text that is not JSON', '/json?indicator=1077', { kind: 'invalid-json' }, /not valid JSON/],
    ['a dropped connection', '/json?indicator=1077', { kind: 'reset' }, /could not reach Sotkanet/],
    ['the metadata failing', '/indicators/1077', { kind: 'status', status: 503 }, /answered 503/],
    ['one batch of years failing', '/json?indicator=1077&years=2010', { kind: 'status', status: 502 }, /answered 502/],
  ];

  test.each(cases)('%s', async (name, pathPart, fault, message) => {
    fake.fail(pathPart, fault);
    const loadsBefore = count(`select count(*) as n from load`);
    // A short deadline where the deadline is what is tested; elsewhere one a busy machine cannot miss.
    const client = fastClient(fake, name === 'a timeout' ? { timeoutMs: 500 } : {});
    const result = await syncNow(server, fake, { sotkanetIds: ['1077', '1078'], force: true, client });
    const [failed, other] = result.items;
    expect(failed).toMatchObject({ sotkanetId: '1077', state: 'FAILED', report: null });
    expect(failed?.message).toMatch(message);
    expect(other).toMatchObject({ sotkanetId: '1078', state: 'SYNCED' });
    expect(result.failed).toBe(1);
    // 1078's load is the only one: 1077 wrote no value and no load.
    expect(count(`select count(*) as n from load`)).toBe(loadsBefore + 1);
    expect(count(`select count(*) as n from observation o join indicator i on i.id = o.indicator_id where i.code = 'sotkanet:1077'`)).toBe(0);
    expect(valuesOf('sotkanet:1078')).toBeGreaterThan(0);
    const state = server.database.sqlite.prepare(`select last_status, last_message, source_updated from sotkanet_sync_state where sotkanet_id = '1077'`).get();
    expect(state).toMatchObject({ last_status: 'FAILED', last_message: expect.stringMatching(message) });
  });

  test('an indicator not defined here whose download fails is not created either', async () => {
    fake.fail('/json?indicator=3126', { kind: 'status', status: 500 });
    const result = await syncNow(server, fake, { sotkanetIds: ['3126'] });
    expect(result.items[0]).toMatchObject({ state: 'FAILED', createdIndicator: false });
    expect(count(`select count(*) as n from indicator where code = 'sotkanet:3126'`)).toBe(0);
  });

  test('an indicator Sotkanet no longer has', async () => {
    const gone = await startFakeSotkanet({ dataDirectory: server.dataDirectory });
    try {
      gone.remove('1077');
      const result = await syncNow(server, gone, { sotkanetIds: ['1077', '1078'], force: true, client: fastClient(gone) });
      expect(result.items[0]).toMatchObject({ state: 'FAILED', message: expect.stringMatching(/Sotkanet no longer has indicator 1077 \(404/) });
      expect(result.items[1]?.state).toBe('SYNCED');
      // A 404 is not retried: asking again cannot bring the indicator back.
      expect(gone.requests.filter((request) => request === '/indicators/1077')).toHaveLength(1);
    } finally {
      await gone.close();
    }
  });

  test('a failure that passes is retried with a pause, and the sync succeeds', async () => {
    fake.fail('/json?indicator=1077&years=1990', { kind: 'status', status: 503 }, 2);
    const result = await syncNow(server, fake, { sotkanetIds: ['1077'], force: true });
    expect(result.items[0]?.state).toBe('SYNCED');
    expect(fake.requests.filter((request) => request.startsWith('/json?indicator=1077&years=1990&'))).toHaveLength(3);
  });

  test('a 4xx other than 404 is not retried', async () => {
    fake.fail('/json?indicator=1077', { kind: 'status', status: 400 });
    const result = await syncNow(server, fake, { sotkanetIds: ['1077'], force: true });
    expect(result.items[0]).toMatchObject({ state: 'FAILED', message: expect.stringMatching(/answered 400 Bad Request/) });
    expect(dataRequests('1077').length).toBe(4); // one per batch of years, none again
  });

  test('a failed regions list fails each indicator that needs it, with that reason', async () => {
    fake.fail('/regions', { kind: 'status', status: 500 });
    const result = await syncNow(server, fake, { sotkanetIds: ['1077', '1078'], force: true });
    expect(result.items.map((item) => item.state)).toEqual(['FAILED', 'FAILED']);
    expect(result.items[0]?.message).toMatch(/could not read Sotkanet's regions list: .*answered 500/);
  });
});

describe('being polite, and one run at a time', () => {
  test('all 16 demo indicators: never more than two requests in flight', async () => {
    const result = await syncNow(server, fake, { sotkanetIds: fake.indicatorIds, force: true });
    expect(result.failed).toBe(0);
    expect(result.items).toHaveLength(16);
    expect(fake.maxConcurrent).toBeGreaterThan(0);
    expect(fake.maxConcurrent).toBeLessThanOrEqual(2);
  });

  test('a second run is refused while one is running, and can start once it has finished', async () => {
    fake.fail('/indicators/1077', { kind: 'timeout' }, 1);
    const first = await startSotkanetSync(syncTarget(server), {
      sotkanetIds: ['1077'],
      trigger: 'COMMAND_LINE',
      startedBy: 'tester',
      client: fastClient(fake, { retries: 0, timeoutMs: 500 }),
    });
    await expect(syncNow(server, fake, { sotkanetIds: ['1078'] })).rejects.toMatchObject({ code: 'CONFLICT' });
    await first.done;
    await expect(syncNow(server, fake, { sotkanetIds: ['1078'] })).resolves.toMatchObject({ failed: 0 });
  });

  test('with no indicator named, every Sotkanet indicator a strategy uses is synced (and only those)', async () => {
    const goal = await createTestGoal(server, await createTestPerspective(server, await createTestStrategy(server)));
    expect(await resolveSyncIds(server.database.db, {})).toEqual([]);
    await linkTestIndicator(server, goal, 'sotkanet:1244');
    expect(await resolveSyncIds(server.database.db, {})).toEqual(['1244']);
    expect(await resolveSyncIds(server.database.db, { sotkanetIds: ['1078'] })).toEqual(['1078']);
    expect(await resolveSyncIds(server.database.db, { sotkanetIds: ['1078'], allInUse: true })).toEqual(['1078', '1244']);
  });

  test('ids that are not Sotkanet ids are refused, naming the field', async () => {
    await expect(syncNow(server, fake, { sotkanetIds: ['1244', 'abc'] })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      problems: [{ field: 'input.sotkanetIds.1', reason: expect.stringMatching(/"abc" is not a Sotkanet indicator id/) }],
    });
  });
});
