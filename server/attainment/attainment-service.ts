import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Area } from '../areas/area-model';
import { findAreas, findAreasByCodes, findAreasByIds } from '../areas/area-repository';
import { nextTurn, Slices } from '../common/turns';
import { boundedText, parseArguments, TEXT_LIMITS, toDatabaseId } from '../common/validation';
import type { Database } from '../db/database';
import { readDataVersion } from '../db/data-version-repository';
import type { ParallelReader } from '../db/parallel-reader';
import { badInput } from '../errors';
import type { Indicator, Target, TargetWarningCode } from '../indicators/indicator-model';
import { findIndicatorsByIds } from '../indicators/indicator-repository';
import { findTargetsBy } from '../indicators/target-repository';
import { ALL_SERVICE_AREAS } from '../observations/observation-model';
import {
  findAreaValuesOfIndicatorCode,
  findSeriesEndpoints,
  findSeriesValues,
  type SeriesEndpoints,
  type SeriesValue,
} from '../observations/observation-repository';
import { latestVisiblePeriods, parsePeriodStrict } from '../observations/period';
import { findServiceAreasByIds } from '../service-areas/service-area-repository';
import { countGoalsPerStrategy, findGoalIndicatorLinks, findGoalServiceAreaPairs, findGoalsBy } from '../strategy/goal-repository';
import type { Goal, GoalIndicatorLink, Perspective, Strategy } from '../strategy/strategy-model';
import { findServicePromiseGoalPairs, findServicePromiseItemsByStrategyIds } from '../strategy/service-promise-repository';
import { findPerspectivesByStrategyIds, findStrategies } from '../strategy/strategy-repository';
import { requireStrategy } from '../strategy/strategy-service';
import { parseAsOf, type AsOf } from './as-of';
import type { AttainmentMatrix, IndicatorAttainment, PromiseItemAttainment, SeriesSource, StrategyAttainment } from './attainment-model';
import { acknowledgedWarningsNote } from './explanation';
import { flattenGoals, planGoalTree, rollUpPromise, rollUpStrategy } from './goal-tree';
import { DEFAULT_THRESHOLDS, judgeSeries, requireMeanCoverage, type Thresholds, type TimedValue } from './method';
import { describeMean, judgedCoverage, meanOfMembers, MemberPopulations, type MemberMean, type PopulationByYear } from './series-aggregation';
import { baselineOverride, chooseApplicableTarget } from './target-choice';

/** Everything about a strategy that judging it needs, read once per request. */
interface StrategyContext {
  strategy: Strategy;
  thresholds: Thresholds;
  perspectives: Perspective[];
  goals: Goal[];
  linksByGoal: Map<number, GoalIndicatorLink[]>;
  indicators: Map<number, Indicator>;
  targets: Target[];
  targetsByIndicator: Map<number, Target[]>;
  serviceAreasByGoal: Map<number, Set<number>>;
}

async function readStrategyContext(db: Kysely<Database>, strategyId: string): Promise<StrategyContext> {
  const strategy = await requireStrategy(db, strategyId, 'strategyId');
  const [perspectives, goals, targets] = await Promise.all([
    findPerspectivesByStrategyIds(db, [strategy.id]),
    findGoalsBy(db, 'strategy_id', [strategy.id]),
    findTargetsBy(db, 'strategy_id', [strategy.id]),
  ]);
  const goalIds = goals.map((goal) => goal.id);
  const [links, serviceAreaPairs] = await Promise.all([
    findGoalIndicatorLinks(db, 'goal_id', goalIds),
    findGoalServiceAreaPairs(db, goalIds),
  ]);
  const indicators = await findIndicatorsByIds(db, [...new Set(links.map((link) => link.indicatorId))]);
  const linksByGoal = groupBy(links, (link) => link.goalId);
  const serviceAreasByGoal = new Map<number, Set<number>>();
  for (const pair of serviceAreaPairs) {
    serviceAreasByGoal.set(pair.goalId, (serviceAreasByGoal.get(pair.goalId) ?? new Set()).add(pair.serviceAreaId));
  }
  // Goals in display order: perspective by perspective, as the tree shows them.
  const perspectiveOrder = new Map(perspectives.map((perspective, index) => [perspective.id, index]));
  goals.sort((a, b) => (perspectiveOrder.get(a.perspectiveId) ?? 0) - (perspectiveOrder.get(b.perspectiveId) ?? 0));
  return {
    strategy,
    thresholds: strategy.thresholds ?? DEFAULT_THRESHOLDS,
    perspectives,
    goals,
    linksByGoal,
    indicators: new Map(indicators.map((indicator) => [indicator.id, indicator])),
    targets,
    targetsByIndicator: groupBy(targets, (target) => target.indicatorId),
    serviceAreasByGoal,
  };
}

