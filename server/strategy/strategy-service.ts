import type { Kysely } from 'kysely';
import { findAreaByCode } from '../areas/area-repository';
import { parseInput, toDatabaseId } from '../common/validation';
import type { Database, Executor } from '../db/database';
import { badInput, conflict, notFound } from '../errors';
import { findTargetsBy, insertTarget } from '../indicators/target-repository';
import {
  countGoalsBy,
  findGoalIndicatorLinks,
  findGoalServiceAreaPairs,
  findGoalsBy,
  insertGoal,
  insertGoalIndicatorLink,
  replaceGoalServiceAreas,
} from './goal-repository';
import { checkNewOrder } from './reorder';
import {
  findServicePromiseGoalPairs,
  findServicePromiseItemsByStrategyIds,
  insertServicePromiseItem,
  replaceServicePromiseGoals,
} from './service-promise-repository';
import {
  copyStrategyInput,
  createPerspectiveInput,
  createStrategyInput,
  strategyYearProblems,
  updatePerspectiveInput,
  updateStrategyInput,
} from './strategy-inputs';
import type { Goal, Perspective, Strategy } from './strategy-model';
import {
  deletePerspective,
  deleteStrategy,
  findPerspectivesByIds,
  findPerspectivesByStrategyIds,
  findStrategiesByIds,
  insertPerspective,
  insertStrategy,
  nextPerspectiveSortOrder,
  setPromisePublication,
  updatePerspective,
  updatePerspectiveSortOrders,
  updateStrategy,
  type StrategyFields,
} from './strategy-repository';

/** Finds a strategy by a GraphQL id, or throws NOT_FOUND naming `field`. */
export async function requireStrategy(db: Executor, id: string, field: string): Promise<Strategy> {
  const databaseId = toDatabaseId(id);
  const [strategy] = databaseId === null ? [] : await findStrategiesByIds(db, [databaseId]);
  if (!strategy) throw notFound('strategy', id, field);
  return strategy;
}

export async function requirePerspective(db: Executor, id: string, field: string): Promise<Perspective> {
  const databaseId = toDatabaseId(id);
  const [perspective] = databaseId === null ? [] : await findPerspectivesByIds(db, [databaseId]);
  if (!perspective) throw notFound('perspective', id, field);
  return perspective;
}

async function requireOrganisationAreaId(db: Executor, code: string): Promise<number> {
  const area = await findAreaByCode(db, code);
  if (!area) throw notFound('area', code, 'input.organisationCode', 'code');
  return area.id;
}

export async function createStrategy(db: Kysely<Database>, rawInput: unknown): Promise<Strategy> {
  const input = parseInput(createStrategyInput, rawInput);
  const yearProblems = strategyYearProblems(input);
  if (yearProblems.length > 0) throw badInput(yearProblems);
  const organisationAreaId = await requireOrganisationAreaId(db, input.organisationCode);
  return insertStrategy(
    db,
    {
      organisationAreaId,
      name: input.name,
      vision: input.vision ?? null,
      startYear: input.startYear,
      endYear: input.endYear,
      baselineYear: input.baselineYear,
      thresholds: null,
    },
    Date.now(),
  );
}

export async function editStrategy(db: Kysely<Database>, id: string, rawInput: unknown): Promise<Strategy> {
  const existing = await requireStrategy(db, id, 'id');
  const input = parseInput(updateStrategyInput, rawInput);
  const yearProblems = strategyYearProblems({
    startYear: input.startYear ?? existing.startYear,
    endYear: input.endYear ?? existing.endYear,
    baselineYear: input.baselineYear ?? existing.baselineYear,
  });
  if (yearProblems.length > 0) throw badInput(yearProblems);
  const fields: Partial<StrategyFields> = {
    ...(input.name ? { name: input.name } : {}),
    ...(input.vision !== undefined ? { vision: input.vision } : {}),
    ...(input.startYear !== undefined ? { startYear: input.startYear } : {}),
    ...(input.endYear !== undefined ? { endYear: input.endYear } : {}),
    ...(input.baselineYear !== undefined ? { baselineYear: input.baselineYear } : {}),
    ...(input.thresholds !== undefined ? { thresholds: input.thresholds } : {}),
  };
  if (input.organisationCode) fields.organisationAreaId = await requireOrganisationAreaId(db, input.organisationCode);
  return updateStrategy(db, existing.id, fields, Date.now());
}

