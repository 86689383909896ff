import type { Kysely } from 'kysely';
import { findAreaByCode } from '../areas/area-repository';
import { parseInput, toDatabaseId } from '../common/validation';
import type { Database, Executor } from '../db/database';
import { badInput, conflict, notFound } from '../errors';
import { findApprovedQuarters } from '../reviews/review-repository';
import { countGoalsBy } from './goal-repository';
import {
  createPerspectiveInput,
  createStrategyInput,
  strategyYearProblems,
  updatePerspectiveInput,
  updateStrategyInput,
} from './strategy-inputs';
import type { Perspective, Strategy } from './strategy-model';
import {
  deletePerspective,
  deleteStrategy,
  findPerspectivesByIds,
  findStrategiesByIds,
  insertPerspective,
  insertStrategy,
  nextPerspectiveSortOrder,
  updatePerspective,
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

/**
 * Deletes a strategy and everything that belongs to it (perspectives, goals, promises, targets, and
 * its draft reviews with their assessments). Refused while it has approved reviews: an approved report
 * is the board's record and is kept as approved, so it must not go with a strategy. The check and the
 * delete share one transaction, so an approval cannot slip in between.
 */
export async function removeStrategy(db: Kysely<Database>, id: string): Promise<Strategy> {
  return db.transaction().execute(async (trx) => {
    const existing = await requireStrategy(trx, id, 'id');
    const approved = await findApprovedQuarters(trx, existing.id);
    if (approved.length > 0) {
      throw conflict(
        `the strategy has ${approved.length} approved review${approved.length === 1 ? '' : 's'} (${approved.join(', ')}); ` +
          'approved reviews are kept as approved, so the strategy cannot be deleted',
      );
    }
    await deleteStrategy(trx, existing.id);
    return existing;
  });
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
