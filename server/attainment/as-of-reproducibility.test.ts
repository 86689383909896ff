import { afterAll, beforeAll, expect, test } from 'vitest';
import type { ParsedItem } from '../loads/load-model';
import { runLoad } from '../loads/load-service';
import { createTestGoal, createTestIndicator, createTestPerspective, createTestStrategy, linkTestIndicator } from '../test/factories';
import { startTestServer, type TestServer } from '../test/test-server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

async function* values(code: string, rows: Array<[string, string]>): AsyncGenerator<ParsedItem> {
  yield { record: { line: 2, indicator: { code }, areaCode: '491', cells: rows.map(([period, value]) => ({ field: 'value', period, value })) } };
}

const QUERY = `query ($id: ID!, $asOf: String) { attainment(strategyId: $id, areaCode: "491", asOf: $asOf) {
  status score perspectives { goals { status score indicators { status score ratio latest { period value } explanation } } } } }`;

test('a revised statistic does not change the answer as of before the revision', async () => {
  const strategyId = await createTestStrategy(server, { baselineYear: 2020 });
  const goalId = await createTestGoal(server, await createTestPerspective(server, strategyId));
  const code = await createTestIndicator(server, { direction: 'LOWER_IS_BETTER' });
  await linkTestIndicator(server, goalId, code);
  await server.data(`mutation ($s: ID!, $c: String!) { createTarget(input: { strategyId: $s, indicatorCode: $c, points: [{ period: "2027", value: 1.0 }] }) { id } }`, {
    s: strategyId,
    c: code,
  });

  // 2.0 in 2020 to 1.6 in 2022, heading for 1.0 in 2027.
  const first = await runLoad(server.database.file, values(code, [['2020', '2.0'], ['2022', '1.6']]), { fileName: 'a.csv', format: 'long-csv', createdBy: 'test' });
  const before = (await server.data<{ attainment: any }>(QUERY, { id: strategyId })).attainment;

  // Statistics Finland revises 2022 to 2.1: now it is moving away from the target.
  const revision = await runLoad(server.database.file, values(code, [['2022', '2.1']]), { fileName: 'b.csv', format: 'long-csv', createdBy: 'test' });
  expect(revision.updated).toBe(1);
  const after = (await server.data<{ attainment: any }>(QUERY, { id: strategyId })).attainment;
  expect(after.perspectives[0].goals[0].indicators[0].latest.value).toBe(2.1);
  expect(after.status).not.toBe(before.status);

  // As of any instant between the two loads, the answer is exactly the first one.
  const between = new Date((first.recordedAt!.getTime() + revision.recordedAt!.getTime()) / 2).toISOString();
  for (const asOf of [first.recordedAt!.toISOString(), between]) {
    const reproduced = (await server.data<{ attainment: any }>(QUERY, { id: strategyId, asOf })).attainment;
    expect(reproduced).toEqual(before);
  }
  // Before the first load there was nothing to judge.
  const beforeAnything = (await server.data<{ attainment: any }>(QUERY, { id: strategyId, asOf: new Date(first.recordedAt!.getTime() - 1).toISOString() })).attainment;
  expect(beforeAnything.status).toBe('NOT_AVAILABLE');
});
