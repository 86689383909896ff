import SqliteDatabase from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ParsedItem } from '../loads/load-model';
import { runLoad } from '../loads/load-service';
import { createTestGoal, createTestIndicator, createTestPerspective, createTestStrategy, linkTestIndicator } from '../test/factories';
import { type Caller, firstError, ROLES, startTestServer, type TestServer } from '../test/test-server';

/**
 * The response cache over real HTTP: a repeated judging request is answered without running it, and
 * every kind of change — a mutation, a load on its own connection, a write from another process —
 * is seen by the next request.
 */
async function* mikkeli(code: string, rows: Array<[string, string]>): AsyncGenerator<ParsedItem> {
  yield { record: { line: 2, indicator: { code }, areaCode: '491', cells: rows.map(([period, value]) => ({ field: 'value', period, value })) } };
}

const ATTAINMENT = `query ($id: ID!) { attainment(strategyId: $id, areaCode: "491") {
  status score perspectives { goals { goal { title { fi } } status indicators { latest { period value } target { period value } } } } } }`;
const MATRIX = `query ($id: ID!) { attainmentMatrix(strategyId: $id, areaCodes: ["491", "593"]) { rows { area { code } statuses scores } } }`;

/** A strategy with one goal measured by one indicator, with Mikkeli's values 2.0 (2020) and 1.6 (2022). */
async function buildStrategy(server: TestServer): Promise<{ strategyId: string; code: string }> {
  const strategyId = await createTestStrategy(server, { baselineYear: 2020 });
  const goalId = await createTestGoal(server, await createTestPerspective(server, strategyId), { title: { fi: 'Alkuperäinen' } });
  const code = await createTestIndicator(server, { direction: 'LOWER_IS_BETTER' });
  await linkTestIndicator(server, goalId, code);
  await runLoad(server.database.file, mikkeli(code, [['2020', '2.0'], ['2022', '1.6']]), { fileName: 'a.csv', format: 'test', createdBy: 'test' });
  return { strategyId, code };
}

function onlyIndicator(attainment: any) {
  return attainment.perspectives[0].goals[0].indicators[0];
}

describe('with reading open to everyone', () => {
  let server: TestServer;
  let strategyId: string;
  let code: string;
  beforeAll(async () => {
    server = await startTestServer();
    ({ strategyId, code } = await buildStrategy(server));
  });
  afterAll(() => server.close());

  async function ask(query = ATTAINMENT) {
    server.resetStatementCount();
    const result = await server.graphql<any>(query, { id: strategyId }, 'anonymous');
    return { result, statements: server.statementCount(), header: server.lastCacheHeader() };
  }

  test('a repeated request gets the same answer from the cache, reading only the data version', async () => {
    const first = await ask();
    expect(first.header).toBe('miss');
    expect(first.statements).toBeGreaterThan(5);
    const second = await ask();
    expect(second.header).toBe('hit');
    expect(second.statements).toBe(1);
    expect(second.result).toEqual(first.result);
    expect(onlyIndicator(first.result.data.attainment).latest).toEqual({ period: '2022', value: 1.6 });
  });

  test('the heat map is cached too, under its own key', async () => {
    const first = await ask(MATRIX);
    const second = await ask(MATRIX);
    expect([first.header, second.header]).toEqual(['miss', 'hit']);
    expect(second.result).toEqual(first.result);
    expect(first.result.data.attainmentMatrix.rows.map((row: any) => row.area.code)).toEqual(['491', '593']);
  });

  test('a mutation changes the next answer', async () => {
    await ask();
    await server.data(`mutation ($s: ID!, $c: String!) { createTarget(input: { strategyId: $s, indicatorCode: $c, points: [{ period: "2027", value: 1.0 }] }) { id } }`, {
      s: strategyId,
      c: code,
    });
    const after = await ask();
    expect(after.header).toBe('miss');
    expect(onlyIndicator(after.result.data.attainment).target).toEqual({ period: '2027', value: 1 });
  });

  test('a load, written on a connection of its own, changes the next answer', async () => {
    await ask();
    await runLoad(server.database.file, mikkeli(code, [['2023', '1.2']]), { fileName: 'b.csv', format: 'test', createdBy: 'test' });
    const after = await ask();
    expect(after.header).toBe('miss');
    expect(onlyIndicator(after.result.data.attainment).latest).toEqual({ period: '2023', value: 1.2 });
  });

  test('a write by another process (here: another connection) changes the next answer', async () => {
    await ask();
    const other = new SqliteDatabase(server.database.file);
    try {
      other.prepare(`update goal set title_fi = 'Muutettu' where title_fi = 'Alkuperäinen'`).run();
    } finally {
      other.close();
    }
    const after = await ask();
    expect(after.header).toBe('miss');
    expect(after.result.data.attainment.perspectives[0].goals[0].goal.title.fi).toBe('Muutettu');
  });

  test('using a token again within the hour keeps the cache (its last use is kept to the hour)', async () => {
    await server.data(`{ viewer { username } }`, {}, 'VIEWER'); // the first use is recorded
    await ask();
    await server.data(`{ viewer { username } }`, {}, 'VIEWER');
    expect((await ask()).header).toBe('hit');
  });

  test('an operation asking for anything else as well is not cached', async () => {
    const mixed = `query ($id: ID!) { attainment(strategyId: $id, areaCode: "491") { status } strategies { id } }`;
    await ask(mixed);
    const second = await ask(mixed);
    expect(second.header).toBeNull();
    expect(second.statements).toBeGreaterThan(1);
  });

  test('an answer with errors is not kept', async () => {
    const unknownArea = `query ($id: ID!) { attainment(strategyId: $id, areaCode: "999") { status } }`;
    const first = await ask(unknownArea);
    const second = await ask(unknownArea);
    expect(firstError(second.result)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'areaCode' });
    expect([first.header, second.header]).toEqual(['miss', 'miss']);
  });
});