function groupBy<K, V>(values: readonly V[], keyOf: (value: V) => K): Map<K, V[]> {
  const groups = new Map<K, V[]>();
  for (const value of values) {
    const key = keyOf(value);
    const group = groups.get(key);
    if (group) group.push(value);
    else groups.set(key, [value]);
  }
  return groups;
}

async function requireServiceAreaId(db: Kysely<Database>, id: string | null | undefined): Promise<number | null> {
  if (id == null) return null;
  const databaseId = toDatabaseId(id);
  const [serviceArea] = databaseId === null ? [] : await findServiceAreasByIds(db, [databaseId]);
  if (!serviceArea) throw badInput({ field: 'serviceAreaId', reason: `no service area has the id "${id}"` });
  return serviceArea.id;
}

/** The municipalities whose mean stands in for an area without its own series. */
async function membersOf(db: Kysely<Database>, area: Area): Promise<Area[]> {
  if (area.kind === 'MUNICIPALITY') return [];
  return membersAmong(await findAreas(db, { kind: 'MUNICIPALITY' }), area);
}

/** membersOf, picked from all municipalities (a county is a municipality's parent, a region its region). */
function membersAmong(municipalities: readonly Area[], area: Area): Area[] {
  if (area.kind === 'MUNICIPALITY') return [];
  if (area.kind === 'COUNTRY') return [...municipalities];
  return municipalities.filter((municipality) => municipality.parentId === area.id || municipality.regionId === area.id);
}

const OVERALL_ONLY: readonly number[] = [ALL_SERVICE_AREAS];
const NO_VALUES: readonly TimedValue[] = Object.freeze([]);
const NO_NOTES: readonly string[] = Object.freeze([]);
const NO_CODES: readonly TargetWarningCode[] = Object.freeze([]);
const NO_POPULATION: PopulationByYear = new Map();
const NO_POPULATIONS: ReadonlyMap<number, PopulationByYear> = new Map();

/** The members' populations, in their order, for the means of one area. */
function memberPopulations(members: readonly Area[], populations: ReadonlyMap<number, PopulationByYear>): MemberPopulations {
  return new MemberPopulations(members.map((member) => populations.get(member.id) ?? NO_POPULATION));
}

/** The indicator whose values weight a mean of municipalities: Sotkanet's population on 31 December. */
export const POPULATION_INDICATOR_CODE = 'sotkanet:127';

/**
 * The population of each of the municipalities by year, as recorded at the moment judged: one
 * statement for all of them, read once per request, whatever the number of indicators averaged.
 */
async function readPopulations(db: Kysely<Database>, municipalityIds: readonly number[], asOf: AsOf): Promise<Map<number, Map<number, number>>> {
  const rows = await findAreaValuesOfIndicatorCode(db, { indicatorCode: POPULATION_INDICATOR_CODE, areaIds: municipalityIds, asOf: asOf.instant });
  const populations = new Map<number, Map<number, number>>();
  for (const { areaId, period, value } of rows) {
    // Yearly figures only: the population on 31 December of the year.
    if (!/^\d{4}$/.test(period)) continue;
    let byYear = populations.get(areaId);
    if (!byYear) {
      byYear = new Map();
      populations.set(areaId, byYear);
    }
    byYear.set(Number(period), value);
  }
  return populations;
}

/** The values of the series a request judges, indexed by series. */
class SeriesValues {
  private readonly bySeries = new Map<number, Map<number, TimedValue[]>>();
  /** Denominators by series, then period; only for the few values that come with one. */
  private readonly denominators = new Map<number, Map<number, Map<string, number>>>();

  /**
   * Indexed by indicator, then by area and service area packed in one small integer: heat maps look
   * up tens of thousands of series, and small-integer keys are the cheapest a Map can hash.
   * Exact while area ids stay below 2^18 and service area ids below 2^12 (checked).
   */
  private static key(areaId: number, serviceAreaId: number): number {
    if (areaId >= 2 ** 18 || serviceAreaId >= 2 ** 12) throw new RangeError(`series key out of range: ${areaId}/${serviceAreaId}`);
    return areaId * 2 ** 12 + serviceAreaId;
  }

