import { localizedColumns } from '../common/localized-text';
import type { Executor, StrategyUpdate } from '../db/database';
import {
  perspectiveFromRow,
  strategyFromRow,
  type Perspective,
  type Strategy,
} from './strategy-model';

/** What a strategy is made of; its publication is set on its own (setPromisePublication). */
export type StrategyFields = Omit<Strategy, 'id' | 'promisePublished' | 'promisePublishedAt'>;
export type PerspectiveFields = Omit<Perspective, 'id'>;

function strategyColumns(fields: Partial<StrategyFields>): StrategyUpdate {
  const columns: StrategyUpdate = {};
  if (fields.organisationAreaId !== undefined) columns.organisation_area_id = fields.organisationAreaId;
  if (fields.name !== undefined) [columns.name_fi, columns.name_sv, columns.name_en] = localizedColumns(fields.name) as [string, string | null, string | null];
  if (fields.vision !== undefined) [columns.vision_fi, columns.vision_sv, columns.vision_en] = localizedColumns(fields.vision);
  if (fields.startYear !== undefined) columns.start_year = fields.startYear;
  if (fields.endYear !== undefined) columns.end_year = fields.endYear;
  if (fields.baselineYear !== undefined) columns.baseline_year = fields.baselineYear;
  if (fields.thresholds !== undefined) columns.thresholds = fields.thresholds === null ? null : JSON.stringify(fields.thresholds);
  return columns;
}

export async function findStrategies(db: Executor): Promise<Strategy[]> {
  const rows = await db.selectFrom('strategy').selectAll().orderBy('start_year', 'desc').orderBy('id').execute();
  return rows.map(strategyFromRow);
}

export async function findStrategiesByIds(db: Executor, ids: readonly number[]): Promise<Strategy[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('strategy').selectAll().where('id', 'in', ids).execute();
  return rows.map(strategyFromRow);
}

export async function insertStrategy(db: Executor, fields: StrategyFields, now: number): Promise<Strategy> {
  const row = await db
    .insertInto('strategy')
    .values({
      organisation_area_id: fields.organisationAreaId,
      name_fi: fields.name.fi,
      name_sv: fields.name.sv,
      name_en: fields.name.en,
      vision_fi: fields.vision?.fi ?? null,
      vision_sv: fields.vision?.sv ?? null,
      vision_en: fields.vision?.en ?? null,
      start_year: fields.startYear,
      end_year: fields.endYear,
      baseline_year: fields.baselineYear,
      thresholds: fields.thresholds === null ? null : JSON.stringify(fields.thresholds),
      created_at: now,
      updated_at: now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return strategyFromRow(row);
}

export async function updateStrategy(
  db: Executor,
  id: number,
  fields: Partial<StrategyFields>,
  now: number,
): Promise<Strategy> {
  const row = await db
    .updateTable('strategy')
    .set({ ...strategyColumns(fields), updated_at: now })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return strategyFromRow(row);
}

/** Publishes the promise at `publishedAt`, or withdraws it with null. */
export async function setPromisePublication(db: Executor, id: number, publishedAt: number | null, now: number): Promise<Strategy> {
  const row = await db
    .updateTable('strategy')
    .set({ promise_published: publishedAt === null ? 0 : 1, promise_published_at: publishedAt, updated_at: now })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return strategyFromRow(row);
}

export async function deleteStrategy(db: Executor, id: number): Promise<void> {
  await db.deleteFrom('strategy').where('id', '=', id).execute();
}

export async function findPerspectivesByIds(db: Executor, ids: readonly number[]): Promise<Perspective[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('perspective').selectAll().where('id', 'in', ids).execute();
  return rows.map(perspectiveFromRow);
}

export async function findPerspectivesByStrategyIds(db: Executor, strategyIds: readonly number[]): Promise<Perspective[]> {
  if (strategyIds.length === 0) return [];
  const rows = await db
    .selectFrom('perspective')
    .selectAll()
    .where('strategy_id', 'in', strategyIds)
    .orderBy('sort_order')
    .orderBy('id')
    .execute();
  return rows.map(perspectiveFromRow);
}

export async function insertPerspective(db: Executor, fields: PerspectiveFields): Promise<Perspective> {
  const row = await db
    .insertInto('perspective')
    .values({
      strategy_id: fields.strategyId,
      name_fi: fields.name.fi,
      name_sv: fields.name.sv,
      name_en: fields.name.en,
      sort_order: fields.sortOrder,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return perspectiveFromRow(row);
}

export async function updatePerspective(
  db: Executor,
  id: number,
  fields: Partial<Pick<PerspectiveFields, 'name' | 'sortOrder'>>,
): Promise<Perspective> {
  const row = await db
    .updateTable('perspective')
    .set({
      ...(fields.name ? { name_fi: fields.name.fi, name_sv: fields.name.sv, name_en: fields.name.en } : {}),
      ...(fields.sortOrder !== undefined ? { sort_order: fields.sortOrder } : {}),
    })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return perspectiveFromRow(row);
}

export async function deletePerspective(db: Executor, id: number): Promise<void> {
  await db.deleteFrom('perspective').where('id', '=', id).execute();
}

/** The next free sort position in a list, so new items go last unless told otherwise. */
export async function nextPerspectiveSortOrder(db: Executor, strategyId: number): Promise<number> {
  const row = await db
    .selectFrom('perspective')
    .select((eb) => eb.fn.max('sort_order').as('max'))
    .where('strategy_id', '=', strategyId)
    .executeTakeFirst();
  return (row?.max ?? -1) + 1;
}

/** Gives each perspective its position in `orderedIds` as its sort order. */
export async function updatePerspectiveSortOrders(db: Executor, orderedIds: readonly number[]): Promise<void> {
  for (const [index, id] of orderedIds.entries()) {
    await db.updateTable('perspective').set({ sort_order: index }).where('id', '=', id).execute();
  }
}