test('with sign-in required, an anonymous caller is refused although a signed-in caller’s answer is cached', async () => {
  const server = await startTestServer({ requireSignIn: true });
  try {
    const { strategyId } = await buildStrategy(server);
    await server.data(ATTAINMENT, { id: strategyId }, 'VIEWER');
    await server.data(ATTAINMENT, { id: strategyId }, 'VIEWER');
    expect(server.lastCacheHeader()).toBe('hit');
    const anonymous = await server.graphql(ATTAINMENT, { id: strategyId }, 'anonymous');
    expect(server.lastCacheHeader()).not.toBe('hit');
    expect(anonymous.data).toBeNull();
    expect(firstError(anonymous).code).toBe('UNAUTHENTICATED');
  } finally {
    await server.close();
  }
});

describe('no answer crosses callers', () => {
  let server: TestServer;
  let strategyId: string;
  beforeAll(async () => {
    server = await startTestServer();
    ({ strategyId } = await buildStrategy(server));
    // The goal is owned by the goal owner, who has an API token named "tests" (as every test user has).
    const goalId = (await server.data<any>(`query ($id: ID!) { strategy(id: $id) { goals { id } } }`, { id: strategyId })).strategy.goals[0].id;
    await server.data(`mutation ($id: ID!, $owner: ID!) { updateGoal(id: $id, input: { ownerUserId: $owner }) { id } }`, {
      id: goalId,
      owner: String(server.users.GOAL_OWNER.id),
    });
    // A token's first use is recorded, which moves the data version: done here, so that the tests'
    // own requests (within the hour) leave it be.
    for (const role of ROLES) await server.data(`{ viewer { id } }`, {}, role);
  });
  afterAll(() => server.close());

  /** The goal owner's account, reached from a judged answer: shown to the owner and to admins only. */
  const OWNER_ACCOUNT = `query ($id: ID!) { attainment(strategyId: $id, areaCode: "491") {
    strategy { goals { ownerUser { displayName username apiTokens { name } } } } } }`;

  async function ask(as: Caller) {
    const result = await server.graphql<any>(OWNER_ACCOUNT, { id: strategyId }, as);
    return { result, text: JSON.stringify(result), header: server.lastCacheHeader() };
  }

  /** Whatever was kept can no longer be served: the next answer of each caller is computed. */
  function forgetKeptAnswers() {
    server.database.sqlite.prepare(`update data_version set value = value + 1 where id = 1`).run();
  }

  const ownerAccount = () => ({ displayName: 'Test GOAL_OWNER', username: server.users.GOAL_OWNER.username, apiTokens: [{ name: 'tests' }] });

  test.each([
    ['an admin, then an anonymous caller', 'ADMIN', 'anonymous'],
    ['an anonymous caller, then an admin', 'anonymous', 'ADMIN'],
    ['the owner, then another signed-in user', 'GOAL_OWNER', 'VIEWER'],
    ['another signed-in user, then the owner', 'VIEWER', 'GOAL_OWNER'],
  ] as const)('%s asking the same get each their own answer', async (_label, first, second) => {
    forgetKeptAnswers();
    const answers = new Map<Caller, Awaited<ReturnType<typeof ask>>>();
    answers.set(first, await ask(first));
    answers.set(second, await ask(second));
    // Asked again, each gets their own answer back, from the cache where it had no errors.
    for (const caller of [first, second]) {
      const again = await ask(caller);
      expect(again.result).toEqual(answers.get(caller)!.result);
    }
    for (const [caller, { result, text, header }] of answers) {
      if (caller === 'ADMIN' || caller === 'GOAL_OWNER') {
        expect(result.errors).toBeUndefined();
        expect(result.data.attainment.strategy.goals[0].ownerUser).toEqual(ownerAccount());
        expect(header).toBe('miss');
      } else {
        expect(header).not.toBe('hit');
        expect(firstError(result).code).toBe(caller === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
        expect(text).not.toContain(server.users.GOAL_OWNER.username);
        expect(text).not.toContain('"tests"');
      }
    }
  });

  test('what every caller may see is kept for each caller apart, and served to that caller', async () => {
    forgetKeptAnswers();
    const shared = `query ($id: ID!) { attainment(strategyId: $id, areaCode: "491") { status strategy { goals { ownerUser { displayName } } } } }`;
    const headers: Array<[Caller, string | null]> = [];
    for (const caller of ['anonymous', 'VIEWER', 'anonymous', 'VIEWER', 'ADMIN'] as const) {
      const result = await server.data<any>(shared, { id: strategyId }, caller);
      expect(result.attainment.strategy.goals[0].ownerUser).toEqual({ displayName: 'Test GOAL_OWNER' });
      headers.push([caller, server.lastCacheHeader()]);
    }
    expect(headers).toEqual([
      ['anonymous', 'miss'],
      ['VIEWER', 'miss'],
      ['anonymous', 'hit'],
      ['VIEWER', 'hit'],
      ['ADMIN', 'miss'],
    ]);
  });
});