  private seriesOf(indicatorId: number): Map<number, TimedValue[]> {
    let series = this.bySeries.get(indicatorId);
    if (!series) {
      series = new Map();
      this.bySeries.set(indicatorId, series);
    }
    return series;
  }

  /** Adds rows; each series must arrive in period order (as the primary key walk returns it). */
  add(rows: readonly SeriesValue[]): this {
    for (const row of rows) {
      const series = this.seriesOf(row.indicatorId);
      const key = SeriesValues.key(row.areaId, row.serviceAreaId);
      const list = series.get(key);
      if (list) list.push({ period: row.period, value: row.value });
      else series.set(key, [{ period: row.period, value: row.value }]);
      if (row.denominator !== null) this.addDenominator(row.indicatorId, key, row.period, row.denominator);
    }
    return this;
  }

  private addDenominator(indicatorId: number, key: number, period: string, denominator: number): void {
    let series = this.denominators.get(indicatorId);
    if (!series) {
      series = new Map();
      this.denominators.set(indicatorId, series);
    }
    let byPeriod = series.get(key);
    if (!byPeriod) {
      byPeriod = new Map();
      series.set(key, byPeriod);
    }
    byPeriod.set(period, denominator);
  }

  /** The denominators of a series by period; null when none of its values has one. */
  denominatorsOf(indicatorId: number, areaId: number, serviceAreaId: number): ReadonlyMap<string, number> | null {
    return this.denominators.get(indicatorId)?.get(SeriesValues.key(areaId, serviceAreaId)) ?? null;
  }

  /** Adds each series' first and last value. */
  addEndpoints(rows: readonly SeriesEndpoints[]): this {
    for (const { indicatorId, areaId, serviceAreaId, first, last } of rows) {
      if (!first || !last) continue;
      this.seriesOf(indicatorId).set(SeriesValues.key(areaId, serviceAreaId), first.period === last.period ? [first] : [first, last]);
    }
    return this;
  }

  /** Puts one more value into its place in a series, unless the series has that period already. */
  insert(row: SeriesValue): void {
    const series = this.seriesOf(row.indicatorId);
    const key = SeriesValues.key(row.areaId, row.serviceAreaId);
    const list = series.get(key) ?? [];
    if (list.some((value) => value.period === row.period)) return;
    const at = list.findIndex((value) => value.period > row.period);
    list.splice(at < 0 ? list.length : at, 0, { period: row.period, value: row.value });
    series.set(key, list);
  }

  get(indicatorId: number, areaId: number, serviceAreaId: number): readonly TimedValue[] {
    return this.bySeries.get(indicatorId)?.get(SeriesValues.key(areaId, serviceAreaId)) ?? NO_VALUES;
  }

  /** Whether the area has a series of its own for the indicator (for the service area or overall). */
  has(indicatorId: number, areaId: number, serviceAreaIds: readonly number[]): boolean {
    return serviceAreaIds.some((id) => this.get(indicatorId, areaId, id).length > 0);
  }
}

/** The stored service area ids whose series a request may judge, preferred first: the service area's own, then overall. */
function serviceAreaIdsFor(serviceAreaId: number | null): readonly number[] {
  return serviceAreaId === null ? OVERALL_ONLY : [serviceAreaId, ALL_SERVICE_AREAS];
}

/** The earliest year any series is read from: the strategy's baseline year, or an earlier target baseline. */
function fromYear(context: StrategyContext): number {
  const overrideYears = context.targets
    .filter((target) => target.baselinePeriod !== null)
    .map((target) => parsePeriodStrict(target.baselinePeriod as string).year);
  return Math.min(context.strategy.baselineYear, ...overrideYears);
}

/** About this many whole series are read per statement (a few milliseconds' work: see readFullSeries). */
const FULL_SERIES_PER_STATEMENT = 500;

/**
 * Every value from the baseline on of the indicators in the areas: what one area's overview needs
 * (its charts show them all), and what a mean of municipalities is computed from. Many areas (a
 * county's or the country's municipalities) are read a few at a time, with a turn for other requests
 * between statements; each area's series stay whole in one statement, in period order.
 */
