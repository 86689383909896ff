import type { Target } from '../indicators/indicator-model';
import type { TimedValue } from './method';

/**
 * The target that applies to a series: the area's own for its service area, else the area's own for
 * all service areas, else the organisation-wide one for the service area, else the organisation-wide
 * one. An area without its own target inherits the organisation's (METHOD.md).
 */
export function chooseApplicableTarget(
  targets: readonly Target[],
  indicatorId: number,
  areaId: number,
  serviceAreaId: number | null,
): Target | null {
  // Best match first: a plain loop, as heat maps call this for every series they judge.
  let best: Target | null = null;
  let bestRank = 0;
  for (const target of targets) {
    if (target.indicatorId !== indicatorId) continue;
    const rank = matchRank(target, areaId, serviceAreaId);
    if (rank > bestRank) {
      best = target;
      bestRank = rank;
    }
  }
  return best;
}

/** 4: own for the service area, 3: own, 2: organisation's for the service area, 1: organisation's, 0: none. */
function matchRank(target: Target, areaId: number, serviceAreaId: number | null): number {
  const serviceAreaRank =
    target.serviceAreaId === null ? 1 : serviceAreaId !== null && target.serviceAreaId === serviceAreaId ? 2 : 0;
  if (serviceAreaRank === 0) return 0;
  if (target.areaId === areaId) return 2 + serviceAreaRank;
  return target.areaId === null ? serviceAreaRank : 0;
}

/**
 * A target may fix the baseline: a period and value, or only a period, whose observed value is then
 * used. A period with no observation falls back to the strategy's baseline rule.
 */
export function baselineOverride(
  target: Pick<Target, 'baselinePeriod' | 'baselineValue'> | null,
  values: readonly TimedValue[],
): TimedValue | null {
  if (!target?.baselinePeriod) return null;
  if (target.baselineValue !== null) return { period: target.baselinePeriod, value: target.baselineValue };
  return values.find((value) => value.period === target.baselinePeriod) ?? null;
}
