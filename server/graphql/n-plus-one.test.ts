import { afterAll, beforeAll, expect, test } from 'vitest';
import { runLoad } from '../loads/load-service';
import type { ParsedItem } from '../loads/load-model';
import { createTestGoal, createTestIndicator, createTestPerspective, createTestStrategy, linkTestIndicator } from '../test/factories';
import { startTestServer, type TestServer } from '../test/test-server';

let server: TestServer;
let strategyId: string;
let perspectiveId: string;

async function* observationsFor(codes: string[]): AsyncGenerator<ParsedItem> {
  let line = 1;
  for (const code of codes) {
    line += 1;
    yield { record: { line, indicator: { code }, areaCode: '491', cells: [{ field: 'value', period: '2023', value: '1.5' }] } };
  }
}

/** Adds goals, each measured by a new indicator with data for Mikkeli. */
async function addGoals(count: number): Promise<void> {
  const codes: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const goalId = await createTestGoal(server, perspectiveId);
    const code = await createTestIndicator(server);
    await linkTestIndicator(server, goalId, code);
    codes.push(code);
  }
  const report = await runLoad(server.database.file, observationsFor(codes), { fileName: 't.csv', format: 'test', createdBy: 'test' });
  expect(report.inserted).toBe(count);
}

const NESTED = `query ($id: ID!) { strategy(id: $id) {
  organisation { name { fi } }
  perspectives { name { fi } goals { title { fi } serviceAreas { code } } }
  goals { title { fi } parent { id } indicators { weight indicator { code serviceAreas { code } series(areaCode: "491") { period value } } } }
} }`;

async function statementsForNestedQuery(): Promise<{ statements: number; goals: number; values: number }> {
  server.resetStatementCount();
  const { strategy } = await server.data<{ strategy: { goals: Array<{ indicators: Array<{ indicator: { series: unknown[] } }> }> } }>(NESTED, {
    id: strategyId,
  });
  const values = strategy.goals.flatMap((goal) => goal.indicators).reduce((sum, link) => sum + link.indicator.series.length, 0);
  return { statements: server.statementCount(), goals: strategy.goals.length, values };
}

beforeAll(async () => {
  server = await startTestServer();
  strategyId = await createTestStrategy(server);
  perspectiveId = await createTestPerspective(server, strategyId);
});
afterAll(() => server.close());

test('the statements of strategy → goals → indicators → series do not grow with the number of goals', async () => {
  await addGoals(2);
  const few = await statementsForNestedQuery();
  await addGoals(10);
  const many = await statementsForNestedQuery();
  expect(few.goals).toBe(2);
  expect(many.goals).toBe(12);
  expect(many.values).toBe(12);
  expect(many.statements).toBe(few.statements);
  // One statement per level, not per parent: strategy, area, perspectives, goals, … — a handful.
  expect(many.statements).toBeLessThan(15);
});

test("a list of strategies' review counts, and a catalogue page's indicators, cost the same statements however long the list", async () => {
  const count = async (query: string) => {
    server.resetStatementCount();
    await server.data(query);
    return server.statementCount();
  };
  const STRATEGIES = `{ strategies { id reviewCount approvedReviewCount } }`;
  const few = await count(STRATEGIES);
  for (let index = 0; index < 5; index += 1) await createTestStrategy(server);
  expect(await count(STRATEGIES)).toBe(few);
  const catalogue = (first: number) => `{ sotkanetCatalogue(first: ${first}) { edges { node { sotkanetId indicator { code } } } } }`;
  expect(await count(catalogue(200))).toBe(await count(catalogue(5)));
});