async function readFullSeries(
  db: Kysely<Database>,
  context: StrategyContext,
  indicatorIds: readonly number[],
  areaIds: readonly number[],
  serviceAreaId: number | null,
  asOf: AsOf,
): Promise<SeriesValue[]> {
  const serviceAreaIds = serviceAreaIdsFor(serviceAreaId);
  const areasPerStatement = Math.max(1, Math.floor(FULL_SERIES_PER_STATEMENT / Math.max(1, indicatorIds.length * serviceAreaIds.length)));
  const rows: SeriesValue[] = [];
  for (let start = 0; start < areaIds.length; start += areasPerStatement) {
    if (start > 0) await nextTurn();
    const chunk = await findSeriesValues(db, {
      indicatorIds,
      areaIds: areaIds.slice(start, start + areasPerStatement),
      serviceAreaIds,
      fromYear: fromYear(context),
      asOf: asOf.instant,
    });
    for (const row of chunk) rows.push(row);
  }
  return rows;
}

/**
 * For a heat map of municipalities: only the first value from the baseline year and the latest
 * visible one of each series, plus the values at baseline periods that targets fix. The judgement
 * needs no more, and it is a fraction of the rows.
 */
async function readSeriesEndpoints(
  db: Kysely<Database>,
  context: StrategyContext,
  areaIds: readonly number[],
  serviceAreaId: number | null,
  asOf: AsOf,
  into: SeriesValues,
  parallelReader: ParallelReader | null,
): Promise<void> {
  const serviceAreaIds = serviceAreaIdsFor(serviceAreaId);
  const bounds = asOf.period === null ? null : latestVisiblePeriods(parsePeriodStrict(asOf.period));
  into.addEndpoints(
    await findSeriesEndpoints(db, {
      indicators: [...context.indicators.values()].map((indicator) => ({
        id: indicator.id,
        lastPeriod: bounds ? bounds[indicator.frequency] : null,
      })),
      areaIds,
      serviceAreaIds,
      fromYear: context.strategy.baselineYear,
      asOf: asOf.instant,
    }, parallelReader),
  );
  const fixedBaselines = context.targets.filter((target) => target.baselinePeriod !== null && target.baselineValue === null);
  if (fixedBaselines.length === 0) return;
  // Only the baseline periods themselves, and an area's own target only in that area.
  const candidates = await findSeriesValues(db, {
    indicatorIds: [...new Set(fixedBaselines.map((target) => target.indicatorId))],
    areaIds: fixedBaselines.every((target) => target.areaId !== null)
      ? areaIds.filter((areaId) => fixedBaselines.some((target) => target.areaId === areaId))
      : areaIds,
    serviceAreaIds,
    fromYear: Math.min(...fixedBaselines.map((target) => parsePeriodStrict(target.baselinePeriod as string).year)),
    asOf: asOf.instant,
    periods: [...new Set(fixedBaselines.map((target) => target.baselinePeriod as string))],
  });
  const wanted = new Set(fixedBaselines.map((target) => `${target.indicatorId}|${target.areaId ?? 'all'}|${target.baselinePeriod}`));
  for (const row of candidates) {
    if (wanted.has(`${row.indicatorId}|all|${row.period}`) || wanted.has(`${row.indicatorId}|${row.areaId}|${row.period}`)) into.insert(row);
  }
}

interface JudgedArea {
  area: Area;
  /** Municipalities whose mean stands in where the area has no series of its own. */
  members: readonly Area[];
  /** The members' populations, which weight that mean (read once per request, looked up once per area). */
  populations: MemberPopulations;
}

const SOURCE_OF_WEIGHTING: Record<MemberMean['weighting'], SeriesSource> = {
  DENOMINATOR: 'DENOMINATOR_WEIGHTED_MEAN',
  POPULATION: 'POPULATION_WEIGHTED_MEAN',
  NONE: 'MEAN_OF_MUNICIPALITIES',
};

/**
 * The series judged for an indicator in an area: the area's own for the service area, else its own
 * overall series; failing both, the weighted mean of its municipalities' series (service area, then
 * overall), with what it covers.
 */
