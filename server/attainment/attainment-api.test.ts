import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ParsedItem } from '../loads/load-model';
import { runLoad } from '../loads/load-service';
import { PARALLEL_READ_MIN_AREAS } from '../observations/observation-repository';
import { createTestGoal, createTestIndicator, createTestPerspective, createTestStrategy, linkTestIndicator } from '../test/factories';
import { firstError, startTestServer, type TestServer } from '../test/test-server';
import { judgeMatrix } from './attainment-service';

/**
 * Attainment of the demo strategy through the API, checked against figures worked by hand from the
 * real Sotkanet export (indicator 1244, children placed in care or emergency placement, %, lower is
 * better; the strategy's baseline year is 2021).
 */
let server: TestServer;
let strategyId: string;
beforeAll(async () => {
  server = await startTestServer({ demo: true });
  const { strategies } = await server.data<{ strategies: Array<{ id: string }> }>(`{ strategies { id } }`);
  strategyId = strategies[0]!.id;
});
afterAll(() => server.close());

const INDICATOR_FIELDS = `indicator { code } status score ratio method notAvailableReason
  baseline { period value } latest { period value } target { period value } targetArea { code }
  progressShare projected { period value } growthRate requiredGrowthRate seriesSource coverage aggregatedAreaCount memberAreaCount
  values { period value } targetTrajectory { period value } explanation`;

const ATTAINMENT = `query ($id: ID!, $area: String, $sa: ID, $asOf: String) {
  attainment(strategyId: $id, areaCode: $area, serviceAreaId: $sa, asOf: $asOf) {
    area { code } serviceArea { code } asOf asOfPeriod status score coverage
    thresholds { withTargetHigh withTargetMedium minimumCoverage }
    perspectives { perspective { name { en } } status score coverage
      goals { goal { title { en } } status score coverage availableCount partCount notAvailableReason
        indicators { ${INDICATOR_FIELDS} }
        subGoals { goal { title { en } } status score coverage indicators { indicator { code } status } } } } } }`;

async function attainment(variables: Record<string, unknown> = {}) {
  const { attainment: result } = await server.data<{ attainment: any }>(ATTAINMENT, { id: strategyId, ...variables });
  return result;
}

function indicatorIn(result: any, code: string) {
  for (const perspective of result.perspectives) {
    for (const goal of perspective.goals) {
      const found = goal.indicators.find((indicator: any) => indicator.indicator.code === code);
      if (found) return found;
    }
  }
  throw new Error(`${code} not in the attainment`);
}

function goalIn(result: any, titleStart: string) {
  const goal = result.perspectives.flatMap((perspective: any) => perspective.goals).find((candidate: any) => candidate.goal.title.en.startsWith(titleStart));
  if (!goal) throw new Error(`no goal "${titleStart}"`);
  return goal;
}

