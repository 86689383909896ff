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
 * (answered, refused as too costly, refused as too many at once, other). Bounded in time and count,
 * it stops by itself and removes its database. A script, not a test: times depend on the machine.
 */
import http from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
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

const directory = mkdtempSync(join(tmpdir(), 'mittaristo-flood-'));
console.log('Starting the server on a new demo database…');
const server = await startServerProcess({ DATABASE_FILE: join(directory, 'demo.sqlite'), PORT: process.env.BENCH_PORT ?? '0', SEED_DEMO: '1' });

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
    const outgoing = http.request({ host: '127.0.0.1', port: server.port, path, method, agent, headers, timeout: REQUEST_TIMEOUT_MS }, (response) => {
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

const setupAgent = new http.Agent({ keepAlive: true, maxSockets: 1 });
async function data<T>(query: string): Promise<T> {
  const answer = await request(setupAgent, 'POST', '/graphql', JSON.stringify({ query }));
  const parsed = JSON.parse(answer.head) as { data?: T; errors?: unknown };
  if (!parsed.data || parsed.errors) throw new Error(`setup query failed: ${answer.head.slice(0, 500)}`);
  return parsed.data;
}
const { strategies } = await data<{ strategies: Array<{ id: string }> }>('{ strategies { id } }');
const strategyId = strategies[0]?.id;
if (!strategyId) throw new Error('the demo has no strategy');
// The municipality list is a few kilobytes: read whole, not through the 4 kB head.
const municipalityCodes = await new Promise<string[]>((resolve, reject) => {
  const body = JSON.stringify({ query: '{ areas(kind: MUNICIPALITY) { code } }' });
  const outgoing = http.request(
    { host: '127.0.0.1', port: server.port, path: '/graphql', method: 'POST', agent: setupAgent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
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
const { strategy } = await data<{ strategy: { goals: unknown[] } }>(`{ strategy(id: "${strategyId}") { goals { id } } }`);

function floodQuery(aliases: number): string {
  const fields = Array.from(
    { length: aliases },
    (_, index) => `m${index}: attainmentMatrix(strategyId: $strategyId, areaCodes: $areaCodes, asOf: $asOf) { rows { area { code } statuses scores coverages } }`,
  );
  return `query Flood($strategyId: ID!, $areaCodes: [String!], $asOf: String) {\n  ${fields.join('\n  ')}\n}`;
}

/** A moment no one has asked about yet, after every demo value was recorded: a cache miss, judged with all the data. */
let moment = Date.now() + 24 * 60 * 60 * 1000;
const freshAsOf = () => new Date(moment++).toISOString();

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
  const latencies: Latencies = { graphql: [], healthz: [], failed: 0 };
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
  return latencies;
}

interface FloodResult {
  outcomes: Record<Outcome, number>;
  /** Heat maps answered per second (each alias of an answered request counts). */
  heatMapsPerSecond: number;
  seconds: number;
}

/** `CLIENTS` clients sending the flood query one request after another until the time is up. */
async function flood(aliases: number): Promise<FloodResult> {
  const query = floodQuery(aliases);
  const deadline = performance.now() + FLOOD_SECONDS * 1000;
  const outcomes: Record<Outcome, number> = { answered: 0, 'too costly': 0, 'too many at once': 0, other: 0 };
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
      for (let sent = 0; sent < MAX_REQUESTS_PER_CLIENT && performance.now() < deadline; sent += 1) {
        const body = JSON.stringify({ query, variables: { strategyId, areaCodes: municipalityCodes, asOf: freshAsOf() } });
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
  return { outcomes, heatMapsPerSecond: (outcomes.answered * aliases) / seconds, seconds };
}

async function underFlood(aliases: number): Promise<{ trivial: Latencies; flood: FloodResult }> {
  let flooding = true;
  const running = flood(aliases).finally(() => {
    flooding = false;
  });
  // Sampling starts with the flood and ends when its last request has ended.
  const trivial = await sampleTrivial(() => !flooding);
  return { trivial, flood: await running };
}

/** The most aliases (at most `ALIASES`) with which the flood query is answered, or 0. */
async function largestAccepted(): Promise<number> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  try {
    for (let aliases = ALIASES; aliases > 0; aliases -= 1) {
      const body = JSON.stringify({ query: floodQuery(aliases), variables: { strategyId, areaCodes: municipalityCodes, asOf: freshAsOf() } });
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
  ];
}
function describeFlood(result: FloodResult): string {
  const parts = Object.entries(result.outcomes).map(([outcome, count]) => `${count} ${outcome}`);
  return `  flood requests: ${parts.join(', ')} in ${result.seconds.toFixed(1)} s; ${result.heatMapsPerSecond.toFixed(1)} heat maps answered per second`;
}

try {
  const cells = municipalityCodes.length * strategy.goals.length;
  console.log(`\nFlood benchmark (Node ${process.version}; demo strategy: ${strategy.goals.length} goals; heat map of ${municipalityCodes.length} municipalities = ${cells.toLocaleString('en')} cells)`);
  const alone = await sampleTrivial(() => false, SAMPLES);
  console.log('alone:');
  for (const line of describeTrivial(alone)) console.log(line);

  const heavy = await underFlood(ALIASES);
  console.log(`with ${CLIENTS} clients flooding ${ALIASES}-alias heat maps, each with a fresh asOf, for ${FLOOD_SECONDS} s:`);
  for (const line of describeTrivial(heavy.trivial)) console.log(line);
  console.log(describeFlood(heavy.flood));

  const accepted = await largestAccepted();
  if (accepted > 0 && accepted < ALIASES) {
    const heaviest = await underFlood(accepted);
    console.log(`with ${CLIENTS} clients flooding ${accepted}-alias heat maps (the most aliases the server accepts), each with a fresh asOf, for ${FLOOD_SECONDS} s:`);
    for (const line of describeTrivial(heaviest.trivial)) console.log(line);
    console.log(describeFlood(heaviest.flood));
  } else if (accepted === ALIASES) {
    console.log(`(${ALIASES} aliases are accepted: there is no lighter flood to measure)`);
  }
} finally {
  setupAgent.destroy();
  server.stop();
  // The server removes nothing of its database on exit; wait for it to let go of the files.
  await new Promise((resolve) => setTimeout(resolve, 500));
  rmSync(directory, { recursive: true, force: true });
}
