import type { TestServer } from './test-server';

/**
 * Builders for test data, through the public API so every test exercises the real validation.
 * Each takes overrides for the fields a test cares about.
 */
let sequence = 0;
const next = () => ++sequence;

export async function createTestStrategy(server: TestServer, overrides: Record<string, unknown> = {}) {
  const { createStrategy } = await server.data<{ createStrategy: { id: string } }>(
    `mutation ($input: CreateStrategyInput!) { createStrategy(input: $input) { id } }`,
    {
      input: {
        organisationCode: 'HVA12',
        name: { fi: `Strategia ${next()}` },
        startYear: 2026,
        endYear: 2029,
        baselineYear: 2021,
        ...overrides,
      },
    },
  );
  return createStrategy.id;
}

export async function createTestPerspective(server: TestServer, strategyId: string, overrides: Record<string, unknown> = {}) {
  const { createPerspective } = await server.data<{ createPerspective: { id: string } }>(
    `mutation ($input: CreatePerspectiveInput!) { createPerspective(input: $input) { id } }`,
    { input: { strategyId, name: { fi: `Näkökulma ${next()}` }, ...overrides } },
  );
  return createPerspective.id;
}

export async function createTestGoal(server: TestServer, perspectiveId: string, overrides: Record<string, unknown> = {}) {
  const { createGoal } = await server.data<{ createGoal: { id: string } }>(
    `mutation ($input: CreateGoalInput!) { createGoal(input: $input) { id } }`,
    { input: { perspectiveId, title: { fi: `Tavoite ${next()}` }, ...overrides } },
  );
  return createGoal.id;
}

export async function createTestIndicator(server: TestServer, overrides: Record<string, unknown> = {}) {
  const { createIndicator } = await server.data<{ createIndicator: { id: string; code: string } }>(
    `mutation ($input: CreateIndicatorInput!) { createIndicator(input: $input) { id code } }`,
    {
      input: {
        code: `test:indicator-${next()}`,
        name: { fi: 'Testimittari' },
        unit: '%',
        decimals: 1,
        direction: 'LOWER_IS_BETTER',
        frequency: 'YEAR',
        source: 'test',
        ...overrides,
      },
    },
  );
  return createIndicator.code;
}

export async function linkTestIndicator(server: TestServer, goalId: string, indicatorCode: string, weight = 1) {
  await server.data(
    `mutation ($input: GoalIndicatorInput!) { linkIndicatorToGoal(input: $input) { weight } }`,
    { input: { goalId, indicatorCode, weight } },
  );
}
