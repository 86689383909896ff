import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestGoal, createTestIndicator, createTestPerspective, createTestStrategy, linkTestIndicator } from '../test/factories';
import { firstError, startTestServer, type TestServer } from '../test/test-server';

/** The strategy workspace's mutations (issue 11): copy, publish, reorder, goal descriptions, over HTTP. */
let server: TestServer;
let serviceAreaIds: Record<string, string>;
beforeAll(async () => {
  server = await startTestServer();
  const { serviceAreas } = await server.data<{ serviceAreas: Array<{ id: string; code: string }> }>(`{ serviceAreas { id code } }`);
  serviceAreaIds = Object.fromEntries(serviceAreas.map((serviceArea) => [serviceArea.code, serviceArea.id]));
});
afterAll(() => server.close());

async function lastAudit(action: string) {
  const { auditEvents } = await server.data<{ auditEvents: { nodes: Array<{ actor: string; entityType: string; entityId: string | null; summary: string }> } }>(
    `query ($a: String) { auditEvents(filter: { action: $a }, first: 1) { nodes { actor entityType entityId summary } } }`,
    { a: action },
  );
  return auditEvents.nodes[0];
}

const COPY = `mutation ($id: ID!, $input: CopyStrategyInput!) { copyStrategy(id: $id, input: $input) { id } }`;
const copyInput = { name: { fi: 'Palvelustrategia 2030–2033' }, startYear: 2030, endYear: 2033, baselineYear: 2029 };

/** Everything a copy must carry over, with ids replaced by what they point at. */
const STRATEGY_CONTENT = `query ($id: ID!) { strategy(id: $id) {
  organisation { code } name { fi } vision { fi } startYear endYear baselineYear promisePublished promisePublishedAt
  reviewCount approvedReviewCount thresholds { withTargetHigh minimumCoverage }
  perspectives { id name { fi } goals { id } }
  goals { id title { fi } description { fi } owner ownerUser { username } nationalGoals perspective { name { fi } } parent { title { fi } }
    serviceAreas { code } indicators { indicator { code } weight } }
  servicePromiseItems { text { fi } goals { title { fi } } }
  targets { indicator { code } area { code } baselinePeriod baselineValue points { period value } acknowledgedWarnings }
} }`;

