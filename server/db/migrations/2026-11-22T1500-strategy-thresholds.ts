import type { Kysely } from 'kysely';

// Frozen once landed. Thresholds are the attainment method's; null means the defaults.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('strategy').addColumn('thresholds', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('strategy').dropColumn('thresholds').execute();
}
