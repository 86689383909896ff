import { readFileSync } from 'node:fs';
import { buildSchema, getNamedType, isObjectType, type GraphQLNamedType } from 'graphql';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readConfig } from '../config';
import { loadText } from '../loads/test-support';
import { createTestGoal, createTestIndicator, createTestPerspective, createTestStrategy, linkTestIndicator } from '../test/factories';
import { firstError, startTestServer, type TestServer } from '../test/test-server';

/**
 * The service promise judged by its goals (METHOD.md, "The service promise"), in the overview's
 * attainment and on the public page, which anyone may read even where reading requires signing in.
 *
 * The county HVA12's own series, all lower is better, baseline year 2021:
 * - `achieved`: 2.0 (2021) → 1.5 (2023), target 1.8 by 2027: 1.5 ≤ 1.8, TARGET_ACHIEVED, score 5.
 * - `slow`: 2.0 (2021) → 1.8 (2023), target 1.0 by 2027. CAGR = (1.8 / 2.0)^(1/2) − 1 = −0.051317;
 *   required = (1.0 / 2.0)^(1/6) − 1 = −0.109101; P = −1 · −0.051317 / 0.109101 = 0.470363 < 0.6, so
 *   score = 4.1667 · 0.470363 − 2.5 = −0.540147, LIMITED_PROGRESS.
 * - `none`: no data, NOT_AVAILABLE.
 * Each measures one goal (A, C, N). The items:
 * 1. A: TARGET_ACHIEVED, 5.
 * 2. A and C: (5 − 0.540147) / 2 = 2.229926, NEEDS_ACCELERATION (not all achieved).
 * 3. A and N: coverage 1/2 < 0.6, NOT_AVAILABLE.
 * 4. no goals: NOT_AVAILABLE.
 */
let server: TestServer;
let strategyId: string;
let goals: Record<'A' | 'C' | 'N', string>;
let items: string[];

beforeAll(async () => {
  server = await startTestServer({ requireSignIn: true });
  strategyId = await createTestStrategy(server, { baselineYear: 2021, name: { fi: 'Lupausstrategia', en: 'Promise strategy' } });
  const perspective = await createTestPerspective(server, strategyId);
  const codes = { achieved: await createTestIndicator(server), slow: await createTestIndicator(server), none: await createTestIndicator(server) };
  const report = await loadText(
    server,
    [
      'indicator,area,period,value',
      `${codes.achieved},HVA12,2021,2.0`,
      `${codes.achieved},HVA12,2023,1.5`,
      `${codes.slow},HVA12,2021,2.0`,
      `${codes.slow},HVA12,2023,1.8`,
    ].join('\n'),
  );
  expect(report.status).toBe('COMMITTED');
  goals = {
    A: await createTestGoal(server, perspective, { title: { fi: 'Saavutettu' } }),
    C: await createTestGoal(server, perspective, { title: { fi: 'Hidas' } }),
    N: await createTestGoal(server, perspective, { title: { fi: 'Ei tietoa' } }),
  };
  await linkTestIndicator(server, goals.A, codes.achieved);
  await linkTestIndicator(server, goals.C, codes.slow);
  await linkTestIndicator(server, goals.N, codes.none);
  const target = `mutation ($s: ID!, $c: String!, $v: Float!) { createTarget(input: { strategyId: $s, indicatorCode: $c, points: [{ period: "2027", value: $v }] }) { id } }`;
  await server.data(target, { s: strategyId, c: codes.achieved, v: 1.8 });
  await server.data(target, { s: strategyId, c: codes.slow, v: 1.0 });
  items = [];
  for (const [text, goalIds] of [
    ['Saavutettu lupaus', [goals.A]],
    ['Sekalainen lupaus', [goals.C, goals.A]],
    ['Vajaa lupaus', [goals.A, goals.N]],
    ['Tyhjä lupaus', []],
  ] as const) {
    const { createServicePromiseItem } = await server.data<{ createServicePromiseItem: { id: string } }>(
      `mutation ($s: ID!, $t: String!, $g: [ID!]) { createServicePromiseItem(input: { strategyId: $s, text: { fi: $t }, goalIds: $g }) { id } }`,
      { s: strategyId, t: text, g: goalIds },
    );
    items.push(createServicePromiseItem.id);
  }
});
afterAll(() => server.close());

const expected = () => [
  { status: 'TARGET_ACHIEVED', score: 5, goals: [goals.A] },
  { status: 'NEEDS_ACCELERATION', score: 2.229926, goals: [goals.A, goals.C] },
  { status: 'NOT_AVAILABLE', score: null, goals: [goals.A, goals.N] },
  { status: 'NOT_AVAILABLE', score: null, goals: [] },
];

describe('StrategyAttainment.servicePromise', () => {
  test('rolls each item up from its goals, as a goal from its sub-goals', async () => {
    const { attainment } = await server.data<{ attainment: any }>(
      `query ($s: ID!) { attainment(strategyId: $s) { servicePromise { item { id } status score goals { goal { id } status score } } } }`,
      { s: strategyId },
    );
    const promise = attainment.servicePromise as Array<{ item: { id: string }; status: string; score: number | null; goals: Array<{ goal: { id: string }; status: string }> }>;
    expect(promise.map((item) => item.item.id)).toEqual(items);
    expected().forEach((want, index) => {
      const got = promise[index]!;
      expect(got.status, `item ${index + 1}`).toBe(want.status);
      if (want.score === null) expect(got.score).toBeNull();
      else expect(got.score).toBeCloseTo(want.score, 4);
      // Goals in the tree's display order, whatever order they were linked in.
      expect(got.goals.map((goal) => goal.goal.id)).toEqual(want.goals);
    });
    expect(promise[1]?.goals.map((goal) => goal.status)).toEqual(['TARGET_ACHIEVED', 'LIMITED_PROGRESS']);
  });
});

