import type { Kysely } from 'kysely';
import { can, type User } from '../auth/auth-model';
import { localizedTextInput, parseInput, toDatabaseId } from '../common/validation';
import type { Database, Executor } from '../db/database';
import { AppError, badInput, conflict, notFound } from '../errors';
import { requireUser } from '../auth/user-service';
import { requireIndicator } from '../indicators/indicator-service';
import { requireServiceAreaIds } from '../service-areas/service-area-service';
import {
  countGoalsBy,
  deleteGoal,
  deleteGoalIndicatorLink,
  findGoalIndicatorLink,
  findGoalsByIds,
  findSiblingGoals,
  insertGoal,
  insertGoalIndicatorLink,
  nextGoalIndicatorSortOrder,
  nextGoalSortOrder,
  replaceGoalServiceAreas,
  updateGoal,
  updateGoalIndicatorWeight,
  updateGoalSortOrders,
  type GoalFields,
} from './goal-repository';
import { checkNewOrder } from './reorder';
import { createGoalInput, goalIndicatorInput, updateGoalInput } from './strategy-inputs';
import type { Goal, GoalIndicatorLink } from './strategy-model';
import { requirePerspective } from './strategy-service';

export async function requireGoal(db: Executor, id: string | number, field: string): Promise<Goal> {
  const databaseId = typeof id === 'number' ? id : toDatabaseId(id);
  const [goal] = databaseId === null ? [] : await findGoalsByIds(db, [databaseId]);
  if (!goal) throw notFound('goal', id, field);
  return goal;
}

/**
 * A parent must be a goal of the same strategy and must not be the goal itself or one of its
 * descendants, which would make the goal tree a loop.
 */
async function checkParent(db: Executor, goalId: number | null, strategyId: number, parentId: number): Promise<void> {
  const parent = await requireGoal(db, parentId, 'input.parentGoalId');
  if (parent.strategyId !== strategyId) {
    throw badInput({ field: 'input.parentGoalId', reason: `goal ${parentId} belongs to another strategy` });
  }
  let ancestor: Goal | undefined = parent;
  while (ancestor && goalId !== null) {
    if (ancestor.id === goalId) {
      throw badInput({ field: 'input.parentGoalId', reason: 'a goal cannot be under itself or its own sub-goal' });
    }
    ancestor = ancestor.parentGoalId === null ? undefined : (await findGoalsByIds(db, [ancestor.parentGoalId]))[0];
  }
}

export async function createGoal(db: Kysely<Database>, rawInput: unknown): Promise<Goal> {
  const input = parseInput(createGoalInput, rawInput);
  const perspective = await requirePerspective(db, String(input.perspectiveId), 'input.perspectiveId');
  if (input.parentGoalId != null) await checkParent(db, null, perspective.strategyId, input.parentGoalId);
  if (input.ownerUserId != null) await requireUser(db, input.ownerUserId, 'input.ownerUserId');
  const serviceAreaIds = await requireServiceAreaIds(db, input.serviceAreaIds ?? [], 'input.serviceAreaIds');
  return db.transaction().execute(async (trx) => {
    const goal = await insertGoal(
      trx,
      {
        strategyId: perspective.strategyId,
        perspectiveId: perspective.id,
        parentGoalId: input.parentGoalId ?? null,
        title: input.title,
        description: input.description ?? null,
        owner: input.owner ?? null,
        ownerUserId: input.ownerUserId ?? null,
        nationalGoals: input.nationalGoals ?? [],
        sortOrder: input.sortOrder ?? (await nextGoalSortOrder(trx, perspective.id)),
      },
      Date.now(),
    );
    await replaceGoalServiceAreas(trx, goal.id, serviceAreaIds);
    return goal;
  });
}

export async function editGoal(db: Kysely<Database>, id: string, rawInput: unknown): Promise<Goal> {
  const existing = await requireGoal(db, id, 'id');
  const input = parseInput(updateGoalInput, rawInput);
  const fields: Partial<GoalFields> = {};
  if (input.perspectiveId !== undefined) {
    const perspective = await requirePerspective(db, String(input.perspectiveId), 'input.perspectiveId');
    if (perspective.strategyId !== existing.strategyId) {
      throw badInput({ field: 'input.perspectiveId', reason: `perspective ${perspective.id} belongs to another strategy` });
    }
    fields.perspectiveId = perspective.id;
  }
  if (input.parentGoalId !== undefined) {
    if (input.parentGoalId !== null) await checkParent(db, existing.id, existing.strategyId, input.parentGoalId);
    fields.parentGoalId = input.parentGoalId;
  }
  if (input.title) fields.title = input.title;
  if (input.description !== undefined) fields.description = input.description;
  if (input.owner !== undefined) fields.owner = input.owner;
  if (input.ownerUserId !== undefined) {
    if (input.ownerUserId !== null) await requireUser(db, input.ownerUserId, 'input.ownerUserId');
    fields.ownerUserId = input.ownerUserId;
  }
  if (input.nationalGoals != null) fields.nationalGoals = input.nationalGoals;
  if (input.sortOrder != null) fields.sortOrder = input.sortOrder;
  const perspectiveId = fields.perspectiveId ?? existing.perspectiveId;
  const parentGoalId = fields.parentGoalId !== undefined ? fields.parentGoalId : existing.parentGoalId;
  const moved = perspectiveId !== existing.perspectiveId || parentGoalId !== existing.parentGoalId;
  if (moved && fields.sortOrder === undefined) {
    // A goal moved under another perspective or parent goes last among its new siblings.
    const siblings = await findSiblingGoals(db, perspectiveId, parentGoalId);
    fields.sortOrder = Math.max(-1, ...siblings.map((sibling) => sibling.sortOrder)) + 1;
  }
  const serviceAreaIds =
    input.serviceAreaIds == null ? null : await requireServiceAreaIds(db, input.serviceAreaIds, 'input.serviceAreaIds');
  return db.transaction().execute(async (trx) => {
    const goal = await updateGoal(trx, existing.id, fields, Date.now());
    if (serviceAreaIds) await replaceGoalServiceAreas(trx, goal.id, serviceAreaIds);
    return goal;
  });
}

