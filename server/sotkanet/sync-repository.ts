import type {
  Executor,
  SotkanetSyncItemStateValue,
  SotkanetSyncRunItemRow,
  SotkanetSyncRunRow,
  SotkanetSyncRunStatusValue,
  SotkanetSyncStateRow,
  SotkanetSyncStatusValue,
  SotkanetSyncTriggerValue,
} from '../db/database';

/** Sotkanet ids of the indicators some strategy uses: linked to a goal, or given a target. */
export async function findSotkanetIdsInUse(db: Executor): Promise<string[]> {
  const rows = await db
    .selectFrom('indicator')
    .select('source_id')
    .where('source', '=', 'sotkanet')
    .where('source_id', 'is not', null)
    .where((eb) =>
      eb.or([
        eb.exists(eb.selectFrom('goal_indicator').select('goal_id').whereRef('goal_indicator.indicator_id', '=', 'indicator.id')),
        eb.exists(eb.selectFrom('target').select('id').whereRef('target.indicator_id', '=', 'indicator.id')),
      ]),
    )
    .execute();
  return rows.map((row) => row.source_id as string);
}

/** Sotkanet ids of every Sotkanet indicator defined here, used or not. */
export async function findDefinedSotkanetIds(db: Executor): Promise<string[]> {
  const rows = await db.selectFrom('indicator').select('source_id').where('source', '=', 'sotkanet').where('source_id', 'is not', null).execute();
  return rows.map((row) => row.source_id as string);
}

export async function findSyncStates(db: Executor, sotkanetIds?: readonly string[]): Promise<SotkanetSyncStateRow[]> {
  if (sotkanetIds?.length === 0) return [];
  let query = db.selectFrom('sotkanet_sync_state').selectAll();
  if (sotkanetIds) query = query.where('sotkanet_id', 'in', sotkanetIds);
  return query.execute();
}

export interface SyncStateUpdate {
  sotkanetId: string;
  attemptAt: number;
  status: SotkanetSyncStatusValue;
  message: string | null;
  /** Given on success: the load and Sotkanet's `data-updated` it matched. */
  success?: { at: number; sourceUpdated: string | null; loadId: number | null };
}

/** Records an attempt; a failure keeps what the last success saw, so the next run tries again. */
export async function upsertSyncState(db: Executor, update: SyncStateUpdate): Promise<void> {
  const attempt = { last_attempt_at: update.attemptAt, last_status: update.status, last_message: update.message };
  const success = update.success
    ? { last_success_at: update.success.at, source_updated: update.success.sourceUpdated, last_load_id: update.success.loadId }
    : {};
  await db
    .insertInto('sotkanet_sync_state')
    .values({ sotkanet_id: update.sotkanetId, ...attempt, ...success })
    .onConflict((conflict) => conflict.column('sotkanet_id').doUpdateSet({ ...attempt, ...success }))
    .execute();
}

/** Marks runs whose process stopped beating before `staleBefore` as abandoned. */
export async function abandonStaleRuns(db: Executor, staleBefore: number, now: number): Promise<void> {
  await db
    .updateTable('sotkanet_sync_run')
    .set({ status: 'ABANDONED', finished_at: now, message: 'the process running this sync stopped before it finished' })
    .where('status', '=', 'RUNNING')
    .where('heartbeat_at', '<', staleBefore)
    .execute();
}

export interface NewRun {
  trigger: SotkanetSyncTriggerValue;
  startedBy: string;
  startedAt: number;
  items: ReadonlyArray<{ sotkanetId: string; indicatorCode: string | null }>;
}

/**
 * Inserts a RUNNING run with its pending items, or returns null when another run is RUNNING: the
 * partial unique index on status allows one, across processes.
 */