function seriesForArea(
  values: SeriesValues,
  indicatorId: number,
  { area, members, populations }: JudgedArea,
  serviceAreaId: number | null,
): { values: readonly TimedValue[]; source: SeriesSource; mean: MemberMean | null; overallInstead: boolean } {
  const serviceAreaIds = serviceAreaIdsFor(serviceAreaId);
  for (const id of serviceAreaIds) {
    const own = values.get(indicatorId, area.id, id);
    if (own.length > 0) return { values: own, source: 'OWN', mean: null, overallInstead: id !== serviceAreaIds[0] };
  }
  if (members.length > 0) {
    for (const id of serviceAreaIds) {
      const mean = meanOfMembers(
        members.map((member) => ({
          values: values.get(indicatorId, member.id, id),
          denominators: values.denominatorsOf(indicatorId, member.id, id),
        })),
        populations,
      );
      if (mean.contributingAreas > 0) {
        return { values: mean.values, source: SOURCE_OF_WEIGHTING[mean.weighting], mean, overallInstead: id !== serviceAreaIds[0] };
      }
    }
  }
  return { values: NO_VALUES, source: 'OWN', mean: null, overallInstead: false };
}

/**
 * The values attainment judges for one indicator in one area (and service area), as recorded now:
 * the same choice as a judgement makes (the area's own series, else the mean of its municipalities),
 * so that a target form previews the baseline attainment will use.
 */
export async function readJudgedSeries(
  db: Kysely<Database>,
  request: { indicatorId: number; areaId: number; serviceAreaId: number | null; fromYear: number },
): Promise<readonly TimedValue[]> {
  const [area] = await findAreasByIds(db, [request.areaId]);
  if (!area) throw new Error(`area ${request.areaId} is missing`);
  const members = await membersOf(db, area);
  const query = { indicatorIds: [request.indicatorId], serviceAreaIds: serviceAreaIdsFor(request.serviceAreaId), fromYear: request.fromYear, asOf: null };
  const values = new SeriesValues().add(await findSeriesValues(db, { ...query, areaIds: [area.id] }));
  let populations: ReadonlyMap<number, PopulationByYear> = NO_POPULATIONS;
  if (members.length > 0 && !values.has(request.indicatorId, area.id, query.serviceAreaIds)) {
    const memberIds = members.map((member) => member.id);
    values.add(await findSeriesValues(db, { ...query, areaIds: memberIds }));
    // Weighted as a judgement weights it, so the preview's baseline is the one attainment will use.
    populations = await readPopulations(db, memberIds, { instant: Date.now(), period: null });
  }
  return seriesForArea(values, request.indicatorId, { area, members, populations: memberPopulations(members, populations) }, request.serviceAreaId).values;
}

function judgeIndicator(
  context: StrategyContext,
  values: SeriesValues,
  link: GoalIndicatorLink,
  judged: JudgedArea,
  serviceAreaId: number | null,
  asOf: AsOf,
): IndicatorAttainment {
  const indicator = context.indicators.get(link.indicatorId);
  if (!indicator) throw new Error(`goal ${link.goalId} links to missing indicator ${link.indicatorId}`);
  const series = seriesForArea(values, indicator.id, judged, serviceAreaId);
  const target = chooseApplicableTarget(context.targetsByIndicator.get(indicator.id) ?? [], indicator.id, judged.area.id, serviceAreaId);
  let judgement = judgeSeries(
    {
      direction: indicator.direction,
      naturalLimit: indicator.naturalLimit,
      observations: series.values,
      baselineYear: context.strategy.baselineYear,
      baselineOverride: baselineOverride(target, series.values),
      asOfPeriod: asOf.period,
      targets: target?.points ?? NO_VALUES,
    },
    context.thresholds,
  );
  const latestPeriod = judgement.latest?.period ?? null;
  // Most series need no note: they share one empty list rather than allocate one each.
  let notes: readonly string[] = NO_NOTES;
  let coverage = latestPeriod === null ? 0 : 1;
  if (series.mean !== null) {
    const baselinePeriod = judgement.baseline?.period ?? null;
    coverage = judgedCoverage(series.mean, baselinePeriod, latestPeriod);
    judgement = requireMeanCoverage(judgement, coverage);
    notes = [describeMean(judged.area.name.fi, series.mean, [baselinePeriod, latestPeriod])];
  }
  if (series.overallInstead) notes = [...notes, 'There are no figures for this service area, so the overall series is judged.'];
  const acknowledged = judgement.target === null ? null : acknowledgedWarningsNote(target?.acknowledgedWarnings ?? NO_CODES);
  if (acknowledged !== null) notes = [...notes, acknowledged];
  return {
    indicator,
    weight: link.weight,
    judgement,
    targetTrajectory: target?.points ?? NO_VALUES,
    targetAreaId: target?.areaId ?? null,
    series: series.values,
    seriesSource: series.source,
    coverage,
    aggregatedAreaCount: series.mean ? (series.mean.coverage.get(latestPeriod ?? '')?.areas ?? series.mean.contributingAreas) : null,
    memberAreaCount: series.mean?.memberCount ?? null,
    notes,
  };
}

