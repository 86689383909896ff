import type { Kysely } from 'kysely';

// Frozen once landed. A load keeps only its first 10,000 rejected rows, so the count of rejected rows
// per reason code is stored with the load itself (JSON: {"UNKNOWN_AREA": 12, …}). Null for loads
// recorded before this column existed.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('load').addColumn('rejections_by_code', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('load').dropColumn('rejections_by_code').execute();
}
