import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { JUDGING_LIMITS } from '../app';
import { findAreas } from '../areas/area-repository';
import { CallerSlots } from '../common/caller-slots';
import { createGoal } from '../strategy/goal-service';
import { createPerspective, createStrategy } from '../strategy/strategy-service';
import { firstError, startTestServer, type TestServer } from '../test/test-server';
import { callerOf } from './judging-limits';

/**
 * The judging queries' limits over real HTTP: an operation that would judge too much is refused
 * before any work, and one caller's judging requests beyond its share wait or are refused while
 * other callers are served.
 */

const GOALS = 40;
const HEAT_MAP = `query ($s: ID!, $codes: [String!], $asOf: String) {
  attainmentMatrix(strategyId: $s, areaCodes: $codes, asOf: $asOf) { rows { area { code } statuses } } }`;

/** A strategy of the dashboard's largest size here: 40 goals (no indicators: judging them is quick). */
async function buildStrategy(server: TestServer, organisationCode = 'HVA12'): Promise<string> {
  const { db } = server.database;
  const strategy = await createStrategy(db, { organisationCode, name: { fi: 'Iso strategia' }, startYear: 2026, endYear: 2029, baselineYear: 2021 });
  const perspective = await createPerspective(db, { strategyId: String(strategy.id), name: { fi: 'Näkökulma' } });
  for (let index = 0; index < GOALS; index += 1) await createGoal(db, { perspectiveId: String(perspective.id), title: { fi: `Tavoite ${index}` } });
  return String(strategy.id);
}

/** A moment not asked about before: never answered from the response cache. */
let moment = Date.parse('2030-01-01T00:00:00Z');
const freshAsOf = () => new Date(moment++).toISOString();

describe('the cost of an operation', () => {
  let server: TestServer;
  let strategyId: string;
  let municipalities: string[];
  beforeAll(async () => {
    server = await startTestServer();
    strategyId = await buildStrategy(server);
    municipalities = (await findAreas(server.database.db, { kind: 'MUNICIPALITY' })).map((area) => area.code);
  });
  afterAll(() => server.close());

  test('a heat map of all 308 municipalities × 40 goals, the dashboard’s largest request, is answered', async () => {
    expect(municipalities).toHaveLength(308);
    const result = await server.graphql<any>(HEAT_MAP, { s: strategyId, codes: municipalities, asOf: freshAsOf() });
    expect(result.errors).toBeUndefined();
    expect(result.data.attainmentMatrix.rows).toHaveLength(308);
    expect(result.data.attainmentMatrix.rows[0].statuses).toHaveLength(GOALS);
  });

  test('three such heat maps in one operation are refused before any work, naming the cost and the limit', async () => {
    const aliased = `query ($s: ID!, $codes: [String!]) {
      a: attainmentMatrix(strategyId: $s, areaCodes: $codes) { rows { statuses } }
      b: attainmentMatrix(strategyId: $s, areaCodes: $codes) { rows { statuses } }
      c: attainmentMatrix(strategyId: $s, areaCodes: $codes) { rows { statuses } } }`;
    server.resetStatementCount();
    const result = await server.graphql<any>(aliased, { s: strategyId, codes: municipalities });
    expect(server.lastStatus()).toBe(400);
    expect(result.data).toBeUndefined();
    expect(result.errors).toHaveLength(1);
    const cost = 3 * 308 * GOALS;
    expect(result.errors![0]!.extensions).toMatchObject({ code: 'COST_LIMIT_EXCEEDED', cost, limit: JUDGING_LIMITS.maxCost });
    expect(result.errors![0]!.message).toContain(`would judge ${cost.toLocaleString('en')} area × goal cells, more than the limit of 25,000`);
    // Counting it read the strategy, its goals and the areas; judging would have read far more.
    expect(server.statementCount()).toBeLessThanOrEqual(5);
  });

  test('fragments and inline fragments are counted too', async () => {
    const hidden = `query ($s: ID!, $codes: [String!]) { ...Maps ... on Query { c: attainmentMatrix(strategyId: $s, areaCodes: $codes) { rows { statuses } } } }
      fragment Maps on Query { a: attainmentMatrix(strategyId: $s, areaCodes: $codes) { rows { statuses } } b: attainmentMatrix(strategyId: $s, areaCodes: $codes) { rows { statuses } } }`;
    const result = await server.graphql(hidden, { s: strategyId, codes: municipalities });
    expect(firstError(result).code).toBe('COST_LIMIT_EXCEEDED');
  });

  test('an area judged from its municipalities costs each of them: the country counts 308 + 1 areas', async () => {
    const country = (aliases: number) =>
      `query ($s: ID!) { ${Array.from({ length: aliases }, (_, index) => `a${index}: attainment(strategyId: $s, areaCode: "SSS", asOf: "${freshAsOf()}") { status }`).join(' ')} }`;
    const two = await server.graphql<any>(country(2), { s: strategyId });
    expect(two.errors).toBeUndefined(); // 2 × 309 × 40 = 24,720
    const three = await server.graphql<any>(country(3), { s: strategyId });
    expect(three.errors?.[0]?.extensions).toMatchObject({ code: 'COST_LIMIT_EXCEEDED', cost: 3 * 309 * GOALS });
  });

  test('the default heat map counts the organisation’s municipalities (Pirkanmaa: 23)', async () => {
    const pirkanmaa = await buildStrategy(server, 'HVA08');
    const aliases = Math.floor(JUDGING_LIMITS.maxCost / (23 * GOALS)) + 1;
    const query = `query ($s: ID!) { ${Array.from({ length: aliases }, (_, index) => `m${index}: attainmentMatrix(strategyId: $s) { asOf }`).join(' ')} }`;
    const result = await server.graphql<any>(query, { s: pirkanmaa });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'COST_LIMIT_EXCEEDED', cost: aliases * 23 * GOALS });
  });
});

