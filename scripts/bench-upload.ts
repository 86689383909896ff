/**
 * Benchmark: how long the server keeps other requests waiting while it loads a large upload and
 * then undoes it.
 *
 *   npm run bench:upload [-- --rows 1500000] [--port 0]
 *
 * Builds a database with 160 monthly indicators and an analyst with an API token, writes a long CSV
 * (1.5 million rows by default, about 50 MB: the default upload limit), starts the server in a
 * process of its own, uploads the file, then loads it (`loadUpload`) and undoes that load
 * (`undoLoad`). During each, `/healthz` is asked again and again, one request after the other.
 * Prints each step's time, how many health checks were answered meanwhile and the longest wait for
 * one: on a server that does the work on its request thread, that wait is as long as the work's
 * longest synchronous stretch. A script, not a test: times depend on the machine.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createApiToken, createUser } from '../server/auth/user-service';
import { readConfig } from '../server/config';
import { openDatabase } from '../server/db/connection';
import { createIndicator } from '../server/indicators/indicator-service';
import { prepareDatabase } from '../server/setup';

const { values: options } = parseArgs({ options: { rows: { type: 'string', default: '1500000' }, port: { type: 'string', default: '0' } } });
const ROWS = Number(options.rows);
const INDICATORS = 160;
const config = readConfig({});
const directory = mkdtempSync(join(tmpdir(), 'mittaristo-bench-upload-'));

async function prepare(databaseFile: string): Promise<{ token: string; municipalities: string[] }> {
  const handle = openDatabase(databaseFile);
  try {
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
    const user = await createUser(handle.db, { username: 'bench', displayName: 'Benchmark', role: 'ANALYST', password: 'benchmark password' });
    const { token } = await createApiToken(handle.db, { userId: String(user.id), name: 'bench' });
    const municipalities = handle.sqlite.prepare(`select code from area where kind = 'MUNICIPALITY' order by code`).pluck().all() as string[];
    return { token, municipalities };
  } finally {
    await handle.close();
  }
}

/** Indicator × municipality × month, ten years a series, values 0–100 (as bench:load writes them). */
async function writeFile(path: string, municipalities: readonly string[]): Promise<void> {
  const out = createWriteStream(path);
  out.write('indicator,area,period,value\n');
  let count = 0;
  for (let indicator = 0; indicator < INDICATORS && count < ROWS; indicator += 1) {
    for (const area of municipalities) {
      for (let month = 0; month < 120 && count < ROWS; month += 1, count += 1) {
        const period = `${2010 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
        const line = `bench:m${String(indicator).padStart(3, '0')},${area},${period},${((indicator * 7 + month * 13 + area.charCodeAt(2)) % 1000) / 10}\n`;
        if (!out.write(line)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
      }
    }
  }
  if (count < ROWS) throw new Error(`only ${count} rows can be generated; raise INDICATORS`);
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
}

async function startServerProcess(databaseFile: string): Promise<{ url: string; stop(): void }> {
  const child = spawn(process.execPath, ['--max-semi-space-size=32', '--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, DATABASE_FILE: databaseFile, PORT: options.port, HOST: '127.0.0.1', SEED_DEMO: '0', NODE_ENV: 'production', NODE_OPTIONS: '' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      output += chunk;
      const running = /running at (http:\/\/[^ ]+\/)/.exec(output);
      if (running?.[1]) resolve(running[1]);
    });
    child.once('exit', (code) => reject(new Error(`the server exited (${code}) before it was running:\n${output}`)));
  });
  return { url, stop: () => child.kill('SIGTERM') };
}

/** Runs `work` while asking /healthz one request after another; the health checks' count and longest wait. */
async function whileAnswering<T>(url: string, work: Promise<T>): Promise<{ result: T; seconds: number; checks: number; longestMs: number }> {
  const started = performance.now();
  let done = false;
  let checks = 0;
  let longestMs = 0;
  const checking = (async () => {
    while (!done) {
      const asked = performance.now();
      // A server that stalled past its keep-alive timeout closes the idle connection as it wakes,
      // under a check just sent on it: that check is asked again, and its wait goes on.
      for (let answered = false; !answered; ) {
        answered = await fetch(`${url}healthz`).then(
          (response) => response.arrayBuffer().then(() => true),
          () => false,
        );
      }
      longestMs = Math.max(longestMs, performance.now() - asked);
      checks += 1;
    }
  })();
  let result: T;
  let seconds: number;
  try {
    result = await work;
    seconds = (performance.now() - started) / 1000;
  } finally {
    done = true;
    // The check asked last may be answered only now, after waiting out the whole of the work.
    await checking;
  }
  return { result, seconds, checks, longestMs };
}

try {
  const databaseFile = join(directory, 'bench.sqlite');
  const file = join(directory, 'bench.csv');
  const { token, municipalities } = await prepare(databaseFile);
  await writeFile(file, municipalities);
  const server = await startServerProcess(databaseFile);
  try {
    const headers = { authorization: `Bearer ${token}` };
    const graphql = async (query: string, variables: Record<string, unknown>) => {
      const response = await fetch(`${server.url}graphql`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      const answer = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
      if (answer.errors) throw new Error(`the server answered with errors: ${JSON.stringify(answer.errors)}`);
      return answer.data ?? {};
    };
    const uploaded = await fetch(`${server.url}api/uploads`, {
      method: 'POST',
      headers: { ...headers, 'x-mittaristo-upload': '1', 'x-file-name': 'bench.csv' },
      body: readFileSync(file),
    });
    const { uploadId } = (await uploaded.json()) as { uploadId: string };

    const load = await whileAnswering(
      server.url,
      graphql(`mutation ($input: LoadUploadInput!) { loadUpload(input: $input) { status inserted load { id } } }`, { input: { uploadId } }),
    );
    const report = load.result.loadUpload as { status: string; inserted: number; load: { id: string } };
    if (report.status !== 'COMMITTED' || report.inserted !== ROWS) throw new Error(`unexpected report: ${JSON.stringify(report)}`);
    const undo = await whileAnswering(server.url, graphql(`mutation ($id: ID!) { undoLoad(id: $id) { id } }`, { id: report.load.id }));

    const line = (name: string, step: { seconds: number; checks: number; longestMs: number }) =>
      `  ${name.padEnd(8)} ${step.seconds.toFixed(1).padStart(6)} s   ${String(step.checks).padStart(6)} health checks answered meanwhile, the longest wait ${Math.round(step.longestMs).toLocaleString('en').padStart(6)} ms`;
    console.log(`\nUpload benchmark (${ROWS.toLocaleString('en')} rows, ${(statSync(file).size / 1024 / 1024).toFixed(0)} MB; Node ${process.version})`);
    console.log(line('load', load));
    console.log(line('undo', undo));
  } finally {
    server.stop();
  }
} finally {
  rmSync(directory, { recursive: true, force: true });
}
