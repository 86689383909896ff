/**
 * Benchmark: attainment at national scale, through HTTP, against the raw-SQL floor.
 *
 *   npx tsx scripts/bench-attainment.ts [--runs 40] [--keep]
 *
 * Builds a database with all 308 municipalities and 23 wellbeing services counties, 300 indicators
 * with 30 annual periods (1995–2024) each, and 20 quarters (2020Q1–2024Q4) more for a fifth of them,
 * and a strategy of 40 goals (120 linked indicators, half with targets) for one county. Then measures,
 * over HTTP with the dashboard's own queries:
 *   - the overview query: attainment(strategy) for its county;
 *   - the heat-map query: attainmentMatrix(strategy, all 308 municipalities);
 * each cold (the data changed just before, so the answer is computed) and warm (the same request
 * again, answered from the response cache); and for each, the floor: the same observations read with
 * one hand-written SQL statement on a prepared better-sqlite3 statement, with nothing else (no
 * GraphQL, no HTTP, no judging). Prints p50/p95, the ratios, and the size of each answer kept.
 * A script, not a test: times depend on the machine.
 */
import { print } from 'graphql';
import { mkdtempSync, rmSync } from 'node:fs';
import { spawn } from 'node:child_process';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { AttainmentMatrixDocument, StrategyAttainmentDocument } from '../client/src/graphql/generated/graphql';
import { CACHE_HEADER } from '../server/graphql/response-cache';
import { findAreas } from '../server/areas/area-repository';
import { readConfig } from '../server/config';
import { openDatabase } from '../server/db/connection';
import { createIndicator } from '../server/indicators/indicator-service';
import { createTarget } from '../server/indicators/target-service';
import { createGoal, linkIndicatorToGoal } from '../server/strategy/goal-service';
import { createPerspective, createStrategy } from '../server/strategy/strategy-service';
import { prepareDatabase } from '../server/setup';

const { values: options } = parseArgs({
  options: { runs: { type: 'string', default: '40' }, keep: { type: 'boolean', default: false } },
});
const RUNS = Number(options.runs);
const WARM_UP = 5;
const ANNUAL_INDICATORS = 300;
/** A fifth of the indicators also have quarterly series: separate indicators, as frequency is the indicator's. */
const QUARTERLY_INDICATORS = ANNUAL_INDICATORS / 5;
const GOALS = 40;
const LINKS_PER_GOAL = 3;
const COUNTY = 'HVA08'; // Pirkanmaa, 23 municipalities
const BASELINE_YEAR = 2015;

function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function percentile(sorted: number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? Number.NaN;
}

/**
 * Runs `run` WARM_UP times untimed, then `runs` times timed; `prepare` goes before each run and
 * `check` after it, both untimed. The warm-up lets V8 optimise the judging code, as it is in a
 * server that has been running a while.
 */
async function time<T>(
  runs: number,
  run: () => Promise<T> | T,
  { prepare, check }: { prepare?: () => void; check?: (result: T) => void } = {},
): Promise<{ p50: number; p95: number; result: T }> {
  let result!: T;
  for (let index = 0; index < WARM_UP; index += 1) {
    prepare?.();
    result = await run();
    check?.(result);
  }
  const durations: number[] = [];
  for (let index = 0; index < runs; index += 1) {
    prepare?.();
    const started = performance.now();
    result = await run();
    durations.push(performance.now() - started);
    check?.(result);
  }
  durations.sort((a, b) => a - b);
  return { p50: percentile(durations, 0.5), p95: percentile(durations, 0.95), result };
}

const directory = mkdtempSync(join(tmpdir(), 'mittaristo-bench-'));
const file = join(directory, 'bench.sqlite');
const config = readConfig({});
const handle = openDatabase(file);
await prepareDatabase(handle, { dataDirectory: config.dataDirectory, seedDemoIfEmpty: false });
const { db, sqlite } = handle;

