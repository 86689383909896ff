/**
 * Benchmark: does a trivial request stay fast while heavy judging requests flood the server?
 *
 *   npm run bench:flood [-- --seconds 10 --clients 4 --aliases 30 --samples 300]
 *   (BENCH_PORT=n: the server's port; default any free one)
 *
 * Starts the real server in a process of its own on a fresh demo database (all 308 municipalities,
 * the demo strategy) on the loopback interface, then measures, over kept-alive HTTP connections:
 *   1. alone: a trivial GraphQL query (`{ __typename }`) and `GET /healthz`, `--samples` of each,
 *      sent at a steady pace whether or not earlier ones are answered;
 *   2. flood: the same, while `--clients` clients each send, one after another, a heat map of all 308
 *      municipalities under `--aliases` aliases with a fresh `asOf` each time (so no answer can come
 *      from the cache), for `--seconds` seconds;
 *   3. flood with the most aliases the server accepts (found by asking with fewer and fewer until one
 *      is answered), when that is fewer than `--aliases`: the heaviest flood that gets through.
 * Prints p50/p95/max of the trivial requests in each phase, and how the flood's requests ended
 * (answered, refused as too costly, refused as too many at once, other). The flooding clients run in
 * a process of their own (this script again, with --flood-child), so that handling their answers does
 * not delay this process's timing of the trivial requests. Bounded in time and count, it stops by
 * itself and removes its database. A script, not a test: times depend on the machine.
 */
import { fork } from 'node:child_process';
import http from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { percentile, startServerProcess } from './bench-server';

const { values: options } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    clients: { type: 'string', default: '4' },
    aliases: { type: 'string', default: '30' },
    samples: { type: 'string', default: '300' },
    // Internal: run as the flooding clients' process (see floodInChild).
    'flood-child': { type: 'string' },
  },
});
const FLOOD_SECONDS = Number(options.seconds);
const CLIENTS = Number(options.clients);
const ALIASES = Number(options.aliases);
const SAMPLES = Number(options.samples);
/** Per flood client: however fast refusals come, it stops after this many requests. */
const MAX_REQUESTS_PER_CLIENT = 2_000;
/** A request not answered by then is given up (and counted as "other"). */
const REQUEST_TIMEOUT_MS = 120_000;
/** How often the trivial client sends a request: often enough to sample, too seldom to load the server. */
const SAMPLE_INTERVAL_MS = 20;

/** What the flooding clients' process is told. */
interface FloodOrder {
  port: string;
  aliases: number;
  strategyId: string;
  municipalityCodes: string[];
  /** Where its fresh `asOf` moments start (apart from the main process's). */
  firstMoment: number;
}

/** The server's port: the main process starts the server, the flooding process is told it. */
let port = '';

interface Answer {
  status: number;
  /** The answer's first bytes: enough to tell data from errors without decoding megabytes. */
  head: string;
  bytes: number;
}

/**
 * One request on a kept-alive agent, resolving when its last byte has arrived. Node's fetch
 * (undici) was not used: its client-side work would be counted as the server's.
 */
function request(agent: http.Agent, method: 'GET' | 'POST', path: string, body?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers: http.OutgoingHttpHeaders = body === undefined ? {} : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) };
    const outgoing = http.request({ host: '127.0.0.1', port, path, method, agent, headers, timeout: REQUEST_TIMEOUT_MS }, (response) => {
      let head = '';
      let bytes = 0;
      response.on('data', (chunk: Buffer) => {
        if (head.length < 4_000) head += chunk.toString('utf8', 0, Math.min(chunk.length, 4_000));
        bytes += chunk.length;
      });
      response.on('end', () => resolve({ status: response.statusCode ?? 0, head, bytes }));
      response.on('error', reject);
    });
    outgoing.on('timeout', () => outgoing.destroy(new Error('timed out')));
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

