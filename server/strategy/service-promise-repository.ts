import type { Executor } from '../db/database';
import { servicePromiseItemFromRow, type ServicePromiseItem } from './strategy-model';

export type ServicePromiseItemFields = Omit<ServicePromiseItem, 'id'>;

export async function findServicePromiseItemsByIds(db: Executor, ids: readonly number[]): Promise<ServicePromiseItem[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('service_promise_item').selectAll().where('id', 'in', ids).execute();
  return rows.map(servicePromiseItemFromRow);
}

export async function findServicePromiseItemsByStrategyIds(
  db: Executor,
  strategyIds: readonly number[],
): Promise<ServicePromiseItem[]> {
  if (strategyIds.length === 0) return [];
  const rows = await db
    .selectFrom('service_promise_item')
    .selectAll()
    .where('strategy_id', 'in', strategyIds)
    .orderBy('sort_order')
    .orderBy('id')
    .execute();
  return rows.map(servicePromiseItemFromRow);
}

export async function insertServicePromiseItem(db: Executor, fields: ServicePromiseItemFields): Promise<ServicePromiseItem> {
  const row = await db
    .insertInto('service_promise_item')
    .values({
      strategy_id: fields.strategyId,
      text_fi: fields.text.fi,
      text_sv: fields.text.sv,
      text_en: fields.text.en,
      sort_order: fields.sortOrder,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return servicePromiseItemFromRow(row);
}

export async function updateServicePromiseItem(
  db: Executor,
  id: number,
  fields: Partial<Pick<ServicePromiseItemFields, 'text' | 'sortOrder'>>,
): Promise<ServicePromiseItem> {
  const row = await db
    .updateTable('service_promise_item')
    .set({
      ...(fields.text ? { text_fi: fields.text.fi, text_sv: fields.text.sv, text_en: fields.text.en } : {}),
      ...(fields.sortOrder !== undefined ? { sort_order: fields.sortOrder } : {}),
    })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return servicePromiseItemFromRow(row);
}

export async function deleteServicePromiseItem(db: Executor, id: number): Promise<void> {
  await db.deleteFrom('service_promise_item').where('id', '=', id).execute();
}

export async function nextServicePromiseSortOrder(db: Executor, strategyId: number): Promise<number> {
  const row = await db
    .selectFrom('service_promise_item')
    .select((eb) => eb.fn.max('sort_order').as('max'))
    .where('strategy_id', '=', strategyId)
    .executeTakeFirst();
  return (row?.max ?? -1) + 1;
}

export async function findServicePromiseGoalPairs(
  db: Executor,
  by: 'service_promise_item_id' | 'goal_id',
  ids: readonly number[],
): Promise<Array<{ servicePromiseItemId: number; goalId: number }>> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('service_promise_goal').selectAll().where(by, 'in', ids).execute();
  return rows.map((row) => ({ servicePromiseItemId: row.service_promise_item_id, goalId: row.goal_id }));
}

export async function replaceServicePromiseGoals(db: Executor, itemId: number, goalIds: readonly number[]): Promise<void> {
  await db.deleteFrom('service_promise_goal').where('service_promise_item_id', '=', itemId).execute();
  if (goalIds.length === 0) return;
  await db
    .insertInto('service_promise_goal')
    .values(goalIds.map((goalId) => ({ service_promise_item_id: itemId, goal_id: goalId })))
    .execute();
}

/** Gives each item its position in `orderedIds` as its sort order. */
export async function updateServicePromiseSortOrders(db: Executor, orderedIds: readonly number[]): Promise<void> {
  for (const [index, id] of orderedIds.entries()) {
    await db.updateTable('service_promise_item').set({ sort_order: index }).where('id', '=', id).execute();
  }
}