describe('publicServicePromise', () => {
  const PUBLIC = `query ($s: ID!) { publicServicePromise(strategyId: $s) {
    strategyId name { fi en } organisation { code name { fi } } startYear endYear vision { fi } publishedAt asOf
    items { id text { fi } status goals { title { fi } status score } } } }`;

  test('is NOT_FOUND until published, for an unknown or malformed id, and once withdrawn', async () => {
    for (const as of ['anonymous', 'ADMIN'] as const) {
      expect(firstError(await server.graphql(PUBLIC, { s: strategyId }, as)), as).toMatchObject({ code: 'NOT_FOUND', field: 'strategyId' });
    }
    expect(firstError(await server.graphql(PUBLIC, { s: '99999' }, 'anonymous')).code).toBe('NOT_FOUND');
    expect(firstError(await server.graphql(PUBLIC, { s: 'abc' }, 'anonymous')).code).toBe('NOT_FOUND');
    // The same message for a strategy that exists unpublished and one that does not exist.
    expect(firstError(await server.graphql(PUBLIC, { s: strategyId }, 'anonymous')).message).toBe(
      `strategyId: no published service promise has the id "${strategyId}"`,
    );
  });

  test('once published, anyone reads it without signing in, on a server that requires signing in', async () => {
    const anonymousAttainment = await server.graphql(`query ($s: ID!) { attainment(strategyId: $s) { status } }`, { s: strategyId }, 'anonymous');
    expect(firstError(anonymousAttainment).code).toBe('UNAUTHENTICATED');
    const { publishServicePromise } = await server.data<{ publishServicePromise: { promisePublishedAt: string } }>(
      `mutation ($s: ID!) { publishServicePromise(strategyId: $s, published: true) { promisePublishedAt } }`,
      { s: strategyId },
    );
    const { publicServicePromise } = await server.data<{ publicServicePromise: any }>(PUBLIC, { s: strategyId }, 'anonymous');
    expect(publicServicePromise).toMatchObject({
      strategyId,
      name: { fi: 'Lupausstrategia', en: 'Promise strategy' },
      organisation: { code: 'HVA12', name: { fi: 'Etelä-Savon hyvinvointialue' } },
      startYear: 2026,
      endYear: 2029,
      vision: null,
      publishedAt: publishServicePromise.promisePublishedAt,
    });
    expect(Date.parse(publicServicePromise.asOf)).toBeGreaterThanOrEqual(Date.parse(publishServicePromise.promisePublishedAt));
    const titles = { [goals.A]: 'Saavutettu', [goals.C]: 'Hidas', [goals.N]: 'Ei tietoa' };
    expect(publicServicePromise.items.map((item: { id: string }) => item.id)).toEqual(items);
    expected().forEach((want, index) => {
      const got = publicServicePromise.items[index];
      expect(got.status).toBe(want.status);
      expect(got.goals.map((goal: { title: { fi: string } }) => goal.title.fi)).toEqual(want.goals.map((id) => titles[id]));
    });
    expect(publicServicePromise.items[1].goals[1]).toMatchObject({ title: { fi: 'Hidas' }, status: 'LIMITED_PROGRESS' });
    expect(publicServicePromise.items[1].goals[1].score).toBeCloseTo(-0.540147, 4);

    await server.data(`mutation ($s: ID!) { publishServicePromise(strategyId: $s, published: false) { id } }`, { s: strategyId });
    expect(firstError(await server.graphql(PUBLIC, { s: strategyId }, 'anonymous')).code).toBe('NOT_FOUND');
  });

  test('reaches only its own public types, nothing a signed-in reader alone may see', () => {
    const schema = buildSchema(readFileSync(readConfig({}).schemaFile, 'utf8'));
    const reachable = new Set<string>();
    const visit = (type: GraphQLNamedType) => {
      if (reachable.has(type.name)) return;
      reachable.add(type.name);
      if (isObjectType(type)) for (const field of Object.values(type.getFields())) visit(getNamedType(field.type));
    };
    visit(getNamedType(schema.getQueryType()!.getFields().publicServicePromise!.type));
    expect([...reachable].sort()).toEqual(
      ['AttainmentStatus', 'DateTime', 'Float', 'ID', 'Int', 'LocalizedText', 'PublicArea', 'PublicPromiseGoal', 'PublicPromiseItem', 'PublicServicePromise', 'String'].sort(),
    );
  });
});

describe('publicServicePromise without REQUIRE_SIGN_IN', () => {
  test('a kept answer is not served once the promise is withdrawn', async () => {
    const open = await startTestServer();
    try {
      const id = await createTestStrategy(open);
      await open.data(`mutation ($s: ID!) { publishServicePromise(strategyId: $s, published: true) { id } }`, { s: id });
      const query = `query ($s: ID!) { publicServicePromise(strategyId: $s) { strategyId items { id } } }`;
      expect((await open.data<{ publicServicePromise: unknown }>(query, { s: id }, 'anonymous')).publicServicePromise).toEqual({ strategyId: id, items: [] });
      expect(open.lastCacheHeader()).toBe('miss');
      await open.data(query, { s: id }, 'anonymous');
      expect(open.lastCacheHeader()).toBe('hit');
      await open.data(`mutation ($s: ID!) { publishServicePromise(strategyId: $s, published: false) { id } }`, { s: id });
      expect(firstError(await open.graphql(query, { s: id }, 'anonymous')).code).toBe('NOT_FOUND');
    } finally {
      await open.close();
    }
  });
});
