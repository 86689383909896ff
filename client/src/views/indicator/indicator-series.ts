import type { IndicatorDetailsQuery } from '../../graphql/generated/graphql';
import { periodToTime } from '../../lib/periods';

type Indicator = NonNullable<IndicatorDetailsQuery['indicator']>;
type Target = Indicator['targets'][number];

/**
 * The target that applies to an area and service area, as the attainment method picks it: the area's
 * own for the service area, else the area's own, else the organisation-wide one it inherits.
 */
export function applicableTarget(targets: ReadonlyArray<Target>, areaCode: string, serviceAreaId: string | null): Target | null {
  const matches = (target: Target, area: string | null, serviceArea: string | null) =>
    (target.area?.code ?? null) === area && (target.serviceArea?.id ?? null) === serviceArea;
  const candidates: Array<[string | null, string | null]> = [
    [areaCode, serviceAreaId],
    [areaCode, null],
    [null, serviceAreaId],
    [null, null],
  ];
  for (const [area, serviceArea] of candidates) {
    const found = targets.find((target) => matches(target, area, serviceArea));
    if (found) return found;
  }
  return null;
}

/**
 * The baseline, by the server's rule (attainment-service.ts): the target's own period and value; its
 * period with the value observed then; else the first value at or after the strategy's baseline year.
 */
export function baselineOf(
  series: ReadonlyArray<{ period: string; value: number | null }>,
  target: Target | null,
  baselineYear: number,
): { period: string; value: number } | null {
  if (target?.baselinePeriod && target.baselineValue !== null && target.baselineValue !== undefined) {
    return { period: target.baselinePeriod, value: target.baselineValue };
  }
  if (target?.baselinePeriod) {
    const observed = series.find((point) => point.period === target.baselinePeriod && point.value !== null);
    if (observed && observed.value !== null) return { period: observed.period, value: observed.value };
  }
  const first = series.find((point) => point.value !== null && periodToTime(point.period) >= baselineYear);
  return first && first.value !== null ? { period: first.period, value: first.value } : null;
}