/** The demo's strategy, its goal count and every municipality's code, asked from the server. */
async function readDemo(): Promise<{ strategyId: string; goalCount: number; municipalityCodes: string[] }> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  try {
    const data = async <T>(query: string): Promise<T> => {
      const answer = await request(agent, 'POST', '/graphql', JSON.stringify({ query }));
      const parsed = JSON.parse(answer.head) as { data?: T; errors?: unknown };
      if (!parsed.data || parsed.errors) throw new Error(`setup query failed: ${answer.head.slice(0, 500)}`);
      return parsed.data;
    };
    const { strategies } = await data<{ strategies: Array<{ id: string }> }>('{ strategies { id } }');
    const strategyId = strategies[0]?.id;
    if (!strategyId) throw new Error('the demo has no strategy');
    const { strategy } = await data<{ strategy: { goals: unknown[] } }>(`{ strategy(id: "${strategyId}") { goals { id } } }`);
    // The municipality list is a few kilobytes: read whole, not through the 4 kB head.
    const municipalityCodes = await new Promise<string[]>((resolve, reject) => {
      const body = JSON.stringify({ query: '{ areas(kind: MUNICIPALITY) { code } }' });
      const outgoing = http.request(
        { host: '127.0.0.1', port, path: '/graphql', method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
        (response) => {
          let text = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => {
            text += chunk;
          });
          response.on('end', () => resolve((JSON.parse(text) as { data: { areas: Array<{ code: string }> } }).data.areas.map((area) => area.code)));
        },
      );
      outgoing.on('error', reject);
      outgoing.end(body);
    });
    return { strategyId, goalCount: strategy.goals.length, municipalityCodes };
  } finally {
    agent.destroy();
  }
}

function floodQuery(aliases: number): string {
  const fields = Array.from(
    { length: aliases },
    (_, index) => `m${index}: attainmentMatrix(strategyId: $strategyId, areaCodes: $areaCodes, asOf: $asOf) { rows { area { code } statuses scores coverages } }`,
  );
  return `query Flood($strategyId: ID!, $areaCodes: [String!], $asOf: String) {\n  ${fields.join('\n  ')}\n}`;
}

/**
 * A moment no one has asked about yet, after every demo value was recorded: a cache miss, judged with
 * all the data. The flooding process counts from a moment of its own, a year later.
 */
let moment = Date.now() + 24 * 60 * 60 * 1000;
const freshAsOf = () => new Date(moment++).toISOString();
const FLOOD_MOMENTS_FROM = 365 * 24 * 60 * 60 * 1000;

type Outcome = 'answered' | 'too costly' | 'too many at once' | 'other';
function outcomeOf(answer: Answer): Outcome {
  // Apollo writes `errors` before `data`: an answer that starts with data has no errors.
  if (answer.status === 200 && answer.head.startsWith('{"data":')) return 'answered';
  const code = /"code":"([A-Z_]+)"/.exec(answer.head)?.[1];
  if (code === 'COST_LIMIT_EXCEEDED') return 'too costly';
  if (code === 'TOO_MANY_REQUESTS') return 'too many at once';
  return 'other';
}

interface Latencies {
  graphql: number[];
  healthz: number[];
  /**
   * Trivial requests that failed. A server whose event loop is blocked for longer than its
   * keep-alive timeout (5 s) closes idle connections as soon as it wakes, even one a request has
   * just arrived on: the client sees the connection reset.
   */
  failed: number;
  /**
   * How late this process's own event loop ran meanwhile (p99, ms): its timings include that, so a
   * large value (a busy machine, or this process's own work) says the figures overstate the server's.
   */
  ownDelayP99: number;
}

/**
 * Samples the trivial requests until `until` says stop (or `count` of each are sent): one every
 * SAMPLE_INTERVAL_MS, alternately `{ __typename }` and `/healthz`, whether or not the ones before
 * have been answered, as people arrive. (Waiting for each answer before sending the next would take
 * one sample per stall and hide how long the stall kept everyone waiting.) Kept-alive connections,
 * reused when free.
 */