console.log('Building the national-scale database…');
const buildStarted = performance.now();
const municipalities = await findAreas(db, { kind: 'MUNICIPALITY' });
const counties = await findAreas(db, { kind: 'WELLBEING_COUNTY' });
const areas = [...municipalities, ...counties];
const codes: string[] = [];
for (let index = 0; index < ANNUAL_INDICATORS + QUARTERLY_INDICATORS; index += 1) {
  const quarterly = index >= ANNUAL_INDICATORS;
  const indicator = await createIndicator(db, {
    code: `bench:${String(index).padStart(3, '0')}${quarterly ? 'q' : ''}`,
    name: { fi: `Mittari ${index}` },
    unit: '%',
    decimals: 1,
    direction: index % 2 === 0 ? 'HIGHER_IS_BETTER' : 'LOWER_IS_BETTER',
    naturalLimit: index % 2 === 0 ? 100 : 0,
    frequency: quarterly ? 'QUARTER' : 'YEAR',
    source: 'benchmark',
  });
  codes.push(indicator.code);
}
const indicatorIds = new Map(
  (sqlite.prepare(`select id, code from indicator`).all() as Array<{ id: number; code: string }>).map((row) => [row.code, row.id]),
);
const loadId = Number(
  sqlite
    .prepare(
      `insert into load (recorded_at, created_by, file_name, format, status) values (?, 'bench', 'generated', 'bench', 'COMMITTED')`,
    )
    .run(Date.now()).lastInsertRowid,
);
const recordedAt = Date.now();
const insert = sqlite.prepare(
  `insert into observation (indicator_id, area_id, service_area_id, period, recorded_at, value, load_id) values (?, ?, 0, ?, ?, ?, ?)`,
);
let observationCount = 0;
sqlite.transaction(() => {
  for (const code of codes) {
    const indicatorId = indicatorIds.get(code) as number;
    const quarterly = code.endsWith('q');
    const periods = quarterly
      ? Array.from({ length: 20 }, (_, index) => `${2020 + Math.floor(index / 4)}Q${(index % 4) + 1}`)
      : Array.from({ length: 30 }, (_, index) => String(1995 + index));
    for (const area of areas) {
      const next = random(indicatorId * 100_003 + area.id);
      let value = 20 + next() * 60;
      for (const period of periods) {
        value = Math.min(99, Math.max(1, value + (next() - 0.5) * 4));
        insert.run(indicatorId, area.id, period, recordedAt, Math.round(value * 10) / 10, loadId);
        observationCount += 1;
      }
    }
  }
})();
sqlite.pragma('optimize');
// As a database is at rest after a load: its write-ahead log copied back into the file.
sqlite.pragma('wal_checkpoint(TRUNCATE)');

const county = counties.find((area) => area.code === COUNTY);
if (!county) throw new Error(`no county ${COUNTY}`);
const strategy = await createStrategy(db, {
  organisationCode: COUNTY,
  name: { fi: 'Benchmark strategy' },
  startYear: 2026,
  endYear: 2029,
  baselineYear: BASELINE_YEAR,
});
const pick = random(42);
const linked = [...codes].sort(() => pick() - 0.5).slice(0, GOALS * LINKS_PER_GOAL);
for (let perspectiveIndex = 0; perspectiveIndex < 4; perspectiveIndex += 1) {
  const perspective = await createPerspective(db, { strategyId: String(strategy.id), name: { fi: `Näkökulma ${perspectiveIndex}` } });
  for (let goalIndex = 0; goalIndex < GOALS / 4; goalIndex += 1) {
    const goal = await createGoal(db, { perspectiveId: String(perspective.id), title: { fi: `Tavoite ${perspectiveIndex}.${goalIndex}` } });
    for (let link = 0; link < LINKS_PER_GOAL; link += 1) {
      const code = linked.pop() as string;
      await linkIndicatorToGoal(db, { goalId: String(goal.id), indicatorCode: code, weight: 1 + link });
      if (pick() < 0.5) {
        const quarterly = code.endsWith('q');
        await createTarget(db, {
          strategyId: String(strategy.id),
          indicatorCode: code,
          points: [{ period: quarterly ? '2027Q4' : '2027', value: 50 }],
          // The generated series are random walks: a target of 50 may well be worse than the baseline.
          acknowledgedWarnings: ['WORSE_THAN_BASELINE'],
        });
      }
    }
  }
}
const buildSeconds = (performance.now() - buildStarted) / 1000;
console.log(`  ${observationCount.toLocaleString('en')} observations, ${areas.length} areas, ${ANNUAL_INDICATORS} annual + ${QUARTERLY_INDICATORS} quarterly indicators in ${buildSeconds.toFixed(1)} s`);

// Building left this process with a large heap; collected now, its garbage collector does not
// compete with the server for the machine's two cores while the floors and the server are timed.
(globalThis as { gc?: () => void }).gc?.();
// The floors, measured first, while nothing else runs: the observations each query judges, read
// with the same SQL on prepared statements returning plain arrays, and nothing else (no GraphQL,
// no HTTP, no judging).
const linkedIds = (sqlite.prepare(`select distinct indicator_id from goal_indicator`).all() as Array<{ indicator_id: number }>).map(
  (row) => row.indicator_id,
);
const placeholders = (count: number) => Array(count).fill('?').join(',');
const seriesFilter = (areaCount: number) =>
  `indicator_id in (${placeholders(linkedIds.length)}) and area_id in (${placeholders(areaCount)})
   and service_area_id in (0) and period >= ? and deleted = 0 and value is not null and superseded_at is null`;
