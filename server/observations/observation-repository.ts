import { sql, type SelectQueryBuilder } from 'kysely';
import type { Database, Executor } from '../db/database';
import type { ParallelReader } from '../db/parallel-reader';
import { nextTurn } from '../common/turns';
import { ALL_SERVICE_AREAS, observationFromRow, type Observation } from './observation-model';

/**
 * Keeps the versions valid at `asOf` (epoch ms): recorded by then and not yet replaced; or, without
 * `asOf`, the current ones. The one place the revision rule is written for Kysely queries.
 */
function validAt<Selection>(
  select: SelectQueryBuilder<Database, 'observation', Selection>,
  asOf: number | null | undefined,
): SelectQueryBuilder<Database, 'observation', Selection> {
  if (asOf == null) return select.where('superseded_at', 'is', null);
  return select.where('recorded_at', '<=', asOf).where((eb) => eb.or([eb('superseded_at', 'is', null), eb('superseded_at', '>', asOf)]));
}

export interface SeriesQuery {
  indicatorIds: readonly number[];
  areaIds: readonly number[];
  /** The stored service area id; ALL_SERVICE_AREAS for series that cover every service area. */
  serviceAreaId: number;
  /** Whole years that bound the periods (a coarse filter; callers filter exact periods). */
  fromYear?: number | null;
  toYear?: number | null;
  /** Epoch ms: read the versions valid at this instant instead of the current ones. */
  asOf?: number | null;
}

/**
 * The values of several series in one statement: current versions by default, or the versions
 * that were valid at `asOf`. Tombstones (values removed by an undo) are left out.
 */
export async function findSeries(db: Executor, query: SeriesQuery): Promise<Observation[]> {
  if (query.indicatorIds.length === 0 || query.areaIds.length === 0) return [];
  let select = db
    .selectFrom('observation')
    .select([
      'indicator_id',
      'area_id',
      'service_area_id',
      'period',
      'value',
      'numerator',
      'denominator',
      'provisional',
      'recorded_at',
      'load_id',
    ])
    .where('indicator_id', 'in', query.indicatorIds)
    .where('area_id', 'in', query.areaIds)
    .where('service_area_id', '=', query.serviceAreaId)
    .where('deleted', '=', 0);
  select = validAt(select, query.asOf);
  // Every period string of year Y sorts between "Y" and "Y+1", whatever its frequency.
  if (query.fromYear != null) select = select.where('period', '>=', String(query.fromYear));
  if (query.toYear != null) select = select.where('period', '<', String(query.toYear + 1));
  const rows = await select.orderBy('indicator_id').orderBy('area_id').orderBy('period').execute();
  return rows.map(observationFromRow);
}

export interface SeriesValue {
  indicatorId: number;
  areaId: number;
  serviceAreaId: number;
  period: string;
  value: number;
  /** What the value is a share of (e.g. the population a rate is of), where the source gives it. */
  denominator: number | null;
}

/**
 * The non-missing values of many series (indicators × areas × service areas) from a year on, as
 * valid at `asOf` (or current). One statement: SQLite walks the primary key for each combination.
 * Returns plain rows, because attainment reads hundreds of thousands of them for a heat map.
 */
export async function findSeriesValues(
  db: Executor,
  query: {
    indicatorIds: readonly number[];
    areaIds: readonly number[];
    serviceAreaIds: readonly number[];
    fromYear: number;
    asOf: number | null;
    /** Only these periods (exactly as stored), when given. */
    periods?: readonly string[];
  },
): Promise<SeriesValue[]> {
  if (query.indicatorIds.length === 0 || query.areaIds.length === 0) return [];
  let select = db
    .selectFrom('observation')
    .select([
      'indicator_id as indicatorId',
      'area_id as areaId',
      'service_area_id as serviceAreaId',
      'period',
      'value',
      'denominator',
    ])
    .where('indicator_id', 'in', query.indicatorIds)
    .where('area_id', 'in', query.areaIds)
    .where('service_area_id', 'in', query.serviceAreaIds)
    .where('period', '>=', String(query.fromYear))
    .where('deleted', '=', 0)
    .where('value', 'is not', null);
  if (query.periods) select = select.where('period', 'in', query.periods);
  return (await validAt(select, query.asOf).execute()) as SeriesValue[];
}

