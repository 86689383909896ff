import type { Kysely } from 'kysely';
import type { Area } from '../areas/area-model';
import { findAreas, findAreasByCodes, findAreasByIds } from '../areas/area-repository';
import { toDatabaseId } from '../common/validation';
import type { Database } from '../db/database';
import { badInput } from '../errors';
import type { Indicator, Target } from '../indicators/indicator-model';
import { findIndicatorsByIds } from '../indicators/indicator-repository';
import { findTargetsBy } from '../indicators/target-repository';
import { ALL_SERVICE_AREAS } from '../observations/observation-model';
import { findSeriesValues } from '../observations/observation-repository';
import { parsePeriodStrict } from '../observations/period';
import { findServiceAreasByIds } from '../service-areas/service-area-repository';
import { findGoalIndicatorLinks, findGoalServiceAreaPairs, findGoalsBy } from '../strategy/goal-repository';
import type { Goal, GoalIndicatorLink, Perspective, Strategy } from '../strategy/strategy-model';
import { findPerspectivesByStrategyIds } from '../strategy/strategy-repository';
import { requireStrategy } from '../strategy/strategy-service';
import { parseAsOf, type AsOf } from './as-of';
import type { AttainmentMatrix, IndicatorAttainment, SeriesSource, StrategyAttainment } from './attainment-model';
import { explainSeries } from './explanation';
import { flattenGoals, rollUpStrategy } from './goal-tree';
import { DEFAULT_THRESHOLDS, judgeSeries, type Thresholds, type TimedValue } from './method';
import { meanOfMembers } from './series-aggregation';
import { chooseApplicableTarget } from './target-choice';

/** Everything about a strategy that judging it needs, read once per request. */
interface StrategyContext {
  strategy: Strategy;
  thresholds: Thresholds;
  perspectives: Perspective[];
  goals: Goal[];
  linksByGoal: Map<number, GoalIndicatorLink[]>;
  indicators: Map<number, Indicator>;
  targets: Target[];
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
  const linksByGoal = new Map<number, GoalIndicatorLink[]>();
  for (const link of links) linksByGoal.set(link.goalId, [...(linksByGoal.get(link.goalId) ?? []), link]);
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
    serviceAreasByGoal,
  };
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
  if (area.kind === 'COUNTRY') return findAreas(db, { kind: 'MUNICIPALITY' });
  return findAreas(db, { kind: 'MUNICIPALITY', parentId: area.id });
}

/** The values of every series the request needs, read in one statement and indexed by series. */
class SeriesValues {
  private readonly bySeries = new Map<string, TimedValue[]>();

  static async read(
    db: Kysely<Database>,
    context: StrategyContext,
    areaIds: readonly number[],
    serviceAreaId: number | null,
    asOf: AsOf,
  ): Promise<SeriesValues> {
    const baselineOverrideYears = context.targets
      .filter((target) => target.baselinePeriod !== null)
      .map((target) => parsePeriodStrict(target.baselinePeriod as string).year);
    const rows = await findSeriesValues(db, {
      indicatorIds: [...context.indicators.keys()],
      areaIds,
      serviceAreaIds: serviceAreaId === null ? [ALL_SERVICE_AREAS] : [ALL_SERVICE_AREAS, serviceAreaId],
      fromYear: Math.min(context.strategy.baselineYear, ...baselineOverrideYears),
      asOf: asOf.instant,
    });
    const values = new SeriesValues();
    for (const row of rows) {
      const key = SeriesValues.key(row.indicatorId, row.areaId, row.serviceAreaId);
      const list = values.bySeries.get(key);
      if (list) list.push({ period: row.period, value: row.value });
      else values.bySeries.set(key, [{ period: row.period, value: row.value }]);
    }
    return values;
  }

  private static key(indicatorId: number, areaId: number, serviceAreaId: number): string {
    return `${indicatorId}|${areaId}|${serviceAreaId}`;
  }

  get(indicatorId: number, areaId: number, serviceAreaId: number): TimedValue[] {
    return this.bySeries.get(SeriesValues.key(indicatorId, areaId, serviceAreaId)) ?? [];
  }
}

interface JudgedArea {
  area: Area;
  /** Municipalities whose mean stands in where the area has no series of its own. */
  members: readonly Area[];
}

/**
 * The series judged for an indicator in an area: the area's own for the service area, else its own
 * overall series; failing both, the mean of its municipalities' series (service area, then overall).
 */