describe('three real series, worked by hand', () => {
  test('Mikkeli (491): better than the county’s target, but a little worse than its baseline', async () => {
    // Baseline 2021 = 1.4, latest 2023 = 1.5. Mikkeli has no target of its own and inherits the
    // organisation-wide trajectory (2027: 1.9, 2029: 1.6); the nearest point after 2023 is 2027: 1.9.
    // Lower is better: 1.5 ≤ 1.9 meets the target, but 1.5 > 1.4 is worse than the baseline →
    // TARGET_ACHIEVED_WORSENING; room used u = (1.5 − 1.4) / (1.9 − 1.4) = 0.1 / 0.5 = 0.2,
    // score = 2.5 · (1 − 0.2) = 2.
    const series = indicatorIn(await attainment({ area: '491' }), 'sotkanet:1244');
    expect(series).toMatchObject({
      status: 'TARGET_ACHIEVED_WORSENING',
      method: 'WITH_TARGET',
      baseline: { period: '2021', value: 1.4 },
      latest: { period: '2023', value: 1.5 },
      target: { period: '2027', value: 1.9 },
      targetArea: null,
      seriesSource: 'OWN',
      values: [
        { period: '2021', value: 1.4 },
        { period: '2022', value: 1.4 },
        { period: '2023', value: 1.5 },
      ],
    });
    expect(series.score).toBeCloseTo(2, 10);
  });

  test('Savonlinna (740): its own target from 2022, and moving away from it', async () => {
    // Savonlinna's own target fixes the baseline period 2022, whose value is 1.8; latest 2023 = 2.1.
    // Nearest target point after 2023: 2027 = 1.7. Not achieved (2.1 > 1.7).
    // CAGR = 2.1 / 1.8 − 1 = 0.1666667 (one year).
    // Required = (1.7 / 1.8)^(1/5) − 1: ln(0.9444444) = −0.0571584, / 5 = −0.0114317, e^… = 0.9886334 → −0.0113666.
    // P = s·d·CAGR / |required| = 1 · (−1) · 0.1666667 / 0.0113666 = −14.6629 → below 0: DETERIORATING.
    // Score = max(4.1667 · P − 2.5, −5) = −5.
    // Progress share = (2.1 − 1.8) / (1.7 − 1.8) = 0.3 / −0.1 = −3.
    // Projected 2027 = 1.8 · (1 + 1/6)^5 = 1.8 · 16807/7776 = 1.8 · 2.1613940 = 3.8905093.
    const series = indicatorIn(await attainment({ area: '740' }), 'sotkanet:1244');
    expect(series).toMatchObject({
      status: 'DETERIORATING',
      score: -5,
      baseline: { period: '2022', value: 1.8 },
      latest: { period: '2023', value: 2.1 },
      target: { period: '2027', value: 1.7 },
      targetArea: { code: '740' },
      targetTrajectory: [
        { period: '2027', value: 1.7 },
        { period: '2029', value: 1.5 },
      ],
    });
    expect(series.growthRate).toBeCloseTo(0.1666667, 6);
    expect(series.requiredGrowthRate).toBeCloseTo(-0.0113666, 6);
    expect(series.ratio).toBeCloseTo(-14.6629, 3);
    expect(series.progressShare).toBeCloseTo(-3, 10);
    expect(series.projected.period).toBe('2027');
    expect(series.projected.value).toBeCloseTo(3.8905093, 6);
    // Shown as moving away, 2.1 − 1.7 = 0.4 from the target, never as "−300 %".
    expect(series.explanation).toContain('Moving away from the target, 0.4 % from it');
  });

  test('Savonlinna (740), 1077: meets the target it inherits while getting worse, so achieved but worsening', async () => {
    // Children placed in care during the year, %, lower is better. Savonlinna has no 1077 target of
    // its own and inherits the organisation-wide one (2027: 1.8, 2029: 1.5), which lies above its
    // own level. Export: 2021 1.4, 2022 1.6, 2023 1.7. Baseline 2021 = 1.4, latest 2023 = 1.7; the
    // nearest target point after 2023 is 2027 = 1.8.
    // 1.7 ≤ 1.8: the target is met. 1.7 > 1.4: worse than the baseline → TARGET_ACHIEVED_WORSENING.
    // Room used u = (1.7 − 1.4) / (1.8 − 1.4) = 0.3 / 0.4 = 0.75; score = 2.5 · (1 − 0.75) = 0.625
    // (it read TARGET_ACHIEVED, score 5, before). 1.8 − 1.7 = 0.1 is left before the target is crossed.
    const series = indicatorIn(await attainment({ area: '740' }), 'sotkanet:1077');
    expect(series).toMatchObject({
      status: 'TARGET_ACHIEVED_WORSENING',
      baseline: { period: '2021', value: 1.4 },
      latest: { period: '2023', value: 1.7 },
      target: { period: '2027', value: 1.8 },
      targetArea: null,
      seriesSource: 'OWN',
    });
    expect(series.score).toBeCloseTo(0.625, 10);
    // No share of "the way": a target above the baseline leaves none to cover (it read 75 % before).
    expect(series.progressShare).toBeNull();
    expect(series.explanation).toContain('meets the target, but it is worse than the baseline');
    expect(series.explanation).toContain('0.1 % short of crossing the target');
  });

  test('the county (HVA12): the population-weighted mean of its municipalities, deteriorating', async () => {
    // The county has no 1244 series of its own. Its value is the mean over the municipalities with
    // data, each weighted by its population on 31 Dec (sotkanet:127, data/population/…csv; Mäntyharju
    // 507 with Pertunmaa 588, which joined it in 2025). 2021, with 2021's populations:
    //   Hirvensalmi 4.1 × 2,131 = 8,737.1      Juva 2.0 × 5,887 = 11,774     Kangasniemi 1.7 × 5,230 = 8,891
    //   Mikkeli 1.4 × 52,122 = 72,970.8       Mäntyharju 2.3 × (5,635 + 1,644 = 7,279) = 16,741.7
    //   Pieksämäki 2.6 × 17,253 = 44,857.8    Rantasalmi 2.4 × 3,330 = 7,992  Savonlinna 1.5 × 32,547 = 48,820.5
    //   → 220,784.9 / 125,779 = 1.7553399 (the plain mean was 18.0 / 8 = 2.25)
    // 2023, with 2022's populations (the latest there are):
    //   Hirvensalmi 3.7 × 2,091 = 7,736.7      Juva 2.1 × 5,769 = 12,114.9   Kangasniemi 1.3 × 5,154 = 6,700.2
    //   Mikkeli 1.5 × 51,980 = 77,970         Mäntyharju 1.8 × (5,564 + 1,600 = 7,164) = 12,895.2
    //   Pieksämäki 3.2 × 17,077 = 54,646.4    Rantasalmi 2.1 × 3,308 = 6,946.8  Savonlinna 2.1 × 32,085 = 67,378.5
    //   Sulkava 1.8 × 2,375 = 4,275
    //   → 250,663.7 / 127,003 = 1.9736833 (the plain mean was 19.6 / 9 = 2.1777778, seemingly falling)
    // Enonkoski and Puumala have no values 2021–2023, Sulkava none in 2021. Coverage: 2021 125,779 of
    // 131,688 (+ Enonkoski 1,362, Puumala 2,117, Sulkava 2,430) = 0.9551288; 2023 127,003 of 130,451
    // (+ 1,341 + 2,107) = 0.9735686; the lower, 0.9551288, is what the judgement rests on.
    // Target 2027 = 1.9 (organisation-wide), lower is better: 1.9736833 > 1.9, not achieved.
    // CAGR = (1.9736833 / 1.7553399)^(1/2) − 1 = 1.1243880^0.5 − 1 = 0.0603717.
    // Required = (1.9 / 1.7553399)^(1/6) − 1 = 1.0824116^(1/6) − 1 = 0.0132860.
    // P = (−1) · 0.0603717 / 0.0132860 = −4.5439912 < 0 → DETERIORATING; score max(4.1667 · P − 2.5, −5) = −5.
    const result = await attainment();
    expect(result.area.code).toBe('HVA12');
    const series = indicatorIn(result, 'sotkanet:1244');
    expect(series).toMatchObject({
      status: 'DETERIORATING',
      score: -5,
      baseline: { period: '2021' },
      latest: { period: '2023' },
      target: { period: '2027', value: 1.9 },
      seriesSource: 'POPULATION_WEIGHTED_MEAN',
      aggregatedAreaCount: 9,
      memberAreaCount: 11,
    });
    expect(series.baseline.value).toBeCloseTo(1.7553399, 6);
    expect(series.latest.value).toBeCloseTo(1.9736833, 6);
    expect(series.ratio).toBeCloseTo(-4.5439912, 5);
    expect(series.coverage).toBeCloseTo(0.9551288, 6);
    expect(series.explanation).toContain(
      'population-weighted mean of its municipalities with data: 8 of 11 in 2021 (96 % of the population) and 9 of 11 in 2023 (97 %)',
    );
  });

  test('the county’s coverage goes up the tree: no level reads 100 % while something under it is partly unknown', async () => {
    const result = await attainment();
    const placements = goalIn(result, 'The share of children placed outside');
    const [c1244, c1077, c1078] = placements.indicators.map((indicator: any) => indicator.coverage);
    // 1244 rests on 0.9551288 of the population (worked above); every indicator here is a mean.
    expect(c1244).toBeCloseTo(0.9551288, 6);
    for (const coverage of [c1077, c1078]) expect(coverage).toBeLessThan(1);
    // Parts 1244 (weight 2), 1077 (1), 1078 (1) and the sub-goal (1), each counted for what it covers.
    expect(placements.coverage).toBeCloseTo((2 * c1244 + c1077 + c1078 + placements.subGoals[0].coverage) / 5, 10);
    // Each goal of a perspective, and each perspective of the strategy, weighs 1 and brings its coverage.
    const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
    for (const perspective of result.perspectives) {
      expect(perspective.coverage, perspective.perspective.name.en).toBeCloseTo(mean(perspective.goals.map((goal: any) => goal.coverage)), 10);
    }
    expect(result.coverage).toBeCloseTo(mean(result.perspectives.map((perspective: any) => perspective.coverage)), 10);
    expect(result.coverage).toBeLessThan(1);
  });

  test('a county mean on municipalities holding less than half of the population is not judged', async () => {
    const thin = await createTestStrategy(server, { organisationCode: 'HVA12', baselineYear: 2021 });
    const goalId = await createTestGoal(server, await createTestPerspective(server, thin));
    const code = await createTestIndicator(server);
    await linkTestIndicator(server, goalId, code);
    // Values only in Juva and Kangasniemi, 2021 and 2022.
    const report = await runLoad(server.database.file, valuesIn(code, ['178', '213'], ['2021', '2022']), {
      fileName: 'thin.csv',
      format: 'test',
      createdBy: 'test',
    });
    expect(report.inserted).toBe(4);
    // Their share of the county's population: 2021 (5,887 + 5,230) / 131,688 = 11,117 / 131,688 = 0.0844197;
    // 2022 (5,769 + 5,154) / 130,451 = 10,923 / 130,451 = 0.0837326 — both far below half.
    // (The county: 2021 1,362 + 2,131 + 5,887 + 5,230 + 52,122 + 7,279 + 17,253 + 2,117 + 3,330 + 32,547 + 2,430 = 131,688;
    //  2022 1,341 + 2,091 + 5,769 + 5,154 + 51,980 + 7,164 + 17,077 + 2,107 + 3,308 + 32,085 + 2,375 = 130,451.)
    const { attainment: judged } = await server.data<{ attainment: any }>(ATTAINMENT, { id: thin });
    const series = indicatorIn(judged, code);
    expect(series).toMatchObject({
      status: 'NOT_AVAILABLE',
      score: null,
      notAvailableReason: 'LOW_COVERAGE',
      seriesSource: 'POPULATION_WEIGHTED_MEAN',
      aggregatedAreaCount: 2,
      memberAreaCount: 11,
      baseline: { period: '2021' },
      latest: { period: '2022' },
    });
    expect(series.coverage).toBeCloseTo(0.0837326, 6);
    expect(series.explanation).toContain('less than half of the population');
    expect(series.explanation).toContain('2 of 11 in 2021 (8 % of the population) and 2 of 11 in 2022 (8 %)');
    expect(judged.perspectives[0].goals[0]).toMatchObject({ status: 'NOT_AVAILABLE', notAvailableReason: 'LOW_COVERAGE', coverage: 0 });
  });
});