describe('copyStrategy', () => {
  test('copies perspectives, the goal tree, links, targets, promise items and thresholds, but no reviews or publication', async () => {
    const sourceId = await createTestStrategy(server, { vision: { fi: 'Vanha visio' } });
    await server.data(`mutation ($id: ID!) { updateStrategy(id: $id, input: { thresholds: {
      withTargetHigh: 0.9, withTargetMedium: 0.5, withTargetLow: 0, withoutTargetHigh: 0.02, withoutTargetMedium: 0.01, withoutTargetLow: 0, minimumCoverage: 0.5 } }) { id } }`, {
      id: sourceId,
    });
    const first = await createTestPerspective(server, sourceId, { name: { fi: 'Vaikuttavuus' } });
    const second = await createTestPerspective(server, sourceId, { name: { fi: 'Henkilöstö' } });
    const parent = await createTestGoal(server, first, {
      title: { fi: 'Pääta' },
      description: { fi: 'Kuvaus' },
      owner: 'Johtaja',
      ownerUserId: String(server.users.GOAL_OWNER.id),
      serviceAreaIds: [serviceAreaIds['older-people']],
      nationalGoals: ['STM 3.1'],
    });
    await createTestGoal(server, first, { title: { fi: 'Ala' }, parentGoalId: parent });
    const staffGoal = await createTestGoal(server, second, { title: { fi: 'Pito' } });
    const code = await createTestIndicator(server, { direction: 'HIGHER_IS_BETTER' });
    await linkTestIndicator(server, parent, code, 2);
    await server.data(`mutation ($s: ID!, $c: String!) { createTarget(input: { strategyId: $s, indicatorCode: $c, areaCode: "740",
      baselinePeriod: "2021", baselineValue: 3, points: [{ period: "2027", value: 4 }, { period: "2029", value: 5 }] }) { id } }`, {
      s: sourceId,
      c: code,
    });
    await server.data(`mutation ($s: ID!, $g: [ID!]) { createServicePromiseItem(input: { strategyId: $s, text: { fi: "Lupaus" }, goalIds: $g }) { id } }`, {
      s: sourceId,
      g: [staffGoal, parent],
    });
    await server.data(`mutation ($s: ID!) { publishServicePromise(strategyId: $s, published: true) { id } }`, { s: sourceId });
    await server.data(`mutation ($s: ID!) { openReview(strategyId: $s, quarter: "2026Q3") { id } }`, { s: sourceId }, 'BOARD');

    const { copyStrategy } = await server.data<{ copyStrategy: { id: string } }>(COPY, { id: sourceId, input: copyInput }, 'STRATEGY_EDITOR');
    expect(copyStrategy.id).not.toBe(sourceId);
    const read = async (id: string) => (await server.data<{ strategy: any }>(STRATEGY_CONTENT, { id })).strategy;
    const [source, copy] = [await read(sourceId), await read(copyStrategy.id)];
    expect(source).toMatchObject({ promisePublished: true, reviewCount: 1, approvedReviewCount: 0 });
    expect(copy).toMatchObject({
      organisation: { code: 'HVA12' },
      name: { fi: 'Palvelustrategia 2030–2033' },
      vision: { fi: 'Vanha visio' },
      startYear: 2030,
      endYear: 2033,
      baselineYear: 2029,
      promisePublished: false,
      promisePublishedAt: null,
      reviewCount: 0,
      approvedReviewCount: 0,
      thresholds: { withTargetHigh: 0.9, minimumCoverage: 0.5 },
    });
    // The same content under new ids: compare with the ids taken out.
    const withoutIds = (value: unknown): unknown =>
      JSON.parse(JSON.stringify(value, (key, inner) => (key === 'id' ? undefined : inner)));
    for (const part of ['perspectives', 'goals', 'servicePromiseItems', 'targets'] as const) {
      expect(withoutIds(copy[part]), part).toEqual(withoutIds(source[part]));
    }
    expect(copy.goals).toHaveLength(3);
    expect(copy.goals.map((goal: { id: string }) => goal.id)).not.toContain(parent);
    expect(copy.goals[0]).toMatchObject({ ownerUser: { username: 'test-goal_owner' }, serviceAreas: [{ code: 'older-people' }], indicators: [{ weight: 2 }] });
    expect(copy.targets[0]).toMatchObject({ area: { code: '740' }, baselineValue: 3, points: [{ period: '2027', value: 4 }, { period: '2029', value: 5 }] });
    expect(await lastAudit('copyStrategy')).toMatchObject({
      actor: 'test-strategy_editor',
      entityType: 'Strategy',
      entityId: copyStrategy.id,
      summary: `copied strategy ${sourceId} to a new strategy ${copyStrategy.id}`,
    });
  });

  test('a vision given (or null) replaces the copied one', async () => {
    const sourceId = await createTestStrategy(server, { vision: { fi: 'Vanha' } });
    const visionOf = async (vision: unknown) => {
      const { copyStrategy } = await server.data<{ copyStrategy: { vision: { fi: string } | null } }>(
        `mutation ($id: ID!, $input: CopyStrategyInput!) { copyStrategy(id: $id, input: $input) { vision { fi } } }`,
        { id: sourceId, input: { ...copyInput, vision } },
      );
      return copyStrategy.vision;
    };
    expect(await visionOf({ fi: 'Uusi' })).toEqual({ fi: 'Uusi' });
    expect(await visionOf(null)).toBeNull();
  });

  test('bad years and names are refused, with nothing written', async () => {
    const sourceId = await createTestStrategy(server);
    const count = async () => (await server.data<{ strategies: unknown[] }>(`{ strategies { id } }`)).strategies.length;
    const before = await count();
    const backwards = await server.graphql(COPY, { id: sourceId, input: { ...copyInput, endYear: 2029 } });
    expect(firstError(backwards)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.endYear' });
    const blank = await server.graphql(COPY, { id: sourceId, input: { ...copyInput, name: { fi: ' ' } } });
    expect(firstError(blank)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name.fi' });
    expect(await count()).toBe(before);
  });

  test('an unknown strategy is not found; an analyst may not copy', async () => {
    expect(firstError(await server.graphql(COPY, { id: '99999', input: copyInput }))).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    const sourceId = await createTestStrategy(server);
    expect(firstError(await server.graphql(COPY, { id: sourceId, input: copyInput }, 'ANALYST')).code).toBe('FORBIDDEN');
  });
});

describe('publishServicePromise', () => {
  const PUBLISH = `mutation ($s: ID!, $p: Boolean!) { publishServicePromise(strategyId: $s, published: $p) { id promisePublished promisePublishedAt } }`;

  test('publishes (keeping the first time when published again) and withdraws', async () => {
    const strategyId = await createTestStrategy(server);
    const before = Date.now();
    const { publishServicePromise: published } = await server.data<{ publishServicePromise: any }>(PUBLISH, { s: strategyId, p: true }, 'STRATEGY_EDITOR');
    expect(published.promisePublished).toBe(true);
    expect(Date.parse(published.promisePublishedAt)).toBeGreaterThanOrEqual(before);
    const { publishServicePromise: again } = await server.data<{ publishServicePromise: any }>(PUBLISH, { s: strategyId, p: true });
    expect(again.promisePublishedAt).toBe(published.promisePublishedAt);
    expect(await lastAudit('publishServicePromise')).toMatchObject({ entityId: strategyId, summary: `published the service promise of strategy ${strategyId}` });
    const { publishServicePromise: withdrawn } = await server.data<{ publishServicePromise: any }>(PUBLISH, { s: strategyId, p: false });
    expect(withdrawn).toEqual({ id: strategyId, promisePublished: false, promisePublishedAt: null });
    expect((await lastAudit('publishServicePromise'))?.summary).toBe(`withdrew the service promise of strategy ${strategyId}`);
  });

  test('bad input, unknown strategy, and roles that may not', async () => {
    const strategyId = await createTestStrategy(server);
    expect(firstError(await server.graphql(PUBLISH, { s: strategyId, p: 'yes' })).code).toBe('BAD_USER_INPUT');
    expect(firstError(await server.graphql(PUBLISH, { s: '99999', p: true }))).toMatchObject({ code: 'NOT_FOUND', field: 'strategyId' });
    expect(firstError(await server.graphql(PUBLISH, { s: strategyId, p: true }, 'ANALYST')).code).toBe('FORBIDDEN');
    expect(firstError(await server.graphql(PUBLISH, { s: strategyId, p: true }, 'anonymous')).code).toBe('UNAUTHENTICATED');
  });
});

describe('reordering', () => {
  test('reorderPerspectives puts them in the order given and refuses a list that is not exactly them', async () => {
    const strategyId = await createTestStrategy(server);
    const [a, b, c] = [await createTestPerspective(server, strategyId), await createTestPerspective(server, strategyId), await createTestPerspective(server, strategyId)];
    const REORDER = `mutation ($s: ID!, $ids: [ID!]!) { reorderPerspectives(strategyId: $s, ids: $ids) { id sortOrder } }`;
    const { reorderPerspectives } = await server.data<{ reorderPerspectives: Array<{ id: string; sortOrder: number }> }>(
      REORDER,
      { s: strategyId, ids: [c, a, b] },
      'STRATEGY_EDITOR',
    );
    expect(reorderPerspectives).toEqual([
      { id: c, sortOrder: 0 },
      { id: a, sortOrder: 1 },
      { id: b, sortOrder: 2 },
    ]);
    expect(await lastAudit('reorderPerspectives')).toMatchObject({ entityType: 'Strategy', entityId: strategyId });
    const foreign = await createTestPerspective(server, await createTestStrategy(server));
    const cases: Array<[string[], string, string]> = [
      [[a, b], 'ids', `missing ${c}`],
      [[a, b, c, foreign], 'ids.3', 'is not one of'],
      [[a, b, b, c], 'ids.2', 'listed twice'],
      [[a, 'x', b, c], 'ids.1', 'is not one of'],
    ];
    for (const [ids, field, reason] of cases) {
      const result = await server.graphql(REORDER, { s: strategyId, ids });
      expect(firstError(result), JSON.stringify(ids)).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(firstError(result).message).toContain(reason);
    }
    const { strategy } = await server.data<{ strategy: { perspectives: Array<{ id: string }> } }>(`query ($s: ID!) { strategy(id: $s) { perspectives { id } } }`, {
      s: strategyId,
    });
    expect(strategy.perspectives.map((perspective) => perspective.id)).toEqual([c, a, b]);
    expect(firstError(await server.graphql(REORDER, { s: '99999', ids: [] }))).toMatchObject({ code: 'NOT_FOUND', field: 'strategyId' });
    expect(firstError(await server.graphql(REORDER, { s: strategyId, ids: [a, b, c] }, 'GOAL_OWNER')).code).toBe('FORBIDDEN');
  });

  test('reorderGoals orders the top-level goals of a perspective, or the sub-goals of a parent', async () => {
    const strategyId = await createTestStrategy(server);
    const perspective = await createTestPerspective(server, strategyId);
    const [top1, top2] = [await createTestGoal(server, perspective), await createTestGoal(server, perspective)];
    const [sub1, sub2] = [await createTestGoal(server, perspective, { parentGoalId: top1 }), await createTestGoal(server, perspective, { parentGoalId: top1 })];
    const REORDER = `mutation ($p: ID!, $parent: ID, $ids: [ID!]!) { reorderGoals(perspectiveId: $p, parentGoalId: $parent, ids: $ids) { id } }`;
    const order = async (parent: string | null, ids: string[]) =>
      (await server.data<{ reorderGoals: Array<{ id: string }> }>(REORDER, { p: perspective, parent, ids }, 'STRATEGY_EDITOR')).reorderGoals.map((goal) => goal.id);
    expect(await order(null, [top2, top1])).toEqual([top2, top1]);
    expect(await order(top1, [sub2, sub1])).toEqual([sub2, sub1]);
    expect((await lastAudit('reorderGoals'))?.summary).toBe(`reordered the sub-goals of goal ${top1}`);
    const { goal } = await server.data<{ goal: { children: Array<{ id: string }> } }>(`query ($id: ID!) { goal(id: $id) { children { id } } }`, { id: top1 });
    expect(goal.children.map((child) => child.id)).toEqual([sub2, sub1]);
    // A sub-goal is not a top-level goal, and the top-level list must be complete.
    const mixed = await server.graphql(REORDER, { p: perspective, parent: null, ids: [top2, top1, sub1] });
    expect(firstError(mixed)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ids.2' });
    const foreignParent = await createTestGoal(server, await createTestPerspective(server, await createTestStrategy(server)));
    expect(firstError(await server.graphql(REORDER, { p: perspective, parent: foreignParent, ids: [] }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'parentGoalId',
    });
    expect(firstError(await server.graphql(REORDER, { p: '99999', parent: null, ids: [] }))).toMatchObject({ code: 'NOT_FOUND', field: 'perspectiveId' });
    expect(firstError(await server.graphql(REORDER, { p: perspective, parent: '99999', ids: [] }))).toMatchObject({ code: 'NOT_FOUND', field: 'parentGoalId' });
    expect(firstError(await server.graphql(REORDER, { p: perspective, parent: null, ids: [top1, top2] }, 'VIEWER')).code).toBe('FORBIDDEN');
  });

  test('a goal moved to another perspective or parent goes last there', async () => {
    const strategyId = await createTestStrategy(server);
    const [from, to] = [await createTestPerspective(server, strategyId), await createTestPerspective(server, strategyId)];
    const [first, second] = [await createTestGoal(server, to), await createTestGoal(server, to)];
    const moving = await createTestGoal(server, from);
    await server.data(`mutation ($p: ID!, $ids: [ID!]!) { reorderGoals(perspectiveId: $p, ids: $ids) { id } }`, { p: to, ids: [second, first] });
    await server.data(`mutation ($id: ID!, $p: ID!) { updateGoal(id: $id, input: { perspectiveId: $p }) { id } }`, { id: moving, p: to });
    const goalsOf = async (perspectiveId: string) =>
      (await server.data<{ strategy: { perspectives: Array<{ id: string; goals: Array<{ id: string; parent: { id: string } | null }> }> } }>(
        `query ($s: ID!) { strategy(id: $s) { perspectives { id goals { id parent { id } } } } }`,
        { s: strategyId },
      )).strategy.perspectives
        .find((perspective) => perspective.id === perspectiveId)
        ?.goals.filter((goal) => goal.parent === null)
        .map((goal) => goal.id);
    expect(await goalsOf(to)).toEqual([second, first, moving]);
    const sub = await createTestGoal(server, to, { parentGoalId: first });
    await server.data(`mutation ($id: ID!, $parent: ID!) { updateGoal(id: $id, input: { parentGoalId: $parent }) { id } }`, { id: moving, parent: first });
    const { goal } = await server.data<{ goal: { children: Array<{ id: string }> } }>(`query ($id: ID!) { goal(id: $id) { children { id } } }`, { id: first });
    expect(goal.children.map((child) => child.id)).toEqual([sub, moving]);
  });

  test('reorderServicePromiseItems puts the items in the order given', async () => {
    const strategyId = await createTestStrategy(server);
    const create = async (text: string) =>
      (await server.data<{ createServicePromiseItem: { id: string } }>(
        `mutation ($s: ID!, $t: String!) { createServicePromiseItem(input: { strategyId: $s, text: { fi: $t } }) { id } }`,
        { s: strategyId, t: text },
      )).createServicePromiseItem.id;
    const [a, b] = [await create('A'), await create('B')];
    const REORDER = `mutation ($s: ID!, $ids: [ID!]!) { reorderServicePromiseItems(strategyId: $s, ids: $ids) { id sortOrder } }`;
    const { reorderServicePromiseItems } = await server.data<{ reorderServicePromiseItems: unknown }>(REORDER, { s: strategyId, ids: [b, a] }, 'STRATEGY_EDITOR');
    expect(reorderServicePromiseItems).toEqual([
      { id: b, sortOrder: 0 },
      { id: a, sortOrder: 1 },
    ]);
    expect(firstError(await server.graphql(REORDER, { s: strategyId, ids: [b] }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ids' });
    expect(firstError(await server.graphql(REORDER, { s: '99999', ids: [] }))).toMatchObject({ code: 'NOT_FOUND', field: 'strategyId' });
    expect(firstError(await server.graphql(REORDER, { s: strategyId, ids: [a, b] }, 'BOARD')).code).toBe('FORBIDDEN');
  });
});

describe('updateGoalDescription', () => {
  const DESCRIBE = `mutation ($id: ID!, $d: LocalizedTextInput) { updateGoalDescription(id: $id, description: $d) { id description { fi sv } title { fi } } }`;

  test("strategy editors change any goal's description, owners only their own goal's", async () => {
    const perspective = await createTestPerspective(server, await createTestStrategy(server));
    const owned = await createTestGoal(server, perspective, { title: { fi: 'Oma' }, ownerUserId: String(server.users.GOAL_OWNER.id) });
    const other = await createTestGoal(server, perspective, { title: { fi: 'Muu' } });
    const { updateGoalDescription } = await server.data<{ updateGoalDescription: any }>(
      DESCRIBE,
      { id: owned, d: { fi: 'Omistajan kuvaus', sv: 'Ägarens beskrivning' } },
      'GOAL_OWNER',
    );
    expect(updateGoalDescription).toEqual({ id: owned, description: { fi: 'Omistajan kuvaus', sv: 'Ägarens beskrivning' }, title: { fi: 'Oma' } });
    expect(await lastAudit('updateGoalDescription')).toMatchObject({ actor: 'test-goal_owner', entityId: owned, summary: `updated the description of goal ${owned}` });
    const refused = await server.graphql(DESCRIBE, { id: other, d: { fi: 'Ei' } }, 'GOAL_OWNER');
    expect(firstError(refused).code).toBe('FORBIDDEN');
    expect(firstError(refused).message).toContain(`does not own goal ${other}`);
    const { updateGoalDescription: byEditor } = await server.data<{ updateGoalDescription: any }>(DESCRIBE, { id: other, d: { fi: 'Toimittajan' } }, 'STRATEGY_EDITOR');
    expect(byEditor.description).toEqual({ fi: 'Toimittajan', sv: null });
    const { updateGoalDescription: cleared } = await server.data<{ updateGoalDescription: any }>(DESCRIBE, { id: owned, d: null }, 'GOAL_OWNER');
    expect(cleared.description).toBeNull();
    for (const role of ['ANALYST', 'BOARD', 'VIEWER'] as const) {
      expect(firstError(await server.graphql(DESCRIBE, { id: owned, d: { fi: 'x' } }, role)).code, role).toBe('FORBIDDEN');
    }
  });

  test('bad text and unknown goals are refused', async () => {
    const goal = await createTestGoal(server, await createTestPerspective(server, await createTestStrategy(server)), { description: { fi: 'Pysyy' } });
    expect(firstError(await server.graphql(DESCRIBE, { id: goal, d: { fi: '  ' } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'description.fi' });
    expect(firstError(await server.graphql(DESCRIBE, { id: goal, d: { fi: 'x'.repeat(5001) } }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'description.fi',
    });
    const { goal: after } = await server.data<{ goal: { description: { fi: string } } }>(`query ($id: ID!) { goal(id: $id) { description { fi } } }`, { id: goal });
    expect(after.description.fi).toBe('Pysyy');
    expect(firstError(await server.graphql(DESCRIBE, { id: '99999', d: null }))).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
  });
});