/**
 * The values of one indicator, named by its code, in areas (all service areas), as valid at `asOf`:
 * one statement for all of them, whatever their number. Attainment reads the population that weights
 * a mean of municipalities this way, once per request. None when no indicator has the code.
 */
export async function findAreaValuesOfIndicatorCode(
  db: Executor,
  query: { indicatorCode: string; areaIds: readonly number[]; asOf: number | null },
): Promise<Array<{ areaId: number; period: string; value: number }>> {
  if (query.areaIds.length === 0) return [];
  const select = db
    .selectFrom('observation')
    .select(['area_id as areaId', 'period', 'value'])
    .where('indicator_id', '=', (eb) => eb.selectFrom('indicator').select('id').where('code', '=', query.indicatorCode))
    .where('area_id', 'in', query.areaIds)
    .where('service_area_id', '=', ALL_SERVICE_AREAS)
    .where('deleted', '=', 0)
    .where('value', 'is not', null);
  return (await validAt(select, query.asOf).execute()) as Array<{ areaId: number; period: string; value: number }>;
}

/** The first and the last value of one series; null where the series has none. */
export interface SeriesEndpoints {
  indicatorId: number;
  areaId: number;
  serviceAreaId: number;
  first: { period: string; value: number } | null;
  last: { period: string; value: number } | null;
}

/**
 * The first and the last non-missing value of each series from a year on (and up to a last period
 * per indicator), as valid at `asOf`: all a heat map needs to judge progress, two rows per series
 * instead of all of them. For each series SQLite seeks straight to both ends along the primary key;
 * period and value come back together as text, the value printed with 17 significant digits so it
 * reads back as the same number.
 */
export async function findSeriesEndpoints(
  db: Executor,
  query: {
    /** Each indicator with the last period visible for it (its frequency's bound), or null for no bound. */
    indicators: ReadonlyArray<{ id: number; lastPeriod: string | null }>;
    areaIds: readonly number[];
    serviceAreaIds: readonly number[];
    fromYear: number;
    asOf: number | null;
  },
  /** With a second reader and many areas, half of the areas are read there, at the same time. */
  parallelReader: ParallelReader | null = null,
): Promise<SeriesEndpoints[]> {
  if (query.indicators.length === 0 || query.areaIds.length === 0) return [];
  // validAt's rule, written in SQL for the correlated subqueries below.
  const visible =
    query.asOf === null
      ? sql`superseded_at is null`
      : sql`recorded_at <= ${query.asOf} and (superseded_at is null or superseded_at > ${query.asOf})`;
  const endpoint = (order: 'asc' | 'desc') => sql`(
    select period || ' ' || printf('%.17g', value) from observation
    where indicator_id = i and area_id = a and service_area_id = s
      and period >= ${String(query.fromYear)} and period <= last_period
      and deleted = 0 and value is not null and ${visible}
    order by period ${sql.raw(order)} limit 1)`;
  // The columns in this order: the second reader answers with arrays.
  const statementFor = (areaIds: readonly number[]) => sql<EndpointRow>`
    with indicators(i, last_period) as (
           select json_extract(value, '$[0]'), json_extract(value, '$[1]') from json_each(${JSON.stringify(
             query.indicators.map((indicator) => [indicator.id, indicator.lastPeriod ?? '9999']),
           )})),
         areas(a) as (select value from json_each(${JSON.stringify(areaIds)})),
         service_areas(s) as (select value from json_each(${JSON.stringify(query.serviceAreaIds)}))
    select i as indicatorId, a as areaId, s as serviceAreaId, ${endpoint('asc')} as first, ${endpoint('desc')} as last
    from indicators, areas, service_areas`;

  // On this thread, a statement runs to its end with every other request waiting: the areas are
  // read a few at a time, with a turn for other requests between statements (see common/turns.ts).
  const seriesPerArea = query.indicators.length * query.serviceAreaIds.length;
  const areasPerStatement = Math.max(1, Math.floor(ENDPOINT_SERIES_PER_STATEMENT / seriesPerArea));
  const readHere = async (areaIds: readonly number[]): Promise<EndpointRow[]> => {
    const rows: EndpointRow[] = [];
    for (let start = 0; start < areaIds.length; start += areasPerStatement) {
      if (start > 0) await nextTurn();
      rows.push(...(await statementFor(areaIds.slice(start, start + areasPerStatement)).execute(db)).rows);
    }
    return rows;
  };
  let rows: EndpointRow[];
  if (parallelReader && query.areaIds.length >= PARALLEL_READ_MIN_AREAS) {
    const half = Math.ceil(query.areaIds.length / 2);
    const theirs = statementFor(query.areaIds.slice(half)).compile(db);
    // Sent first, so that the other thread reads while this one does.
    const theirRows = parallelReader.all(theirs.sql, theirs.parameters);
    const mine = await readHere(query.areaIds.slice(0, half));
    rows = mine.concat(
      (await theirRows).map(([indicatorId, areaId, serviceAreaId, first, last]) => ({ indicatorId, areaId, serviceAreaId, first, last }) as EndpointRow),
    );
  } else {
    rows = await readHere(query.areaIds);
  }
  return rows.map((row) => ({
    indicatorId: row.indicatorId,
    areaId: row.areaId,
    serviceAreaId: row.serviceAreaId,
    first: row.first === null ? null : splitEndpoint(row.first),
    last: row.last === null ? null : splitEndpoint(row.last),
  }));
}

