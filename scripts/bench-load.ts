/**
 * Benchmark: loading a large long CSV through the load service, against the bare-insert floor.
 *
 *   npm run bench:load [-- --rows 5000000]
 *
 * 1. Generates a long CSV (monthly values of 160 indicators for the 308 municipalities).
 * 2. In a child process, loads it with the service behind `npm run load` (parse, validate, stage,
 *    check duplicates, compare with the current values, write in one transaction) into a fresh
 *    database; reports the time and the child's peak RSS.
 * 3. In another child, inserts the same rows with one bare better-sqlite3 prepared statement in one
 *    transaction into a fresh database with the same schema: the floor.
 * Prints rows/s, peak RSS and the ratio. Targets: at least half the floor's rate, peak RSS < 500 MB.
 * A script, not a test: times depend on the machine.
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { createIndicator } from '../server/indicators/indicator-service';
import { readConfig } from '../server/config';
import { openDatabase, type DatabaseHandle } from '../server/db/connection';
import { loadFile } from '../server/loads/load-file-service';
import { prepareDatabase } from '../server/setup';

const { values: options } = parseArgs({
  options: {
    rows: { type: 'string', default: '5000000' },
    phase: { type: 'string' },
    file: { type: 'string' },
    database: { type: 'string' },
  },
});
const ROWS = Number(options.rows);
const INDICATORS = 160;
const config = readConfig({});

/** A fresh database with the reference data and the benchmark's indicators (monthly, 0–100). */
async function prepareBenchmarkDatabase(file: string) {
  const handle = openDatabase(file);
  await prepareDatabase(handle, { dataDirectory: config.dataDirectory, seedDemoIfEmpty: false });
  for (let index = 0; index < INDICATORS; index += 1) {
    await createIndicator(handle.db, {
      code: `bench:m${String(index).padStart(3, '0')}`,
      name: { fi: `Kuukausimittari ${index}` },
      unit: '%',
      decimals: 1,
      direction: 'HIGHER_IS_BETTER',
      minValue: 0,
      maxValue: 100,
      frequency: 'MONTH',
      source: 'benchmark',
    });
  }
  return handle;
}