export async function insertRun(db: Executor, run: NewRun): Promise<number | null> {
  try {
    return await db.transaction().execute(async (trx) => {
      const { id } = await trx
        .insertInto('sotkanet_sync_run')
        .values({ trigger: run.trigger, started_by: run.startedBy, started_at: run.startedAt, heartbeat_at: run.startedAt, status: 'RUNNING', dry_run: 0 })
        .returning('id')
        .executeTakeFirstOrThrow();
      if (run.items.length > 0) {
        await trx
          .insertInto('sotkanet_sync_run_item')
          .values(
            run.items.map((item, position) => ({
              run_id: id,
              position,
              sotkanet_id: item.sotkanetId,
              indicator_code: item.indicatorCode,
              state: 'PENDING' as const,
              created_indicator: 0,
            })),
          )
          .execute();
      }
      return id;
    });
  } catch (error) {
    if (error instanceof Error && /UNIQUE constraint failed: sotkanet_sync_run\.status/.test(error.message)) return null;
    throw error;
  }
}

export interface RunItemUpdate {
  state: SotkanetSyncItemStateValue;
  indicatorCode?: string | null;
  message?: string | null;
  sourceUpdated?: string | null;
  createdIndicator?: boolean;
  loadId?: number | null;
  counts?: { inserted: number; updated: number; unchanged: number; rejected: number; untracked: number };
}

export async function updateRunItem(db: Executor, runId: number, position: number, update: RunItemUpdate, now: number): Promise<void> {
  await db
    .updateTable('sotkanet_sync_run_item')
    .set({
      state: update.state,
      ...(update.indicatorCode !== undefined ? { indicator_code: update.indicatorCode } : {}),
      ...(update.message !== undefined ? { message: update.message } : {}),
      ...(update.sourceUpdated !== undefined ? { source_updated: update.sourceUpdated } : {}),
      ...(update.createdIndicator !== undefined ? { created_indicator: update.createdIndicator ? 1 : 0 } : {}),
      ...(update.loadId !== undefined ? { load_id: update.loadId } : {}),
      ...(update.counts ?? {}),
    })
    .where('run_id', '=', runId)
    .where('position', '=', position)
    .execute();
  await beatRun(db, runId, now);
}

export async function beatRun(db: Executor, runId: number, now: number): Promise<void> {
  await db.updateTable('sotkanet_sync_run').set({ heartbeat_at: now }).where('id', '=', runId).where('status', '=', 'RUNNING').execute();
}

export async function finishRun(db: Executor, runId: number, status: Exclude<SotkanetSyncRunStatusValue, 'RUNNING'>, message: string, now: number): Promise<void> {
  await db.updateTable('sotkanet_sync_run').set({ status, message, finished_at: now, heartbeat_at: now }).where('id', '=', runId).execute();
}

export async function findRun(db: Executor, runId: number): Promise<SotkanetSyncRunRow | undefined> {
  return db.selectFrom('sotkanet_sync_run').selectAll().where('id', '=', runId).executeTakeFirst();
}

export async function findLatestRun(db: Executor): Promise<SotkanetSyncRunRow | undefined> {
  return db.selectFrom('sotkanet_sync_run').selectAll().orderBy('id', 'desc').limit(1).executeTakeFirst();
}

export async function findRunItems(db: Executor, runIds: readonly number[]): Promise<SotkanetSyncRunItemRow[]> {
  if (runIds.length === 0) return [];
  return db.selectFrom('sotkanet_sync_run_item').selectAll().where('run_id', 'in', runIds).orderBy('run_id').orderBy('position').execute();
}

/** Every Sotkanet indicator defined here, with whether a strategy uses it. */
export async function findSotkanetIndicators(db: Executor): Promise<Array<{ id: number; sotkanetId: string; inUse: boolean }>> {
  const rows = await db
    .selectFrom('indicator')
    .select((eb) => [
      'id',
      'source_id',
      eb
        .or([
          eb.exists(eb.selectFrom('goal_indicator').select('goal_id').whereRef('goal_indicator.indicator_id', '=', 'indicator.id')),
          eb.exists(eb.selectFrom('target').select('id').whereRef('target.indicator_id', '=', 'indicator.id')),
        ])
        .as('in_use'),
    ])
    .where('source', '=', 'sotkanet')
    .where('source_id', 'is not', null)
    .execute();
  return rows.map((row) => ({ id: row.id, sotkanetId: row.source_id as string, inUse: Boolean(row.in_use) }));
}