function includeGoalFor(context: StrategyContext, serviceAreaId: number | null) {
  // With a service area chosen: its goals, and the cross-cutting ones that name no service area.
  return (goal: Goal) => {
    if (serviceAreaId === null) return true;
    const serviceAreas = context.serviceAreasByGoal.get(goal.id);
    return !serviceAreas || serviceAreas.has(serviceAreaId);
  };
}

export interface AttainmentRequest {
  strategyId: string;
  areaCode?: string | null;
  serviceAreaId?: string | null;
  asOf?: string | null;
}

const areaCode = boundedText(TEXT_LIMITS.areaCode);
const asOfText = boundedText(TEXT_LIMITS.asOf).nullish();
const attainmentArguments = z.object({ areaCode: areaCode.nullish(), asOf: asOfText });
const matrixArguments = z.object({ areaCodes: z.array(areaCode).nullish(), asOf: asOfText });

/** Judges a strategy's goals for one area (default: its organisation), service area and moment. */
export async function judgeStrategy(db: Kysely<Database>, request: AttainmentRequest, now = new Date()): Promise<StrategyAttainment> {
  parseArguments(attainmentArguments, request);
  return judgeStrategyAt(db, request, parseAsOf(request.asOf, now));
}

/**
 * judgeStrategy with the moment given in full: the instant whose recorded data counts, and the last
 * period judged. A quarterly review uses both: its quarter, with what was recorded by its approval.
 */
export async function judgeStrategyAt(
  db: Kysely<Database>,
  request: Omit<AttainmentRequest, 'asOf'>,
  asOf: AsOf,
): Promise<StrategyAttainment> {
  const context = await readStrategyContext(db, request.strategyId);
  const serviceAreaId = await requireServiceAreaId(db, request.serviceAreaId);
  let area: Area | undefined;
  if (request.areaCode == null) [area] = await findAreasByIds(db, [context.strategy.organisationAreaId]);
  else {
    [area] = await findAreasByCodes(db, [request.areaCode]);
    if (!area) throw badInput({ field: 'areaCode', reason: `no area has the code "${request.areaCode}"` });
  }
  if (!area) throw new Error(`strategy ${context.strategy.id} has no organisation area`);
  const members = await membersOf(db, area);
  const indicatorIds = [...context.indicators.keys()];
  const values = new SeriesValues().add(await readFullSeries(db, context, indicatorIds, [area.id], serviceAreaId, asOf));
  // The municipalities are read only for the indicators the area has no series of its own for.
  const missing = indicatorIds.filter((id) => !values.has(id, area.id, serviceAreaIdsFor(serviceAreaId)));
  if (members.length > 0 && missing.length > 0) {
    values.add(await readFullSeries(db, context, missing, members.map((member) => member.id), serviceAreaId, asOf));
  }
  const populations: ReadonlyMap<number, PopulationByYear> =
    members.length > 0 && missing.length > 0 ? await readPopulations(db, members.map((member) => member.id), asOf) : NO_POPULATIONS;
  const judged = { area, members, populations: memberPopulations(members, populations) };
  const { perspectives, result } = rollUpStrategy({
    perspectives: context.perspectives,
    goals: context.goals,
    linksByGoal: context.linksByGoal,
    judge: (link) => judgeIndicator(context, values, link, judged, serviceAreaId, asOf),
    includeGoal: includeGoalFor(context, serviceAreaId),
    keepEmptyPerspectives: serviceAreaId === null,
    thresholds: context.thresholds,
  });
  return {
    strategyId: context.strategy.id,
    areaId: area.id,
    serviceAreaId,
    asOf: new Date(asOf.instant),
    asOfPeriod: asOf.period,
    result,
    thresholds: context.thresholds,
    perspectives,
  };
}

/**
 * The strategy's service promise items, each judged by its goals as judged in `attainment` (same
 * area, service area and moment). Read only when asked for: the heat map and most overviews do not.
 */
