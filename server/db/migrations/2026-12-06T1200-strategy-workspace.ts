import { type Kysely, sql } from 'kysely';

// Frozen once landed. The strategy workspace (issue 11):
// - a strategy's service promise can be published on its public page;
// - a target keeps the warnings its author acknowledged when saving it (JSON array of codes);
// - the role STRATEGY_EDITOR. app_user's role check is a CHECK constraint, which SQLite cannot alter,
//   so the table is rebuilt the way SQLite documents (https://sqlite.org/lang_altertable.html,
//   "Making Other Kinds Of Table Schema Changes"): with foreign keys off, so that dropping the old
//   table neither cascades into api_token nor clears goal.owner_user_id, then checked before commit.
//   Its data-version triggers (2026-11-22T2300) go with the old table and are made again.

const ROLES_BEFORE = `'VIEWER', 'ANALYST', 'GOAL_OWNER', 'BOARD', 'ADMIN'`;
const ROLES_AFTER = `'VIEWER', 'ANALYST', 'GOAL_OWNER', 'BOARD', 'STRATEGY_EDITOR', 'ADMIN'`;

async function rebuildAppUser(db: Kysely<any>, roles: string): Promise<void> {
  await sql`pragma foreign_keys = off`.execute(db);
  try {
    await db.transaction().execute(async (trx) => {
      await sql
        .raw(
          `create table app_user_rebuilt (
            id integer primary key,
            username text not null unique,
            display_name text not null,
            role text not null check (role in (${roles})),
            password_hash text not null,
            disabled integer default 0 not null,
            created_at integer not null
          )`,
        )
        .execute(trx);
      await sql`insert into app_user_rebuilt (id, username, display_name, role, password_hash, disabled, created_at)
        select id, username, display_name, role, password_hash, disabled, created_at from app_user`.execute(trx);
      await sql`drop table app_user`.execute(trx);
      await sql`alter table app_user_rebuilt rename to app_user`.execute(trx);
      for (const event of ['insert', 'update', 'delete']) {
        await sql
          .raw(
            `create trigger app_user_${event}_data_version after ${event} on app_user
             begin update data_version set value = value + 1 where id = 1; end`,
          )
          .execute(trx);
      }
      const broken = await sql`pragma foreign_key_check`.execute(trx);
      if (broken.rows.length > 0) throw new Error(`rebuilding app_user broke ${broken.rows.length} foreign key(s)`);
    });
  } finally {
    await sql`pragma foreign_keys = on`.execute(db);
  }
}

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('strategy').addColumn('promise_published', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('strategy').addColumn('promise_published_at', 'integer').execute();
  await db.schema.alterTable('target').addColumn('acknowledged_warnings', 'text', (c) => c.notNull().defaultTo('[]')).execute();
  await rebuildAppUser(db, ROLES_AFTER);
}

export async function down(db: Kysely<any>): Promise<void> {
  await rebuildAppUser(db, ROLES_BEFORE);
  await db.schema.alterTable('target').dropColumn('acknowledged_warnings').execute();
  await db.schema.alterTable('strategy').dropColumn('promise_published_at').execute();
  await db.schema.alterTable('strategy').dropColumn('promise_published').execute();
}
