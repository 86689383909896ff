import { type Kysely, sql } from 'kysely';

// Frozen once landed. One counter that every committed change to what a GraphQL answer can show
// moves forward, whichever connection or process made it (the server, a load's own connection, the
// CLI). Answers cached under one value (server/graphql/response-cache.ts) are never served under
// another.
//
// A trigger on each table moves it, except where that would cost too much or means nothing:
// - observation and load_rejection: a load writes millions of rows, and always together with its
//   `load` row in the same transaction (load-service.ts), whose trigger moves the counter once;
// - session and api_token: written on every signed-in request (rolling sessions, a token's last
//   use), and no answer shows them;
// - audit_event: written with every mutation, whose own table's trigger has already moved it.
// A table added later needs triggers of its own, or a place in that list: data-version.test.ts
// fails until it has one.
export const TABLES_WITH_TRIGGERS = [
  'app_user',
  'area',
  'assessment',
  'goal',
  'goal_indicator',
  'goal_service_area',
  'indicator',
  'indicator_service_area',
  'load',
  'perspective',
  'review',
  'service_area',
  'service_promise_goal',
  'service_promise_item',
  'strategy',
  'target',
  'target_point',
] as const;

const EVENTS = ['insert', 'update', 'delete'] as const;

export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table data_version (id integer primary key check (id = 1), value integer not null)`.execute(db);
  await sql`insert into data_version (id, value) values (1, 0)`.execute(db);
  for (const table of TABLES_WITH_TRIGGERS) {
    for (const event of EVENTS) {
      await sql
        .raw(
          `create trigger ${table}_${event}_data_version after ${event} on ${table}
           begin update data_version set value = value + 1 where id = 1; end`,
        )
        .execute(db);
    }
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of TABLES_WITH_TRIGGERS) {
    for (const event of EVENTS) await sql.raw(`drop trigger ${table}_${event}_data_version`).execute(db);
  }
  await sql`drop table data_version`.execute(db);
}
