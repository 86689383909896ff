import type { TimedValue } from './method';

/**
 * A county (or region, or the country) without a series of its own is judged on the mean of its
 * municipalities' values, period by period, over the municipalities that have a value for that
 * period (METHOD.md, "An area without its own series"). The mean is weighted, so that a
 * municipality of 700 residents does not count as much as one of 52,000:
 *
 * - by each value's denominator (the population the rate is of), where every value has one;
 * - else by the municipality's population on 31 December of the period's year (the latest year
 *   known, for years after it), where every municipality with a value has one;
 * - else, and said so, the plain mean.
 *
 * With it comes the coverage of each period: the share of the area's population living in the
 * municipalities with a value (the share of its municipalities, where a population is missing).
 */

export type MeanWeighting = 'DENOMINATOR' | 'POPULATION' | 'NONE';

/** A municipality's population on 31 December, by year. */
export type PopulationByYear = ReadonlyMap<number, number>;

export interface MemberSeries {
  values: readonly TimedValue[];
  /** The denominator of each value, by period, where the observation has one. */
  denominators: ReadonlyMap<string, number> | null;
}

export interface PeriodCoverage {
  /** Municipalities with a value in the period. */
  areas: number;
  /** Their share of the area: of its population, or of its municipalities (see `coverageBasis`). */
  share: number;
}

export interface MemberMean {
  values: TimedValue[];
  weighting: MeanWeighting;
  /** Municipalities of the area, with or without values. */
  memberCount: number;
  /** Municipalities with a value in any period. */
  contributingAreas: number;
  coverage: ReadonlyMap<string, PeriodCoverage>;
  /** POPULATION when every municipality's population is known for every period, else MUNICIPALITIES. */
  coverageBasis: 'POPULATION' | 'MUNICIPALITIES';
}

/**
 * The population in a year: that year's, or for a year after the last one known the latest (the
 * population changes slowly, and the latest statistics lag the indicators). Null before the first.
 */
export function populationIn(population: PopulationByYear, year: number): number | null {
  const exact = population.get(year);
  if (exact !== undefined) return exact;
  let latestYear = -Infinity;
  let latest: number | null = null;
  for (const [known, value] of population) {
    if (known < year && known > latestYear) {
      latestYear = known;
      latest = value;
    }
  }
  return latest;
}

/**
 * The populations of an area's municipalities, in the order of its members, looked up by year.
 * Built once per area and request and shared by every indicator averaged there: a heat map of
 * regions averages a hundred indicators over up to 308 municipalities each, with the same years.
 */
export class MemberPopulations {
  private readonly byYear = new Map<number, { members: ReadonlyArray<number | null>; area: number | null }>();

  constructor(private readonly populations: readonly PopulationByYear[]) {}

  private lookUp(year: number): { members: ReadonlyArray<number | null>; area: number | null } {
    let found = this.byYear.get(year);
    if (!found) {
      const members = this.populations.map((population) => populationIn(population, year));
      let area: number | null = 0;
      for (const population of members) area = area !== null && positive(population) ? area + population : null;
      found = { members, area: members.length > 0 ? area : null };
      this.byYear.set(year, found);
    }
    return found;
  }

  /** Each member's population in the year (by index), null where it is not known. */
  membersIn(year: number): ReadonlyArray<number | null> {
    return this.lookUp(year).members;
  }

  /** The whole area's population in the year; null when some member's is not known. */
  areaIn(year: number): number | null {
    return this.lookUp(year).area;
  }
}

/** Every stored period starts with its year: `2024`, `2024Q3`, `2024-05`. */
function yearOf(period: string): number {
  return Number(period.slice(0, 4));
}

const positive = (value: number | null | undefined): value is number => value !== null && value !== undefined && value > 0;

/**
 * The weighted mean of the members' series (`members[i]` is the municipality whose populations are
 * `populations`' i-th), period by period, with its coverage.
 */
