import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadText } from '../loads/test-support';
import { createTestGoal, createTestIndicator, createTestPerspective, createTestStrategy, linkTestIndicator } from '../test/factories';
import { firstError, startTestServer, type TestServer } from '../test/test-server';

/**
 * Target sanity checks over HTTP: checkTarget's baseline (given, or attainment's own from the data)
 * and warnings, and createTarget / updateTarget refusing what is not acknowledged.
 *
 * The data: a share (higher is better, natural limit and maximum 100) with Mikkeli (491) at 55 in
 * 2020, 60 in 2021 and 66 in 2023, and Savonlinna (740) at 70 in 2021 and 72 in 2023. The county
 * HVA12 has no series of its own, so attainment judges it on the mean of its municipalities with data.
 */
let server: TestServer;
let strategyId: string;
let share: string;
beforeAll(async () => {
  server = await startTestServer();
  strategyId = await createTestStrategy(server, { baselineYear: 2021 });
  share = await createTestIndicator(server, { direction: 'HIGHER_IS_BETTER', naturalLimit: 100, minValue: 0, maxValue: 100 });
  const report = await loadText(
    server,
    ['indicator,area,period,value', `${share},491,2020,55`, `${share},491,2021,60`, `${share},491,2023,66`, `${share},740,2021,70`, `${share},740,2023,72`].join('\n'),
  );
  expect(report.status).toBe('COMMITTED');
});
afterAll(() => server.close());

const CHECK = `query ($input: CreateTargetInput!) { checkTarget(input: $input) { baseline { period value } warnings { code pointIndex message } } }`;
const CREATE = `mutation ($input: CreateTargetInput!) { createTarget(input: $input) { id acknowledgedWarnings points { period value } } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateTargetInput!) { updateTarget(id: $id, input: $input) { id acknowledgedWarnings points { period value } } }`;

async function check(input: Record<string, unknown>) {
  const { checkTarget } = await server.data<{ checkTarget: { baseline: unknown; warnings: Array<{ code: string; pointIndex: number | null; message: string }> } }>(
    CHECK,
    { input: { strategyId, indicatorCode: share, ...input } },
    'anonymous',
  );
  return { baseline: checkTarget.baseline, warnings: checkTarget.warnings.map((warning) => [warning.code, warning.pointIndex]) };
}

const targetCount = () => (server.database.sqlite.prepare('select count(*) as n from target').get() as { n: number }).n;