describe('a county mean weighted by denominators', () => {
  test('where every value comes with its denominator, the mean is the whole county’s rate', async () => {
    const id = await createTestStrategy(server, { organisationCode: 'HVA12', baselineYear: 2021 });
    const goalId = await createTestGoal(server, await createTestPerspective(server, id));
    const code = await createTestIndicator(server);
    await linkTestIndicator(server, goalId, code);
    async function* rates(): AsyncGenerator<ParsedItem> {
      const cell = (period: string, value: string, denominator: string) => ({ field: 'value', period, value, denominator });
      yield { record: { line: 2, indicator: { code }, areaCode: '491', cells: [cell('2021', '2.0', '10000'), cell('2023', '1.0', '10000')] } };
      yield { record: { line: 3, indicator: { code }, areaCode: '740', cells: [cell('2021', '4.0', '5000'), cell('2023', '4.0', '5000')] } };
    }
    expect((await runLoad(server.database.file, rates(), { fileName: 'rates.csv', format: 'test', createdBy: 'test' })).inserted).toBe(4);
    // 2021: (2.0 · 10,000 + 4.0 · 5,000) / 15,000 = 40,000 / 15,000 = 2.6666667
    // 2023: (1.0 · 10,000 + 4.0 · 5,000) / 15,000 = 30,000 / 15,000 = 2
    // (by population it would be (2.0 · 52,122 + 4.0 · 32,547) / 84,669 = 234,432 / 84,669 = 2.7688)
    // Coverage, still by population: 2021 (52,122 + 32,547) / 131,688 = 84,669 / 131,688 = 0.6429515;
    // 2023 (51,980 + 32,085) / 130,451 = 84,065 / 130,451 = 0.6444182; the lower counts.
    const { attainment: judged } = await server.data<{ attainment: any }>(ATTAINMENT, { id });
    const series = indicatorIn(judged, code);
    expect(series).toMatchObject({ seriesSource: 'DENOMINATOR_WEIGHTED_MEAN', aggregatedAreaCount: 2, memberAreaCount: 11, latest: { period: '2023', value: 2 } });
    expect(series.baseline.value).toBeCloseTo(2.6666667, 6);
    expect(series.coverage).toBeCloseTo(0.6429515, 6);
    expect(series.explanation).toContain('each weighted by its value’s denominator: 2 of 11 in 2021 (64 % of the population) and 2 of 11 in 2023 (64 %)');
    // One part covering 0.64 of its county: the goal knows 0.64 of its weight, above the 0.6 it needs.
    expect(judged.perspectives[0].goals[0].coverage).toBeCloseTo(0.6429515, 6);
  });
});