async function loadPhase(file: string, database: string): Promise<void> {
  const handle = await prepareBenchmarkDatabase(database);
  const started = performance.now();
  const report = await loadFile({ databaseFile: handle.file, db: handle.db }, file, {
    fileName: 'bench.csv',
    createdBy: 'bench',
    dataDirectory: config.dataDirectory,
  });
  const seconds = (performance.now() - started) / 1000;
  await handle.close();
  if (report.status !== 'COMMITTED' || report.inserted !== ROWS) {
    throw new Error(`unexpected report: ${report.status}, ${report.inserted} inserted, ${report.rejected} rejected`);
  }
  console.log(JSON.stringify({ seconds, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
}

function municipalityCodes(handle: DatabaseHandle): string[] {
  return handle.sqlite.prepare(`select code from area where kind = 'MUNICIPALITY' order by code`).pluck().all() as string[];
}

async function floorPhase(database: string): Promise<void> {
  const handle = await prepareBenchmarkDatabase(database);
  const { sqlite } = handle;
  const municipalities = municipalityCodes(handle);
  const indicatorIds = new Map(
    (sqlite.prepare(`select code, id from indicator`).all() as Array<{ code: string; id: number }>).map((row) => [row.code, row.id]),
  );
  const areaIds = new Map((sqlite.prepare(`select code, id from area`).all() as Array<{ code: string; id: number }>).map((row) => [row.code, row.id]));
  const loadId = Number(
    sqlite.prepare(`insert into load (recorded_at, created_by, file_name, format, status) values (?, 'bench', 'floor', 'bare', 'COMMITTED')`).run(Date.now())
      .lastInsertRowid,
  );
  const insert = sqlite.prepare(
    `insert into observation (indicator_id, area_id, service_area_id, period, recorded_at, value, load_id) values (?, ?, 0, ?, ?, ?, ?)`,
  );
  const recordedAt = Date.now();
  const started = performance.now();
  sqlite.transaction(() => {
    for (const row of generateRows(municipalities)) {
      insert.run(indicatorIds.get(row.indicator), areaIds.get(row.area), row.period, recordedAt, row.value, loadId);
    }
  })();
  const seconds = (performance.now() - started) / 1000;
  await handle.close();
  console.log(JSON.stringify({ seconds, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
}

/** The benchmark's rows, deterministic: indicator × municipality × month, values 0–100. */
function* generateRows(municipalities: readonly string[]): Generator<{ indicator: string; area: string; period: string; value: number }> {
  let count = 0;
  for (let indicator = 0; indicator < INDICATORS; indicator += 1) {
    for (const area of municipalities) {
      for (let month = 0; count < ROWS; month += 1) {
        const year = 2010 + Math.floor(month / 12);
        const period = `${year}-${String((month % 12) + 1).padStart(2, '0')}`;
        yield { indicator: `bench:m${String(indicator).padStart(3, '0')}`, area, period, value: ((indicator * 7 + month * 13 + area.charCodeAt(2)) % 1000) / 10 };
        count += 1;
        if (month === 119) break; // ten years a series
      }
      if (count >= ROWS) return;
    }
  }
  if (count < ROWS) throw new Error(`only ${count} rows can be generated; raise INDICATORS`);
}

function childRun(phase: 'load' | 'floor', file: string, database: string): { seconds: number; maxRssMb: number } {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(import.meta.url), '--phase', phase, '--file', file, '--database', database, '--rows', String(ROWS)],
    { encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' }, maxBuffer: 16 * 1024 * 1024 },
  );
  if (result.status !== 0) throw new Error(`${phase} failed:\n${result.stderr}`);
  const lastLine = result.stdout.trim().split('\n').at(-1) ?? '';
  return JSON.parse(lastLine) as { seconds: number; maxRssMb: number };
}

if (options.phase) {
  const file = options.file as string;
  const database = options.database as string;
  if (options.phase === 'load') await loadPhase(file, database);
  else await floorPhase(database);
} else {
  const directory = mkdtempSync(join(tmpdir(), 'mittaristo-bench-load-'));
  try {
    // The municipalities of the area classification, as the phases' databases will have them.
    const reference = openDatabase(':memory:');
    await prepareDatabase(reference, { dataDirectory: config.dataDirectory, seedDemoIfEmpty: false });
    const municipalities = municipalityCodes(reference);
    await reference.close();

    const file = join(directory, 'bench.csv');
    console.log(`Generating ${ROWS.toLocaleString('en')} rows…`);
    const out = createWriteStream(file);
    out.write('indicator,area,period,value\n');
    for (const row of generateRows(municipalities)) {
      if (!out.write(`${row.indicator},${row.area},${row.period},${row.value}\n`)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
    }
    await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
    console.log(`  ${(statSync(file).size / 1024 / 1024).toFixed(0)} MB`);

    const load = childRun('load', file, join(directory, 'load.sqlite'));
    const floor = childRun('floor', file, join(directory, 'floor.sqlite'));
    const rate = (seconds: number) => ROWS / seconds;
    console.log(`\nLoad benchmark (${ROWS.toLocaleString('en')} rows; Node ${process.version})`);
    console.log(
      `  load service (CLI path)  ${load.seconds.toFixed(1).padStart(6)} s  ${Math.round(rate(load.seconds)).toLocaleString('en').padStart(9)} rows/s  peak RSS ${Math.round(load.maxRssMb)} MB`,
    );
    console.log(
      `  bare prepared insert     ${floor.seconds.toFixed(1).padStart(6)} s  ${Math.round(rate(floor.seconds)).toLocaleString('en').padStart(9)} rows/s  peak RSS ${Math.round(floor.maxRssMb)} MB`,
    );
    const ratio = rate(load.seconds) / rate(floor.seconds);
    console.log(`  ratio ${ratio.toFixed(2)} of the floor (target ≥ 0.50: ${ratio >= 0.5 ? 'met' : 'MISSED'}); peak RSS < 500 MB: ${load.maxRssMb < 500 ? 'met' : 'MISSED'}`);
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}