describe('checkTarget', () => {
  test("an area's baseline is attainment's: its first value from the strategy's baseline year", async () => {
    // 2020 (55) is before the baseline year 2021, so the baseline is 2021: 60.
    expect(await check({ areaCode: '491', points: [{ period: '2027', value: 80 }] })).toEqual({ baseline: { period: '2021', value: 60 }, warnings: [] });
    expect(await check({ areaCode: '491', points: [{ period: '2027', value: 59 }] })).toEqual({
      baseline: { period: '2021', value: 60 },
      warnings: [['WORSE_THAN_BASELINE', 0]],
    });
  });

  test("an organisation-wide target's baseline is the county's series: here the mean of its municipalities", async () => {
    // HVA12 has no series: 2021 = (60 + 70) / 2 = 65, so 64 is worse and 66 is not.
    expect(await check({ points: [{ period: '2027', value: 64 }] })).toEqual({ baseline: { period: '2021', value: 65 }, warnings: [['WORSE_THAN_BASELINE', 0]] });
    expect((await check({ points: [{ period: '2027', value: 66 }] })).warnings).toEqual([]);
  });

  test('a baseline period given without a value takes the value from the data; with a value, the value given', async () => {
    expect(await check({ areaCode: '491', baselinePeriod: '2020', points: [{ period: '2027', value: 58 }] })).toEqual({
      baseline: { period: '2020', value: 55 },
      warnings: [],
    });
    // 120 is beyond the limit 100 and the maximum 100 (the baseline's warnings), and 80 is below it.
    expect(await check({ areaCode: '491', baselinePeriod: '2022', baselineValue: 120, points: [{ period: '2027', value: 80 }] })).toEqual({
      baseline: { period: '2022', value: 120 },
      warnings: [
        ['OUTSIDE_NATURAL_LIMIT', null],
        ['OUTSIDE_ACCEPTED_RANGE', null],
        ['WORSE_THAN_BASELINE', 0],
      ],
    });
  });

  test('points at or before the baseline, and without data no baseline at all', async () => {
    expect((await check({ areaCode: '491', points: [{ period: '2027', value: 80 }, { period: '2021', value: 80 }] })).warnings).toEqual([['POINT_BEFORE_BASELINE', 1]]);
    const empty = await createTestIndicator(server, { direction: 'HIGHER_IS_BETTER' });
    expect(await check({ indicatorCode: empty, points: [{ period: '2019', value: 1 }] })).toEqual({ baseline: null, warnings: [] });
  });

  test('malformed input and unknown references are refused as createTarget refuses them', async () => {
    const quarter = await server.graphql(CHECK, { input: { strategyId, indicatorCode: share, points: [{ period: '2027Q1', value: 1 }] } });
    expect(firstError(quarter)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.points.0.period' });
    const missing = await server.graphql(CHECK, { input: { strategyId: '99999', indicatorCode: share, points: [{ period: '2027', value: 1 }] } });
    expect(firstError(missing)).toMatchObject({ code: 'NOT_FOUND', field: 'input.strategyId' });
  });
});

describe('createTarget and updateTarget with warnings', () => {
  test('refuses an unacknowledged warning with its codes, writes nothing, and stores the warning once acknowledged', async () => {
    const strategy = await createTestStrategy(server, { baselineYear: 2021 });
    const input = { strategyId: strategy, indicatorCode: share, areaCode: '491', points: [{ period: '2027', value: 59 }] };
    const before = targetCount();
    const refused = await server.graphql(CREATE, { input });
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.points',
      reason: 'UNACKNOWLEDGED_WARNING',
      warnings: ['WORSE_THAN_BASELINE'],
    });
    expect(firstError(refused).message).toContain('point 1 (2027: 59) is worse than the baseline 60 (2021)');
    expect(targetCount()).toBe(before);
    const otherWarning = await server.graphql(CREATE, { input: { ...input, acknowledgedWarnings: ['OUTSIDE_NATURAL_LIMIT'] } });
    expect(otherWarning.errors?.[0]?.extensions?.warnings).toEqual(['WORSE_THAN_BASELINE']);
    // Acknowledged codes that do not apply are not kept.
    const { createTarget } = await server.data<{ createTarget: { id: string; acknowledgedWarnings: string[] } }>(CREATE, {
      input: { ...input, acknowledgedWarnings: ['WORSE_THAN_BASELINE', 'OUTSIDE_NATURAL_LIMIT'] },
    });
    expect(createTarget.acknowledgedWarnings).toEqual(['WORSE_THAN_BASELINE']);
  });

  test('a point before the baseline and a value outside the accepted range are refused even when acknowledged', async () => {
    const strategy = await createTestStrategy(server, { baselineYear: 2021 });
    const all = ['WORSE_THAN_BASELINE', 'POINT_BEFORE_BASELINE', 'OUTSIDE_NATURAL_LIMIT', 'OUTSIDE_ACCEPTED_RANGE'];
    const before = targetCount();
    // The baseline found in Mikkeli's data is 2021, so a 2021 point is not after it.
    const early = await server.graphql(CREATE, {
      input: { strategyId: strategy, indicatorCode: share, areaCode: '491', points: [{ period: '2021', value: 80 }], acknowledgedWarnings: all },
    });
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.points.0.period', warnings: ['POINT_BEFORE_BASELINE'] });
    expect(firstError(early).message).toContain('is not after the baseline period 2021');
    const tooHigh = await server.graphql(CREATE, {
      input: { strategyId: strategy, indicatorCode: share, areaCode: '491', points: [{ period: '2027', value: 101 }], acknowledgedWarnings: all },
    });
    expect(tooHigh.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.points.0.value', warnings: ['OUTSIDE_ACCEPTED_RANGE'] });
    expect(targetCount()).toBe(before);
  });

  test('a value beyond the natural limit may be acknowledged', async () => {
    const unbounded = await createTestIndicator(server, { direction: 'HIGHER_IS_BETTER', naturalLimit: 100 });
    const input = { strategyId, indicatorCode: unbounded, points: [{ period: '2029', value: 105 }] };
    expect((await server.graphql(CREATE, { input })).errors?.[0]?.extensions?.warnings).toEqual(['OUTSIDE_NATURAL_LIMIT']);
    const { createTarget } = await server.data<{ createTarget: { acknowledgedWarnings: string[] } }>(CREATE, {
      input: { ...input, acknowledgedWarnings: ['OUTSIDE_NATURAL_LIMIT'] },
    });
    expect(createTarget.acknowledgedWarnings).toEqual(['OUTSIDE_NATURAL_LIMIT']);
  });

  test('updateTarget keeps the stored acknowledgements unless given new ones, and drops those that no longer apply', async () => {
    const strategy = await createTestStrategy(server, { baselineYear: 2021 });
    const { createTarget } = await server.data<{ createTarget: { id: string } }>(CREATE, {
      input: { strategyId: strategy, indicatorCode: share, areaCode: '491', points: [{ period: '2027', value: 59 }], acknowledgedWarnings: ['WORSE_THAN_BASELINE'] },
    });
    const id = createTarget.id;
    const { updateTarget: stillWorse } = await server.data<{ updateTarget: { acknowledgedWarnings: string[] } }>(UPDATE, {
      id,
      input: { points: [{ period: '2029', value: 58 }] },
    });
    expect(stillWorse.acknowledgedWarnings).toEqual(['WORSE_THAN_BASELINE']);
    const withdrawn = await server.graphql(UPDATE, { id, input: { points: [{ period: '2029', value: 57 }], acknowledgedWarnings: [] } });
    expect(withdrawn.errors?.[0]?.extensions).toMatchObject({ reason: 'UNACKNOWLEDGED_WARNING', warnings: ['WORSE_THAN_BASELINE'] });
    const { updateTarget: fixed } = await server.data<{ updateTarget: { acknowledgedWarnings: string[]; points: unknown } }>(UPDATE, {
      id,
      input: { points: [{ period: '2029', value: 75 }] },
    });
    expect(fixed).toEqual({ id, acknowledgedWarnings: [], points: [{ period: '2029', value: 75 }] });
    const beforeBaseline = await server.graphql(UPDATE, { id, input: { baselinePeriod: '2029' } });
    expect(firstError(beforeBaseline)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.baselinePeriod' });
  });

  test("the explanation of a series judged against the target says which warnings were acknowledged", async () => {
    const strategy = await createTestStrategy(server, { baselineYear: 2021 });
    await linkTestIndicator(server, await createTestGoal(server, await createTestPerspective(server, strategy)), share);
    await server.data(CREATE, {
      input: { strategyId: strategy, indicatorCode: share, areaCode: '491', points: [{ period: '2027', value: 59 }], acknowledgedWarnings: ['WORSE_THAN_BASELINE'] },
    });
    const explanationIn = async (areaCode: string) => {
      const { attainment } = await server.data<{ attainment: any }>(
        `query ($s: ID!, $a: String) { attainment(strategyId: $s, areaCode: $a) { perspectives { goals { indicators { explanation } } } } }`,
        { s: strategy, a: areaCode },
      );
      return attainment.perspectives[0].goals[0].indicators[0].explanation as string;
    };
    const note = 'The target was saved with its warnings acknowledged: a target value worse than the baseline.';
    // Mikkeli: 66 (2023) already meets 59, judged against the target.
    expect(await explanationIn('491')).toContain(note);
    // Savonlinna has no target of its own, nor is there an organisation-wide one: nothing to mention.
    expect(await explanationIn('740')).not.toContain('acknowledged');
  });
});
