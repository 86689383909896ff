import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestGoal, createTestIndicator, createTestPerspective, createTestStrategy, linkTestIndicator } from '../test/factories';
import { firstError, startTestServer, type TestServer } from '../test/test-server';

let server: TestServer;
let serviceAreaIds: Record<string, string>;
beforeAll(async () => {
  server = await startTestServer();
  const { serviceAreas } = await server.data<{ serviceAreas: Array<{ id: string; code: string }> }>(`{ serviceAreas { id code } }`);
  serviceAreaIds = Object.fromEntries(serviceAreas.map((serviceArea) => [serviceArea.code, serviceArea.id]));
});
afterAll(() => server.close());

const CREATE = `mutation ($input: CreateIndicatorInput!) { createIndicator(input: $input) {
  id code name { fi sv en } unit decimals direction naturalLimit minValue maxValue frequency source sourceId
  definition { fi } serviceAreas { code } } }`;

const validIndicator = (overrides: Record<string, unknown> = {}) => ({
  code: 'internal:wait-days',
  name: { fi: 'Odotusaika, vrk', sv: 'Väntetid, dygn', en: 'Waiting time, days' },
  unit: 'vrk',
  decimals: 0,
  direction: 'LOWER_IS_BETTER',
  naturalLimit: 0,
  minValue: 0,
  frequency: 'QUARTER',
  source: 'internal',
  definition: { fi: 'Mediaani' },
  ...overrides,
});