describe('reading a county’s means', () => {
  test('the population that weights them is read once per request, not once per indicator averaged', async () => {
    const statementsFor = async (codes: readonly string[]) => {
      const id = await createTestStrategy(server, { organisationCode: 'HVA12', baselineYear: 2021 });
      const goalId = await createTestGoal(server, await createTestPerspective(server, id));
      for (const code of codes) await linkTestIndicator(server, goalId, code);
      server.resetStatementCount();
      const { attainment: judged } = await server.data<{ attainment: any }>(ATTAINMENT, { id });
      expect(server.lastCacheHeader()).toBe('miss');
      const sources = judged.perspectives[0].goals[0].indicators.map((indicator: any) => indicator.seriesSource);
      expect(sources).toEqual(codes.map(() => 'POPULATION_WEIGHTED_MEAN'));
      return server.statementCount();
    };
    const one = await statementsFor(['sotkanet:1244']);
    const four = await statementsFor(['sotkanet:1244', 'sotkanet:1077', 'sotkanet:1078', 'sotkanet:228']);
    expect(four).toBe(one);
  });
});

/** One value (1.5) per area and period, as a load would read them. */
async function* valuesIn(code: string, areaCodes: readonly string[], periods: readonly string[]): AsyncGenerator<ParsedItem> {
  let line = 1;
  for (const areaCode of areaCodes) {
    line += 1;
    yield { record: { line, indicator: { code }, areaCode, cells: periods.map((period) => ({ field: 'value', period, value: '1.5' })) } };
  }
}

