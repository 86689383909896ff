import type { Executor, LoadRow } from '../db/database';
import type { Load, Rejection, RejectionCode, RejectionCounts } from './load-model';

function loadFromRow(row: LoadRow): Load {
  return {
    id: row.id,
    recordedAt: new Date(row.recorded_at),
    createdBy: row.created_by,
    fileName: row.file_name,
    format: row.format,
    status: row.status,
    insertedCount: row.inserted_count,
    updatedCount: row.updated_count,
    unchangedCount: row.unchanged_count,
    rejectedCount: row.rejected_count,
    rejectionsByCode: row.rejections_by_code === null ? null : (JSON.parse(row.rejections_by_code) as RejectionCounts),
    undoOfLoadId: row.undo_of_load_id,
  };
}

/** Loads newest first, `limit` of them after (older than) `beforeId`. */
export async function findLoads(db: Executor, page: { beforeId: number | null; limit: number }): Promise<Load[]> {
  let query = db.selectFrom('load').selectAll();
  if (page.beforeId !== null) query = query.where('id', '<', page.beforeId);
  const rows = await query.orderBy('id', 'desc').limit(page.limit).execute();
  return rows.map(loadFromRow);
}

export async function countLoads(db: Executor): Promise<number> {
  const { count } = await db.selectFrom('load').select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow();
  return Number(count);
}

export async function findLoadsBy(db: Executor, column: 'id' | 'undo_of_load_id', ids: readonly number[]): Promise<Load[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('load').selectAll().where(column, 'in', ids).execute();
  return rows.map(loadFromRow);
}

export async function findRejections(db: Executor, loadId: number, page: { limit: number; offset: number }): Promise<Rejection[]> {
  const rows = await db
    .selectFrom('load_rejection')
    .select(['line', 'field', 'value', 'reason_code', 'reason'])
    .where('load_id', '=', loadId)
    .orderBy('line')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return rows.map((row) => ({ line: row.line, field: row.field, value: row.value, code: row.reason_code as RejectionCode, reason: row.reason }));
}
