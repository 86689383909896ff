import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { firstError, startTestServer, type TestServer } from '../test/test-server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ demo: true });
});
afterAll(() => server.close());

type Series = Array<{ period: string; value: number | null }>;

async function series(code: string, areaCode: string, extra = ''): Promise<Series> {
  const { indicator } = await server.data<{ indicator: { series: Series } }>(
    `query ($code: String!, $area: String!) { indicator(code: $code) { series(areaCode: $area${extra}) { period value } } }`,
    { code, area: areaCode },
  );
  return indicator.series;
}

const valueIn = (rows: Series, period: string) => rows.find((row) => row.period === period)?.value;

describe('the demo holds the real Sotkanet series', () => {
  test('Helsinki, indicator 1244: 2015 1.6, 2022 1.5, 2023 1.4 (as in the source file)', async () => {
    const rows = await series('sotkanet:1244', '091');
    expect(valueIn(rows, '2015')).toBe(1.6);
    expect(valueIn(rows, '2022')).toBe(1.5);
    expect(valueIn(rows, '2023')).toBe(1.4);
    expect(rows[0]?.period).toBe('1990');
    expect(rows.map((row) => row.period)).toEqual(rows.map((row) => row.period).sort());
  });

  test('Tampere, indicator 1077: 2021 1.5; Savonlinna 1244: 2023 2.1', async () => {
    expect(valueIn(await series('sotkanet:1077', '837'), '2021')).toBe(1.5);
    expect(valueIn(await series('sotkanet:1244', '740'), '2023')).toBe(2.1);
  });

  test('every numeric cell of the export is stored but the one impossible value, which is on record', async () => {
    // SOURCES.md counts 74,159 numeric year cells in the export; one (-2 children) is rejected.
    const { stored } = server.database.sqlite
      .prepare(`select count(*) as stored from observation where indicator_id in (select id from indicator where source = 'sotkanet' and code <> 'sotkanet:127')`)
      .get() as { stored: number };
    expect(stored).toBe(74_158);
    const rejection = server.database.sqlite
      .prepare(`select r.line, r.field, r.value, r.reason_code from load_rejection r join load l on l.id = r.load_id where l.file_name = 'sotkanet-data.csv'`)
      .all();
    expect(rejection).toEqual([{ line: 4641, field: '2000', value: '-2', reason_code: 'OUT_OF_RANGE' }]);
  });

  test('the population (Sotkanet 127) of every municipality 2000–2022, Pertunmaa counted in Mäntyharju, which it joined in 2025', async () => {
    // From data/population/population-127-municipalities-2000-2022.csv: Mikkeli (491) 2022 = 51,980;
    // Mäntyharju (507) 2022 = 5,564 and Pertunmaa (588) 2022 = 1,600 → 5,564 + 1,600 = 7,164.
    const mikkeli = await series('sotkanet:127', '491');
    expect(mikkeli.map((row) => row.period)).toEqual(Array.from({ length: 23 }, (_, index) => String(2000 + index)));
    expect(valueIn(mikkeli, '2022')).toBe(51_980);
    expect(valueIn(await series('sotkanet:127', '507'), '2022')).toBe(7164);
    // 309 municipalities × 23 years in the file; with 588 merged into 507, 308 × 23 = 7,084 values.
    const { stored } = server.database.sqlite
      .prepare(`select count(*) as stored from observation where indicator_id = (select id from indicator where code = 'sotkanet:127')`)
      .get() as { stored: number };
    expect(stored).toBe(7084);
    // Through the load service, arriving an hour after the other Sotkanet figures: up to 2020 with
    // the first import, 2021's and 2022's in June of the year after.
    const loads = server.database.sqlite
      .prepare(`select file_name, recorded_at, inserted_count, rejected_count from load where format = 'sotkanet-population' order by recorded_at`)
      .all();
    expect(loads).toEqual([
      { file_name: 'population-127-municipalities-2000-2022.csv', recorded_at: Date.parse('2021-03-01T09:00:00Z'), inserted_count: 21 * 308, rejected_count: 0 },
      { file_name: 'population-127-municipalities-2000-2022.csv', recorded_at: Date.parse('2022-06-15T09:00:00Z'), inserted_count: 308, rejected_count: 0 },
      { file_name: 'population-127-municipalities-2000-2022.csv', recorded_at: Date.parse('2023-06-15T09:00:00Z'), inserted_count: 308, rejected_count: 0 },
    ]);
  });

  test('series can be cut to a period range, also across frequencies', async () => {
    const rows = await series('sotkanet:1244', '091', ', from: "2020", to: "2022Q2"');
    expect(rows.map((row) => row.period)).toEqual(['2020', '2021', '2022']);
    const quarters = await series('internal:care-guarantee-7d', 'HVA12', ', from: "2022-04", to: "2023"');
    expect(quarters.map((row) => row.period)).toEqual(['2022Q2', '2022Q3', '2022Q4', '2023Q1', '2023Q2', '2023Q3', '2023Q4']);
  });

  test('synthetic quarterly series exist per service area and say they are synthetic', async () => {
    const { serviceAreas } = await server.data<{ serviceAreas: Array<{ id: string; code: string }> }>(`{ serviceAreas { id code } }`);
    const olderPeople = serviceAreas.find((serviceArea) => serviceArea.code === 'older-people')!.id;
    const { indicator } = await server.data<{ indicator: any }>(
      `query ($sa: ID) { indicator(code: "internal:customer-satisfaction") { source frequency
        overall: series(areaCode: "HVA12") { period }
        older: series(areaCode: "HVA12", serviceAreaId: $sa) { period serviceArea { code } } } }`,
      { sa: olderPeople },
    );
    expect(indicator.source).toMatch(/synthetic/);
    expect(indicator.frequency).toBe('QUARTER');
    expect(indicator.overall).toHaveLength(23);
    expect(indicator.older[0]).toEqual({ period: '2021Q1', serviceArea: { code: 'older-people' } });
    expect(indicator.older.at(-1).period).toBe('2026Q3');
  });

  test('bad series arguments are named', async () => {
    const unknownArea = await server.graphql(`{ indicator(code: "sotkanet:1244") { series(areaCode: "911") { period } } }`);
    expect(firstError(unknownArea)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'areaCode' });
    const badPeriod = await server.graphql(`{ indicator(code: "sotkanet:1244") { series(areaCode: "091", from: "2020Q9") { period } } }`);
    expect(firstError(badPeriod)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
    const reversed = await server.graphql(`{ indicator(code: "sotkanet:1244") { series(areaCode: "091", from: "2022", to: "2020") { period } } }`);
    expect(firstError(reversed)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    const badServiceArea = await server.graphql(`{ indicator(code: "sotkanet:1244") { series(areaCode: "091", serviceAreaId: "99999") { period } } }`);
    expect(firstError(badServiceArea)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'serviceAreaId' });
  });
});