describe('the tree', () => {
  test('goals roll up their weighted indicators and sub-goals; coverage and counts are reported', async () => {
    const result = await attainment({ area: '740' });
    const placements = goalIn(result, 'The share of children placed outside the home');
    // Parts: 1244 (weight 2), 1077 (1), 1078 (1) and the sub-goal "early support" (1).
    expect(placements.partCount).toBe(4);
    const parts = [
      ...placements.indicators.map((indicator: any, index: number) => ({ weight: [2, 1, 1][index]!, score: indicator.score })),
      ...placements.subGoals.map((subGoal: any) => ({ weight: 1, score: subGoal.score })),
    ].filter((part) => part.score !== null);
    const weight = parts.reduce((sum, part) => sum + part.weight, 0);
    expect(placements.coverage).toBeCloseTo(weight / 5, 10);
    expect(placements.score).toBeCloseTo(parts.reduce((sum, part) => sum + part.weight * part.score, 0) / weight, 10);
    expect(placements.subGoals[0].goal.title.en).toMatch(/^Families with children get early support/);
    expect(result.perspectives.map((perspective: any) => perspective.perspective.name.en)).toEqual([
      'Availability and customer experience',
      'Effectiveness',
      'Productivity',
      'Staff experience',
    ]);
  });

  test('a goal whose only series has no data in the area is not available, with the reason', async () => {
    // The emergency department's waiting time is a county-wide series: Savonlinna has none.
    const goal = goalIn(await attainment({ area: '740' }), 'Emergency care starts quickly');
    expect(goal).toMatchObject({ status: 'NOT_AVAILABLE', score: null, coverage: 0, availableCount: 0, partCount: 1, notAvailableReason: 'LOW_COVERAGE' });
    expect(goal.indicators[0]).toMatchObject({ status: 'NOT_AVAILABLE', notAvailableReason: 'NO_DATA' });
  });

  test('a service area shows its goals and the cross-cutting ones, on its own series', async () => {
    const { serviceAreas } = await server.data<{ serviceAreas: Array<{ id: string; code: string }> }>(`{ serviceAreas { id code } }`);
    const olderPeople = serviceAreas.find((serviceArea) => serviceArea.code === 'older-people')!.id;
    const result = await attainment({ sa: olderPeople });
    expect(result.serviceArea.code).toBe('older-people');
    const titles = result.perspectives.flatMap((perspective: any) => perspective.goals.map((goal: any) => goal.goal.title.en));
    expect(titles).toEqual([
      'Customers are satisfied with the service they receive',
      'Older people live safely at home',
      'Staff stay and are well',
    ]);
    const satisfaction = indicatorIn(result, 'internal:customer-satisfaction');
    const overall = indicatorIn(await attainment(), 'internal:customer-satisfaction');
    expect(satisfaction.values).not.toEqual(overall.values);
    // Sick leave has no per-service-area series: the overall one is judged, and the explanation says so.
    expect(indicatorIn(result, 'internal:sick-leave-days').explanation).toContain('overall series is judged');
  });
});