// The overview reads the county's whole series from the baseline on (its charts show them).
const overviewStatement = sqlite
  .prepare(`select indicator_id, area_id, service_area_id, period, value from observation where ${seriesFilter(1)}`)
  .raw(true);
// The heat map reads each series' first and latest value: the SQL of findSeriesEndpoints written out
// again here (two seeks per series), run raw on one connection. Keep the two alike.
const endpointOf = (order: 'asc' | 'desc') => `(select period || ' ' || printf('%.17g', value) from observation
  where indicator_id = i and area_id = a and service_area_id = s and period >= ? and period <= last_period
    and deleted = 0 and value is not null and superseded_at is null order by period ${order} limit 1)`;
const endpointStatement = sqlite
  .prepare(
    `with indicators(i, last_period) as (select json_extract(value, '$[0]'), json_extract(value, '$[1]') from json_each(?)),
          areas(a) as (select value from json_each(?)), service_areas(s) as (select value from json_each(?))
     select i, a, s, ${endpointOf('asc')}, ${endpointOf('desc')} from indicators, areas, service_areas`,
  )
  .raw(true);
const municipalityIds = municipalities.map((area) => area.id);
const overviewFloor = await time(RUNS, () => overviewStatement.all(...linkedIds, county.id, String(BASELINE_YEAR)).length);
const matrixFloor = await time(RUNS, () =>
  endpointStatement
    .all(JSON.stringify(linkedIds.map((id) => [id, '9999'])), JSON.stringify(municipalityIds), '[0]', String(BASELINE_YEAR), String(BASELINE_YEAR))
    .reduce((count: number, row: unknown) => {
      const [, , , first, last] = row as unknown[];
      return count + (first === null ? 0 : first === last ? 1 : 2);
    }, 0),
);

// The server runs in a process of its own, as in production: its heap holds none of the build's
// garbage, and the client's work here (sending, parsing answers) is not counted as the server's.
const server = await startServerProcess(file);
// One kept-alive connection, as a browser keeps one. Node's fetch (undici) was not used: it adds
// about 0.8 ms of client-side work per request here, which would be counted as the server's.
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
let cacheHits = 0;

async function startServerProcess(databaseFile: string): Promise<{ port: string; stop(): void }> {
  // With the V8 flag `npm start` gives the server: a 32 MB young generation, in which judging a heat
  // map's 37,000 series makes its short-lived objects (measured: cold heat map p50 −15 ms).
  const child = spawn(process.execPath, ['--max-semi-space-size=32', '--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, DATABASE_FILE: databaseFile, PORT: '0', HOST: '127.0.0.1', SEED_DEMO: '0', NODE_ENV: 'production', NODE_OPTIONS: '' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      output += chunk;
      const running = /running at http:\/\/[^:]+:(\d+)\//.exec(output);
      if (running?.[1]) resolve(running[1]);
    });
    child.once('exit', (code) => reject(new Error(`the server exited (${code}) before it was running:\n${output}`)));
  });
  return { port, stop: () => child.kill('SIGTERM') };
}

/**
 * Posts a query and resolves with the answer's bytes, as they arrived. The time a caller measures
 * ends when the last byte has arrived: decoding and parsing the answer is the client's work (a
 * browser's, in another process), and is left until it is needed.
 */