export async function judgeServicePromise(db: Kysely<Database>, attainment: StrategyAttainment): Promise<PromiseItemAttainment[]> {
  const items = await findServicePromiseItemsByStrategyIds(db, [attainment.strategyId]);
  const links = await findServicePromiseGoalPairs(
    db,
    'service_promise_item_id',
    items.map((item) => item.id),
  );
  const judgedGoals = attainment.perspectives.flatMap((perspective) => flattenGoals(perspective.goals));
  return rollUpPromise(items, links, judgedGoals, attainment.thresholds);
}

/** The most areas one heat map may ask for: every municipality with room to spare. */
export const MAX_MATRIX_AREAS = 400;

export interface MatrixRequest extends Omit<AttainmentRequest, 'areaCode'> {
  areaCodes?: readonly string[] | null;
}

/**
 * Judges every goal in every area: by default the municipalities of the strategy's organisation.
 * All series are read at once (for many areas, on two connections in parallel); the goals are then
 * judged area by area in memory.
 */
export async function judgeMatrix(
  db: Kysely<Database>,
  request: MatrixRequest,
  { now = new Date(), parallelReader = null }: { now?: Date; parallelReader?: ParallelReader | null } = {},
): Promise<AttainmentMatrix> {
  parseArguments(matrixArguments, request);
  const asOf = parseAsOf(request.asOf, now);
  const context = await readStrategyContext(db, request.strategyId);
  const serviceAreaId = await requireServiceAreaId(db, request.serviceAreaId);
  let areas: Area[];
  if (request.areaCodes == null) {
    areas = await findAreas(db, { kind: 'MUNICIPALITY', parentId: context.strategy.organisationAreaId });
  } else {
    if (request.areaCodes.length > MAX_MATRIX_AREAS) {
      throw badInput({ field: 'areaCodes', reason: `may list at most ${MAX_MATRIX_AREAS} areas` });
    }
    const found = new Map((await findAreasByCodes(db, request.areaCodes)).map((area) => [area.code, area]));
    const unknown = request.areaCodes.findIndex((code) => !found.has(code));
    if (unknown >= 0) {
      throw badInput({ field: `areaCodes.${unknown}`, reason: `no area has the code "${request.areaCodes[unknown]}"` });
    }
    areas = [...new Set(request.areaCodes)].map((code) => found.get(code) as Area);
  }
  // Counties and regions stand for their municipalities where they have no series: all read at once.
  const municipalities = areas.some((area) => area.kind !== 'MUNICIPALITY') ? await findAreas(db, { kind: 'MUNICIPALITY' }) : [];
  const memberLists = areas.map((area) => membersAmong(municipalities, area));
  // Municipalities need only their series' endpoints; counties and regions may need their
  // municipalities' whole series for a mean, and their populations to weight it, so those are read
  // in full, once for all of them.
  const memberIds = [...new Set(memberLists.flat().map((member) => member.id))];
  const populations = memberIds.length > 0 ? await readPopulations(db, memberIds, asOf) : NO_POPULATIONS;
  const judgedAreas: JudgedArea[] = areas.map((area, index) => {
    const members = memberLists[index] ?? [];
    return { area, members, populations: memberPopulations(members, populations) };
  });
  const aggregates = judgedAreas.filter(({ members }) => members.length > 0);
  const singles = judgedAreas.filter(({ members }) => members.length === 0).map(({ area }) => area.id);
  const values = new SeriesValues();
  await readSeriesEndpoints(db, context, singles, serviceAreaId, asOf, values, parallelReader);
  if (aggregates.length > 0) {
    const aggregateAreaIds = new Set(aggregates.flatMap(({ area, members }) => [area.id, ...members.map((member) => member.id)]));
    values.add(await readFullSeries(db, context, [...context.indicators.keys()], [...aggregateAreaIds], serviceAreaId, asOf));
  }
  const includeGoal = includeGoalFor(context, serviceAreaId);
  const tree = planGoalTree({
    perspectives: context.perspectives,
    goals: context.goals,
    linksByGoal: context.linksByGoal,
    includeGoal,
    keepEmptyPerspectives: false,
  });
  const rows: AttainmentMatrix['rows'] = [];
  // Judging hundreds of areas is tens of milliseconds or more of work on the one thread every
  // request shares: it is done in slices, taking turns with other requests (common/turns.ts).
  const slices = new Slices();
  for (const judged of judgedAreas) {
    await slices.pause();
    const { perspectives } = tree.rollUp((link) => judgeIndicator(context, values, link, judged, serviceAreaId, asOf), context.thresholds);
    // In the order of tree.goalIds, as the rows' lists must be.
    const goals = perspectives.flatMap((perspective) => flattenGoals(perspective.goals));
    rows.push({
      area: judged.area,
      statuses: goals.map((goal) => goal.result.status),
      scores: goals.map((goal) => goal.result.score),
      coverages: goals.map((goal) => goal.result.coverage),
    });
  }
  return { strategyId: context.strategy.id, goalIds: tree.goalIds, rows, asOf: new Date(asOf.instant) };
}