describe('arguments', () => {
  test('a quarter as asOf judges what had been reported by the end of it', async () => {
    const result = await attainment({ asOf: '2024Q2' });
    expect(result.asOfPeriod).toBe('2024Q2');
    expect(result.asOf).toBe('2024-06-30T23:59:59.999Z');
    // Quarters are reported six weeks after they end: by 30 June 2024 the latest was 2024Q1, and its
    // figure was still the provisional one, revised when 2024Q2 was reported in August.
    const careGuarantee = indicatorIn(result, 'internal:care-guarantee-7d');
    expect(careGuarantee.latest.period).toBe('2024Q1');
    const versions = server.database.sqlite
      .prepare(
        `select o.value, o.provisional, o.recorded_at from observation o
         join indicator i on i.id = o.indicator_id join area a on a.id = o.area_id
         where i.code = 'internal:care-guarantee-7d' and a.code = 'HVA12' and o.service_area_id = 0 and o.period = '2024Q1'
         order by o.recorded_at`,
      )
      .all() as Array<{ value: number; provisional: number; recorded_at: number }>;
    expect(versions[0]).toMatchObject({ provisional: 1, recorded_at: Date.parse('2024-05-16T08:00:00Z') });
    expect(careGuarantee.latest.value).toBe(versions[0]!.value);
    expect(versions.at(-1)!.provisional).toBe(0);
    // Sotkanet's 2023 figures were published on 15 June 2024, just in time.
    expect(indicatorIn(result, 'sotkanet:1244').latest.period).toBe('2023');
    const earlier = await attainment({ asOf: '2024-06-14T12:00:00Z' });
    expect(indicatorIn(earlier, 'sotkanet:1244').latest.period).toBe('2022');
  });

  test('unknown strategy, area or service area, and a bad asOf, are named', async () => {
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ id: '99999' }, 'NOT_FOUND', 'strategyId'],
      [{ area: '911' }, 'BAD_USER_INPUT', 'areaCode'],
      [{ sa: '99999' }, 'BAD_USER_INPUT', 'serviceAreaId'],
      [{ asOf: '2025Q7' }, 'BAD_USER_INPUT', 'asOf'],
    ];
    for (const [variables, code, field] of cases) {
      const result = await server.graphql(ATTAINMENT, { id: strategyId, ...variables });
      expect(firstError(result), JSON.stringify(variables)).toMatchObject({ code, field });
    }
  });

  test('a strategy’s own thresholds change statuses', async () => {
    // The county's care guarantee is judged against its target at a ratio between 0.6 and 0.95: it
    // needs acceleration by default (high 0.95), and is on track when high is lowered below its ratio.
    const CODE = 'internal:care-guarantee-7d';
    const { ratio, status } = indicatorIn(await attainment(), CODE);
    expect([ratio > 0.6 && ratio < 0.95, status]).toEqual([true, 'NEEDS_ACCELERATION']);
    const thresholds = { withTargetHigh: ratio - 0.01, withTargetMedium: 0.5, withTargetLow: 0, withoutTargetHigh: 0.015, withoutTargetMedium: 0.005, withoutTargetLow: 0, minimumCoverage: 0.6 };
    await server.data(`mutation ($id: ID!, $t: AttainmentThresholdsInput) { updateStrategy(id: $id, input: { thresholds: $t }) { id } }`, { id: strategyId, t: thresholds });
    try {
      const result = await attainment();
      expect(result.thresholds.withTargetMedium).toBe(0.5);
      expect(indicatorIn(result, CODE).status).toBe('ON_TRACK');
    } finally {
      await server.data(`mutation ($id: ID!) { updateStrategy(id: $id, input: { thresholds: null }) { id } }`, { id: strategyId });
    }
    expect(indicatorIn(await attainment(), CODE).status).toBe('NEEDS_ACCELERATION');
    const bad = await server.graphql(`mutation ($id: ID!, $t: AttainmentThresholdsInput) { updateStrategy(id: $id, input: { thresholds: $t }) { id } }`, {
      id: strategyId,
      t: { ...thresholds, withTargetMedium: 2 },
    });
    expect(firstError(bad)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.thresholds.withTargetMedium' });
  });
});

