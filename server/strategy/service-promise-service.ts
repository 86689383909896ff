import type { Kysely } from 'kysely';
import { parseInput, toDatabaseId } from '../common/validation';
import type { Database, Executor } from '../db/database';
import { badInput, notFound, type FieldProblem } from '../errors';
import { findGoalsByIds } from './goal-repository';
import {
  deleteServicePromiseItem,
  findServicePromiseItemsByIds,
  findServicePromiseItemsByStrategyIds,
  insertServicePromiseItem,
  nextServicePromiseSortOrder,
  replaceServicePromiseGoals,
  updateServicePromiseItem,
  updateServicePromiseSortOrders,
} from './service-promise-repository';
import { checkNewOrder } from './reorder';
import { createServicePromiseItemInput, updateServicePromiseItemInput } from './strategy-inputs';
import type { ServicePromiseItem } from './strategy-model';
import { requireStrategy } from './strategy-service';

async function requireItem(db: Executor, id: string): Promise<ServicePromiseItem> {
  const databaseId = toDatabaseId(id);
  const [item] = databaseId === null ? [] : await findServicePromiseItemsByIds(db, [databaseId]);
  if (!item) throw notFound('service promise item', id, 'id');
  return item;
}

/** A promise can only be kept by goals of its own strategy. */
async function requireStrategyGoalIds(db: Executor, strategyId: number, goalIds: readonly number[]): Promise<number[]> {
  const goals = new Map((await findGoalsByIds(db, [...new Set(goalIds)])).map((goal) => [goal.id, goal]));
  const problems: FieldProblem[] = [];
  goalIds.forEach((goalId, index) => {
    const goal = goals.get(goalId);
    if (!goal) problems.push({ field: `input.goalIds.${index}`, reason: `no goal has the id "${goalId}"` });
    else if (goal.strategyId !== strategyId) {
      problems.push({ field: `input.goalIds.${index}`, reason: `goal ${goalId} belongs to another strategy` });
    }
  });
  if (problems.length > 0) throw badInput(problems);
  return [...new Set(goalIds)];
}

export async function createServicePromiseItem(db: Kysely<Database>, rawInput: unknown): Promise<ServicePromiseItem> {
  const input = parseInput(createServicePromiseItemInput, rawInput);
  const strategy = await requireStrategy(db, String(input.strategyId), 'input.strategyId');
  const goalIds = await requireStrategyGoalIds(db, strategy.id, input.goalIds ?? []);
  return db.transaction().execute(async (trx) => {
    const item = await insertServicePromiseItem(trx, {
      strategyId: strategy.id,
      text: input.text,
      sortOrder: input.sortOrder ?? (await nextServicePromiseSortOrder(trx, strategy.id)),
    });
    await replaceServicePromiseGoals(trx, item.id, goalIds);
    return item;
  });
}

export async function editServicePromiseItem(db: Kysely<Database>, id: string, rawInput: unknown): Promise<ServicePromiseItem> {
  const existing = await requireItem(db, id);
  const input = parseInput(updateServicePromiseItemInput, rawInput);
  const goalIds = input.goalIds == null ? null : await requireStrategyGoalIds(db, existing.strategyId, input.goalIds);
  return db.transaction().execute(async (trx) => {
    const item =
      input.text || input.sortOrder != null
        ? await updateServicePromiseItem(trx, existing.id, {
            ...(input.text ? { text: input.text } : {}),
            ...(input.sortOrder != null ? { sortOrder: input.sortOrder } : {}),
          })
        : existing;
    if (goalIds) await replaceServicePromiseGoals(trx, item.id, goalIds);
    return item;
  });
}

export async function removeServicePromiseItem(db: Kysely<Database>, id: string): Promise<ServicePromiseItem> {
  const existing = await requireItem(db, id);
  await deleteServicePromiseItem(db, existing.id);
  return existing;
}

/** Puts all of a strategy's service promise items in a new order. */
export async function reorderServicePromiseItems(db: Kysely<Database>, strategyId: string, ids: readonly string[]): Promise<ServicePromiseItem[]> {
  const strategy = await requireStrategy(db, strategyId, 'strategyId');
  const current = await findServicePromiseItemsByStrategyIds(db, [strategy.id]);
  const ordered = checkNewOrder(
    'strategy\'s service promise items',
    current.map((item) => item.id),
    ids,
  );
  await db.transaction().execute((trx) => updateServicePromiseSortOrders(trx, ordered));
  return findServicePromiseItemsByStrategyIds(db, [strategy.id]);
}