describe('the demo strategy', () => {
  test('Etelä-Savo’s strategy with four perspectives, eleven goals, a goal tree and weighted links', async () => {
    const { strategies } = await server.data<{ strategies: any[] }>(`{ strategies {
      organisation { code } name { fi } startYear endYear baselineYear
      perspectives { name { en } goals { title { en } } }
      goals { title { en } parent { title { en } } indicators { weight indicator { code } } }
      servicePromiseItems { text { fi } goals { id } }
      targets { indicator { code } area { code } points { period value } } } }`);
    expect(strategies).toHaveLength(1);
    const strategy = strategies[0];
    expect(strategy).toMatchObject({ organisation: { code: 'HVA12' }, startYear: 2026, endYear: 2029, baselineYear: 2021 });
    expect(strategy.perspectives.map((perspective: any) => perspective.name.en)).toEqual([
      'Availability and customer experience',
      'Effectiveness',
      'Productivity',
      'Staff experience',
    ]);
    expect(strategy.goals).toHaveLength(11);
    const placements = strategy.goals.find((goal: any) => goal.title.en === 'The share of children placed outside the home decreases');
    expect(placements.indicators).toEqual([
      { weight: 2, indicator: { code: 'sotkanet:1244' } },
      { weight: 1, indicator: { code: 'sotkanet:1077' } },
      { weight: 1, indicator: { code: 'sotkanet:1078' } },
    ]);
    const earlySupport = strategy.goals.find((goal: any) => goal.title.en.startsWith('Families with children get early support'));
    expect(earlySupport.parent.title.en).toBe(placements.title.en);
    expect(strategy.servicePromiseItems).toHaveLength(4);
    const savonlinnaTarget = strategy.targets.find((target: any) => target.area?.code === '740');
    expect(savonlinnaTarget).toEqual({
      indicator: { code: 'sotkanet:1244' },
      area: { code: '740' },
      points: [
        { period: '2027', value: 1.7 },
        { period: '2029', value: 1.5 },
      ],
    });
  });
});