describe('attainmentMatrix', () => {
  const MATRIX = `query ($id: ID!, $areas: [String!]) { attainmentMatrix(strategyId: $id, areaCodes: $areas) {
    goals { id title { en } } rows { area { code } statuses scores coverages } } }`;

  /** One cell of the heat map: the row's values at the goal's column. */
  function cellOf(matrix: any, goalId: string, areaCode: string) {
    const column = matrix.goals.findIndex((goal: any) => goal.id === goalId);
    const row = matrix.rows.find((candidate: any) => candidate.area.code === areaCode);
    if (column < 0 || !row) throw new Error(`no cell ${goalId} × ${areaCode}`);
    return { status: row.statuses[column], score: row.scores[column], coverage: row.coverages?.[column] };
  }

  test('every goal × every municipality of the county, agreeing with the per-area attainment', async () => {
    const { attainmentMatrix: matrix } = await server.data<{ attainmentMatrix: any }>(MATRIX, { id: strategyId });
    expect(matrix.rows.map((row: any) => row.area.code)).toEqual(['046', '097', '178', '213', '491', '507', '593', '623', '681', '740', '768']);
    expect(matrix.goals).toHaveLength(11);
    for (const row of matrix.rows) {
      expect([row.statuses.length, row.scores.length, row.coverages.length]).toEqual([11, 11, 11]);
    }
    const placements = matrix.goals.find((goal: any) => goal.title.en.startsWith('The share of children placed outside'));
    const perArea = goalIn(await attainment({ area: '740' }), 'The share of children placed outside');
    expect(cellOf(matrix, placements.id, '740')).toEqual({ status: perArea.status, score: perArea.score, coverage: perArea.coverage });
  });

  test('as of a past quarter the heat map still agrees with the per-area attainment', async () => {
    const { attainmentMatrix: matrix } = await server.data<{ attainmentMatrix: any }>(
      `query ($id: ID!) { attainmentMatrix(strategyId: $id, asOf: "2024Q2") { goals { id title { en } } rows { area { code } statuses scores } } }`,
      { id: strategyId },
    );
    for (const areaCode of ['491', '740', '593']) {
      const perArea = await attainment({ area: areaCode, asOf: '2024Q2' });
      for (const goal of matrix.goals) {
        const { status, score } = cellOf(matrix, goal.id, areaCode);
        const judged = perArea.perspectives
          .flatMap((perspective: any) => perspective.goals.flatMap((top: any) => [top, ...top.subGoals]))
          .find((candidate: any) => candidate.goal.title.en === goal.title.en);
        expect({ status, score }, `${areaCode} ${goal.title.en}`).toEqual({ status: judged.status, score: judged.score });
      }
    }
  });

  test('any list of areas, including the county itself; unknown codes are named', async () => {
    const { attainmentMatrix: matrix } = await server.data<{ attainmentMatrix: any }>(MATRIX, { id: strategyId, areas: ['HVA12', '091'] });
    expect(matrix.rows.map((row: any) => row.area.code)).toEqual(['HVA12', '091']);
    expect(matrix.rows.map((row: any) => row.statuses.length)).toEqual([11, 11]);
    // The county's row is judged on the same weighted means, with the same coverage, as its own attainment.
    const county = await attainment();
    for (const goal of matrix.goals) {
      const judged = county.perspectives
        .flatMap((perspective: any) => perspective.goals.flatMap((top: any) => [top, ...top.subGoals]))
        .find((candidate: any) => candidate.goal.title.en === goal.title.en);
      expect(cellOf(matrix, goal.id, 'HVA12'), goal.title.en).toEqual({ status: judged.status, score: judged.score, coverage: judged.coverage });
    }
    const bad = await server.graphql(MATRIX, { id: strategyId, areas: ['491', 'XX'] });
    expect(firstError(bad)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'areaCodes.1' });
  });

  test('with no areas the columns are the same goals as with some: a parent shown for its sub-goal’s service area too', async () => {
    // The parent names one service area, its sub-goal another: filtered by the sub-goal's, the
    // parent is shown for its sake, with the sub-goal under it.
    const { serviceAreas } = await server.data<{ serviceAreas: Array<{ id: string }> }>(`{ serviceAreas { id } }`);
    const [parentArea, subGoalArea] = serviceAreas.map((serviceArea) => serviceArea.id);
    const ownStrategy = await createTestStrategy(server);
    const perspectiveId = await createTestPerspective(server, ownStrategy);
    const parent = await createTestGoal(server, perspectiveId, { serviceAreaIds: [parentArea] });
    const subGoal = await createTestGoal(server, perspectiveId, { parentGoalId: parent, serviceAreaIds: [subGoalArea] });
    const COLUMNS = `query ($id: ID!, $areas: [String!], $sa: ID) { attainmentMatrix(strategyId: $id, areaCodes: $areas, serviceAreaId: $sa) { goals { id } rows { area { code } } } }`;
    const columns = async (areas: string[]) =>
      (await server.data<{ attainmentMatrix: any }>(COLUMNS, { id: ownStrategy, areas, sa: subGoalArea })).attainmentMatrix;
    const none = await columns([]);
    expect(none.rows).toEqual([]);
    expect(none.goals).toEqual([{ id: parent }, { id: subGoal }]);
    expect((await columns(['491'])).goals).toEqual(none.goals);
  });

  test('a target that fixes only its baseline period is judged from the value observed then, in the heat map as per area', async () => {
    // Savonlinna's own target measures from 2019; Mikkeli's from 2017 (the organisation's). Neither
    // is the first value from the strategy's baseline year (2015), which the heat map reads anyway.
    const ownStrategy = await createTestStrategy(server, { organisationCode: 'HVA12', baselineYear: 2015 });
    const goalId = await createTestGoal(server, await createTestPerspective(server, ownStrategy));
    await linkTestIndicator(server, goalId, 'sotkanet:1244');
    const target = (input: Record<string, unknown>) =>
      server.data(`mutation ($input: CreateTargetInput!) { createTarget(input: $input) { id } }`, {
        // A target far below the series keeps the score off its −5 floor, so the baseline chosen shows in it.
        input: { strategyId: ownStrategy, indicatorCode: 'sotkanet:1244', points: [{ period: '2029', value: 0.1 }], ...input },
      });
    await target({ baselinePeriod: '2017' });
    await target({ areaCode: '740', baselinePeriod: '2019' });
    const { attainmentMatrix: matrix } = await server.data<{ attainmentMatrix: any }>(MATRIX, { id: ownStrategy, areas: ['740', '491'] });
    for (const area of ['740', '491']) {
      const perArea = await server.data<{ attainment: any }>(
        `query ($id: ID!, $area: String) { attainment(strategyId: $id, areaCode: $area) { perspectives { goals { status score coverage indicators { baseline { period } } } } } }`,
        { id: ownStrategy, area },
      );
      const judged = perArea.attainment.perspectives[0].goals[0];
      expect(judged.indicators[0].baseline.period).toBe(area === '740' ? '2019' : '2017');
      expect(cellOf(matrix, goalId, area), area).toEqual({ status: judged.status, score: judged.score, coverage: judged.coverage });
    }
  });

  test('all 308 municipalities, read on two connections at once, give the same heat map as one connection', async () => {
    const { sqlite, db, parallelReader } = server.database;
    const codes = (sqlite.prepare(`select code from area where kind = 'MUNICIPALITY' order by code`).all() as Array<{ code: string }>).map((row) => row.code);
    expect(codes.length).toBeGreaterThanOrEqual(PARALLEL_READ_MIN_AREAS);
    const now = new Date();
    for (const asOf of [null, '2024Q2']) {
      const together = await judgeMatrix(db, { strategyId, areaCodes: codes, asOf }, { now, parallelReader });
      const alone = await judgeMatrix(db, { strategyId, areaCodes: codes, asOf }, { now, parallelReader: null });
      expect(together.rows).toHaveLength(308);
      expect(together).toEqual(alone);
    }
    // And over HTTP, one cell against the per-area attainment (Savonlinna, sorted into the second half).
    const { attainmentMatrix: matrix } = await server.data<{ attainmentMatrix: any }>(MATRIX, { id: strategyId, areas: codes });
    const placements = matrix.goals.find((goal: any) => goal.title.en.startsWith('The share of children placed outside'));
    const perArea = goalIn(await attainment({ area: '740' }), 'The share of children placed outside');
    expect(codes.indexOf('740')).toBeGreaterThan(codes.length / 2);
    expect(cellOf(matrix, placements.id, '740')).toEqual({ status: perArea.status, score: perArea.score, coverage: perArea.coverage });
  });
});

