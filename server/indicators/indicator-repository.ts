import { sql } from 'kysely';
import type { Executor, IndicatorUpdate } from '../db/database';
import { indicatorFromRow, type Indicator } from './indicator-model';

export type IndicatorFields = Omit<Indicator, 'id'>;

/** What search matches: the code and every name, lower-cased in JS so ä, ö and å fold too. */
function searchText(fields: Pick<IndicatorFields, 'code' | 'name'>): string {
  return [fields.code, fields.name.fi, fields.name.sv, fields.name.en]
    .filter((part): part is string => Boolean(part))
    .join('\n')
    .toLocaleLowerCase('fi');
}

function indicatorColumns(fields: Partial<IndicatorFields>): IndicatorUpdate {
  const columns: IndicatorUpdate = {};
  if (fields.name !== undefined) {
    columns.name_fi = fields.name.fi;
    columns.name_sv = fields.name.sv;
    columns.name_en = fields.name.en;
  }
  if (fields.unit !== undefined) columns.unit = fields.unit;
  if (fields.decimals !== undefined) columns.decimals = fields.decimals;
  if (fields.direction !== undefined) columns.direction = fields.direction;
  if (fields.naturalLimit !== undefined) columns.natural_limit = fields.naturalLimit;
  if (fields.minValue !== undefined) columns.min_value = fields.minValue;
  if (fields.maxValue !== undefined) columns.max_value = fields.maxValue;
  if (fields.frequency !== undefined) columns.frequency = fields.frequency;
  if (fields.source !== undefined) columns.source = fields.source;
  if (fields.sourceId !== undefined) columns.source_id = fields.sourceId;
  if (fields.definition !== undefined) {
    columns.definition_fi = fields.definition?.fi ?? null;
    columns.definition_sv = fields.definition?.sv ?? null;
    columns.definition_en = fields.definition?.en ?? null;
  }
  return columns;
}

export async function findIndicatorsByIds(db: Executor, ids: readonly number[]): Promise<Indicator[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('indicator').selectAll().where('id', 'in', ids).execute();
  return rows.map(indicatorFromRow);
}

export async function findIndicatorsByCodes(db: Executor, codes: readonly string[]): Promise<Indicator[]> {
  if (codes.length === 0) return [];
  const rows = await db.selectFrom('indicator').selectAll().where('code', 'in', codes).execute();
  return rows.map(indicatorFromRow);
}

/** The indicators that hold any of these ids of an external source (e.g. Sotkanet's), whatever their code. */
export async function findIndicatorsBySourceIds(db: Executor, source: string, sourceIds: readonly string[]): Promise<Indicator[]> {
  if (sourceIds.length === 0) return [];
  const rows = await db.selectFrom('indicator').selectAll().where('source', '=', source).where('source_id', 'in', sourceIds).execute();
  return rows.map(indicatorFromRow);
}

export async function findIndicatorByCode(db: Executor, code: string): Promise<Indicator | undefined> {
  const row = await db.selectFrom('indicator').selectAll().where('code', '=', code).executeTakeFirst();
  return row ? indicatorFromRow(row) : undefined;
}

