import { describe, expect, test } from 'vitest';
import type { TimedValue } from './method';
import { describeMean, judgedCoverage, meanOfMembers as meanOf, MemberPopulations, populationIn, type MemberSeries } from './series-aggregation';

// Every expected value is worked by hand in the comment next to it.

const at = (period: string, value: number): TimedValue => ({ period, value });
const population = (byYear: Record<number, number>) => new Map(Object.entries(byYear).map(([year, value]) => [Number(year), value]));
type Member = MemberSeries & { population: ReadonlyMap<number, number> };
const member = (values: TimedValue[], byYear: Record<number, number> = {}, denominators: Record<string, number> | null = null): Member => ({
  values,
  population: population(byYear),
  denominators: denominators && new Map(Object.entries(denominators)),
});
/** The mean of members each given with its population. */
const meanOfMembers = (members: readonly Member[]) => meanOf(members, new MemberPopulations(members.map((each) => each.population)));

describe('populationIn: the year’s population, else the latest before it', () => {
  const known = population({ 2020: 1000, 2021: 1010, 2022: 1020 });
  test.each([
    [2021, 1010],
    // after the last year known: the latest, 2022's
    [2024, 1020],
    // before the first: none
    [2019, null],
  ])('%d → %s', (year, expected) => {
    expect(populationIn(known, year)).toBe(expected);
  });
});

describe('MemberPopulations: each member’s population by year, and the area’s where all are known', () => {
  test('members, and their sum; none for the area when one is missing', () => {
    // 2021: 100 + 300 = 400; 2024 (after the last year, 2022): the latest, 110 + 310 = 420; 2019: none known
    const known = new MemberPopulations([population({ 2021: 100, 2022: 110 }), population({ 2021: 300, 2022: 310 })]);
    expect([known.membersIn(2021), known.areaIn(2021)]).toEqual([[100, 300], 400]);
    expect([known.membersIn(2024), known.areaIn(2024)]).toEqual([[110, 310], 420]);
    expect([known.membersIn(2019), known.areaIn(2019)]).toEqual([[null, null], null]);
    const partly = new MemberPopulations([population({ 2021: 100 }), population({})]);
    expect([partly.membersIn(2021), partly.areaIn(2021)]).toEqual([[100, null], null]);
  });
});

describe('meanOfMembers', () => {
  test('weighted by population, period by period, over the municipalities with a value', () => {
    // A 1 000 / 1 100, B 3 000 / 2 900, C 6 000 / 6 000 residents in 2021 / 2022; the area has 10 000 each year.
    const mean = meanOfMembers([
      member([at('2021', 2), at('2022', 4)], { 2021: 1000, 2022: 1100 }),
      member([at('2021', 4), at('2023', 5)], { 2021: 3000, 2022: 2900 }),
      member([at('2021', 1), at('2022', 1)], { 2021: 6000, 2022: 6000 }),
    ]);
    expect(mean.weighting).toBe('POPULATION');
    expect(mean.coverageBasis).toBe('POPULATION');
    expect(mean.values.map((value) => value.period)).toEqual(['2021', '2022', '2023']);
    // 2021: (1 000·2 + 3 000·4 + 6 000·1) / 10 000 = (2 000 + 12 000 + 6 000) / 10 000 = 2
    expect(mean.values[0]?.value).toBeCloseTo(2, 12);
    // 2022: (1 100·4 + 6 000·1) / (1 100 + 6 000) = 10 400 / 7 100 = 1.4647887 (the plain mean would be 2.5)
    expect(mean.values[1]?.value).toBeCloseTo(1.4647887, 6);
    // 2023: B alone, 5
    expect(mean.values[2]?.value).toBeCloseTo(5, 12);
    // Coverage: 2021 all 10 000 / 10 000; 2022 7 100 / 10 000; 2023 (2022's populations, the latest) 2 900 / 10 000.
    expect(mean.coverage.get('2021')).toEqual({ areas: 3, share: 1 });
    expect(mean.coverage.get('2022')?.areas).toBe(2);
    expect(mean.coverage.get('2022')?.share).toBeCloseTo(0.71, 12);
    expect(mean.coverage.get('2023')?.areas).toBe(1);
    expect(mean.coverage.get('2023')?.share).toBeCloseTo(0.29, 12);
    expect([mean.memberCount, mean.contributingAreas]).toEqual([3, 3]);
  });

  test('weighted by each value’s denominator where every value has one', () => {
    // (10·200 + 20·50) / (200 + 50) = (2 000 + 1 000) / 250 = 12; population counts only for the coverage:
    // (100 + 300) / (100 + 300 + 600) = 0.4
    const mean = meanOfMembers([
      member([at('2021', 10)], { 2021: 100 }, { 2021: 200 }),
      member([at('2021', 20)], { 2021: 300 }, { 2021: 50 }),
      member([], { 2021: 600 }),
    ]);
    expect(mean.weighting).toBe('DENOMINATOR');
    expect(mean.values[0]?.value).toBeCloseTo(12, 12);
    expect(mean.coverage.get('2021')?.share).toBeCloseTo(0.4, 12);
    expect([mean.memberCount, mean.contributingAreas]).toEqual([3, 2]);
  });

  test('one value without a denominator: by population instead', () => {
    // (100·10 + 300·20) / 400 = (1 000 + 6 000) / 400 = 17.5
    const mean = meanOfMembers([member([at('2021', 10)], { 2021: 100 }, { 2021: 200 }), member([at('2021', 20)], { 2021: 300 })]);
    expect(mean.weighting).toBe('POPULATION');
    expect(mean.values[0]?.value).toBeCloseTo(17.5, 12);
  });

  test('a municipality with a value but no population: the plain mean, and coverage by count', () => {
    // 2021: (1 + 2 + 3) / 3 = 2; 2022: (1.5 + 2.5) / 2 = 2 (the third is suppressed); 2023: 4 / 1.
    // Coverage of 4 municipalities: 3/4, 2/4, 1/4.
    const mean = meanOfMembers([
      member([at('2022', 1.5), at('2021', 1)], { 2021: 500, 2022: 500 }),
      member([at('2021', 2), at('2022', 2.5), at('2023', 4)]),
      member([at('2021', 3)], { 2021: 900 }),
      member([]),
    ]);
    expect(mean.weighting).toBe('NONE');
    expect(mean.coverageBasis).toBe('MUNICIPALITIES');
    expect(mean.values).toEqual([at('2021', 2), at('2022', 2), at('2023', 4)]);
    expect([...mean.coverage.values()]).toEqual([
      { areas: 3, share: 0.75 },
      { areas: 2, share: 0.5 },
      { areas: 1, share: 0.25 },
    ]);
    expect([mean.memberCount, mean.contributingAreas]).toEqual([4, 3]);
  });

  test('quarters are weighted by the population of their year', () => {
    // 2024Q3: 2022's populations, the latest: (1 000·80 + 3 000·60) / 4 000 = (80 000 + 180 000) / 4 000 = 65
    const mean = meanOfMembers([member([at('2024Q3', 80)], { 2022: 1000 }), member([at('2024Q3', 60)], { 2022: 3000 })]);
    expect(mean.values).toEqual([at('2024Q3', 65)]);
  });

  test('no members, no values', () => {
    const mean = meanOfMembers([]);
    expect(mean).toMatchObject({ values: [], weighting: 'NONE', memberCount: 0, contributingAreas: 0 });
  });
});

