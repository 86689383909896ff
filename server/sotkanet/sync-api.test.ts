/**
 * The dashboard's door to the connector: `startSotkanetSync` (analyst, admin; audited) starts a run
 * in the background and answers at once, `sotkanetSync` shows its progress and each indicator's last
 * sync; the server's schedule starts runs by itself. Against the local Sotkanet, over real HTTP.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { firstError, startTestServer, type TestServer } from '../test/test-server';
import { type FakeSotkanet, startFakeSotkanet } from './test-support/fake-sotkanet';
import { readConfig } from '../config';

const SYNC_FIELDS = `running sourceUrl schedule
  latestRun { id trigger startedBy status message items { sotkanetId indicatorCode state message sourceUpdated createdIndicator inserted updated rejected load { id format createdBy } } }
  indicators { sotkanetId inUse lastStatus lastSyncedAt sourceUpdated indicator { code } lastLoad { id } }`;
const START = `mutation ($input: StartSotkanetSyncInput) { startSotkanetSync(input: $input) { id trigger startedBy status items { sotkanetId state } } }`;

interface SyncAnswer {
  sotkanetSync: {
    running: boolean;
    sourceUrl: string;
    schedule: string | null;
    latestRun: { id: string; trigger: string; status: string; items: Array<Record<string, unknown>> } | null;
    indicators: Array<Record<string, unknown>>;
  };
}

let fake: FakeSotkanet;
let server: TestServer;
beforeAll(async () => {
  fake = await startFakeSotkanet({ dataDirectory: readConfig({}).dataDirectory });
  server = await startTestServer({ sotkanetUrl: fake.baseUrl });
});
afterAll(async () => {
  await server.close();
  await fake.close();
});

async function waitUntilFinished(): Promise<SyncAnswer['sotkanetSync']> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const { sotkanetSync } = await server.data<SyncAnswer>(`{ sotkanetSync { ${SYNC_FIELDS} } }`, {}, 'VIEWER');
    if (!sotkanetSync.running) return sotkanetSync;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the sync did not finish');
}

test('an analyst starts a sync; it answers at once, and the query follows the run to its end', async () => {
  const { startSotkanetSync } = await server.data<{ startSotkanetSync: { id: string; trigger: string; startedBy: string; status: string; items: unknown[] } }>(
    START,
    { input: { sotkanetIds: ['1244', '1077'] } },
    'ANALYST',
  );
  expect(startSotkanetSync).toMatchObject({ trigger: 'DASHBOARD', startedBy: 'test-analyst', status: 'RUNNING' });
  expect(startSotkanetSync.items).toEqual([
    { sotkanetId: '1077', state: 'PENDING' },
    { sotkanetId: '1244', state: 'PENDING' },
  ]);

  const sync = await waitUntilFinished();
  expect(sync).toMatchObject({ sourceUrl: fake.baseUrl, schedule: null, latestRun: { id: startSotkanetSync.id, status: 'FINISHED' } });
  expect(sync.latestRun?.items).toMatchObject([
    { sotkanetId: '1077', indicatorCode: 'sotkanet:1077', state: 'SYNCED', createdIndicator: true, sourceUpdated: '2025-04-23', rejected: 0, load: { format: 'sotkanet-api', createdBy: 'test-analyst' } },
    { sotkanetId: '1244', indicatorCode: 'sotkanet:1244', state: 'SYNCED', createdIndicator: true, inserted: 6733 },
  ]);
  expect(sync.indicators).toMatchObject([
    { sotkanetId: '1077', inUse: false, lastStatus: 'SYNCED', sourceUpdated: '2025-04-23', indicator: { code: 'sotkanet:1077' }, lastSyncedAt: expect.any(String) },
    { sotkanetId: '1244', inUse: false, lastStatus: 'SYNCED', sourceUpdated: '2025-04-23', indicator: { code: 'sotkanet:1244' } },
  ]);

  const audit = server.database.sqlite.prepare(`select actor, action, entity_id as entityId from audit_event where action like '%otkanet%' order by id`).all();
  expect(audit).toEqual([
    { actor: 'test-analyst', action: 'startSotkanetSync', entityId: startSotkanetSync.id },
    { actor: 'test-analyst', action: 'sotkanetSync', entityId: startSotkanetSync.id },
  ]);
});

test('a viewer, or nobody, may not start a sync, and nothing starts', async () => {
  const runs = () => server.database.sqlite.prepare(`select count(*) as n from sotkanet_sync_run`).get();
  const before = runs();
  expect(firstError(await server.graphql(START, { input: { sotkanetIds: ['1244'] } }, 'VIEWER')).code).toBe('FORBIDDEN');
  expect(firstError(await server.graphql(START, { input: { sotkanetIds: ['1244'] } }, 'anonymous')).code).toBe('UNAUTHENTICATED');
  expect(runs()).toEqual(before);
});

test('an id that is no Sotkanet id is refused, naming the field', async () => {
  const error = firstError(await server.graphql(START, { input: { sotkanetIds: ['1244', 'kela'] } }, 'ANALYST'));
  expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.sotkanetIds.1' });
});

test('a second sync is refused with CONFLICT while one runs', async () => {
  fake.fail('/indicators/1078', { kind: 'timeout' }, 2);
  await server.data(START, { input: { sotkanetIds: ['1078'] } }, 'ANALYST');
  const second = await server.graphql(START, { input: { sotkanetIds: ['1244'] } }, 'ADMIN');
  expect(firstError(second)).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/already running/) });
  const sync = await waitUntilFinished();
  expect(sync.latestRun).toMatchObject({ status: 'FAILED', items: [{ sotkanetId: '1078', state: 'FAILED', message: expect.stringMatching(/did not answer/) }] });
  fake.reset();
});

test('the schedule starts runs by itself, of the indicators in use', async () => {
  const scheduled = await startTestServer({ sotkanetUrl: fake.baseUrl, sotkanetSchedule: { syncCron: '* * * * * *' } });
  try {
    let sync: SyncAnswer['sotkanetSync'] | null = null;
    for (let attempt = 0; attempt < 100 && !sync?.latestRun; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      sync = (await scheduled.data<SyncAnswer>(`{ sotkanetSync { ${SYNC_FIELDS} } }`)).sotkanetSync;
    }
    expect(sync).toMatchObject({ schedule: 'cron * * * * * *', latestRun: { trigger: 'SCHEDULE', startedBy: 'schedule' } });
  } finally {
    await scheduled.close();
  }
});
