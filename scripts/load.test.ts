/**
 * The command-line door, run as a real child process on a temporary database file: its exit codes
 * (0 nothing rejected, 1 rows rejected, 2 usage error), what it writes and what it leaves alone,
 * --create-indicators on the real Sotkanet files, and that a large file loads in bounded memory.
 */
import SqliteDatabase from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PROJECT_ROOT, readConfig } from '../server/config';
import { openDatabase } from '../server/db/connection';
import { createIndicator } from '../server/indicators/indicator-service';
import type { LoadReport } from '../server/loads/load-model';
import { SOTKANET_DEMO_INDICATORS } from '../server/demo/demo-indicators';
import { createSotkanetIndicators } from '../server/loads/sotkanet-indicator-service';
import { excerpt } from '../server/loads/record-validation';
import { REAL_FILES } from '../server/loads/test-support';
import { prepareDatabase } from '../server/setup';

interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `npm run load -- ...args` (the script itself, without npm's noise) against `databaseFile`. */
function runCli(databaseFile: string, args: string[], nodeOptions: string[] = []): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeOptions, '--import', 'tsx', 'scripts/load.ts', ...args], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, DATABASE_FILE: databaseFile, USER: 'cli-tester', NODE_OPTIONS: '' },
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

let directory: string;
beforeAll(() => {
  directory = mkdtempSync(join(tmpdir(), 'mittaristo-cli-test-'));
});
afterAll(() => rmSync(directory, { recursive: true, force: true }));

/** Reads the database the CLI wrote, on a connection of its own (closed before the next run). */
function query<Row>(databaseFile: string, sql: string, ...parameters: unknown[]): Row[] {
  const connection = new SqliteDatabase(databaseFile, { readonly: true });
  try {
    return connection.prepare(sql).all(...parameters) as Row[];
  } finally {
    connection.close();
  }
}

const counts = (databaseFile: string) =>
  query<{ observations: number; loads: number; indicators: number }>(
    databaseFile,
    `select (select count(*) from observation) as observations, (select count(*) from load) as loads,
            (select count(*) from indicator) as indicators`,
  )[0];

const currentValue = (databaseFile: string, indicator: string, area: string, period: string) =>
  query<{ value: number | null }>(
    databaseFile,
    `select o.value from observation o join indicator i on i.id = o.indicator_id join area a on a.id = o.area_id
     where i.code = ? and a.code = ? and o.period = ? and o.superseded_at is null`,
    indicator,
    area,
    period,
  )[0]?.value;