function seriesForArea(
  values: SeriesValues,
  indicatorId: number,
  { area, members }: JudgedArea,
  serviceAreaId: number | null,
): { values: TimedValue[]; source: SeriesSource; memberCount: number | null; overallInstead: boolean } {
  const serviceAreaIds = serviceAreaId === null ? [ALL_SERVICE_AREAS] : [serviceAreaId, ALL_SERVICE_AREAS];
  for (const id of serviceAreaIds) {
    const own = values.get(indicatorId, area.id, id);
    if (own.length > 0) return { values: own, source: 'OWN', memberCount: null, overallInstead: id !== serviceAreaIds[0] };
  }
  if (members.length > 0) {
    for (const id of serviceAreaIds) {
      const mean = meanOfMembers(members.map((member) => values.get(indicatorId, member.id, id)));
      if (mean.contributingAreas > 0) {
        return {
          values: mean.values,
          source: 'MEAN_OF_MUNICIPALITIES',
          memberCount: mean.contributingAreas,
          overallInstead: id !== serviceAreaIds[0],
        };
      }
    }
  }
  return { values: [], source: 'OWN', memberCount: null, overallInstead: false };
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
  const target = chooseApplicableTarget(context.targets, indicator.id, judged.area.id, serviceAreaId);
  const judgement = judgeSeries(
    {
      direction: indicator.direction,
      naturalLimit: indicator.naturalLimit,
      observations: series.values,
      baselineYear: context.strategy.baselineYear,
      baselineOverride: baselineOverride(target, series.values),
      asOfPeriod: asOf.period,
      targets: target?.points ?? [],
    },
    context.thresholds,
  );
  const notes: string[] = [];
  if (series.source === 'MEAN_OF_MUNICIPALITIES') {
    notes.push(
      `${judged.area.name.fi} has no series of its own: its values are the plain mean of its ${series.memberCount} municipalities with data.`,
    );
  }
  if (series.overallInstead) notes.push('There are no figures for this service area, so the overall series is judged.');
  const explanation = [explainSeries(judgement, { unit: indicator.unit, decimals: indicator.decimals, direction: indicator.direction }), ...notes].join(' ');
  const first = judgement.baseline?.period;
  const last = judgement.latest?.period;
  return {
    indicatorId: indicator.id,
    weight: link.weight,
    judgement,
    targetTrajectory: target?.points ?? [],
    targetAreaId: target?.areaId ?? null,
    values:
      first && last ? series.values.filter((value) => value.period >= first && value.period <= last) : [],
    seriesSource: series.source,
    aggregatedAreaCount: series.memberCount,
    explanation,
  };
}

/**
 * A target may fix the baseline: a period and value, or only a period, whose observed value is then
 * used. A period with no observation falls back to the strategy's baseline rule.
 */
function baselineOverride(target: Target | null, values: readonly TimedValue[]): TimedValue | null {
  if (!target?.baselinePeriod) return null;
  if (target.baselineValue !== null) return { period: target.baselinePeriod, value: target.baselineValue };
  return values.find((value) => value.period === target.baselinePeriod) ?? null;
}

function includeGoalFor(context: StrategyContext, serviceAreaId: number | null) {
  // With a service area chosen: its goals, and the cross-cutting ones that name no service area.
  return (goal: Goal) => {
    if (serviceAreaId === null) return true;
    const serviceAreas = context.serviceAreasByGoal.get(goal.id);
    return !serviceAreas || serviceAreas.size === 0 || serviceAreas.has(serviceAreaId);
  };
}

export interface AttainmentRequest {
  strategyId: string;
  areaCode?: string | null;
  serviceAreaId?: string | null;
  asOf?: string | null;
}

/** Judges a strategy's goals for one area (default: its organisation), service area and moment. */
export async function judgeStrategy(db: Kysely<Database>, request: AttainmentRequest, now = new Date()): Promise<StrategyAttainment> {
  const asOf = parseAsOf(request.asOf, now);
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
  const values = await SeriesValues.read(db, context, [area.id, ...members.map((member) => member.id)], serviceAreaId, asOf);
  const judged = { area, members };
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

/** The most areas one heat map may ask for: every municipality with room to spare. */
export const MAX_MATRIX_AREAS = 400;

export interface MatrixRequest extends Omit<AttainmentRequest, 'areaCode'> {
  areaCodes?: readonly string[] | null;
}

/**
 * Judges every goal in every area: by default the municipalities of the strategy's organisation.
 * All series are read in one statement; the goals are then judged area by area in memory.
 */
export async function judgeMatrix(db: Kysely<Database>, request: MatrixRequest, now = new Date()): Promise<AttainmentMatrix> {
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
  const judgedAreas: JudgedArea[] = await Promise.all(areas.map(async (area) => ({ area, members: await membersOf(db, area) })));
  const areaIds = new Set(judgedAreas.flatMap(({ area, members }) => [area.id, ...members.map((member) => member.id)]));
  const values = await SeriesValues.read(db, context, [...areaIds], serviceAreaId, asOf);
  const includeGoal = includeGoalFor(context, serviceAreaId);
  const cells: AttainmentMatrix['cells'] = [];
  let goalIds: number[] = [];
  for (const judged of judgedAreas) {
    const { perspectives } = rollUpStrategy({
      perspectives: context.perspectives,
      goals: context.goals,
      linksByGoal: context.linksByGoal,
      judge: (link) => judgeIndicator(context, values, link, judged, serviceAreaId, asOf),
      includeGoal,
      keepEmptyPerspectives: false,
      thresholds: context.thresholds,
    });
    const goals = perspectives.flatMap((perspective) => flattenGoals(perspective.goals));
    goalIds = goals.map((goal) => goal.goalId);
    for (const goal of goals) cells.push({ goalId: goal.goalId, areaCode: judged.area.code, result: goal.result });
  }
  if (judgedAreas.length === 0) goalIds = context.goals.filter(includeGoal).map((goal) => goal.id);
  return { strategyId: context.strategy.id, areaIds: areas.map((area) => area.id), goalIds, cells, asOf: new Date(asOf.instant) };
}
