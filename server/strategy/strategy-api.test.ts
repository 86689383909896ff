import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestGoal, createTestIndicator, createTestPerspective, createTestStrategy, linkTestIndicator } from '../test/factories';
import { firstError, startTestServer, type TestServer } from '../test/test-server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const STRATEGY_FIELDS = `id organisation { code } name { fi sv en } vision { fi } startYear endYear baselineYear`;

describe('strategies', () => {
  test('createStrategy stores every field and lists the strategy', async () => {
    const { createStrategy } = await server.data<{ createStrategy: any }>(
      `mutation ($input: CreateStrategyInput!) { createStrategy(input: $input) { ${STRATEGY_FIELDS} } }`,
      {
        input: {
          organisationCode: 'HVA12',
          name: { fi: '  Palvelustrategia  ', sv: 'Servicestrategi', en: '' },
          vision: { fi: 'Visio' },
          startYear: 2026,
          endYear: 2029,
          baselineYear: 2021,
        },
      },
    );
    expect(createStrategy).toMatchObject({
      organisation: { code: 'HVA12' },
      name: { fi: 'Palvelustrategia', sv: 'Servicestrategi', en: null },
      vision: { fi: 'Visio' },
      startYear: 2026,
      endYear: 2029,
      baselineYear: 2021,
    });
    const { strategies } = await server.data<{ strategies: Array<{ id: string }> }>(`{ strategies { id } }`);
    expect(strategies.map((strategy) => strategy.id)).toContain(createStrategy.id);
    const { strategy } = await server.data<{ strategy: { name: { fi: string } } }>(`query ($id: ID!) { strategy(id: $id) { name { fi } } }`, {
      id: createStrategy.id,
    });
    expect(strategy.name.fi).toBe('Palvelustrategia');
  });

  test('createStrategy names every bad field and writes nothing', async () => {
    const before = await server.data<{ strategies: unknown[] }>(`{ strategies { id } }`);
    const result = await server.graphql(
      `mutation ($input: CreateStrategyInput!) { createStrategy(input: $input) { id } }`,
      { input: { organisationCode: 'HVA12', name: { fi: '   ' }, startYear: 2029, endYear: 2026, baselineYear: 1800 } },
    );
    expect(firstError(result).code).toBe('BAD_USER_INPUT');
    const problems = result.errors?.[0]?.extensions?.problems as Array<{ field: string; reason: string }>;
    expect(problems.map((problem) => problem.field)).toEqual(['input.name.fi', 'input.baselineYear']);
    expect(problems[0]?.reason).toBe('must not be empty');
    const after = await server.data<{ strategies: unknown[] }>(`{ strategies { id } }`);
    expect(after.strategies).toHaveLength(before.strategies.length);
  });

  test('createStrategy refuses an end before the start', async () => {
    const result = await server.graphql(`mutation ($input: CreateStrategyInput!) { createStrategy(input: $input) { id } }`, {
      input: { organisationCode: 'HVA12', name: { fi: 'S' }, startYear: 2029, endYear: 2026, baselineYear: 2021 },
    });
    expect(firstError(result)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.endYear' });
    expect(firstError(result).message).toContain('must not be before the start year 2029');
  });

  test('createStrategy with an unknown organisation is NOT_FOUND on that field', async () => {
    const result = await server.graphql(`mutation ($input: CreateStrategyInput!) { createStrategy(input: $input) { id } }`, {
      input: { organisationCode: 'HVA99', name: { fi: 'S' }, startYear: 2026, endYear: 2029, baselineYear: 2021 },
    });
    expect(firstError(result)).toMatchObject({ code: 'NOT_FOUND', field: 'input.organisationCode' });
  });

  test('updateStrategy changes only the given fields and checks years against the stored ones', async () => {
    const id = await createTestStrategy(server, { vision: { fi: 'Alku' } });
    const { updateStrategy } = await server.data<{ updateStrategy: any }>(
      `mutation ($id: ID!, $input: UpdateStrategyInput!) { updateStrategy(id: $id, input: $input) { ${STRATEGY_FIELDS} } }`,
      { id, input: { endYear: 2030, organisationCode: 'HVA90' } },
    );
    expect(updateStrategy).toMatchObject({ endYear: 2030, startYear: 2026, organisation: { code: 'HVA90' }, vision: { fi: 'Alku' } });
    const cleared = await server.data<{ updateStrategy: any }>(
      `mutation ($id: ID!) { updateStrategy(id: $id, input: { vision: null }) { vision { fi } } }`,
      { id },
    );
    expect(cleared.updateStrategy.vision).toBeNull();
    const bad = await server.graphql(`mutation ($id: ID!) { updateStrategy(id: $id, input: { startYear: 2031 }) { id } }`, { id });
    expect(firstError(bad)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.endYear' });
    const missing = await server.graphql(`mutation { updateStrategy(id: "99999", input: { endYear: 2030 }) { id } }`);
    expect(firstError(missing)).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
  });

  test('deleteStrategy removes the strategy with its perspectives, goals and targets', async () => {
    const id = await createTestStrategy(server);
    const perspectiveId = await createTestPerspective(server, id);
    const goalId = await createTestGoal(server, perspectiveId);
    const code = await createTestIndicator(server);
    await linkTestIndicator(server, goalId, code);
    const { deleteStrategy } = await server.data<{ deleteStrategy: string }>(`mutation ($id: ID!) { deleteStrategy(id: $id) }`, { id });
    expect(deleteStrategy).toBe(id);
    const after = await server.data<{ strategy: null; goal: null; indicator: { goals: unknown[] } }>(
      `query ($id: ID!, $goalId: ID!, $code: String!) { strategy(id: $id) { id } goal(id: $goalId) { id } indicator(code: $code) { goals { id } } }`,
      { id, goalId, code },
    );
    expect(after).toEqual({ strategy: null, goal: null, indicator: { goals: [] } });
    const again = await server.graphql(`mutation ($id: ID!) { deleteStrategy(id: $id) }`, { id });
    expect(firstError(again)).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
  });

  const OPEN_REVIEW = `mutation ($id: ID!, $quarter: String!) { openReview(strategyId: $id, quarter: $quarter) { id } }`;
  const REVIEW = `query ($id: ID!) { review(id: $id) { quarter status approvedBy goals { title { fi } } } }`;

  test('deleteStrategy is refused while the strategy has approved reviews, and the approved report stays readable', async () => {
    const id = await createTestStrategy(server);
    await createTestGoal(server, await createTestPerspective(server, id), { title: { fi: 'Hyväksytty tavoite' } });
    const approved = (await server.data<{ openReview: { id: string } }>(OPEN_REVIEW, { id, quarter: '2026Q1' }, 'BOARD')).openReview.id;
    await server.data(`mutation ($id: ID!) { approveReview(id: $id) { status } }`, { id: approved }, 'BOARD');
    const draft = (await server.data<{ openReview: { id: string } }>(OPEN_REVIEW, { id, quarter: '2026Q2' }, 'BOARD')).openReview.id;

    const refused = await server.graphql(`mutation ($id: ID!) { deleteStrategy(id: $id) }`, { id });
    expect(firstError(refused).code).toBe('CONFLICT');
    expect(firstError(refused).message).toMatch(/1 approved review.*2026Q1.*kept/);
    // Nothing was deleted: the strategy, the approved report as it was approved, and the draft.
    const after = await server.data<{ strategy: { id: string } | null; approved: any; draft: any }>(
      `query ($id: ID!, $approved: ID!, $draft: ID!) { strategy(id: $id) { id }
        approved: review(id: $approved) { quarter status approvedBy goals { title { fi } } } draft: review(id: $draft) { status } }`,
      { id, approved, draft },
      'anonymous',
    );
    expect(after.strategy).toEqual({ id });
    expect(after.approved).toEqual({ quarter: '2026Q1', status: 'APPROVED', approvedBy: server.users.BOARD.username, goals: [{ title: { fi: 'Hyväksytty tavoite' } }] });
    expect(after.draft).toEqual({ status: 'DRAFT' });
  });

  test('deleteStrategy deletes the strategy’s draft reviews with it', async () => {
    const id = await createTestStrategy(server);
    await createTestGoal(server, await createTestPerspective(server, id));
    const draft = (await server.data<{ openReview: { id: string } }>(OPEN_REVIEW, { id, quarter: '2026Q2' }, 'BOARD')).openReview.id;
    const { deleteStrategy } = await server.data<{ deleteStrategy: string }>(`mutation ($id: ID!) { deleteStrategy(id: $id) }`, { id });
    expect(deleteStrategy).toBe(id);
    expect((await server.data<{ review: unknown }>(REVIEW, { id: draft })).review).toBeNull();
  });

  test('a malformed id is not found, not a crash', async () => {
    const result = await server.graphql(`{ strategy(id: "abc") { id } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data?.strategy).toBeNull();
  });
});

describe('perspectives', () => {
  test('create, update and list in sort order', async () => {
    const strategyId = await createTestStrategy(server);
    const first = await createTestPerspective(server, strategyId, { name: { fi: 'Ensimmäinen' } });
    const second = await createTestPerspective(server, strategyId, { name: { fi: 'Toinen' } });
    await server.data(`mutation ($id: ID!) { updatePerspective(id: $id, input: { sortOrder: 10, name: { fi: "Viimeinen", en: "Last" } }) { id } }`, {
      id: first,
    });
    const { strategy } = await server.data<{ strategy: { perspectives: Array<{ id: string; name: { fi: string; en: string | null } }> } }>(
      `query ($id: ID!) { strategy(id: $id) { perspectives { id name { fi en } } } }`,
      { id: strategyId },
    );
    expect(strategy.perspectives).toEqual([
      { id: second, name: { fi: 'Toinen', en: null } },
      { id: first, name: { fi: 'Viimeinen', en: 'Last' } },
    ]);
  });

  test('bad input and unknown ids', async () => {
    const strategyId = await createTestStrategy(server);
    const bad = await server.graphql(`mutation ($s: ID!) { createPerspective(input: { strategyId: $s, name: { fi: "" }, sortOrder: -1 }) { id } }`, {
      s: strategyId,
    });
    expect(firstError(bad).code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.extensions?.problems.map((problem: { field: string }) => problem.field)).toEqual(['input.name.fi', 'input.sortOrder']);
    const noStrategy = await server.graphql(`mutation { createPerspective(input: { strategyId: "99999", name: { fi: "N" } }) { id } }`);
    expect(firstError(noStrategy)).toMatchObject({ code: 'NOT_FOUND', field: 'input.strategyId' });
    const noPerspective = await server.graphql(`mutation { updatePerspective(id: "99999", input: { sortOrder: 1 }) { id } }`);
    expect(firstError(noPerspective)).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    const badUpdate = await server.graphql(`mutation ($id: ID!) { updatePerspective(id: $id, input: { name: { fi: " " } }) { id } }`, {
      id: await createTestPerspective(server, strategyId),
    });
    expect(firstError(badUpdate)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name.fi' });
  });

  test('deletePerspective is refused while it has goals, and works once empty', async () => {
    const strategyId = await createTestStrategy(server);
    const perspectiveId = await createTestPerspective(server, strategyId);
    const goalId = await createTestGoal(server, perspectiveId);
    const refused = await server.graphql(`mutation ($id: ID!) { deletePerspective(id: $id) }`, { id: perspectiveId });
    expect(firstError(refused).code).toBe('CONFLICT');
    expect(firstError(refused).message).toContain('1 goal');
    await server.data(`mutation ($id: ID!) { deleteGoal(id: $id) }`, { id: goalId });
    const deleted = await server.data<{ deletePerspective: string }>(`mutation ($id: ID!) { deletePerspective(id: $id) }`, { id: perspectiveId });
    expect(deleted.deletePerspective).toBe(perspectiveId);
    const missing = await server.graphql(`mutation ($id: ID!) { deletePerspective(id: $id) }`, { id: perspectiveId });
    expect(firstError(missing).code).toBe('NOT_FOUND');
  });
});

describe('goals', () => {
  test('createGoal stores the goal with its service areas, national goals and parent', async () => {
    const strategyId = await createTestStrategy(server);
    const perspectiveId = await createTestPerspective(server, strategyId);
    const parentId = await createTestGoal(server, perspectiveId);
    const { serviceAreas } = await server.data<{ serviceAreas: Array<{ id: string; code: string }> }>(`{ serviceAreas { id code } }`);
    const olderPeople = serviceAreas.find((serviceArea) => serviceArea.code === 'older-people')!.id;
    const { createGoal } = await server.data<{ createGoal: any }>(
      `mutation ($input: CreateGoalInput!) { createGoal(input: $input) {
        id title { fi sv } description { fi } owner nationalGoals serviceAreas { code }
        parent { id children { id } } perspective { id } strategy { id } } }`,
      {
        input: {
          perspectiveId,
          parentGoalId: parentId,
          title: { fi: 'Ikääntyneet asuvat kotona', sv: 'Äldre bor hemma' },
          description: { fi: 'Kuvaus' },
          owner: 'Johtaja',
          serviceAreaIds: [olderPeople],
          nationalGoals: ['Ikäohjelma'],
        },
      },
    );
    expect(createGoal).toMatchObject({
      title: { fi: 'Ikääntyneet asuvat kotona', sv: 'Äldre bor hemma' },
      description: { fi: 'Kuvaus' },
      owner: 'Johtaja',
      nationalGoals: ['Ikäohjelma'],
      serviceAreas: [{ code: 'older-people' }],
      parent: { id: parentId, children: [{ id: createGoal.id }] },
      perspective: { id: perspectiveId },
      strategy: { id: strategyId },
    });
  });

  test('createGoal names bad service areas by position and refuses a parent from another strategy', async () => {
    const perspectiveId = await createTestPerspective(server, await createTestStrategy(server));
    const bad = await server.graphql(`mutation ($p: ID!) { createGoal(input: { perspectiveId: $p, title: { fi: "T" }, serviceAreaIds: ["1", "99999"] }) { id } }`, {
      p: perspectiveId,
    });
    expect(firstError(bad)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.serviceAreaIds.1' });
    const otherGoal = await createTestGoal(server, await createTestPerspective(server, await createTestStrategy(server)));
    const foreign = await server.graphql(`mutation ($p: ID!, $parent: ID!) { createGoal(input: { perspectiveId: $p, parentGoalId: $parent, title: { fi: "T" } }) { id } }`, {
      p: perspectiveId,
      parent: otherGoal,
    });
    expect(firstError(foreign)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.parentGoalId' });
    const noPerspective = await server.graphql(`mutation { createGoal(input: { perspectiveId: "99999", title: { fi: "T" } }) { id } }`);
    expect(firstError(noPerspective)).toMatchObject({ code: 'NOT_FOUND', field: 'input.perspectiveId' });
  });

  test('updateGoal moves, re-parents and refuses loops', async () => {
    const strategyId = await createTestStrategy(server);
    const perspectiveA = await createTestPerspective(server, strategyId);
    const perspectiveB = await createTestPerspective(server, strategyId);
    const top = await createTestGoal(server, perspectiveA);
    const child = await createTestGoal(server, perspectiveA, { parentGoalId: top });
    const loop = await server.graphql(`mutation ($id: ID!, $parent: ID!) { updateGoal(id: $id, input: { parentGoalId: $parent }) { id } }`, {
      id: top,
      parent: child,
    });
    expect(firstError(loop)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.parentGoalId' });
    const self = await server.graphql(`mutation ($id: ID!) { updateGoal(id: $id, input: { parentGoalId: $id }) { id } }`, { id: top });
    expect(firstError(self).code).toBe('BAD_USER_INPUT');
    const { updateGoal } = await server.data<{ updateGoal: any }>(
      `mutation ($id: ID!, $p: ID!) { updateGoal(id: $id, input: { parentGoalId: null, perspectiveId: $p, owner: null, title: { fi: "Uusi" } }) { parent { id } perspective { id } owner title { fi } } }`,
      { id: child, p: perspectiveB },
    );
    expect(updateGoal).toEqual({ parent: null, perspective: { id: perspectiveB }, owner: null, title: { fi: 'Uusi' } });
    const otherPerspective = await createTestPerspective(server, await createTestStrategy(server));
    const foreign = await server.graphql(`mutation ($id: ID!, $p: ID!) { updateGoal(id: $id, input: { perspectiveId: $p }) { id } }`, {
      id: child,
      p: otherPerspective,
    });
    expect(firstError(foreign)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.perspectiveId' });
    const missing = await server.graphql(`mutation { updateGoal(id: "99999", input: { owner: "x" }) { id } }`);
    expect(firstError(missing)).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
  });

  test('deleteGoal is refused while it has sub-goals', async () => {
    const perspectiveId = await createTestPerspective(server, await createTestStrategy(server));
    const top = await createTestGoal(server, perspectiveId);
    const child = await createTestGoal(server, perspectiveId, { parentGoalId: top });
    const refused = await server.graphql(`mutation ($id: ID!) { deleteGoal(id: $id) }`, { id: top });
    expect(firstError(refused).code).toBe('CONFLICT');
    await server.data(`mutation ($id: ID!) { deleteGoal(id: $id) }`, { id: child });
    await server.data(`mutation ($id: ID!) { deleteGoal(id: $id) }`, { id: top });
    const gone = await server.data<{ goal: null }>(`query ($id: ID!) { goal(id: $id) { id } }`, { id: top });
    expect(gone.goal).toBeNull();
    const missing = await server.graphql(`mutation ($id: ID!) { deleteGoal(id: $id) }`, { id: top });
    expect(firstError(missing).code).toBe('NOT_FOUND');
  });
});

describe('goal–indicator links', () => {
  test('link, change the weight, and unlink', async () => {
    const goalId = await createTestGoal(server, await createTestPerspective(server, await createTestStrategy(server)));
    const code = await createTestIndicator(server);
    const { linkIndicatorToGoal } = await server.data<{ linkIndicatorToGoal: any }>(
      `mutation ($input: GoalIndicatorInput!) { linkIndicatorToGoal(input: $input) { weight goal { id } indicator { code goals { id } } } }`,
      { input: { goalId, indicatorCode: code, weight: 2 } },
    );
    expect(linkIndicatorToGoal).toEqual({ weight: 2, goal: { id: goalId }, indicator: { code, goals: [{ id: goalId }] } });
    const { updateGoalIndicator } = await server.data<{ updateGoalIndicator: { weight: number } }>(
      `mutation ($input: GoalIndicatorInput!) { updateGoalIndicator(input: $input) { weight } }`,
      { input: { goalId, indicatorCode: code, weight: 0.5 } },
    );
    expect(updateGoalIndicator.weight).toBe(0.5);
    await server.data(`mutation ($g: ID!, $c: String!) { unlinkIndicatorFromGoal(goalId: $g, indicatorCode: $c) { weight } }`, { g: goalId, c: code });
    const { goal } = await server.data<{ goal: { indicators: unknown[] } }>(`query ($id: ID!) { goal(id: $id) { indicators { weight } } }`, { id: goalId });
    expect(goal.indicators).toEqual([]);
  });

  test('bad weights, double links and missing links are refused', async () => {
    const goalId = await createTestGoal(server, await createTestPerspective(server, await createTestStrategy(server)));
    const code = await createTestIndicator(server);
    const mutation = `mutation ($input: GoalIndicatorInput!) { linkIndicatorToGoal(input: $input) { weight } }`;
    for (const weight of [0, -1, 5000]) {
      const result = await server.graphql(mutation, { input: { goalId, indicatorCode: code, weight } });
      expect(firstError(result)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.weight' });
    }
    await linkTestIndicator(server, goalId, code);
    const twice = await server.graphql(mutation, { input: { goalId, indicatorCode: code } });
    expect(firstError(twice)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.indicatorCode' });
    const noIndicator = await server.graphql(mutation, { input: { goalId, indicatorCode: 'no:such' } });
    expect(firstError(noIndicator)).toMatchObject({ code: 'NOT_FOUND', field: 'input.indicatorCode' });
    const noGoal = await server.graphql(mutation, { input: { goalId: '99999', indicatorCode: code } });
    expect(firstError(noGoal)).toMatchObject({ code: 'NOT_FOUND', field: 'input.goalId' });
    const otherCode = await createTestIndicator(server);
    const notLinked = await server.graphql(`mutation ($input: GoalIndicatorInput!) { updateGoalIndicator(input: $input) { weight } }`, {
      input: { goalId, indicatorCode: otherCode, weight: 2 },
    });
    expect(firstError(notLinked)).toMatchObject({ code: 'NOT_FOUND', field: 'input.indicatorCode' });
    const badUpdate = await server.graphql(`mutation ($input: GoalIndicatorInput!) { updateGoalIndicator(input: $input) { weight } }`, {
      input: { goalId, indicatorCode: code, weight: -2 },
    });
    expect(firstError(badUpdate).code).toBe('BAD_USER_INPUT');
    const unlinkMissing = await server.graphql(`mutation ($g: ID!, $c: String!) { unlinkIndicatorFromGoal(goalId: $g, indicatorCode: $c) { weight } }`, {
      g: goalId,
      c: otherCode,
    });
    expect(firstError(unlinkMissing).code).toBe('NOT_FOUND');
  });
});

describe('service promise items', () => {
  test('create with goals, update text and goals, delete', async () => {
    const strategyId = await createTestStrategy(server);
    const perspectiveId = await createTestPerspective(server, strategyId);
    const goalA = await createTestGoal(server, perspectiveId);
    const goalB = await createTestGoal(server, perspectiveId);
    const { createServicePromiseItem } = await server.data<{ createServicePromiseItem: any }>(
      `mutation ($input: CreateServicePromiseItemInput!) { createServicePromiseItem(input: $input) { id text { fi } goals { id } strategy { id } } }`,
      { input: { strategyId, text: { fi: 'Pääset hoitoon viikossa.' }, goalIds: [goalA] } },
    );
    expect(createServicePromiseItem).toMatchObject({ text: { fi: 'Pääset hoitoon viikossa.' }, goals: [{ id: goalA }], strategy: { id: strategyId } });
    const id = createServicePromiseItem.id;
    const { updateServicePromiseItem } = await server.data<{ updateServicePromiseItem: any }>(
      `mutation ($id: ID!, $goals: [ID!]) { updateServicePromiseItem(id: $id, input: { text: { fi: "Uusi", sv: "Ny" }, goalIds: $goals }) { text { fi sv } goals { id } } }`,
      { id, goals: [goalB] },
    );
    expect(updateServicePromiseItem).toEqual({ text: { fi: 'Uusi', sv: 'Ny' }, goals: [{ id: goalB }] });
    const { goal } = await server.data<{ goal: { servicePromiseItems: Array<{ id: string }> } }>(
      `query ($id: ID!) { goal(id: $id) { servicePromiseItems { id } } }`,
      { id: goalB },
    );
    expect(goal.servicePromiseItems).toEqual([{ id }]);
    await server.data(`mutation ($id: ID!) { deleteServicePromiseItem(id: $id) }`, { id });
    const { strategy } = await server.data<{ strategy: { servicePromiseItems: unknown[] } }>(
      `query ($id: ID!) { strategy(id: $id) { servicePromiseItems { id } } }`,
      { id: strategyId },
    );
    expect(strategy.servicePromiseItems).toEqual([]);
  });

  test('bad text, foreign goals and unknown ids are refused', async () => {
    const strategyId = await createTestStrategy(server);
    const foreignGoal = await createTestGoal(server, await createTestPerspective(server, await createTestStrategy(server)));
    const foreign = await server.graphql(`mutation ($s: ID!, $g: ID!) { createServicePromiseItem(input: { strategyId: $s, text: { fi: "P" }, goalIds: [$g] }) { id } }`, {
      s: strategyId,
      g: foreignGoal,
    });
    expect(firstError(foreign)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.goalIds.0' });
    const empty = await server.graphql(`mutation ($s: ID!) { createServicePromiseItem(input: { strategyId: $s, text: { fi: "" } }) { id } }`, { s: strategyId });
    expect(firstError(empty)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.text.fi' });
    const noStrategy = await server.graphql(`mutation { createServicePromiseItem(input: { strategyId: "99999", text: { fi: "P" } }) { id } }`);
    expect(firstError(noStrategy)).toMatchObject({ code: 'NOT_FOUND', field: 'input.strategyId' });
    const noItem = await server.graphql(`mutation { updateServicePromiseItem(id: "99999", input: { text: { fi: "P" } }) { id } }`);
    expect(firstError(noItem)).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    const badUpdate = await server.graphql(`mutation ($id: ID!) { updateServicePromiseItem(id: $id, input: { goalIds: ["99999"] }) { id } }`, {
      id: (
        await server.data<{ createServicePromiseItem: { id: string } }>(
          `mutation ($s: ID!) { createServicePromiseItem(input: { strategyId: $s, text: { fi: "P" } }) { id } }`,
          { s: strategyId },
        )
      ).createServicePromiseItem.id,
    });
    expect(firstError(badUpdate)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.goalIds.0' });
    const noDelete = await server.graphql(`mutation { deleteServicePromiseItem(id: "99999") }`);
    expect(firstError(noDelete).code).toBe('NOT_FOUND');
  });
});