async function sampleTrivial(until: () => boolean, count = Number.POSITIVE_INFINITY): Promise<Latencies> {
  const agent = new http.Agent({ keepAlive: true });
  const trivial = JSON.stringify({ query: '{ __typename }' });
  const latencies: Latencies = { graphql: [], healthz: [], failed: 0, ownDelayP99: 0 };
  const ownDelay = monitorEventLoopDelay({ resolution: 5 });
  ownDelay.enable();
  async function timed(into: number[], method: 'GET' | 'POST', path: string, body?: string): Promise<void> {
    const started = performance.now();
    try {
      const answer = await request(agent, method, path, body);
      if (answer.status !== 200) throw new Error(`${method} ${path} answered ${answer.status}: ${answer.head.slice(0, 300)}`);
      into.push(performance.now() - started);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ECONNRESET') throw error;
      latencies.failed += 1;
    }
  }
  const sent: Array<Promise<void>> = [];
  for (let index = 0; !until() && index < 2 * count; index += 1) {
    sent.push(index % 2 === 0 ? timed(latencies.graphql, 'POST', '/graphql', trivial) : timed(latencies.healthz, 'GET', '/healthz'));
    await new Promise((resolve) => setTimeout(resolve, SAMPLE_INTERVAL_MS));
  }
  await Promise.all(sent);
  agent.destroy();
  ownDelay.disable();
  latencies.ownDelayP99 = ownDelay.percentile(99) / 1e6;
  return latencies;
}

interface FloodResult {
  outcomes: Record<Outcome, number>;
  /** Heat maps answered per second (each alias of an answered request counts). */
  heatMapsPerSecond: number;
  seconds: number;
}

/** `CLIENTS` clients sending the flood query one request after another until the time is up. */
async function flood(order: FloodOrder): Promise<FloodResult> {
  const query = floodQuery(order.aliases);
  const deadline = performance.now() + FLOOD_SECONDS * 1000;
  const outcomes: Record<Outcome, number> = { answered: 0, 'too costly': 0, 'too many at once': 0, other: 0 };
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
      for (let sent = 0; sent < MAX_REQUESTS_PER_CLIENT && performance.now() < deadline; sent += 1) {
        const body = JSON.stringify({ query, variables: { strategyId: order.strategyId, areaCodes: order.municipalityCodes, asOf: freshAsOf() } });
        try {
          outcomes[outcomeOf(await request(agent, 'POST', '/graphql', body))] += 1;
        } catch {
          outcomes.other += 1;
        }
      }
      agent.destroy();
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return { outcomes, heatMapsPerSecond: (outcomes.answered * order.aliases) / seconds, seconds };
}

/** Runs flood() in a child process (this script with --flood-child) and resolves with what it reports. */
function floodInChild(order: FloodOrder): Promise<FloodResult> {
  const child = fork(import.meta.filename, ['--flood-child', JSON.stringify(order), '--seconds', String(FLOOD_SECONDS), '--clients', String(CLIENTS)], {
    execArgv: ['--import', 'tsx'],
  });
  return new Promise((resolve, reject) => {
    child.once('message', (result) => resolve(result as FloodResult));
    child.once('exit', (code) => reject(new Error(`the flooding process ended (${code}) without a result`)));
  });
}

async function underFlood(aliases: number, demo: Awaited<ReturnType<typeof readDemo>>): Promise<{ trivial: Latencies; flood: FloodResult }> {
  let flooding = true;
  const running = floodInChild({ port, aliases, strategyId: demo.strategyId, municipalityCodes: demo.municipalityCodes, firstMoment: moment + FLOOD_MOMENTS_FROM }).finally(() => {
    flooding = false;
  });
  // Sampling starts with the flood and ends when its last request has ended.
  const trivial = await sampleTrivial(() => !flooding);
  return { trivial, flood: await running };
}