/** Deletes a strategy and everything that belongs to it (perspectives, goals, promises, targets). */
export async function removeStrategy(db: Kysely<Database>, id: string): Promise<Strategy> {
  const existing = await requireStrategy(db, id, 'id');
  await deleteStrategy(db, existing.id);
  return existing;
}

export async function createPerspective(db: Kysely<Database>, rawInput: unknown): Promise<Perspective> {
  const input = parseInput(createPerspectiveInput, rawInput);
  const strategy = await requireStrategy(db, String(input.strategyId), 'input.strategyId');
  return insertPerspective(db, {
    strategyId: strategy.id,
    name: input.name,
    sortOrder: input.sortOrder ?? (await nextPerspectiveSortOrder(db, strategy.id)),
  });
}

export async function editPerspective(db: Kysely<Database>, id: string, rawInput: unknown): Promise<Perspective> {
  const existing = await requirePerspective(db, id, 'id');
  const input = parseInput(updatePerspectiveInput, rawInput);
  if (!input.name && input.sortOrder == null) return existing;
  return updatePerspective(db, existing.id, {
    ...(input.name ? { name: input.name } : {}),
    ...(input.sortOrder != null ? { sortOrder: input.sortOrder } : {}),
  });
}

/** Refuses while goals remain, so a slip of the mouse cannot delete a perspective's goals. */
export async function removePerspective(db: Kysely<Database>, id: string): Promise<Perspective> {
  const existing = await requirePerspective(db, id, 'id');
  const goalCount = await countGoalsBy(db, 'perspective_id', existing.id);
  if (goalCount > 0) {
    throw conflict(`the perspective still has ${goalCount} goal(s); move or delete them first`);
  }
  await deletePerspective(db, existing.id);
  return existing;
}

/**
 * Copies a strategy for a new term, in one transaction: its perspectives, goal tree (with owners,
 * service areas and national goals), goal–indicator links, targets with their trajectories, service
 * promise items with their goals, and thresholds. What happened under the old strategy (reviews,
 * assessments, the audit trail) stays with it, and the copy's promise starts unpublished. Targets are
 * copied as they are: the new term's editor moves their dates.
 */