describe('judging requests at once', () => {
  const slots = new CallerSlots({ perCaller: 1, waitingPerCaller: 2, overall: 3, waitingOverall: 8 });
  let server: TestServer;
  let strategyId: string;
  beforeAll(async () => {
    server = await startTestServer({ judging: { slots } });
    strategyId = await buildStrategy(server);
  });
  afterAll(() => server.close());

  const heatMap = (as: Parameters<TestServer['graphql']>[2]) => server.graphql<any>(HEAT_MAP, { s: strategyId, codes: ['491', '593'], asOf: freshAsOf() }, as);

  /** Sends a request and tells whether it has been answered yet. */
  function inFlight<T>(request: Promise<T>) {
    const state = { answered: false, answer: request.finally(() => (state.answered = true)) };
    return state;
  }

  async function until(condition: () => boolean): Promise<void> {
    for (let waited = 0; !condition(); waited += 10) {
      if (waited > 10_000) throw new Error('timed out waiting');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  test('one caller’s request beyond its share waits, one more is refused, and another caller is served meanwhile', async () => {
    const viewer = callerOf(server.users.VIEWER, undefined);
    // The viewer's one slot is taken, as by a judgement of theirs still running.
    const running = await slots.acquire(viewer);
    try {
      const waiting = inFlight(heatMap('VIEWER'));
      const alsoWaiting = inFlight(heatMap('VIEWER'));
      await until(() => slots.stateOf(viewer).waiting === 2);

      const refused = await heatMap('VIEWER');
      expect(server.lastStatus()).toBe(429);
      expect(refused.data).toBeUndefined();
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', limit: 'caller' });
      expect(refused.errors?.[0]?.message).toContain('at most 1 run and 2 wait');

      // Another caller's judgement, and the viewer's own other requests, are answered meanwhile.
      const other = await heatMap('ANALYST');
      expect(other.errors).toBeUndefined();
      expect(other.data.attainmentMatrix.rows).toHaveLength(2);
      expect((await server.data(`{ viewer { displayName } }`, {}, 'VIEWER')).viewer.displayName).toBe('Test VIEWER');
      expect(waiting.answered).toBe(false);

      running();
      for (const answer of [await waiting.answer, await alsoWaiting.answer]) {
        expect(answer.errors).toBeUndefined();
        expect(answer.data.attainmentMatrix.rows).toHaveLength(2);
      }
    } finally {
      running();
    }
    expect(slots.stateOf(viewer)).toEqual({ running: 0, waiting: 0 });
  });

  test('the same request waiting behind its twin is answered with the twin’s judgement, not judged again', async () => {
    const viewer = callerOf(server.users.VIEWER, undefined);
    const ask = async () => {
      const response = await fetch(`${server.url}graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...server.authHeaders('VIEWER') },
        body: JSON.stringify({ query: HEAT_MAP, variables: { s: strategyId, codes: ['491', '593'], asOf: '2031-06-01T00:00:00Z' } }),
      });
      return { header: response.headers.get('mittaristo-cache'), body: (await response.json()) as any };
    };
    const running = await slots.acquire(viewer);
    let twins: Array<Awaited<ReturnType<typeof ask>>>;
    try {
      const asked = [ask(), ask()];
      await until(() => slots.stateOf(viewer).waiting === 2);
      running();
      twins = await Promise.all(asked);
    } finally {
      running();
    }
    expect(twins.map((twin) => twin.header).sort()).toEqual(['hit', 'miss']);
    expect(twins[0]!.body.errors).toBeUndefined();
    expect(twins[0]!.body).toEqual(twins[1]!.body);
  });

  test('a caller without a user is known by address', async () => {
    const anonymous = callerOf(null, '127.0.0.1');
    const running = await slots.acquire(anonymous);
    try {
      // Waits behind the judgement of the same address, while a signed-in caller from there is served.
      const waiting = inFlight(heatMap('anonymous'));
      await until(() => slots.stateOf(anonymous).waiting === 1);
      expect((await heatMap('VIEWER')).errors).toBeUndefined();
      expect(waiting.answered).toBe(false);
      running();
      expect((await waiting.answer).errors).toBeUndefined();
    } finally {
      running();
    }
  });

  test('with every slot taken, judging waits for one to come free, then runs', async () => {
    const others = ['address:192.0.2.1', 'address:192.0.2.2', 'address:192.0.2.3'];
    const running = await Promise.all(others.map((caller) => slots.acquire(caller)));
    const analyst = callerOf(server.users.ANALYST, undefined);
    try {
      const waiting = inFlight(heatMap('ANALYST'));
      await until(() => slots.stateOf(analyst).waiting === 1);
      expect((await server.data(`{ strategies { id } }`, {}, 'ANALYST')).strategies.length).toBeGreaterThan(0);
      expect(waiting.answered).toBe(false);
      running[0]!();
      expect((await waiting.answer).errors).toBeUndefined();
    } finally {
      for (const release of running) release();
    }
  });

  test('a refused operation gives back no slot it did not take, and a too costly one takes none', async () => {
    const admin = callerOf(server.users.ADMIN, undefined);
    const tooCostly = `query ($s: ID!, $codes: [String!]) { ${['a', 'b', 'c'].map((alias) => `${alias}: attainmentMatrix(strategyId: $s, areaCodes: $codes) { asOf }`).join(' ')} }`;
    const municipalities = (await findAreas(server.database.db, { kind: 'MUNICIPALITY' })).map((area) => area.code);
    expect(firstError(await server.graphql(tooCostly, { s: strategyId, codes: municipalities })).code).toBe('COST_LIMIT_EXCEEDED');
    expect(slots.stateOf(admin)).toEqual({ running: 0, waiting: 0 });
    expect((await heatMap('ADMIN')).errors).toBeUndefined();
    expect(slots.stateOf(admin)).toEqual({ running: 0, waiting: 0 });
  });
});
