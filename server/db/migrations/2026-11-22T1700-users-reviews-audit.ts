import { sql, type Kysely } from 'kysely';

// Frozen once landed. Users and their API tokens, server sessions, goal owners, quarterly reviews
// with the owners' assessments, and the audit trail.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('app_user')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('username', 'text', (c) => c.notNull().unique())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('VIEWER', 'ANALYST', 'GOAL_OWNER', 'BOARD', 'ADMIN')`))
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('api_token')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('app_user.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    // Only a hash is kept: a leaked database must not leak working tokens.
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'integer', (c) => c.notNull())
    .addColumn('last_used_at', 'integer')
    .execute();
  await db.schema.createIndex('api_token_user_id').on('api_token').column('user_id').execute();

  await db.schema
    .createTable('session')
    .addColumn('sid', 'text', (c) => c.primaryKey())
    .addColumn('expires_at', 'integer', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('session_expires_at').on('session').column('expires_at').execute();

  await db.schema
    .alterTable('goal')
    .addColumn('owner_user_id', 'integer', (c) => c.references('app_user.id').onDelete('set null'))
    .execute();
  await db.schema.createIndex('goal_owner_user_id').on('goal').column('owner_user_id').execute();

  await db.schema
    .createTable('review')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('strategy_id', 'integer', (c) => c.notNull().references('strategy.id').onDelete('cascade'))
    .addColumn('quarter', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('DRAFT', 'APPROVED')`))
    .addColumn('created_at', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('approved_at', 'integer')
    .addColumn('approved_by', 'text')
    // The report exactly as approved (JSON): later loads and edits cannot change it.
    .addColumn('snapshot', 'text')
    .addUniqueConstraint('review_strategy_quarter', ['strategy_id', 'quarter'])
    .execute();

  await db.schema
    .createTable('assessment')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('review_id', 'integer', (c) => c.notNull().references('review.id').onDelete('cascade'))
    .addColumn('goal_id', 'integer', (c) => c.notNull().references('goal.id').onDelete('cascade'))
    .addColumn('status_override', 'text')
    .addColumn('override_reason', 'text')
    .addColumn('narrative', 'text', (c) => c.notNull())
    .addColumn('written_by', 'text', (c) => c.notNull())
    .addColumn('written_at', 'integer', (c) => c.notNull())
    .addUniqueConstraint('assessment_review_goal', ['review_id', 'goal_id'])
    .execute();
  await db.schema.createIndex('assessment_goal_id').on('assessment').column('goal_id').execute();

  await db.schema
    .createTable('audit_event')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('at', 'integer', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity_type', 'text')
    .addColumn('entity_id', 'text')
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('details', 'text')
    .execute();
  await db.schema.createIndex('audit_event_at').on('audit_event').column('at').execute();
  await db.schema.createIndex('audit_event_actor').on('audit_event').columns(['actor', 'at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('audit_event').execute();
  await db.schema.dropTable('assessment').execute();
  await db.schema.dropTable('review').execute();
  await db.schema.dropIndex('goal_owner_user_id').execute();
  await db.schema.alterTable('goal').dropColumn('owner_user_id').execute();
  await db.schema.dropTable('session').execute();
  await db.schema.dropTable('api_token').execute();
  await db.schema.dropTable('app_user').execute();
}