export async function copyStrategy(db: Kysely<Database>, id: string, rawInput: unknown): Promise<Strategy> {
  const source = await requireStrategy(db, id, 'id');
  const input = parseInput(copyStrategyInput, rawInput);
  const yearProblems = strategyYearProblems(input);
  if (yearProblems.length > 0) throw badInput(yearProblems);
  const now = Date.now();
  return db.transaction().execute(async (trx) => {
    const copy = await insertStrategy(
      trx,
      {
        organisationAreaId: source.organisationAreaId,
        name: input.name,
        vision: input.vision === undefined ? source.vision : input.vision,
        startYear: input.startYear,
        endYear: input.endYear,
        baselineYear: input.baselineYear,
        thresholds: source.thresholds,
      },
      now,
    );
    const perspectiveIds = new Map<number, number>();
    for (const perspective of await findPerspectivesByStrategyIds(trx, [source.id])) {
      const copied = await insertPerspective(trx, { strategyId: copy.id, name: perspective.name, sortOrder: perspective.sortOrder });
      perspectiveIds.set(perspective.id, copied.id);
    }
    const goalIds = await copyGoalTree(trx, await findGoalsBy(trx, 'strategy_id', [source.id]), copy.id, perspectiveIds, now);
    const mapped = (map: ReadonlyMap<number, number>, oldId: number, what: string) => {
      const newId = map.get(oldId);
      if (newId === undefined) throw new Error(`strategy ${source.id} refers to ${what} ${oldId} outside itself`);
      return newId;
    };
    const serviceAreasByGoal = new Map<number, number[]>();
    for (const pair of await findGoalServiceAreaPairs(trx, [...goalIds.keys()])) {
      serviceAreasByGoal.set(pair.goalId, [...(serviceAreasByGoal.get(pair.goalId) ?? []), pair.serviceAreaId]);
    }
    for (const [goalId, serviceAreaIds] of serviceAreasByGoal) await replaceGoalServiceAreas(trx, mapped(goalIds, goalId, 'goal'), serviceAreaIds);
    for (const link of await findGoalIndicatorLinks(trx, 'goal_id', [...goalIds.keys()])) {
      await insertGoalIndicatorLink(trx, { ...link, goalId: mapped(goalIds, link.goalId, 'goal') });
    }
    const items = await findServicePromiseItemsByStrategyIds(trx, [source.id]);
    const itemGoals = await findServicePromiseGoalPairs(
      trx,
      'service_promise_item_id',
      items.map((item) => item.id),
    );
    for (const item of items) {
      const copied = await insertServicePromiseItem(trx, { strategyId: copy.id, text: item.text, sortOrder: item.sortOrder });
      const linked = itemGoals.filter((pair) => pair.servicePromiseItemId === item.id).map((pair) => mapped(goalIds, pair.goalId, 'goal'));
      await replaceServicePromiseGoals(trx, copied.id, linked);
    }
    for (const target of await findTargetsBy(trx, 'strategy_id', [source.id])) {
      const { id: _id, ...fields } = target;
      await insertTarget(trx, { ...fields, strategyId: copy.id });
    }
    return copy;
  });
}

/** Inserts copies of a strategy's goals, parents before their sub-goals; returns old id → new id. */
async function copyGoalTree(
  trx: Executor,
  goals: readonly Goal[],
  strategyId: number,
  perspectiveIds: ReadonlyMap<number, number>,
  now: number,
): Promise<Map<number, number>> {
  const goalIds = new Map<number, number>();
  let pending = [...goals];
  while (pending.length > 0) {
    const ready = pending.filter((goal) => goal.parentGoalId === null || goalIds.has(goal.parentGoalId));
    if (ready.length === 0) throw new Error(`goals ${pending.map((goal) => goal.id).join(', ')} have parents outside their strategy`);
    for (const goal of ready) {
      const perspectiveId = perspectiveIds.get(goal.perspectiveId);
      if (perspectiveId === undefined) throw new Error(`goal ${goal.id} is in a perspective outside its strategy`);
      const copied = await insertGoal(
        trx,
        { ...goal, strategyId, perspectiveId, parentGoalId: goal.parentGoalId === null ? null : (goalIds.get(goal.parentGoalId) ?? null) },
        now,
      );
      goalIds.set(goal.id, copied.id);
    }
    pending = pending.filter((goal) => !goalIds.has(goal.id));
  }
  return goalIds;
}

/**
 * Publishes the service promise on its public page, or withdraws it. Publishing again keeps the
 * first publication's time: the page says since when the promise has been public.
 */
export async function publishServicePromise(db: Kysely<Database>, strategyId: string, published: boolean): Promise<Strategy> {
  const strategy = await requireStrategy(db, strategyId, 'strategyId');
  if (published === strategy.promisePublished) return strategy;
  const now = Date.now();
  return setPromisePublication(db, strategy.id, published ? now : null, now);
}

/** Puts all of a strategy's perspectives in a new order. */
export async function reorderPerspectives(db: Kysely<Database>, strategyId: string, ids: readonly string[]): Promise<Perspective[]> {
  const strategy = await requireStrategy(db, strategyId, 'strategyId');
  const current = await findPerspectivesByStrategyIds(db, [strategy.id]);
  const ordered = checkNewOrder(
    'strategy\'s perspectives',
    current.map((perspective) => perspective.id),
    ids,
  );
  await db.transaction().execute((trx) => updatePerspectiveSortOrders(trx, ordered));
  return findPerspectivesByStrategyIds(db, [strategy.id]);
}
