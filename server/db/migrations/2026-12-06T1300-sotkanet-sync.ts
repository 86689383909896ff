import { sql, type Kysely } from 'kysely';

// Frozen once landed. The Sotkanet connector's bookkeeping: what each indicator's last sync saw
// (Sotkanet's `data-updated`, to skip an unchanged indicator without downloading it), and each run
// with its progress per indicator, so the dashboard can follow a run that the server, the command
// line or the schedule started.
//
// No data-version triggers: no cached answer shows these tables, and the values a sync writes move
// the version through their `load` rows (see 2026-11-22T2300-data-version.ts).

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('sotkanet_sync_state')
    .addColumn('sotkanet_id', 'text', (c) => c.primaryKey())
    .addColumn('last_attempt_at', 'integer', (c) => c.notNull())
    .addColumn('last_status', 'text', (c) => c.notNull().check(sql`last_status in ('SYNCED', 'UNCHANGED', 'FAILED')`))
    .addColumn('last_message', 'text')
    .addColumn('last_success_at', 'integer')
    // Sotkanet's `data-updated` as it said it at the last successful sync, compared as text.
    .addColumn('source_updated', 'text')
    .addColumn('last_load_id', 'integer', (c) => c.references('load.id'))
    .execute();

  await db.schema
    .createTable('sotkanet_sync_run')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('trigger', 'text', (c) => c.notNull().check(sql`trigger in ('COMMAND_LINE', 'DASHBOARD', 'SCHEDULE')`))
    .addColumn('started_by', 'text', (c) => c.notNull())
    .addColumn('started_at', 'integer', (c) => c.notNull())
    // Moved forward while the run works; a RUNNING run whose heartbeat is old died with its process.
    .addColumn('heartbeat_at', 'integer', (c) => c.notNull())
    .addColumn('finished_at', 'integer')
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('RUNNING', 'FINISHED', 'FAILED', 'ABANDONED')`))
    .addColumn('dry_run', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('message', 'text')
    .execute();
  // One run at a time, whichever process starts it: a second RUNNING row cannot be inserted.
  await sql`create unique index sotkanet_sync_run_one_running on sotkanet_sync_run (status) where status = 'RUNNING'`.execute(db);

  await db.schema
    .createTable('sotkanet_sync_run_item')
    .addColumn('run_id', 'integer', (c) => c.notNull().references('sotkanet_sync_run.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('sotkanet_id', 'text', (c) => c.notNull())
    .addColumn('indicator_code', 'text')
    .addColumn('state', 'text', (c) =>
      c.notNull().check(sql`state in ('PENDING', 'CHECKING', 'DOWNLOADING', 'LOADING', 'SYNCED', 'UNCHANGED', 'FAILED')`),
    )
    .addColumn('message', 'text')
    .addColumn('source_updated', 'text')
    .addColumn('created_indicator', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('load_id', 'integer', (c) => c.references('load.id'))
    .addColumn('inserted', 'integer')
    .addColumn('updated', 'integer')
    .addColumn('unchanged', 'integer')
    .addColumn('rejected', 'integer')
    .addColumn('untracked', 'integer')
    .addPrimaryKeyConstraint('sotkanet_sync_run_item_pk', ['run_id', 'position'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('sotkanet_sync_run_item').execute();
  await db.schema.dropTable('sotkanet_sync_run').execute();
  await db.schema.dropTable('sotkanet_sync_state').execute();
}