export interface IndicatorSearch {
  /** Matched, lower-cased, anywhere in the code or a name. */
  search?: string | null;
  serviceAreaId?: number | null;
  /** Only indicators whose code sorts after this one (keyset pagination). */
  afterCode?: string | null;
  limit: number;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

export async function searchIndicators(
  db: Executor,
  filter: IndicatorSearch,
): Promise<{ indicators: Indicator[]; totalCount: number }> {
  const search = filter.search?.trim().toLocaleLowerCase('fi') || null;
  const serviceAreaId = filter.serviceAreaId ?? null;
  let matching = db.selectFrom('indicator');
  if (search) matching = matching.where(sql<boolean>`search_text like ${`%${escapeLike(search)}%`} escape '\\'`);
  if (serviceAreaId !== null) {
    matching = matching.where('id', 'in', (eb) =>
      eb.selectFrom('indicator_service_area').select('indicator_id').where('service_area_id', '=', serviceAreaId),
    );
  }
  const { totalCount } = await matching
    .select((eb) => eb.fn.countAll<number>().as('totalCount'))
    .executeTakeFirstOrThrow();
  let page = matching.selectAll();
  if (filter.afterCode) page = page.where('code', '>', filter.afterCode);
  const rows = await page.orderBy('code').limit(filter.limit).execute();
  return { indicators: rows.map(indicatorFromRow), totalCount: Number(totalCount) };
}

export async function insertIndicator(db: Executor, fields: IndicatorFields, now: number): Promise<Indicator> {
  const row = await db
    .insertInto('indicator')
    .values({
      code: fields.code,
      name_fi: fields.name.fi,
      name_sv: fields.name.sv,
      name_en: fields.name.en,
      unit: fields.unit,
      decimals: fields.decimals,
      direction: fields.direction,
      natural_limit: fields.naturalLimit,
      min_value: fields.minValue,
      max_value: fields.maxValue,
      frequency: fields.frequency,
      source: fields.source,
      source_id: fields.sourceId,
      definition_fi: fields.definition?.fi ?? null,
      definition_sv: fields.definition?.sv ?? null,
      definition_en: fields.definition?.en ?? null,
      search_text: searchText(fields),
      created_at: now,
      updated_at: now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return indicatorFromRow(row);
}

export async function updateIndicator(
  db: Executor,
  existing: Indicator,
  fields: Partial<IndicatorFields>,
  now: number,
): Promise<Indicator> {
  const row = await db
    .updateTable('indicator')
    .set({
      ...indicatorColumns(fields),
      search_text: searchText({ code: existing.code, name: fields.name ?? existing.name }),
      updated_at: now,
    })
    .where('id', '=', existing.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return indicatorFromRow(row);
}

export async function deleteIndicator(db: Executor, id: number): Promise<void> {
  await db.deleteFrom('indicator').where('id', '=', id).execute();
}

export async function findIndicatorServiceAreaPairs(
  db: Executor,
  indicatorIds: readonly number[],
): Promise<Array<{ indicatorId: number; serviceAreaId: number }>> {
  if (indicatorIds.length === 0) return [];
  const rows = await db
    .selectFrom('indicator_service_area')
    .innerJoin('service_area', 'service_area.id', 'indicator_service_area.service_area_id')
    .select(['indicator_service_area.indicator_id', 'indicator_service_area.service_area_id'])
    .where('indicator_service_area.indicator_id', 'in', indicatorIds)
    .orderBy('service_area.sort_order')
    .execute();
  return rows.map((row) => ({ indicatorId: row.indicator_id, serviceAreaId: row.service_area_id }));
}

export async function replaceIndicatorServiceAreas(
  db: Executor,
  indicatorId: number,
  serviceAreaIds: readonly number[],
): Promise<void> {
  await db.deleteFrom('indicator_service_area').where('indicator_id', '=', indicatorId).execute();
  if (serviceAreaIds.length === 0) return;
  await db
    .insertInto('indicator_service_area')
    .values(serviceAreaIds.map((serviceAreaId) => ({ indicator_id: indicatorId, service_area_id: serviceAreaId })))
    .execute();
}

/** What still refers to an indicator: it cannot be deleted while any of these is non-zero. */
export async function countIndicatorDependents(
  db: Executor,
  indicatorId: number,
): Promise<{ observations: number; targets: number; goalLinks: number }> {
  const row = await db
    .selectNoFrom((eb) => [
      eb
        .selectFrom('observation')
        .select((inner) => inner.fn.countAll<number>().as('n'))
        .where('indicator_id', '=', indicatorId)
        .as('observations'),
      eb
        .selectFrom('target')
        .select((inner) => inner.fn.countAll<number>().as('n'))
        .where('indicator_id', '=', indicatorId)
        .as('targets'),
      eb
        .selectFrom('goal_indicator')
        .select((inner) => inner.fn.countAll<number>().as('n'))
        .where('indicator_id', '=', indicatorId)
        .as('goalLinks'),
    ])
    .executeTakeFirstOrThrow();
  return {
    observations: Number(row.observations),
    targets: Number(row.targets),
    goalLinks: Number(row.goalLinks),
  };
}