describe('usage errors exit with 2 and touch no database', () => {
  test.concurrent.each([
    ['no file', []],
    ['a file that does not exist', ['no/such/file.csv']],
    ['an unknown option', [REAL_FILES.restCsv, '--bogus']],
    ['an unknown format', [REAL_FILES.restCsv, '--format', 'xlsx']],
  ])('%s', async (name, args) => {
    const databaseFile = join(directory, `usage-${name.replaceAll(' ', '-')}.sqlite`);
    const result = await runCli(databaseFile, args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Usage: npm run load -- FILE/);
    expect(existsSync(databaseFile)).toBe(false);
  });

  test('a file in no known format is a usage error that quotes its first line', async () => {
    const databaseFile = join(directory, 'no-known-format.sqlite');
    const file = join(readConfig({}).dataDirectory, 'municipalities.csv');
    // Its header, shortened as every quoted value is.
    const firstLine = excerpt(readFileSync(file, 'utf8').split(/\r?\n/, 1)[0]);
    expect(firstLine).toMatch(/^code,name_fi,.*\.\.\.$/);
    const result = await runCli(databaseFile, [file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`is in no known format: its first line, "${firstLine}", is none of long-csv, sotkanet-json, sotkanet-csv, sotkanet-portal`);
    expect(result.stderr).toMatch(/Usage: npm run load -- FILE/);
    expect(existsSync(databaseFile)).toBe(false);
  });

  test('--create-indicators on a file without Sotkanet ids is a usage error', async () => {
    const databaseFile = join(directory, 'create-long.sqlite');
    const file = join(directory, 'long.csv');
    await writeLines(file, ['indicator,area,period,value', 'sotkanet:127,091,2009,1']);
    const result = await runCli(databaseFile, [file, '--create-indicators']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/needs a Sotkanet file/);
    expect(counts(databaseFile)).toMatchObject({ observations: 0, loads: 0, indicators: 0 });
  });

  test('a file of no known format exits with 2, says so on its first lines, and does not suggest --write-good-rows', async () => {
    const databaseFile = join(directory, 'unknown-format.sqlite');
    const file = join(directory, 'notes.csv');
    await writeLines(file, ['hello,world', '1,2']);
    const result = await runCli(databaseFile, [file]);
    expect(result.code).toBe(2);
    // Said before any database is touched, quoting the first line; no load, so no advice on its rows.
    expect(result.stderr.split('\n')[0]).toMatch(/^\S*notes\.csv is in no known format: its first line, "hello,world", is none of/);
    expect(result.stdout).not.toMatch(/--write-good-rows/);
    expect(existsSync(databaseFile)).toBe(false);
  });

  test("the portal's .xls: the first line names the workbook's kind, the layout read and the sheet", async () => {
    const databaseFile = join(directory, 'xls.sqlite');
    const xls = join(REAL_FILES.portalExport, '..', 'sotkanet-data.xls');
    const result = await runCli(databaseFile, [xls, '--dry-run']);
    expect(result.code).toBe(1); // its indicators are not defined in this database
    expect(result.stdout.split('\n')[0]).toBe('sotkanet-data.xls (xls:sotkanet-portal, sheet "SOTKAnet"): DRY_RUN');
    const missingSheet = await runCli(databaseFile, [xls, '--sheet', 'Taulukko2']);
    expect(missingSheet.code).toBe(2);
    expect(missingSheet.stderr).toMatch(/sheet: the workbook has no sheet "Taulukko2"; its sheets are "SOTKAnet"/);
  });

  test('--help explains the options and exits with 0', async () => {
    const result = await runCli(join(directory, 'help.sqlite'), ['--help']);
    expect(result).toMatchObject({ code: 0, stdout: expect.stringMatching(/--write-good-rows[\s\S]*Exit codes/) });
  });
});

async function writeLines(path: string, lines: Iterable<string>): Promise<void> {
  const out = createWriteStream(path);
  for (const line of lines) if (!out.write(`${line}\n`)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  out.end();
  await finished(out);
}

describe('loading the real Sotkanet REST files', () => {
  let databaseFile: string;
  beforeAll(() => {
    databaseFile = join(directory, 'sotkanet.sqlite');
  });
  const restItems = (JSON.parse(readFileSync(REAL_FILES.restJson, 'utf8')) as unknown[]).length;

  test('an unknown Sotkanet indicator is reported (exit 1) and a dry run writes nothing', async () => {
    const result = await runCli(databaseFile, [REAL_FILES.restCsv, '--dry-run']);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/DRY_RUN/);
    expect(result.stdout).toMatch(/line 2 \(indicator\): Sotkanet indicator 127 is not defined here/);
    expect(counts(databaseFile)).toMatchObject({ observations: 0, loads: 0, indicators: 0 });
  });

  test('--create-indicators --dry-run says what it would create, and creates nothing', async () => {
    const result = await runCli(databaseFile, [REAL_FILES.restJson, '--create-indicators', '--dry-run']);
    expect(result.stderr).toMatch(/Would create 1 indicator\(s\) from Sotkanet's metadata: sotkanet:127/);
    expect(result.code).toBe(1);
    expect(counts(databaseFile)).toMatchObject({ observations: 0, loads: 0, indicators: 0 });
  });

  test('--create-indicators creates the indicator; the areas Sotkanet has and we do not still reject the load', async () => {
    const result = await runCli(databaseFile, [REAL_FILES.restJson, '--create-indicators', '--json', '--user', 'analyst']);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as LoadReport;
    expect(report).toMatchObject({ status: 'REJECTED', format: 'sotkanet-json', inserted: 0 });
    expect(report.rejectionsByCode).toMatchObject({ FORMER_AREA: expect.any(Number), UNSUPPORTED_AREA: expect.any(Number) });
    expect(report.rejectionsByCode.UNKNOWN_INDICATOR).toBeUndefined();
    expect(counts(databaseFile)).toMatchObject({ observations: 0, loads: 1, indicators: 1 });
    expect(query(databaseFile, `select created_by, status, file_name from load`)).toEqual([
      { created_by: 'analyst', status: 'REJECTED', file_name: 'SotkaIndicatorData.json' },
    ]);
  });

  test('--write-good-rows writes the rest and still exits with 1 for the rejected rows', async () => {
    const result = await runCli(databaseFile, [REAL_FILES.restJson, '--write-good-rows', '--json']);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as LoadReport;
    expect(report.status).toBe('COMMITTED');
    expect(report.inserted + report.rejected).toBe(restItems);
    expect(counts(databaseFile)).toMatchObject({ observations: report.inserted, loads: 2 });
    expect(currentValue(databaseFile, 'sotkanet:127', '091', '2009')).toBe(583350);
    expect(currentValue(databaseFile, 'sotkanet:127', 'SSS', '2009')).toBe(5351427);
    expect(query(databaseFile, `select created_by from load where id = ?`, report.loadId)).toEqual([{ created_by: 'cli-tester' }]);
  });

  test('the same values from the REST CSV change nothing', async () => {
    const before = counts(databaseFile);
    const result = await runCli(databaseFile, [REAL_FILES.restCsv, '--write-good-rows']);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(new RegExp(`COMMITTED, load 3\\n  Inserted 0, updated 0, unchanged ${before?.observations}; rejected`));
    expect(counts(databaseFile)).toMatchObject({ observations: before?.observations, loads: 3 });
  });

  test('a clean file exits with 0: --dry-run writes nothing, the load writes a new version', async () => {
    const file = join(directory, 'helsinki.csv');
    await writeLines(file, ['indicator;area;period;value', 'sotkanet:127;091;2009;583351', 'sotkanet:127;091;2010;588549']);
    const before = counts(databaseFile);

    const dryRun = await runCli(databaseFile, [file, '--dry-run']);
    expect(dryRun).toMatchObject({ code: 0, stdout: expect.stringMatching(/Would insert 1, updated 1, unchanged 0; rejected 0/) });
    expect(counts(databaseFile)).toEqual(before);

    const written = await runCli(databaseFile, [file]);
    expect(written).toMatchObject({ code: 0, stdout: expect.stringMatching(/Inserted 1, updated 1, unchanged 0; rejected 0/) });
    expect(currentValue(databaseFile, 'sotkanet:127', '091', '2009')).toBe(583351);
    // The revised value is a new version; the old one is kept.
    expect(counts(databaseFile)?.observations).toBe((before?.observations ?? 0) + 2);
  });

  test('a refused file says that nothing was written, and why, line by line', async () => {
    const file = join(directory, 'one-bad-row.csv');
    await writeLines(file, ['indicator;area;period;value', 'sotkanet:127;091;2011;591000', 'sotkanet:127;091;2012;lots']);
    const before = counts(databaseFile);
    const result = await runCli(databaseFile, [file]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/REJECTED, load \d+\n {2}Nothing written; rejected 1 /);
    expect(result.stdout).not.toMatch(/inserted/i);
    expect(result.stdout).toMatch(/line 3 \(value\): /);
    expect(counts(databaseFile)?.observations).toBe(before?.observations);
  });

  test('--format overrides detection', async () => {
    const result = await runCli(databaseFile, [REAL_FILES.restCsv, '--format', 'long-csv', '--dry-run', '--json']);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as LoadReport;
    expect(report).toMatchObject({ format: 'long-csv', rejected: 1, rejections: [{ line: 1, code: 'MALFORMED_FILE' }] });
  });
});

describe('a format named for a file whose first line is not its header writes nothing', () => {
  let databaseFile: string;
  beforeAll(async () => {
    databaseFile = join(directory, 'forced-formats.sqlite');
    const database = openDatabase(databaseFile);
    await prepareDatabase(database, { dataDirectory: readConfig({}).dataDirectory, seedDemoIfEmpty: false });
    // Every indicator of the portal export and of the REST files: the values would have somewhere to go.
    for (const { input } of SOTKANET_DEMO_INDICATORS) await createIndicator(database.db, input);
    await createSotkanetIndicators(database.db, ['127'], readConfig({}).dataDirectory, { dryRun: false });
    await database.close();
  });

  const portal = readFileSync(REAL_FILES.portalExport, 'utf8').split('\n');
  const restCsv = readFileSync(REAL_FILES.restCsv, 'utf8').split('\r\n');
  // Real values in the long format, from the portal export's row of Akaa for indicator 1244.
  const akaa = (portal.find((line) => line.includes('"1244";"Akaa"')) ?? '').split(';');
  const longRows = (portal[0] ?? '')
    .split(';')
    .flatMap((year, column) => (column >= 5 && akaa[column] ? [`sotkanet:1244;020;${year};${akaa[column]?.replace('.', ',')}`] : []));

  test.each([
    // Cut from the export at line 585, a row of euros ending in 1809;2036: read as the header, it
    // wrote the other rows' last values as values for the year 2036.
    ['sotkanet-portal', 'the portal export from line 585', portal.slice(584).join('\n'), '"Child guidance and family counselling, operating expenditure, 1000 euro;5812;Tu…"'],
    ['sotkanet-csv', 'the REST CSV without its header', restCsv.slice(1).join('\r\n'), '"127;69;2009;total;2406;"'],
    ['sotkanet-json', 'the REST CSV', restCsv.join('\r\n'), '"indicator;region;year;gender;primary value;absolute value"'],
    ['long-csv', 'long rows of real values without their header', longRows.join('\r\n'), `"${longRows[0]}"`],
  ])('--format %s --write-good-rows on %s: refused, quoting the first line', async (format, _name, content, quoted) => {
    const file = join(directory, `headerless-${format}.csv`);
    await writeLines(file, [content]);
    const before = counts(databaseFile);
    const result = await runCli(databaseFile, [file, '--format', format, '--write-good-rows', '--json']);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as LoadReport;
    expect(report).toMatchObject({ status: 'REJECTED', format, inserted: 0, updated: 0, rejected: 1, rejections: [{ line: 1, code: 'MALFORMED_FILE' }] });
    expect(report.rejections[0]?.reason).toContain(quoted);
    expect(counts(databaseFile)).toEqual({ ...before, loads: (before?.loads ?? 0) + 1 });
  });

  test('the text report says that nothing was written, without suggesting --write-good-rows again', async () => {
    const file = join(directory, 'headerless-sotkanet-portal.csv');
    const result = await runCli(databaseFile, [file, '--format', 'sotkanet-portal', '--write-good-rows']);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/REJECTED, load \d+\n {2}Nothing written: no row could be loaded; rejected 1\n {2}line 1 \(header\): the first line is not the header/);
    expect(result.stdout).not.toMatch(/--write-good-rows/);
  });
});

describe('a large file', () => {
  const HEAP_MB = 48;
  const FILE_MB = 50;
  let databaseFile: string;
  let file: string;
  let rows = 0;
  beforeAll(async () => {
    databaseFile = join(directory, 'large.sqlite');
    const database = openDatabase(databaseFile);
    await prepareDatabase(database, { dataDirectory: readConfig({}).dataDirectory, seedDemoIfEmpty: false });
    await createIndicator(database.db, {
      code: 'test:monthly',
      name: { fi: 'Kuukausittainen' },
      unit: 'kpl',
      decimals: 1,
      direction: 'LOWER_IS_BETTER',
      frequency: 'MONTH',
      source: 'test',
    });
    const municipalities = database.sqlite.prepare(`select code from area where kind = 'MUNICIPALITY'`).pluck().all() as string[];
    await database.close();

    // ~50 MB in few rows, so it loads in seconds: each value has 4,000 leading zeros (a valid number).
    const padding = '0'.repeat(4000);
    file = join(directory, 'large.csv');
    const lines = function* () {
      yield 'indicator,area,period,value';
      for (let bytes = 0; bytes < FILE_MB * 1024 * 1024; rows += 1) {
        const month = Math.floor(rows / municipalities.length);
        const line = `test:monthly,${municipalities[rows % municipalities.length]},${1900 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')},${padding}${rows % 100}.5`;
        bytes += line.length + 1;
        yield line;
      }
    };
    await writeLines(file, lines());
  });

  /** The child's peak resident memory, which it reports as it exits. */
  const reportPeakMemory = ['--import', 'data:text/javascript,process.on("exit",()=>process.stderr.write("maxRSS="+process.resourceUsage().maxRSS+"\\n"))'];
  const peakKilobytes = (result: CliResult) => Number(/maxRSS=(\d+)/.exec(result.stderr)?.[1]);

  test(`loads ${FILE_MB} MB in a ${HEAP_MB} MB heap, its memory near that of a tiny file (it streams)`, async () => {
    const tiny = join(directory, 'tiny.csv');
    await writeLines(tiny, ['indicator,area,period,value', 'test:monthly,091,2099-01,1']);
    const baseline = await runCli(databaseFile, [tiny, '--dry-run'], reportPeakMemory);
    expect(baseline.code).toBe(0);

    // A load that held the file (a 50 MB string and its rows) could not run in this heap at all.
    const large = await runCli(databaseFile, [file, '--json'], [`--max-old-space-size=${HEAP_MB}`, ...reportPeakMemory]);
    expect(large.stderr).not.toMatch(/heap out of memory/);
    expect(large.code).toBe(0);
    expect(JSON.parse(large.stdout)).toMatchObject({ status: 'COMMITTED', inserted: rows, rejected: 0 });
    expect(counts(databaseFile)?.observations).toBe(rows);
    expect(peakKilobytes(large)).toBeLessThan(3 * peakKilobytes(baseline));
  });
});
