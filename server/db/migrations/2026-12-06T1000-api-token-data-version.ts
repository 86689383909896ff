import { type Kysely, sql } from 'kysely';

// Frozen once landed. The data-version migration left api_token without triggers, on the grounds
// that no answer shows it; but User.apiTokens shows its rows (names, dates), and a cached judging
// answer reaches it through Goal.ownerUser. Its writes now move the version too. Using a token
// writes its last use, which would then empty the response cache on every scripted request: the
// last use is therefore recorded at most once an hour per token (user-service.ts).
//
// The tables still without triggers, checked against the schema (data-version.test.ts walks what a
// cached answer can reach):
// - observation: shown, but only ever written by a load, with its `load` row in the same
//   transaction (load-service.ts), whose trigger moves the version once for millions of rows;
// - load_rejection: written only with its load, and shown only by `load`, which is never cached;
// - session: shown by no answer (a request's user is looked up from it; the cache keys by user);
// - audit_event: shown only by `auditEvents`, which is never cached.
export const TABLES_WITH_TRIGGERS = ['api_token'] as const;

const EVENTS = ['insert', 'update', 'delete'] as const;

export async function up(db: Kysely<any>): Promise<void> {
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
}
