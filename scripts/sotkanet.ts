/**
 * Fetches indicator data from Sotkanet's REST API into the database, through the load service.
 *
 *   npm run sotkanet -- sync [--indicator ID]... [--all-in-use] [--force] [--dry-run] [--json]
 *
 * With no --indicator, every Sotkanet indicator a strategy uses is synced. An indicator Sotkanet
 * says has not changed since the last successful sync (its `data-updated`) is skipped without
 * downloading its data, unless --force. Exit codes as `npm run load`: 0 nothing rejected, 1 rows
 * rejected (the good rows are written), 2 usage error, or an indicator failed (network, Sotkanet).
 * The database is DATABASE_FILE (created with the reference data if missing); Sotkanet is SOTKANET_URL.
 */
import { parseArgs } from 'node:util';
import { readConfig } from '../server/config';
import { openDatabase } from '../server/db/connection';
import { AppError } from '../server/errors';
import { createSotkanetClient } from '../server/sotkanet/sotkanet-client';
import { describeItem, startSotkanetSync } from '../server/sotkanet/sync-service';
import { prepareDatabase } from '../server/setup';

const USAGE = `Usage: npm run sotkanet -- sync [options]

Fetches Sotkanet indicators' values from Sotkanet's REST API (SOTKANET_URL) and loads them.

Options:
  --indicator ID    a Sotkanet indicator id to sync (repeat for more); an indicator not defined
                    here is created from Sotkanet's metadata (check its unit and direction)
  --all-in-use      every Sotkanet indicator a strategy uses (the default when no --indicator)
  --force           download even where Sotkanet says nothing has changed since the last sync
  --dry-run         download and compare; write nothing
  --user NAME       who is syncing (recorded with the loads; default: $USER)
  --json            print the result as JSON
  --help            this text

Exit codes: 0 nothing rejected, 1 rows rejected, 2 usage error or an indicator failed (network, Sotkanet).`;

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

function parseOptions() {
  return parseArgs({
    allowPositionals: true,
    options: {
      indicator: { type: 'string', multiple: true },
      'all-in-use': { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      user: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
}
let parsed: ReturnType<typeof parseOptions>;
try {
  parsed = parseOptions();
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
const { values: options, positionals } = parsed;
if (options.help) {
  console.log(USAGE);
  process.exit(0);
}
if (positionals[0] !== 'sync' || positionals.length !== 1) fail(positionals.length === 0 ? 'Say what to do: sync.' : `Unknown command: ${positionals.join(' ')}`);
for (const id of options.indicator ?? []) if (!/^\d{1,9}$/.test(id.trim())) fail(`--indicator takes a Sotkanet indicator id (a number such as 1244), not "${id}".`);

let config: ReturnType<typeof readConfig>;
try {
  config = readConfig();
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
const database = openDatabase(config.databaseFile);
try {
  await prepareDatabase(database, { dataDirectory: config.dataDirectory, seedDemoIfEmpty: false });
  const client = createSotkanetClient({ baseUrl: config.sotkanet.baseUrl, timeoutMs: config.sotkanet.timeoutMs });
  const started = Date.now();
  const showProgress = !options.json;
  if (showProgress) console.log(`Sotkanet sync from ${client.baseUrl}${options['dry-run'] ? ' (dry run: nothing is written)' : ''}`);
  const { runId, done } = await startSotkanetSync(
    { db: database.db, databaseFile: database.file, dataDirectory: config.dataDirectory },
    {
      sotkanetIds: options.indicator ?? [],
      allInUse: options['all-in-use'],
      force: options.force,
      dryRun: options['dry-run'],
      trigger: 'COMMAND_LINE',
      startedBy: options.user ?? process.env.USER ?? 'command line',
      client,
      onProgress: (item) => {
        if (!showProgress || !['SYNCED', 'UNCHANGED', 'FAILED'].includes(item.state)) return;
        const name = item.indicatorCode ? `${item.indicatorCode}` : `Sotkanet ${item.sotkanetId}`;
        const load = item.report?.loadId ? ` (load ${item.report.loadId})` : '';
        console.log(`  ${name}: ${describeItem(item)}${load}`);
      },
    },
  );
  const result = await done;
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (options.json) console.log(JSON.stringify({ ...result, seconds: Number(seconds) }, null, 2));
  else console.log(`${runId ? `Run ${runId}: ` : ''}${result.message} (${seconds} s)`);
  process.exitCode = result.failed > 0 ? 2 : result.rejected > 0 ? 1 : 0;
} catch (error) {
  if (error instanceof AppError) {
    console.error(error.message);
    process.exitCode = 2;
  } else throw error;
} finally {
  await database.close();
}
