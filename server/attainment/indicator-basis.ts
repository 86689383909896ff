import type { Kysely } from 'kysely';
import { toDatabaseId } from '../common/validation';
import type { Database } from '../db/database';
import type { Loaders } from '../graphql/loaders';
import type { Indicator, Target } from '../indicators/indicator-model';
import { readSeries } from '../observations/observation-service';
import { requireStrategy } from '../strategy/strategy-service';
import { chooseBaseline, type TimedValue } from './method';
import { baselineOverride, chooseApplicableTarget } from './target-choice';

export interface IndicatorBasis {
  target: Target | null;
  baseline: TimedValue | null;
}

/**
 * The target and baseline attainment uses for an indicator's series in an area under a strategy, for
 * a chart of that series: the same rules (target-choice.ts, method.ts), so that the dashboard never
 * works them out again. The baseline is found in the series the chart shows (the area's own).
 */
export async function indicatorBasis(
  db: Kysely<Database>,
  loaders: Loaders,
  indicator: Indicator,
  request: { strategyId: string; areaCode: string; serviceAreaId?: string | null },
): Promise<IndicatorBasis> {
  const strategy = await requireStrategy(db, request.strategyId, 'strategyId');
  // Reading the series checks the area and service area, naming the field that is wrong.
  const series = await readSeries(loaders, indicator, { areaCode: request.areaCode, serviceAreaId: request.serviceAreaId });
  const area = await loaders.areaByCode.load(request.areaCode);
  if (!area) throw new Error(`area ${request.areaCode} vanished while it was read`);
  const serviceAreaId = request.serviceAreaId == null ? null : toDatabaseId(request.serviceAreaId);
  const targets = (await loaders.targetsByIndicatorId.load(indicator.id)).filter((target) => target.strategyId === strategy.id);
  const target = chooseApplicableTarget(targets, indicator.id, area.id, serviceAreaId);
  const values: TimedValue[] = [];
  for (const observation of series) if (observation.value !== null) values.push({ period: observation.period, value: observation.value });
  return { target, baseline: chooseBaseline(values, strategy.baselineYear, baselineOverride(target, values)) };
}