export function meanOfMembers(members: readonly MemberSeries[], populations: MemberPopulations): MemberMean {
  // Per period: the values there, and the members (by index) and denominators they come from.
  const periods = new Map<string, { year: number; values: number[]; members: number[]; denominators: Array<number | null> }>();
  let contributingAreas = 0;
  members.forEach((member, index) => {
    if (member.values.length > 0) contributingAreas += 1;
    for (const { period, value } of member.values) {
      let entry = periods.get(period);
      if (!entry) {
        entry = { year: yearOf(period), values: [], members: [], denominators: [] };
        periods.set(period, entry);
      }
      entry.values.push(value);
      entry.members.push(index);
      entry.denominators.push(member.denominators?.get(period) ?? null);
    }
  });

  const entries = [...periods].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  let byDenominator = entries.length > 0;
  let byPopulation = entries.length > 0;
  let coverageBasis: MemberMean['coverageBasis'] = members.length > 0 ? 'POPULATION' : 'MUNICIPALITIES';
  for (const [, entry] of entries) {
    const memberPopulations = populations.membersIn(entry.year);
    if (byDenominator && !entry.denominators.every(positive)) byDenominator = false;
    if (byPopulation && !entry.members.every((member) => positive(memberPopulations[member]))) byPopulation = false;
    if (populations.areaIn(entry.year) === null) coverageBasis = 'MUNICIPALITIES';
  }
  const weighting: MeanWeighting = byDenominator ? 'DENOMINATOR' : byPopulation ? 'POPULATION' : 'NONE';

  const values: TimedValue[] = [];
  const coverage = new Map<string, PeriodCoverage>();
  for (const [period, entry] of entries) {
    const memberPopulations = populations.membersIn(entry.year);
    let weighted = 0;
    let weights = 0;
    // The population of the members with a value; only read when every member's is known.
    let coveredPopulation = 0;
    entry.values.forEach((value, index) => {
      const population = memberPopulations[entry.members[index] as number] ?? null;
      const weight = weighting === 'DENOMINATOR' ? (entry.denominators[index] as number) : weighting === 'POPULATION' ? (population as number) : 1;
      weighted += value * weight;
      weights += weight;
      coveredPopulation += population ?? 0;
    });
    values.push({ period, value: weighted / weights });
    const areas = entry.values.length;
    const share = coverageBasis === 'POPULATION' ? coveredPopulation / (populations.areaIn(entry.year) as number) : areas / members.length;
    coverage.set(period, { areas, share });
  }
  return { values, weighting, memberCount: members.length, contributingAreas, coverage, coverageBasis };
}

/**
 * The coverage a judgement of the mean rests on: the lower of its baseline's and its latest value's,
 * since both enter the growth rate. A baseline fixed by a target, outside the mean, does not count;
 * with no latest value nothing is covered.
 */
export function judgedCoverage(mean: MemberMean, baselinePeriod: string | null, latestPeriod: string | null): number {
  if (latestPeriod === null) return 0;
  const latest = mean.coverage.get(latestPeriod)?.share ?? 0;
  const baseline = baselinePeriod === null ? undefined : mean.coverage.get(baselinePeriod)?.share;
  return baseline === undefined ? latest : Math.min(baseline, latest);
}

const MEAN_WORDS: Record<MeanWeighting, string> = {
  POPULATION: 'the population-weighted mean of its municipalities with data',
  DENOMINATOR: 'the mean of its municipalities with data, each weighted by its value’s denominator',
  NONE: 'the plain mean of its municipalities with data (there are no population figures to weight it by)',
};

/** A share as a whole per cent, never "100 %" for less than all of it. */
function wholePercent(share: number): string {
  const percent = Math.round(share * 100);
  return `${share < 1 ? Math.min(percent, 99) : percent} %`;
}

/**
 * The sentence the explanation adds about a mean (English, like the rest of it): how it is weighted,
 * and how many municipalities, holding what share of the population, it rests on at the judged
 * periods (the baseline and the latest; a period outside the mean, such as a baseline a target
 * fixes, is left out).
 */
export function describeMean(areaName: string, mean: MemberMean, judgedPeriods: ReadonlyArray<string | null>): string {
  const periods = [...new Set(judgedPeriods)].filter((period): period is string => period !== null && mean.coverage.has(period));
  const opening = `${areaName} has no series of its own: its values are ${MEAN_WORDS[mean.weighting]}`;
  if (periods.length === 0) return `${opening} (${mean.contributingAreas} of ${mean.memberCount}).`;
  const parts = periods.map((period, index) => {
    const { areas, share } = mean.coverage.get(period) as PeriodCoverage;
    const ofPopulation = mean.coverageBasis === 'POPULATION' ? ` (${wholePercent(share)}${index === 0 ? ' of the population' : ''})` : '';
    return `${areas} of ${mean.memberCount} in ${period}${ofPopulation}`;
  });
  return `${opening}: ${parts.join(' and ')}.`;
}