describe('Indicator.basis: the target and baseline a chart of one series marks', () => {
  const BASIS = `query ($id: ID!, $area: String!, $sa: ID) { indicator(code: "sotkanet:1244") {
    basis(strategyId: $id, areaCode: $area, serviceAreaId: $sa) { target { area { code } points { period value } } baseline { period value } } } }`;

  async function basis(area: string, serviceAreaId: string | null = null) {
    const { indicator } = await server.data<{ indicator: any }>(BASIS, { id: strategyId, area, sa: serviceAreaId });
    return indicator.basis;
  }

  test('Mikkeli inherits the organisation’s target and is measured from its 2021 value (1.4)', async () => {
    expect(await basis('491')).toEqual({
      target: { area: null, points: [{ period: '2027', value: 1.9 }, { period: '2029', value: 1.6 }] },
      baseline: { period: '2021', value: 1.4 },
    });
  });

  test('Savonlinna has its own target, which fixes the baseline period 2022 (1.8)', async () => {
    const savonlinna = await basis('740');
    expect(savonlinna.target.area).toEqual({ code: '740' });
    expect(savonlinna.baseline).toEqual({ period: '2022', value: 1.8 });
  });

  test('agrees with attainment’s own baseline and trajectory in every municipality of the county', async () => {
    const { strategy } = await server.data<{ strategy: any }>(`query ($id: ID!) { strategy(id: $id) { organisation { children { code } } } }`, { id: strategyId });
    for (const { code } of strategy.organisation.children) {
      const judged = indicatorIn(await attainment({ area: code }), 'sotkanet:1244');
      const charted = await basis(code);
      expect({ baseline: charted.baseline, trajectory: charted.target?.points ?? [] }, code).toEqual({
        baseline: judged.baseline,
        trajectory: judged.targetTrajectory,
      });
    }
  });

  test('an unknown strategy, area or service area is named', async () => {
    const query = (variables: Record<string, unknown>) => server.graphql(BASIS, { id: strategyId, area: '491', sa: null, ...variables });
    expect(firstError(await query({ id: '999999' }))).toMatchObject({ code: 'NOT_FOUND', field: 'strategyId' });
    expect(firstError(await query({ area: 'XX' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'areaCode' });
    expect(firstError(await query({ sa: '999999' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'serviceAreaId' });
  });
});
