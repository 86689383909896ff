import type { Executor } from '../db/database';
import { targetFromRow, type Target, type TargetPoint } from './indicator-model';

export type TargetFields = Omit<Target, 'id'>;

async function withPoints(db: Executor, rows: Awaited<ReturnType<typeof selectTargets>>): Promise<Target[]> {
  if (rows.length === 0) return [];
  const points = await db
    .selectFrom('target_point')
    .selectAll()
    .where(
      'target_id',
      'in',
      rows.map((row) => row.id),
    )
    .orderBy('target_id')
    .orderBy('period')
    .execute();
  const pointsByTarget = new Map<number, TargetPoint[]>();
  for (const point of points) {
    const list = pointsByTarget.get(point.target_id) ?? [];
    list.push({ period: point.period, value: point.value });
    pointsByTarget.set(point.target_id, list);
  }
  return rows.map((row) => targetFromRow(row, pointsByTarget.get(row.id) ?? []));
}

function selectTargets(db: Executor, column: 'id' | 'strategy_id' | 'indicator_id', ids: readonly number[]) {
  return db
    .selectFrom('target')
    .selectAll()
    .where(column, 'in', ids)
    .orderBy('indicator_id')
    .orderBy('area_id')
    .orderBy('service_area_id')
    .execute();
}

/** Targets (with their trajectories) by target id, strategy id or indicator id. */
export async function findTargetsBy(
  db: Executor,
  column: 'id' | 'strategy_id' | 'indicator_id',
  ids: readonly number[],
): Promise<Target[]> {
  if (ids.length === 0) return [];
  return withPoints(db, await selectTargets(db, column, ids));
}

export async function findTargetIdByScope(
  db: Executor,
  scope: Pick<Target, 'strategyId' | 'indicatorId' | 'areaId' | 'serviceAreaId'>,
): Promise<number | undefined> {
  const row = await db
    .selectFrom('target')
    .select('id')
    .where('strategy_id', '=', scope.strategyId)
    .where('indicator_id', '=', scope.indicatorId)
    .where('area_id', 'is', scope.areaId)
    .where('service_area_id', 'is', scope.serviceAreaId)
    .executeTakeFirst();
  return row?.id;
}

export async function insertTarget(db: Executor, fields: TargetFields): Promise<number> {
  const row = await db
    .insertInto('target')
    .values({
      strategy_id: fields.strategyId,
      indicator_id: fields.indicatorId,
      area_id: fields.areaId,
      service_area_id: fields.serviceAreaId,
      baseline_period: fields.baselinePeriod,
      baseline_value: fields.baselineValue,
      acknowledged_warnings: JSON.stringify(fields.acknowledgedWarnings),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await replaceTargetPoints(db, row.id, fields.points);
  return row.id;
}

export async function updateTargetBaseline(
  db: Executor,
  id: number,
  baseline: Pick<Target, 'baselinePeriod' | 'baselineValue' | 'acknowledgedWarnings'>,
): Promise<void> {
  await db
    .updateTable('target')
    .set({
      baseline_period: baseline.baselinePeriod,
      baseline_value: baseline.baselineValue,
      acknowledged_warnings: JSON.stringify(baseline.acknowledgedWarnings),
    })
    .where('id', '=', id)
    .execute();
}

export async function replaceTargetPoints(db: Executor, targetId: number, points: readonly TargetPoint[]): Promise<void> {
  await db.deleteFrom('target_point').where('target_id', '=', targetId).execute();
  if (points.length === 0) return;
  await db
    .insertInto('target_point')
    .values(points.map((point) => ({ target_id: targetId, period: point.period, value: point.value })))
    .execute();
}

export async function deleteTarget(db: Executor, id: number): Promise<void> {
  await db.deleteFrom('target').where('id', '=', id).execute();
}