/** What counting a request's cost reads: every area, and every strategy with its number of goals. */
interface CountingData {
  areas: Area[];
  strategies: Strategy[];
  goalCounts: Map<number, number>;
}

/**
 * The counting data, read again only when the data has changed: counting the cost comes before every
 * judging request, refused ones too, and should cost next to nothing (one small statement, here).
 */
const countingDataKept = new WeakMap<Kysely<Database>, { version: number; data: Promise<CountingData> }>();
async function countingData(db: Kysely<Database>): Promise<CountingData> {
  const version = await readDataVersion(db);
  let kept = countingDataKept.get(db);
  if (kept?.version !== version) {
    const data = Promise.all([findAreas(db), findStrategies(db), countGoalsPerStrategy(db)]).then(([areas, strategies, goalCounts]) => ({
      areas,
      strategies,
      goalCounts,
    }));
    kept = { version, data };
    countingDataKept.set(db, kept);
    // A failed read is not kept: the next request reads again.
    data.catch(() => {
      if (countingDataKept.get(db)?.data === data) countingDataKept.delete(db);
    });
  }
  return kept.data;
}

/** One judging field of a request, as judgingCost counts it. */
export type JudgingRequest =
  | ({ kind: 'attainment' } & Pick<AttainmentRequest, 'strategyId' | 'areaCode'>)
  | ({ kind: 'matrix' } & Pick<MatrixRequest, 'strategyId' | 'areaCodes'>);

/**
 * What judging costs, in area × goal cells, known before any series is read: every goal of the
 * strategy judged in every area, where an area that may be judged from its municipalities' series
 * (a county, a region, the country) counts each of them too, as their series are read and averaged.
 * An upper bound (a service area may leave goals out). A strategy or area that does not exist costs
 * nothing here: judging it is refused before any work. All of a request's judging fields are counted
 * together, from data read once per data version (countingData).
 */
export async function judgingCost(db: Kysely<Database>, requests: readonly JudgingRequest[]): Promise<number> {
  if (requests.length === 0) return 0;
  const { areas, strategies, goalCounts } = await countingData(db);
  const areasByCode = new Map(areas.map((area) => [area.code, area]));
  const municipalities = areas.filter((area) => area.kind === 'MUNICIPALITY');
  const judgedCount = (judged: readonly Area[]) => judged.reduce((count, area) => count + 1 + membersAmong(municipalities, area).length, 0);
  const found = (codes: readonly string[]) => [...new Set(codes)].flatMap((code) => areasByCode.get(code) ?? []);
  // Aliases that share a variable share its list: counted once.
  const countedLists = new Map<readonly string[], number>();
  const countList = (codes: readonly string[]) => {
    let count = countedLists.get(codes);
    if (count === undefined) {
      count = judgedCount(found(codes));
      countedLists.set(codes, count);
    }
    return count;
  };
  let cost = 0;
  for (const request of requests) {
    const id = toDatabaseId(request.strategyId);
    const strategy = id === null ? undefined : strategies.find((candidate) => candidate.id === id);
    if (!strategy) continue;
    const organisation = areas.find((area) => area.id === strategy.organisationAreaId);
    let areaCount: number;
    if (request.kind === 'attainment') areaCount = judgedCount(request.areaCode == null ? (organisation ? [organisation] : []) : found([request.areaCode]));
    else if (request.areaCodes == null) areaCount = judgedCount(organisation ? membersAmong(municipalities, organisation) : []);
    else areaCount = countList(request.areaCodes);
    cost += (goalCounts.get(strategy.id) ?? 0) * areaCount;
  }
  return cost;
}
