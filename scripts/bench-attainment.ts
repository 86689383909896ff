/**
 * Benchmark: attainment at national scale, through HTTP, against the raw-SQL floor.
 *
 *   npx tsx scripts/bench-attainment.ts [--runs 40] [--keep]
 *
 * Builds a database with all 308 municipalities and 23 wellbeing services counties, 300 indicators
 * with 30 annual periods (1995–2024) each, and 20 quarters (2020Q1–2024Q4) more for a fifth of them,
 * and a strategy of 40 goals (120 linked indicators, half with targets) for one county. Then measures:
 *   - the overview query: attainment(strategy, the county) with the fields the dashboard asks for;
 *   - the matrix query: attainmentMatrix(strategy, all 308 municipalities);
 *   - for each, the floor: the same observations read with one hand-written SQL statement on a
 *     prepared better-sqlite3 statement, with nothing else (no GraphQL, no HTTP, no judging).
 * Prints p50/p95 of each and the ratios. A script, not a test: times depend on the machine.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startServer } from '../server/app';
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

async function time<T>(runs: number, run: () => Promise<T> | T): Promise<{ p50: number; p95: number; result: T }> {
  let result = await run(); // warm-up
  const durations: number[] = [];
  for (let index = 0; index < runs; index += 1) {
    const started = performance.now();
    result = await run();
    durations.push(performance.now() - started);
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
        });
      }
    }
  }
}
const buildSeconds = (performance.now() - buildStarted) / 1000;
console.log(`  ${observationCount.toLocaleString('en')} observations, ${areas.length} areas, ${ANNUAL_INDICATORS} annual + ${QUARTERLY_INDICATORS} quarterly indicators in ${buildSeconds.toFixed(1)} s`);

const server = await startServer({ ...config, database: handle, port: 0, host: '127.0.0.1', clientDirectory: join(directory, 'none') });

async function graphql(query: string, variables: Record<string, unknown>): Promise<unknown> {
  const response = await fetch(`${server.url}graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { errors?: unknown[]; data: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

// The fields the dashboard's overview asks for.
const OVERVIEW = `query ($id: ID!) { attainment(strategyId: $id) { status score coverage
  perspectives { perspective { name { fi sv en } } status score coverage
    goals { goal { id title { fi sv en } } status score coverage availableCount partCount
      indicators { indicator { code name { fi } unit decimals } weight status score progressShare
        baseline { period value } latest { period value } target { period value } values { period value } }
      subGoals { goal { id } status } } } } }`;
const MATRIX = `query ($id: ID!, $areas: [String!]) { attainmentMatrix(strategyId: $id, areaCodes: $areas) {
  areas { code name { fi } } goals { id title { fi } } cells { goalId areaCode status score coverage } } }`;
const municipalityCodes = municipalities.map((area) => area.code);

const overview = await time(RUNS, () => graphql(OVERVIEW, { id: String(strategy.id) }));
const matrix = await time(Math.max(10, Math.floor(RUNS / 2)), () =>
  graphql(MATRIX, { id: String(strategy.id), areas: municipalityCodes }),
);
const matrixCells = (matrix.result as { attainmentMatrix: { cells: unknown[] } }).attainmentMatrix.cells.length;

// The floors: the observations each query judges, read with the same SQL on prepared statements
// returning plain arrays, and nothing else (no GraphQL, no HTTP, no judging).
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
// The heat map reads each series' first and latest value: the repository's own statement (two seeks
// per series, see findSeriesEndpoints), run raw.
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

const row = (label: string, measured: { p50: number; p95: number }, floor: { p50: number; p95: number }, target: number) =>
  `${label.padEnd(26)} p50 ${measured.p50.toFixed(1).padStart(7)} ms  p95 ${measured.p95.toFixed(1).padStart(7)} ms` +
  `   floor p50 ${floor.p50.toFixed(1).padStart(6)} ms  p95 ${floor.p95.toFixed(1).padStart(6)} ms` +
  `   ratio p50 ${(measured.p50 / floor.p50).toFixed(1).padStart(5)}×  p95 ${(measured.p95 / floor.p95).toFixed(1).padStart(5)}×` +
  `   target p95 < ${target} ms: ${measured.p95 < target ? 'met' : 'MISSED'}`;

console.log(`\nAttainment benchmark (${RUNS} runs after a warm-up; Node ${process.version}, SQLite ${(sqlite.prepare('select sqlite_version() as v').get() as { v: string }).v})`);
console.log(`  overview: strategy of ${GOALS} goals / ${GOALS * LINKS_PER_GOAL} indicators for ${COUNTY}; floor reads ${overviewFloor.result} observations`);
console.log(`  matrix: ${matrixCells} cells (${GOALS} goals × ${municipalities.length} municipalities); floor reads ${matrixFloor.result.toLocaleString('en')} observations`);
console.log(row('overview (HTTP, GraphQL)', overview, overviewFloor, 100));
console.log(row('matrix (HTTP, GraphQL)', matrix, matrixFloor, 300));

await server.close();
await handle.close();
if (options.keep) console.log(`Database kept at ${file}`);
else rmSync(directory, { recursive: true, force: true });

