import type { Executor, GoalUpdate } from '../db/database';
import { localizedColumns } from '../common/localized-text';
import {
  goalFromRow,
  goalIndicatorLinkFromRow,
  type Goal,
  type GoalIndicatorLink,
} from './strategy-model';

export type GoalFields = Omit<Goal, 'id'>;

function goalColumns(fields: Partial<GoalFields>): GoalUpdate {
  const columns: GoalUpdate = {};
  if (fields.strategyId !== undefined) columns.strategy_id = fields.strategyId;
  if (fields.perspectiveId !== undefined) columns.perspective_id = fields.perspectiveId;
  if (fields.parentGoalId !== undefined) columns.parent_goal_id = fields.parentGoalId;
  if (fields.title !== undefined) [columns.title_fi, columns.title_sv, columns.title_en] = localizedColumns(fields.title) as [string, string | null, string | null];
  if (fields.description !== undefined)
    [columns.description_fi, columns.description_sv, columns.description_en] = localizedColumns(fields.description);
  if (fields.owner !== undefined) columns.owner = fields.owner;
  if (fields.ownerUserId !== undefined) columns.owner_user_id = fields.ownerUserId;
  if (fields.nationalGoals !== undefined) columns.national_goals = JSON.stringify(fields.nationalGoals);
  if (fields.sortOrder !== undefined) columns.sort_order = fields.sortOrder;
  return columns;
}

export async function findGoalsByIds(db: Executor, ids: readonly number[]): Promise<Goal[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('goal').selectAll().where('id', 'in', ids).execute();
  return rows.map(goalFromRow);
}

export type GoalGrouping = 'strategy_id' | 'perspective_id' | 'parent_goal_id' | 'owner_user_id';

/** Goals whose strategy, perspective or parent goal is one of `ids`, in display order. */
export async function findGoalsBy(db: Executor, column: GoalGrouping, ids: readonly number[]): Promise<Goal[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('goal')
    .selectAll()
    .where(column, 'in', ids)
    .orderBy('sort_order')
    .orderBy('id')
    .execute();
  return rows.map(goalFromRow);
}

export async function countGoalsBy(db: Executor, column: GoalGrouping, id: number): Promise<number> {
  const { count } = await db
    .selectFrom('goal')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where(column, '=', id)
    .executeTakeFirstOrThrow();
  return Number(count);
}

/** How many goals each strategy has (strategies without goals are left out). */
export async function countGoalsPerStrategy(db: Executor): Promise<Map<number, number>> {
  const rows = await db
    .selectFrom('goal')
    .select(['strategy_id', (eb) => eb.fn.countAll<number>().as('count')])
    .groupBy('strategy_id')
    .execute();
  return new Map(rows.map((row) => [row.strategy_id, Number(row.count)]));
}