describe('judgedCoverage: the lower of the baseline’s and the latest’s', () => {
  // 2021 0.75, 2022 0.5, 2023 0.25 (the plain-mean case above)
  const mean = meanOfMembers([
    member([at('2022', 1.5), at('2021', 1)]),
    member([at('2021', 2), at('2022', 2.5), at('2023', 4)]),
    member([at('2021', 3)]),
    member([]),
  ]);
  test.each([
    ['2021', '2022', 0.5],
    ['2021', '2023', 0.25],
    // a baseline a target fixes outside the mean does not count
    ['2019', '2022', 0.5],
    [null, '2021', 0.75],
    ['2021', null, 0],
  ])('baseline %s, latest %s → %d', (baseline, latest, expected) => {
    expect(judgedCoverage(mean, baseline, latest)).toBe(expected);
  });
});

describe('describeMean', () => {
  test('population-weighted: the municipalities with data and their share of the population at the judged periods', () => {
    const mean = meanOfMembers([
      member([at('2021', 2), at('2022', 4)], { 2021: 1000, 2022: 1100 }),
      member([at('2021', 4), at('2023', 5)], { 2021: 3000, 2022: 2900 }),
      member([at('2021', 1), at('2022', 1)], { 2021: 6000, 2022: 6000 }),
    ]);
    // 2021: 3 of 3, 10 000 / 10 000 = 100 %; 2022: 2 of 3, 71 %
    expect(describeMean('Area', mean, ['2021', '2022'])).toBe(
      'Area has no series of its own: its values are the population-weighted mean of its municipalities with data: ' +
        '3 of 3 in 2021 (100 % of the population) and 2 of 3 in 2022 (71 %).',
    );
    // 0.995 would round to 100 %: less than all of the population never reads as all of it.
    const almost = meanOfMembers([member([at('2021', 1)], { 2021: 995 }), member([], { 2021: 5 })]);
    expect(describeMean('Area', almost, ['2021', '2021'])).toContain('1 of 2 in 2021 (99 % of the population).');
  });

  test('the plain mean says why, and counts municipalities only', () => {
    const mean = meanOfMembers([member([at('2021', 1), at('2023', 2)]), member([at('2021', 3)])]);
    expect(describeMean('Area', mean, ['2021', '2023'])).toBe(
      'Area has no series of its own: its values are the plain mean of its municipalities with data ' +
        '(there are no population figures to weight it by): 2 of 2 in 2021 and 1 of 2 in 2023.',
    );
  });
});