describe('indicators', () => {
  test('createIndicator stores every field', async () => {
    const { createIndicator } = await server.data<{ createIndicator: any }>(CREATE, {
      input: validIndicator({ serviceAreaIds: [serviceAreaIds['mental-health-substance-abuse']] }),
    });
    expect(createIndicator).toMatchObject({
      code: 'internal:wait-days',
      name: { fi: 'Odotusaika, vrk', sv: 'Väntetid, dygn', en: 'Waiting time, days' },
      unit: 'vrk',
      decimals: 0,
      direction: 'LOWER_IS_BETTER',
      naturalLimit: 0,
      minValue: 0,
      maxValue: null,
      frequency: 'QUARTER',
      source: 'internal',
      sourceId: null,
      definition: { fi: 'Mediaani' },
      serviceAreas: [{ code: 'mental-health-substance-abuse' }],
    });
    const { indicator } = await server.data<{ indicator: { code: string } }>(`{ indicator(code: "internal:wait-days") { code } }`);
    expect(indicator.code).toBe('internal:wait-days');
  });

  test('createIndicator refuses bad codes, ranges, decimals and a code in use', async () => {
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ code: 'Has Spaces' }, 'input.code', 'lower-case letters'],
      [{ code: 'internal:x', decimals: 9 }, 'input.decimals', '0–6'],
      [{ code: 'internal:x', minValue: 10, maxValue: 5 }, 'input.maxValue', 'must not be less than minValue (10)'],
      [{ code: 'internal:x', minValue: 1, naturalLimit: 0 }, 'input.naturalLimit', 'must not be less than minValue'],
      [{ code: 'internal:x', unit: ' ' }, 'input.unit', 'must not be empty'],
      [{ code: 'internal:wait-days' }, 'input.code', 'already in use'],
    ];
    for (const [overrides, field, reason] of cases) {
      const result = await server.graphql(CREATE, { input: validIndicator(overrides) });
      expect(firstError(result), JSON.stringify(overrides)).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(firstError(result).message).toContain(reason);
    }
    const unknownServiceArea = await server.graphql(CREATE, { input: validIndicator({ code: 'internal:y', serviceAreaIds: ['99999'] }) });
    expect(firstError(unknownServiceArea)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.serviceAreaIds.0' });
    const { indicator } = await server.data<{ indicator: null }>(`{ indicator(code: "internal:x") { code } }`);
    expect(indicator).toBeNull();
  });

  test('updateIndicator changes the given fields, may clear optional ones, and keeps the code', async () => {
    const code = await createTestIndicator(server, { maxValue: 100, sourceId: '42' });
    const { updateIndicator } = await server.data<{ updateIndicator: any }>(
      `mutation ($code: String!) { updateIndicator(code: $code, input: { name: { fi: "Uusi nimi" }, decimals: 2, maxValue: null, sourceId: null }) {
        code name { fi } decimals maxValue sourceId unit } }`,
      { code },
    );
    expect(updateIndicator).toEqual({ code, name: { fi: 'Uusi nimi' }, decimals: 2, maxValue: null, sourceId: null, unit: '%' });
    const bad = await server.graphql(`mutation ($code: String!) { updateIndicator(code: $code, input: { minValue: 5, maxValue: 1 }) { code } }`, { code });
    expect(firstError(bad)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.maxValue' });
    const missing = await server.graphql(`mutation { updateIndicator(code: "no:such", input: { decimals: 1 }) { code } }`);
    expect(firstError(missing)).toMatchObject({ code: 'NOT_FOUND', field: 'code' });
  });

  test('search finds by code and by any name, ignoring case, also for ä, ö and å', async () => {
    await createTestIndicator(server, { code: 'test:search-1', name: { fi: 'Äitiysneuvolan KÄYNNIT', sv: 'Besök på mödrarådgivningen' } });
    const search = async (text: string) =>
      (await server.data<{ indicators: { edges: Array<{ node: { code: string } }> } }>(`query ($s: String) { indicators(search: $s) { edges { node { code } } } }`, { s: text }))
        .indicators.edges.map((edge) => edge.node.code);
    expect(await search('äitiysneuvolan käynnit')).toEqual(['test:search-1']);
    expect(await search('MÖDRARÅDGIVNINGEN')).toEqual(['test:search-1']);
    expect(await search('search-1')).toEqual(['test:search-1']);
    expect(await search('100%_')).toEqual([]);
    // % and _ are searched for as themselves: "100%" finds the name with "100%", not the one with "1000".
    await createTestIndicator(server, { code: 'test:search-percent', name: { fi: 'Osuus 100% tavoitteesta' } });
    await createTestIndicator(server, { code: 'test:search-thousand', name: { fi: 'Yli 1000 asukkaan kunnat' } });
    expect(await search('100%')).toEqual(['test:search-percent']);
    expect(await search('10_0')).toEqual([]);
  });

  test('pages through all indicators with cursors', async () => {
    for (let index = 0; index < 5; index += 1) await createTestIndicator(server);
    const { indicators: all } = await server.data<{ indicators: { totalCount: number; edges: Array<{ node: { code: string } }> } }>(
      `{ indicators(first: 500) { totalCount edges { node { code } } } }`,
    );
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: { indicators: { edges: Array<{ node: { code: string } }>; pageInfo: { hasNextPage: boolean; endCursor: string | null }; totalCount: number } } =
        await server.data(`query ($after: String) { indicators(first: 2, after: $after) { totalCount edges { node { code } } pageInfo { hasNextPage endCursor } } }`, {
          after,
        });
      expect(page.indicators.totalCount).toBe(all.totalCount);
      seen.push(...page.indicators.edges.map((edge) => edge.node.code));
      if (!page.indicators.pageInfo.hasNextPage) break;
      after = page.indicators.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.edges.map((edge) => edge.node.code));
    expect(seen).toEqual([...seen].sort());
    expect(seen.length).toBe(all.totalCount);
  });

  test('filters by service area and refuses bad paging arguments', async () => {
    const code = await createTestIndicator(server, { serviceAreaIds: [serviceAreaIds['rescue-services']] });
    const { indicators } = await server.data<{ indicators: { edges: Array<{ node: { code: string } }> } }>(
      `query ($sa: ID) { indicators(serviceAreaId: $sa) { edges { node { code } } } }`,
      { sa: serviceAreaIds['rescue-services'] },
    );
    expect(indicators.edges.map((edge) => edge.node.code)).toEqual([code]);
    expect(firstError(await server.graphql(`{ indicators(first: 501) { totalCount } }`))).toMatchObject({ code: "BAD_USER_INPUT", field: "first" });
    expect(firstError(await server.graphql(`{ indicators(after: "!!") { totalCount } }`))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  test('deleteIndicator is refused while a goal uses it, and works once unused', async () => {
    const code = await createTestIndicator(server);
    const goalId = await createTestGoal(server, await createTestPerspective(server, await createTestStrategy(server)));
    await linkTestIndicator(server, goalId, code);
    const refused = await server.graphql(`mutation ($code: String!) { deleteIndicator(code: $code) }`, { code });
    expect(firstError(refused).code).toBe('CONFLICT');
    expect(firstError(refused).message).toContain('1 goal link');
    await server.data(`mutation ($g: ID!, $c: String!) { unlinkIndicatorFromGoal(goalId: $g, indicatorCode: $c) { weight } }`, { g: goalId, c: code });
    const { deleteIndicator } = await server.data<{ deleteIndicator: string }>(`mutation ($code: String!) { deleteIndicator(code: $code) }`, { code });
    expect(deleteIndicator).toBe(code);
    const missing = await server.graphql(`mutation ($code: String!) { deleteIndicator(code: $code) }`, { code });
    expect(firstError(missing)).toMatchObject({ code: 'NOT_FOUND', field: 'code' });
  });
});

describe('targets', () => {
  const CREATE_TARGET = `mutation ($input: CreateTargetInput!) { createTarget(input: $input) {
    id strategy { id } indicator { code } area { code } serviceArea { code } baselinePeriod baselineValue points { period value } } }`;

  test('createTarget stores a trajectory in period order, in canonical form', async () => {
    const strategyId = await createTestStrategy(server);
    // Rising from the baseline 60 to 90: higher must be better, or the target would be a warning.
    const code = await createTestIndicator(server, { frequency: 'QUARTER', minValue: 0, maxValue: 100, direction: 'HIGHER_IS_BETTER' });
    const { createTarget } = await server.data<{ createTarget: any }>(CREATE_TARGET, {
      input: {
        strategyId,
        indicatorCode: code,
        areaCode: '740',
        serviceAreaId: serviceAreaIds['older-people'],
        baselinePeriod: '2021q1',
        baselineValue: 60,
        points: [
          { period: '2029Q4', value: 90 },
          { period: '2027q4', value: 80 },
        ],
      },
    });
    expect(createTarget).toMatchObject({
      strategy: { id: strategyId },
      indicator: { code },
      area: { code: '740' },
      serviceArea: { code: 'older-people' },
      baselinePeriod: '2021Q1',
      baselineValue: 60,
      points: [
        { period: '2027Q4', value: 80 },
        { period: '2029Q4', value: 90 },
      ],
    });
    const { strategy } = await server.data<{ strategy: { targets: Array<{ id: string }> } }>(`query ($id: ID!) { strategy(id: $id) { targets { id } } }`, {
      id: strategyId,
    });
    expect(strategy.targets).toEqual([{ id: createTarget.id }]);
    const { indicator } = await server.data<{ indicator: { targets: unknown[]; other: unknown[] } }>(
      `query ($code: String!, $s: ID) { indicator(code: $code) { targets(strategyId: $s) { id } other: targets(strategyId: "99999") { id } } }`,
      { code, s: strategyId },
    );
    expect(indicator).toEqual({ targets: [{ id: createTarget.id }], other: [] });
  });

  test('createTarget checks periods, frequency, range, baseline and duplicates', async () => {
    const strategyId = await createTestStrategy(server);
    const code = await createTestIndicator(server, { frequency: 'YEAR', minValue: 0, maxValue: 100 });
    const attempt = (input: Record<string, unknown>) =>
      server.graphql(CREATE_TARGET, { input: { strategyId, indicatorCode: code, points: [{ period: '2029', value: 1 }], ...input } });
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ points: [{ period: '2029Q5', value: 1 }] }, 'input.points.0.period', 'quarter 5 does not exist'],
      [{ points: [{ period: '2029Q4', value: 1 }] }, 'input.points.0.period', 'measured by year'],
      [{ points: [{ period: '2029', value: 101 }] }, 'input.points.0.value', 'above the indicator\'s maximum 100'],
      [{ points: [{ period: '2029', value: 1 }, { period: '2029', value: 2 }] }, 'input.points.1.period', 'already given'],
      [{ points: [] }, 'input.points', 'at least one'],
      [{ baselinePeriod: '2030' }, 'input.baselinePeriod', 'must be before the first target period 2029'],
      [{ baselineValue: 3 }, 'input.baselineValue', 'needs a baselinePeriod'],
    ];
    for (const [input, field, reason] of cases) {
      const result = await attempt(input);
      expect(firstError(result), JSON.stringify(input)).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(firstError(result).message).toContain(reason);
    }
    await server.data(CREATE_TARGET, { input: { strategyId, indicatorCode: code, points: [{ period: '2029', value: 1 }] } });
    const duplicate = await attempt({});
    expect(firstError(duplicate)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.indicatorCode' });
    expect(firstError(duplicate).message).toContain('already has a target');
    const perArea = await attempt({ areaCode: '091' });
    expect(perArea.errors).toBeUndefined();
    for (const [input, field] of [
      [{ strategyId: '99999' }, 'input.strategyId'],
      [{ indicatorCode: 'no:such' }, 'input.indicatorCode'],
      [{ areaCode: '911' }, 'input.areaCode'],
      [{ serviceAreaId: '99999' }, 'input.serviceAreaId'],
    ] as const) {
      expect(firstError(await attempt(input))).toMatchObject({ code: 'NOT_FOUND', field });
    }
    // Municipality codes are digits, yet a code is named a code, not an id.
    expect(firstError(await attempt({ areaCode: '911' })).message).toContain('no area has the code "911"');
    expect(firstError(await attempt({ serviceAreaId: '99999' })).message).toContain('no service area has the id "99999"');
  });

  test('updateTarget replaces the trajectory and baseline; deleteTarget removes it', async () => {
    const strategyId = await createTestStrategy(server);
    const code = await createTestIndicator(server);
    const { createTarget } = await server.data<{ createTarget: { id: string } }>(CREATE_TARGET, {
      input: { strategyId, indicatorCode: code, points: [{ period: '2027', value: 2 }] },
    });
    const id = createTarget.id;
    const { updateTarget } = await server.data<{ updateTarget: any }>(
      `mutation ($id: ID!) { updateTarget(id: $id, input: { baselinePeriod: "2021", baselineValue: 3, points: [{ period: "2029", value: 1 }, { period: "2028", value: 1.5 }] }) {
        baselinePeriod baselineValue points { period value } } }`,
      { id },
    );
    expect(updateTarget).toEqual({
      baselinePeriod: '2021',
      baselineValue: 3,
      points: [
        { period: '2028', value: 1.5 },
        { period: '2029', value: 1 },
      ],
    });
    const bad = await server.graphql(`mutation ($id: ID!) { updateTarget(id: $id, input: { baselinePeriod: "2030" }) { id } }`, { id });
    expect(firstError(bad)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.baselinePeriod' });
    const missing = await server.graphql(`mutation { updateTarget(id: "99999", input: { baselineValue: 1 }) { id } }`);
    expect(firstError(missing)).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    await server.data(`mutation ($id: ID!) { deleteTarget(id: $id) }`, { id });
    const { strategy } = await server.data<{ strategy: { targets: unknown[] } }>(`query ($id: ID!) { strategy(id: $id) { targets { id } } }`, { id: strategyId });
    expect(strategy.targets).toEqual([]);
    expect(firstError(await server.graphql(`mutation ($id: ID!) { deleteTarget(id: $id) }`, { id })).code).toBe('NOT_FOUND');
  });
});