export async function insertGoal(db: Executor, fields: GoalFields, now: number): Promise<Goal> {
  const row = await db
    .insertInto('goal')
    .values({
      strategy_id: fields.strategyId,
      perspective_id: fields.perspectiveId,
      parent_goal_id: fields.parentGoalId,
      title_fi: fields.title.fi,
      title_sv: fields.title.sv,
      title_en: fields.title.en,
      description_fi: fields.description?.fi ?? null,
      description_sv: fields.description?.sv ?? null,
      description_en: fields.description?.en ?? null,
      owner: fields.owner,
      owner_user_id: fields.ownerUserId,
      national_goals: JSON.stringify(fields.nationalGoals),
      sort_order: fields.sortOrder,
      created_at: now,
      updated_at: now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return goalFromRow(row);
}

export async function updateGoal(db: Executor, id: number, fields: Partial<GoalFields>, now: number): Promise<Goal> {
  const row = await db
    .updateTable('goal')
    .set({ ...goalColumns(fields), updated_at: now })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return goalFromRow(row);
}

export async function deleteGoal(db: Executor, id: number): Promise<void> {
  await db.deleteFrom('goal').where('id', '=', id).execute();
}

/**
 * A goal's siblings, in display order: the sub-goals of `parentGoalId`, or, without a parent, the
 * top-level goals of the perspective.
 */
export async function findSiblingGoals(db: Executor, perspectiveId: number, parentGoalId: number | null): Promise<Goal[]> {
  let query = db.selectFrom('goal').selectAll();
  query = parentGoalId === null ? query.where('perspective_id', '=', perspectiveId).where('parent_goal_id', 'is', null) : query.where('parent_goal_id', '=', parentGoalId);
  const rows = await query.orderBy('sort_order').orderBy('id').execute();
  return rows.map(goalFromRow);
}

/** Gives each goal its position in `orderedIds` as its sort order. */
export async function updateGoalSortOrders(db: Executor, orderedIds: readonly number[], now: number): Promise<void> {
  for (const [index, id] of orderedIds.entries()) {
    await db.updateTable('goal').set({ sort_order: index, updated_at: now }).where('id', '=', id).execute();
  }
}

export async function nextGoalSortOrder(db: Executor, perspectiveId: number): Promise<number> {
  const row = await db
    .selectFrom('goal')
    .select((eb) => eb.fn.max('sort_order').as('max'))
    .where('perspective_id', '=', perspectiveId)
    .executeTakeFirst();
  return (row?.max ?? -1) + 1;
}

export async function findGoalServiceAreaPairs(
  db: Executor,
  goalIds: readonly number[],
): Promise<Array<{ goalId: number; serviceAreaId: number }>> {
  if (goalIds.length === 0) return [];
  const rows = await db
    .selectFrom('goal_service_area')
    .innerJoin('service_area', 'service_area.id', 'goal_service_area.service_area_id')
    .select(['goal_service_area.goal_id', 'goal_service_area.service_area_id'])
    .where('goal_service_area.goal_id', 'in', goalIds)
    .orderBy('service_area.sort_order')
    .execute();
  return rows.map((row) => ({ goalId: row.goal_id, serviceAreaId: row.service_area_id }));
}

export async function replaceGoalServiceAreas(db: Executor, goalId: number, serviceAreaIds: readonly number[]): Promise<void> {
  await db.deleteFrom('goal_service_area').where('goal_id', '=', goalId).execute();
  if (serviceAreaIds.length === 0) return;
  await db
    .insertInto('goal_service_area')
    .values(serviceAreaIds.map((serviceAreaId) => ({ goal_id: goalId, service_area_id: serviceAreaId })))
    .execute();
}

export async function findGoalIndicatorLinks(
  db: Executor,
  by: 'goal_id' | 'indicator_id',
  ids: readonly number[],
): Promise<GoalIndicatorLink[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('goal_indicator')
    .selectAll()
    .where(by, 'in', ids)
    .orderBy('sort_order')
    .orderBy('indicator_id')
    .execute();
  return rows.map(goalIndicatorLinkFromRow);
}

export async function findGoalIndicatorLink(
  db: Executor,
  goalId: number,
  indicatorId: number,
): Promise<GoalIndicatorLink | undefined> {
  const row = await db
    .selectFrom('goal_indicator')
    .selectAll()
    .where('goal_id', '=', goalId)
    .where('indicator_id', '=', indicatorId)
    .executeTakeFirst();
  return row ? goalIndicatorLinkFromRow(row) : undefined;
}

export async function insertGoalIndicatorLink(db: Executor, link: GoalIndicatorLink): Promise<GoalIndicatorLink> {
  const row = await db
    .insertInto('goal_indicator')
    .values({ goal_id: link.goalId, indicator_id: link.indicatorId, weight: link.weight, sort_order: link.sortOrder })
    .returningAll()
    .executeTakeFirstOrThrow();
  return goalIndicatorLinkFromRow(row);
}

export async function updateGoalIndicatorWeight(
  db: Executor,
  goalId: number,
  indicatorId: number,
  weight: number,
): Promise<GoalIndicatorLink> {
  const row = await db
    .updateTable('goal_indicator')
    .set({ weight })
    .where('goal_id', '=', goalId)
    .where('indicator_id', '=', indicatorId)
    .returningAll()
    .executeTakeFirstOrThrow();
  return goalIndicatorLinkFromRow(row);
}

export async function deleteGoalIndicatorLink(db: Executor, goalId: number, indicatorId: number): Promise<void> {
  await db.deleteFrom('goal_indicator').where('goal_id', '=', goalId).where('indicator_id', '=', indicatorId).execute();
}

export async function nextGoalIndicatorSortOrder(db: Executor, goalId: number): Promise<number> {
  const row = await db
    .selectFrom('goal_indicator')
    .select((eb) => eb.fn.max('sort_order').as('max'))
    .where('goal_id', '=', goalId)
    .executeTakeFirst();
  return (row?.max ?? -1) + 1;
}
