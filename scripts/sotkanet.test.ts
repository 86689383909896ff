/**
 * `npm run sotkanet -- sync` as a real child process, against the local Sotkanet stand-in (built from
 * data/) on a temporary database file: what it loads, its exit codes, and that a second sync with
 * nothing changed at Sotkanet downloads no data.
 */
import SqliteDatabase from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PROJECT_ROOT, readConfig } from '../server/config';
import { openDatabase } from '../server/db/connection';
import { SOTKANET_DEMO_INDICATORS } from '../server/demo/demo-indicators';
import { createIndicator } from '../server/indicators/indicator-service';
import { prepareDatabase } from '../server/setup';
import { type FakeSotkanet, startFakeSotkanet } from '../server/sotkanet/test-support/fake-sotkanet';

interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runCli(databaseFile: string, args: string[], sotkanetUrl: string): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/sotkanet.ts', ...args], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, DATABASE_FILE: databaseFile, SOTKANET_URL: sotkanetUrl, USER: 'cli-tester', NODE_OPTIONS: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

function query<Row>(databaseFile: string, sql: string, ...parameters: unknown[]): Row[] {
  const connection = new SqliteDatabase(databaseFile, { readonly: true });
  try {
    return connection.prepare(sql).all(...parameters) as Row[];
  } finally {
    connection.close();
  }
}

const value = (databaseFile: string, indicator: string, area: string, period: string) =>
  query<{ value: number | null }>(
    databaseFile,
    `select o.value from observation o join indicator i on i.id = o.indicator_id join area a on a.id = o.area_id
     where i.code = ? and a.code = ? and o.period = ? and o.superseded_at is null`,
    indicator,
    area,
    period,
  )[0]?.value;

let directory: string;
let fake: FakeSotkanet;
beforeAll(async () => {
  directory = mkdtempSync(join(tmpdir(), 'mittaristo-sotkanet-cli-'));
  fake = await startFakeSotkanet({ dataDirectory: readConfig({}).dataDirectory });
});
afterAll(async () => {
  await fake.close();
  rmSync(directory, { recursive: true, force: true });
});

describe('sync --indicator 1244 into a database that does not exist yet', () => {
  let databaseFile: string;
  beforeAll(() => {
    databaseFile = join(directory, 'new.sqlite');
  });

  test('creates the database and the indicator, loads the demo file\'s values, exits with 0', async () => {
    const result = await runCli(databaseFile, ['sync', '--indicator', '1244'], fake.baseUrl);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe(`Sotkanet sync from ${fake.baseUrl}`);
    expect(result.stdout).toMatch(/sotkanet:1244: created sotkanet:1244 from Sotkanet's metadata .*; inserted 6733, updated 0, unchanged 0, rejected 0 \(load 1\)/);
    // data/SOURCES.md §2a: indicator 1244, Helsinki 2015 → 1.6, 2022 → 1.5, 2023 → 1.4.
    expect(value(databaseFile, 'sotkanet:1244', '091', '2015')).toBe(1.6);
    expect(value(databaseFile, 'sotkanet:1244', '091', '2022')).toBe(1.5);
    expect(value(databaseFile, 'sotkanet:1244', '091', '2023')).toBe(1.4);
    expect(query(databaseFile, `select created_by, format, status from load`)).toEqual([{ created_by: 'cli-tester', format: 'sotkanet-api', status: 'COMMITTED' }]);
    expect(query(databaseFile, `select actor, action from audit_event`)).toEqual([{ actor: 'cli-tester', action: 'sotkanetSync' }]);
  });

  test('a second sync with nothing changed downloads no data, writes no load, exits with 0', async () => {
    fake.reset();
    const result = await runCli(databaseFile, ['sync', '--indicator', '1244'], fake.baseUrl);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/sotkanet:1244: unchanged at Sotkanet since 2025-04-23; nothing downloaded/);
    expect(fake.requests).toEqual(['/indicators/1244']);
    expect(query(databaseFile, `select count(*) as n from load`)).toEqual([{ n: 1 }]);
  });

  test('--json prints the result', async () => {
    const result = await runCli(databaseFile, ['sync', '--indicator', '1244', '--force', '--json'], fake.baseUrl);
    expect(result.code).toBe(0);
    const printed = JSON.parse(result.stdout) as { items: Array<{ state: string; report: { unchanged: number } }>; failed: number };
    expect(printed).toMatchObject({ failed: 0, items: [{ state: 'SYNCED', report: { inserted: 0, updated: 0, unchanged: 6733 } }] });
  });
});

describe('exit codes', () => {
  test('rows rejected exit with 1, the good rows written: the export\'s impossible −2 (Haapajärvi 2000)', async () => {
    const databaseFile = join(directory, 'demo-indicators.sqlite');
    const database = openDatabase(databaseFile);
    await prepareDatabase(database, { dataDirectory: readConfig({}).dataDirectory, seedDemoIfEmpty: false });
    // The demo's definitions, whose percentages may not go below 0.
    for (const { input } of SOTKANET_DEMO_INDICATORS) await createIndicator(database.db, input);
    await database.close();
    const result = await runCli(databaseFile, ['sync', '--indicator', '1886', '--indicator', '1872'], fake.baseUrl);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/rejected 1\b/);
    const rejections = query<{ value: string; reason_code: string }>(databaseFile, `select value, reason_code from load_rejection`);
    expect(rejections).toEqual([{ value: '-2', reason_code: 'OUT_OF_RANGE' }]);
    expect(value(databaseFile, 'sotkanet:1886', '091', '2015')).toBeTypeOf('number');
  });

  test('an indicator Sotkanet does not have exits with 2 and says so', async () => {
    const databaseFile = join(directory, 'missing.sqlite');
    const result = await runCli(databaseFile, ['sync', '--indicator', '999999'], fake.baseUrl);
    expect(result.code).toBe(2);
    expect(result.stdout).toMatch(/Sotkanet 999999: failed: Sotkanet no longer has indicator 999999 \(404/);
  });

  test.each([
    ['no command', []],
    ['an unknown command', ['fetch']],
    ['an id that is not a number', ['sync', '--indicator', 'kela']],
    ['an unknown option', ['sync', '--everything']],
  ])('usage error (%s) exits with 2 and touches no database', async (name, args) => {
    const databaseFile = join(directory, `usage-${name.replaceAll(' ', '-')}.sqlite`);
    const result = await runCli(databaseFile, args, fake.baseUrl);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Usage: npm run sotkanet -- sync/);
    expect(existsSync(databaseFile)).toBe(false);
  });

  test('with no indicator named and none in use, there is nothing to do (exit 0)', async () => {
    const result = await runCli(join(directory, 'empty.sqlite'), ['sync'], fake.baseUrl);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/no Sotkanet indicator to sync/);
  });
});
