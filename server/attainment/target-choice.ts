import type { Target } from '../indicators/indicator-model';

/**
 * The target that applies to a series: the area's own for its service area, else the area's own for
 * all service areas, else the organisation-wide one for the service area, else the organisation-wide
 * one. An area without its own target inherits the organisation's (DESIGN.md).
 */
export function chooseApplicableTarget(
  targets: readonly Target[],
  indicatorId: number,
  areaId: number,
  serviceAreaId: number | null,
): Target | null {
  const candidates = targets.filter((target) => target.indicatorId === indicatorId);
  const find = (area: number | null, serviceArea: number | null) =>
    candidates.find((target) => target.areaId === area && target.serviceAreaId === serviceArea);
  return (
    (serviceAreaId !== null ? find(areaId, serviceAreaId) : undefined) ??
    find(areaId, null) ??
    (serviceAreaId !== null ? find(null, serviceAreaId) : undefined) ??
    find(null, null) ??
    null
  );
}
