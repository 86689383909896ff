import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Area, AreaKind } from '../areas/area-model';
import { findAreaByCode, findAreas } from '../areas/area-repository';
import { boundedText, parseArguments, TEXT_LIMITS, toDatabaseId } from '../common/validation';
import type { Database } from '../db/database';
import { badInput, notFound } from '../errors';
import { findIndicatorByCode } from '../indicators/indicator-repository';
import { findPeriodsWithValues, findValuesAtPeriod } from './observation-repository';
import type { Loaders } from '../graphql/loaders';
import type { Indicator } from '../indicators/indicator-model';
import { ALL_SERVICE_AREAS, type Observation } from './observation-model';
import { formatPeriod, nextPeriod, parsePeriod, parsePeriodStrict, periodToTime, type Period } from './period';

export interface SeriesRequest {
  areaCode: string;
  serviceAreaId?: string | null;
  /** First period to include (inclusive), any frequency: `2020` includes 2020Q1 and 2020-01. */
  from?: string | null;
  /** Last period to include (inclusive), any frequency: `2022` includes 2022Q4 and 2022-12. */
  to?: string | null;
  /** Epoch ms: the versions valid at that instant instead of the current ones. */
  asOf?: number | null;
}

const areaCode = boundedText(TEXT_LIMITS.areaCode);
const period = boundedText(TEXT_LIMITS.period).nullish();
const seriesArguments = z.object({ areaCode, from: period, to: period });
const indicatorValuesArguments = z.object({ indicatorCode: boundedText(TEXT_LIMITS.indicatorCode), period, parentCode: areaCode.nullish() });

function parseBound(text: string | null | undefined, field: string): Period | null {
  if (text == null || text.trim() === '') return null;
  const result = parsePeriod(text);
  if (!result.ok) throw badInput({ field, reason: result.reason });
  return result.period;
}

/** One series of an indicator, batched with the other series the same request reads. */
export async function readSeries(loaders: Loaders, indicator: Indicator, request: SeriesRequest): Promise<Observation[]> {
  parseArguments(seriesArguments, request);
  const area = await loaders.areaByCode.load(request.areaCode);
  if (!area) throw badInput({ field: 'areaCode', reason: `no area has the code "${request.areaCode}"` });
  let serviceAreaId = ALL_SERVICE_AREAS;
  if (request.serviceAreaId != null) {
    const id = toDatabaseId(request.serviceAreaId);
    const serviceArea = id === null ? undefined : await loaders.serviceAreaById.load(id);
    if (!serviceArea) {
      throw badInput({ field: 'serviceAreaId', reason: `no service area has the id "${request.serviceAreaId}"` });
    }
    serviceAreaId = serviceArea.id;
  }
  const from = parseBound(request.from, 'from');
  const to = parseBound(request.to, 'to');
  if (from && to && periodToTime(from) > periodToTime(to)) {
    throw badInput({ field: 'to', reason: `must not be before from (${request.from})` });
  }
  const observations = await loaders.series.load({
    indicatorId: indicator.id,
    areaId: area.id,
    serviceAreaId,
    fromYear: from?.year ?? null,
    toYear: to?.year ?? null,
    asOf: request.asOf ?? null,
  });
  if (!from && !to) return observations;
  // The loader bounds by whole years; keep exactly the periods that start within [from, to].
  const startTime = from ? periodToTime(from) : -Infinity;
  const endTime = to ? periodToTime(nextPeriod(to)) : Infinity;
  return observations.filter((observation) => {
    const time = periodToTime(parsePeriodStrict(observation.period));
    return time >= startTime && time < endTime;
  });
}

export interface IndicatorValuesRequest {
  indicatorCode: string;
  period?: string | null;
  areaKind?: AreaKind | null;
  parentCode?: string | null;
}

export interface IndicatorValuesResult {
  indicator: Indicator;
  period: string | null;
  periods: string[];
  values: Array<{ area: Area; value: number | null; provisional: boolean }>;
}

/**
 * One indicator's values in one period for every area of a kind (under a parent): the data behind
 * the comparison bar chart and the map. Without a period, the latest one any of the areas has.
 */
export async function readIndicatorValues(db: Kysely<Database>, request: IndicatorValuesRequest): Promise<IndicatorValuesResult> {
  parseArguments(indicatorValuesArguments, request);
  const indicator = await findIndicatorByCode(db, request.indicatorCode);
  if (!indicator) throw notFound('indicator', request.indicatorCode, 'indicatorCode', 'code');
  let parentId: number | null = null;
  if (request.parentCode) {
    const parent = await findAreaByCode(db, request.parentCode);
    if (!parent) throw badInput({ field: 'parentCode', reason: `no area has the code "${request.parentCode}"` });
    parentId = parent.id;
  }
  const areas = await findAreas(db, { kind: request.areaKind ?? 'MUNICIPALITY', parentId });
  const periods = await findPeriodsWithValues(
    db,
    indicator.id,
    areas.map((area) => area.id),
  );
  let period = periods[0] ?? null;
  if (request.period) {
    const parsed = parsePeriod(request.period);
    if (!parsed.ok) throw badInput({ field: 'period', reason: parsed.reason });
    period = formatPeriod(parsed.period);
  }
  const found =
    period === null
      ? []
      : await findValuesAtPeriod(
          db,
          indicator.id,
          period,
          areas.map((area) => area.id),
        );
  const byArea = new Map(found.map((row) => [row.areaId, row]));
  return {
    indicator,
    period,
    periods,
    values: areas.map((area) => ({ area, value: byArea.get(area.id)?.value ?? null, provisional: byArea.get(area.id)?.provisional ?? false })),
  };
}
