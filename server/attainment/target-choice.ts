import type { Target } from '../indicators/indicator-model';

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
