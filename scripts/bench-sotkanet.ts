/**
 * Times a sync of the demo's 16 Sotkanet indicators against the local Sotkanet stand-in (built from
 * data/, over real HTTP on 127.0.0.1) into a new database: the first sync (indicators created, every
 * value downloaded and inserted), a second with nothing changed (metadata only), and a forced one
 * (every value downloaded and compared). Prints the figures; asserts nothing.
 *
 *   npm run bench:sotkanet
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readConfig } from '../server/config';
import { openDatabase } from '../server/db/connection';
import { prepareDatabase } from '../server/setup';
import { createSotkanetClient } from '../server/sotkanet/sotkanet-client';
import { startSotkanetSync, type SyncResult } from '../server/sotkanet/sync-service';
import { startFakeSotkanet } from '../server/sotkanet/test-support/fake-sotkanet';

const config = readConfig({});
const directory = mkdtempSync(join(tmpdir(), 'mittaristo-bench-sotkanet-'));
const fake = await startFakeSotkanet({ dataDirectory: config.dataDirectory });
const database = openDatabase(join(directory, 'bench.sqlite'));
try {
  await prepareDatabase(database, { dataDirectory: config.dataDirectory, seedDemoIfEmpty: false });
  const client = createSotkanetClient({ baseUrl: fake.baseUrl, timeoutMs: 30_000 });
  const target = { db: database.db, databaseFile: database.file, dataDirectory: config.dataDirectory };

  const timed = async (label: string, force: boolean) => {
    fake.reset();
    const started = performance.now();
    const { done } = await startSotkanetSync(target, { sotkanetIds: fake.indicatorIds, force, trigger: 'COMMAND_LINE', startedBy: 'bench', client });
    const result: SyncResult = await done;
    const seconds = (performance.now() - started) / 1000;
    const values = result.items.reduce((sum, item) => sum + (item.report ? item.report.inserted + item.report.updated + item.report.unchanged : 0), 0);
    const dataRequests = fake.requests.filter((request) => request.startsWith('/json')).length;
    console.log(
      `${label.padEnd(34)} ${seconds.toFixed(2).padStart(6)} s   ${String(fake.requests.length).padStart(3)} requests (${String(dataRequests).padStart(2)} for data), ` +
        `${values.toLocaleString('en')} values, ${result.failed} failed, at most ${fake.maxConcurrent} requests at once`,
    );
  };

  console.log(`Sync of the demo's ${fake.indicatorIds.length} Sotkanet indicators from ${fake.baseUrl} (local stand-in)`);
  await timed('first sync (creates, inserts)', false);
  await timed('second sync (nothing changed)', false);
  await timed('forced sync (downloads, compares)', true);
} finally {
  await database.close();
  await fake.close();
  rmSync(directory, { recursive: true, force: true });
}