interface EndpointRow {
  indicatorId: number;
  areaId: number;
  serviceAreaId: number;
  first: string | null;
  last: string | null;
}

/** About this many series' endpoints are read per statement on the main thread (a few milliseconds' work). */
export const ENDPOINT_SERIES_PER_STATEMENT = 1_000;

/**
 * Below this many areas a heat map's endpoints are read on one connection: the second reader's
 * round trip (about a millisecond) would cost more than it saves. A county has at most 30 municipalities.
 */
export const PARALLEL_READ_MIN_AREAS = 64;

function splitEndpoint(text: string): { period: string; value: number } {
  const space = text.indexOf(' ');
  return { period: text.slice(0, space), value: Number(text.slice(space + 1)) };
}

/** Periods in which any of the areas has a current value of the indicator, newest first. */
export async function findPeriodsWithValues(db: Executor, indicatorId: number, areaIds: readonly number[]): Promise<string[]> {
  if (areaIds.length === 0) return [];
  const select = db
    .selectFrom('observation')
    .select('period')
    .distinct()
    .where('indicator_id', '=', indicatorId)
    .where('area_id', 'in', areaIds)
    .where('service_area_id', '=', ALL_SERVICE_AREAS)
    .where('deleted', '=', 0)
    .where('value', 'is not', null);
  const rows = await validAt(select, null).orderBy('period', 'desc').execute();
  return rows.map((row) => row.period);
}

/** The current values of one indicator and period for several areas (all service areas). */
export async function findValuesAtPeriod(
  db: Executor,
  indicatorId: number,
  period: string,
  areaIds: readonly number[],
): Promise<Array<{ areaId: number; value: number | null; provisional: boolean }>> {
  if (areaIds.length === 0) return [];
  const select = db
    .selectFrom('observation')
    .select(['area_id', 'value', 'provisional'])
    .where('indicator_id', '=', indicatorId)
    .where('period', '=', period)
    .where('area_id', 'in', areaIds)
    .where('service_area_id', '=', ALL_SERVICE_AREAS)
    .where('deleted', '=', 0);
  const rows = await validAt(select, null).execute();
  return rows.map((row) => ({ areaId: row.area_id, value: row.value, provisional: row.provisional === 1 }));
}