function graphql(query: string, variables: Record<string, unknown>): Promise<Buffer[]> {
  const body = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: '127.0.0.1', port: server.port, path: '/graphql', method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (response) => {
        if (response.headers[CACHE_HEADER] === 'hit') cacheHits += 1;
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve(chunks));
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

/**
 * Fails on an answer with errors. Apollo writes `errors` before `data`, and the cache keeps only
 * answers without errors, so an answer that starts with `data` has none: checked without decoding
 * half a megabyte in this process between timed requests (its garbage would be collected during them).
 */
function checkAnswer(chunks: Buffer[]): void {
  const start = chunks[0]?.toString('utf8', 0, 8) ?? '';
  if (start !== '{"data":') throw new Error(`the server answered with errors: ${Buffer.concat(chunks).toString('utf8').slice(0, 2000)}`);
}

const answerText = (chunks: Buffer[]) => Buffer.concat(chunks).toString('utf8');

// The dashboard's own queries, as its overview and heat map send them. The heat map is asked for
// all 308 municipalities (the dashboard asks for the county's by default).
const OVERVIEW = print(StrategyAttainmentDocument);
const MATRIX = print(AttainmentMatrixDocument)
  .replace('query AttainmentMatrix(', 'query AttainmentMatrix($areaCodes: [String!], ')
  .replace(/attainmentMatrix\(\s*/, 'attainmentMatrix(areaCodes: $areaCodes, ');
if (!MATRIX.includes('($areaCodes: [String!], ') || !MATRIX.includes('(areaCodes: $areaCodes, ')) throw new Error('the dashboard’s heat-map query has changed shape: update the benchmark');
const municipalityCodes = municipalities.map((area) => area.code);
const overviewVariables = { strategyId: String(strategy.id) };
const matrixVariables = { strategyId: String(strategy.id), areaCodes: municipalityCodes };

// Cold: the data version is moved before each request (outside the timing), as any load or edit
// moves it, so every answer is computed. Warm: the same request again, answered from the cache.
const moveDataVersion = sqlite.prepare(`update data_version set value = value + 1 where id = 1`);
async function coldAndWarm(runs: number, query: string, variables: Record<string, unknown>) {
  const before = cacheHits;
  const cold = await time(runs, () => graphql(query, variables), { prepare: () => moveDataVersion.run(), check: checkAnswer });
  const between = cacheHits;
  const warm = await time(runs, () => graphql(query, variables), { check: checkAnswer });
  // The warm-up requests are counted too.
  return { cold, warm, coldHits: between - before, warmHits: cacheHits - between, requests: runs + WARM_UP, answerBytes: Buffer.concat(warm.result).length };
}

const overview = await coldAndWarm(RUNS, OVERVIEW, overviewVariables);
const matrixRuns = RUNS;
const matrix = await coldAndWarm(matrixRuns, MATRIX, matrixVariables);
type MatrixAnswer = { attainmentMatrix: { goals: unknown[]; rows: Array<{ statuses: unknown[] }> } };
const matrixAnswer = (JSON.parse(answerText(matrix.warm.result)) as { data: MatrixAnswer }).data.attainmentMatrix;
const matrixCells = matrixAnswer.rows.reduce((count, row) => count + row.statuses.length, 0);

type Timing = { p50: number; p95: number };
const milliseconds = (value: number) => `${value.toFixed(1).padStart(6)} ms`;
const row = (label: string, measured: Timing, floor: Timing, target: number) =>
  `  ${label.padEnd(7)} p50 ${milliseconds(measured.p50)}  p95 ${milliseconds(measured.p95)}` +
  `   ratio to floor p50 ${(measured.p50 / floor.p50).toFixed(1).padStart(5)}×  p95 ${(measured.p95 / floor.p95).toFixed(1).padStart(5)}×` +
  `   p95 < ${target} ms: ${measured.p95 < target ? 'met' : 'MISSED'}; within 3× of floor: ${measured.p95 <= 3 * floor.p95 ? 'met' : 'MISSED'}`;
const report = (label: string, measured: Awaited<ReturnType<typeof coldAndWarm>>, floor: Timing, target: number) => [
  `${label}`,
  `  floor   p50 ${milliseconds(floor.p50)}  p95 ${milliseconds(floor.p95)}   (one prepared SQL statement, in process)`,
  `${row('cold', measured.cold, floor, target)}   [${measured.coldHits} of ${measured.requests} from the cache]`,
  `${row('warm', measured.warm, floor, target)}   [${measured.warmHits} of ${measured.requests} from the cache]`,
];

console.log(`\nAttainment benchmark (each timing after ${WARM_UP} untimed runs; Node ${process.version}, SQLite ${(sqlite.prepare('select sqlite_version() as v').get() as { v: string }).v})`);
console.log('cold: the data changed just before (every answer computed); warm: the same request again (answered from the cache)');
for (const line of [
  ...report(
    `overview, HTTP + GraphQL, ${RUNS} runs: ${GOALS} goals / ${GOALS * LINKS_PER_GOAL} indicators for ${COUNTY}; the floor reads ${overviewFloor.result} observations`,
    overview,
    overviewFloor,
    100,
  ),
  ...report(
    `heat map, HTTP + GraphQL, ${matrixRuns} runs: ${matrixCells.toLocaleString('en')} cells (${matrixAnswer.goals.length} goals × ${matrixAnswer.rows.length} municipalities); the floor reads ${matrixFloor.result.toLocaleString('en')} observations`,
    matrix,
    matrixFloor,
    300,
  ),
]) {
  console.log(line);
}
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
console.log(`answers as sent and kept by the cache: overview ${megabytes(overview.answerBytes)}, heat map ${megabytes(matrix.answerBytes)}`);

server.stop();
await handle.close();
if (options.keep) console.log(`Database kept at ${file}`);
else rmSync(directory, { recursive: true, force: true });