/** Refuses while sub-goals remain; the goal's indicator and promise links are removed with it. */
export async function removeGoal(db: Kysely<Database>, id: string): Promise<Goal> {
  const existing = await requireGoal(db, id, 'id');
  const children = await countGoalsBy(db, 'parent_goal_id', existing.id);
  if (children > 0) throw conflict(`the goal still has ${children} sub-goal(s); move or delete them first`);
  await deleteGoal(db, existing.id);
  return existing;
}

export async function linkIndicatorToGoal(db: Kysely<Database>, rawInput: unknown): Promise<GoalIndicatorLink> {
  const input = parseInput(goalIndicatorInput, rawInput);
  const goal = await requireGoal(db, input.goalId, 'input.goalId');
  const indicator = await requireIndicator(db, input.indicatorCode, 'input.indicatorCode');
  if (await findGoalIndicatorLink(db, goal.id, indicator.id)) {
    throw badInput({
      field: 'input.indicatorCode',
      reason: `${indicator.code} is already linked to this goal; use updateGoalIndicator to change its weight`,
    });
  }
  return insertGoalIndicatorLink(db, {
    goalId: goal.id,
    indicatorId: indicator.id,
    weight: input.weight,
    sortOrder: await nextGoalIndicatorSortOrder(db, goal.id),
  });
}

async function requireLink(db: Executor, goalId: string | number, indicatorCode: string, root: string) {
  const goal = await requireGoal(db, goalId, `${root}goalId`);
  const indicator = await requireIndicator(db, indicatorCode, `${root}indicatorCode`);
  const link = await findGoalIndicatorLink(db, goal.id, indicator.id);
  if (!link) throw notFound(`link from goal ${goal.id} to indicator`, indicator.code, `${root}indicatorCode`, 'code');
  return link;
}

export async function editGoalIndicator(db: Kysely<Database>, rawInput: unknown): Promise<GoalIndicatorLink> {
  const input = parseInput(goalIndicatorInput, rawInput);
  const link = await requireLink(db, input.goalId, input.indicatorCode, 'input.');
  return updateGoalIndicatorWeight(db, link.goalId, link.indicatorId, input.weight);
}

export async function unlinkIndicatorFromGoal(
  db: Kysely<Database>,
  goalId: string,
  indicatorCode: string,
): Promise<GoalIndicatorLink> {
  const link = await requireLink(db, goalId, indicatorCode, '');
  await deleteGoalIndicatorLink(db, link.goalId, link.indicatorId);
  return link;
}

/**
 * Puts sibling goals in a new order: the top-level goals of a perspective, or the sub-goals of a
 * parent goal (which must be in the perspective's strategy).
 */
export async function reorderGoals(
  db: Kysely<Database>,
  perspectiveId: string,
  parentGoalId: string | null | undefined,
  ids: readonly string[],
): Promise<Goal[]> {
  const perspective = await requirePerspective(db, perspectiveId, 'perspectiveId');
  let parentId: number | null = null;
  if (parentGoalId != null) {
    const parent = await requireGoal(db, parentGoalId, 'parentGoalId');
    if (parent.strategyId !== perspective.strategyId) {
      throw badInput({ field: 'parentGoalId', reason: `goal ${parent.id} belongs to another strategy than perspective ${perspective.id}` });
    }
    parentId = parent.id;
  }
  const siblings = await findSiblingGoals(db, perspective.id, parentId);
  const what = parentId === null ? `top-level goals of perspective ${perspective.id}` : `sub-goals of goal ${parentId}`;
  const ordered = checkNewOrder(
    what,
    siblings.map((goal) => goal.id),
    ids,
  );
  await db.transaction().execute((trx) => updateGoalSortOrders(trx, ordered, Date.now()));
  return findSiblingGoals(db, perspective.id, parentId);
}

const goalDescription = localizedTextInput(5000).nullable();

/**
 * Changes only a goal's description. Strategy editors may change any goal's; a goal's owning user
 * (who writes its assessments) may change their own goal's, as they know best what it aims at.
 */
export async function editGoalDescription(db: Kysely<Database>, actor: User, id: string, rawDescription: unknown): Promise<Goal> {
  const goal = await requireGoal(db, id, 'id');
  if (!can(actor, 'EDIT_STRATEGY') && goal.ownerUserId !== actor.id) {
    throw new AppError(
      'FORBIDDEN',
      `only a strategy editor or the goal's owner may change its description, and ${actor.username} does not own goal ${goal.id}`,
    );
  }
  const description = parseInput(goalDescription, rawDescription ?? null, 'description');
  return updateGoal(db, goal.id, { description }, Date.now());
}