/** The most aliases (at most `ALIASES`) with which the flood query is answered, or 0. */
async function largestAccepted(demo: Awaited<ReturnType<typeof readDemo>>): Promise<number> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  try {
    for (let aliases = ALIASES; aliases > 0; aliases -= 1) {
      const body = JSON.stringify({ query: floodQuery(aliases), variables: { strategyId: demo.strategyId, areaCodes: demo.municipalityCodes, asOf: freshAsOf() } });
      const outcome = outcomeOf(await request(agent, 'POST', '/graphql', body));
      if (outcome === 'answered') return aliases;
      if (outcome !== 'too costly') throw new Error(`probing with ${aliases} aliases: ${outcome}`);
    }
    return 0;
  } finally {
    agent.destroy();
  }
}

const format = (value: number) => `${value.toFixed(1).padStart(7)} ms`;
function describe(label: string, values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  return `  ${label.padEnd(16)} p50 ${format(percentile(sorted, 0.5))}  p95 ${format(percentile(sorted, 0.95))}  max ${format(sorted.at(-1) ?? Number.NaN)}  (${sorted.length} requests)   p95 < 100 ms: ${percentile(sorted, 0.95) < 100 ? 'met' : 'MISSED'}`;
}
function describeTrivial(latencies: Latencies): string[] {
  return [
    describe('{ __typename }', latencies.graphql),
    describe('GET /healthz', latencies.healthz),
    ...(latencies.failed > 0 ? [`  ${latencies.failed} trivial requests failed (connection reset)`] : []),
    `  (this benchmark's own event loop ran up to ${latencies.ownDelayP99.toFixed(1)} ms late at p99: the timings include that)`,
  ];
}
function describeFlood(result: FloodResult): string {
  const parts = Object.entries(result.outcomes).map(([outcome, count]) => `${count} ${outcome}`);
  return `  flood requests: ${parts.join(', ')} in ${result.seconds.toFixed(1)} s; ${result.heatMapsPerSecond.toFixed(1)} heat maps answered per second`;
}

if (options['flood-child'] !== undefined) {
  const order = JSON.parse(options['flood-child']) as FloodOrder;
  port = order.port;
  moment = order.firstMoment;
  process.send?.(await flood(order));
  process.exit(0);
}

const directory = mkdtempSync(join(tmpdir(), 'mittaristo-flood-'));
console.log('Starting the server on a new demo database…');
const server = await startServerProcess({ DATABASE_FILE: join(directory, 'demo.sqlite'), PORT: process.env.BENCH_PORT ?? '0', SEED_DEMO: '1' });
port = server.port;
try {
  const demo = await readDemo();
  const cells = demo.municipalityCodes.length * demo.goalCount;
  console.log(
    `\nFlood benchmark (Node ${process.version}; demo strategy: ${demo.goalCount} goals; heat map of ${demo.municipalityCodes.length} municipalities = ${cells.toLocaleString('en')} cells)`,
  );
  const alone = await sampleTrivial(() => false, SAMPLES);
  console.log('alone:');
  for (const line of describeTrivial(alone)) console.log(line);

  const heavy = await underFlood(ALIASES, demo);
  console.log(`with ${CLIENTS} clients flooding ${ALIASES}-alias heat maps, each with a fresh asOf, for ${FLOOD_SECONDS} s:`);
  for (const line of describeTrivial(heavy.trivial)) console.log(line);
  console.log(describeFlood(heavy.flood));

  const accepted = await largestAccepted(demo);
  if (accepted > 0 && accepted < ALIASES) {
    const heaviest = await underFlood(accepted, demo);
    console.log(`with ${CLIENTS} clients flooding ${accepted}-alias heat maps (the most aliases the server accepts), each with a fresh asOf, for ${FLOOD_SECONDS} s:`);
    for (const line of describeTrivial(heaviest.trivial)) console.log(line);
    console.log(describeFlood(heaviest.flood));
  } else if (accepted === ALIASES) {
    console.log(`(${ALIASES} aliases are accepted: there is no lighter flood to measure)`);
  }
} finally {
  server.stop();
  // The server removes nothing of its database on exit; wait for it to let go of the files.
  await new Promise((resolve) => setTimeout(resolve, 500));
  rmSync(directory, { recursive: true, force: true });
}
