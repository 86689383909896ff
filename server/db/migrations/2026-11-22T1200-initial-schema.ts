import { sql, type Kysely } from 'kysely';

// Frozen once landed: change the schema with a new migration, never by editing this one.
// Migrations use Kysely<any> and import no application code, so they keep working as the app changes.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('area')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('COUNTRY', 'WELLBEING_COUNTY', 'REGION', 'MUNICIPALITY')`),
    )
    .addColumn('name_fi', 'text', (c) => c.notNull())
    .addColumn('name_sv', 'text')
    .addColumn('name_en', 'text')
    .addColumn('parent_id', 'integer', (c) => c.references('area.id'))
    .addColumn('region_id', 'integer', (c) => c.references('area.id'))
    .execute();
  await db.schema.createIndex('area_parent_id').on('area').column('parent_id').execute();
  await db.schema.createIndex('area_region_id').on('area').column('region_id').execute();

  await db.schema
    .createTable('service_area')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name_fi', 'text', (c) => c.notNull())
    .addColumn('name_sv', 'text')
    .addColumn('name_en', 'text')
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  await db.schema
    .createTable('strategy')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('organisation_area_id', 'integer', (c) => c.notNull().references('area.id'))
    .addColumn('name_fi', 'text', (c) => c.notNull())
    .addColumn('name_sv', 'text')
    .addColumn('name_en', 'text')
    .addColumn('vision_fi', 'text')
    .addColumn('vision_sv', 'text')
    .addColumn('vision_en', 'text')
    .addColumn('start_year', 'integer', (c) => c.notNull())
    .addColumn('end_year', 'integer', (c) => c.notNull())
    .addColumn('baseline_year', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('perspective')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('strategy_id', 'integer', (c) => c.notNull().references('strategy.id').onDelete('cascade'))
    .addColumn('name_fi', 'text', (c) => c.notNull())
    .addColumn('name_sv', 'text')
    .addColumn('name_en', 'text')
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('perspective_strategy_id').on('perspective').column('strategy_id').execute();

  await db.schema
    .createTable('goal')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('strategy_id', 'integer', (c) => c.notNull().references('strategy.id').onDelete('cascade'))
    .addColumn('perspective_id', 'integer', (c) => c.notNull().references('perspective.id').onDelete('cascade'))
    .addColumn('parent_goal_id', 'integer', (c) => c.references('goal.id').onDelete('cascade'))
    .addColumn('title_fi', 'text', (c) => c.notNull())
    .addColumn('title_sv', 'text')
    .addColumn('title_en', 'text')
    .addColumn('description_fi', 'text')
    .addColumn('description_sv', 'text')
    .addColumn('description_en', 'text')
    .addColumn('owner', 'text')
    .addColumn('national_goals', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('goal_strategy_id').on('goal').column('strategy_id').execute();
  await db.schema.createIndex('goal_perspective_id').on('goal').column('perspective_id').execute();
  await db.schema.createIndex('goal_parent_goal_id').on('goal').column('parent_goal_id').execute();

  await db.schema
    .createTable('goal_service_area')
    .addColumn('goal_id', 'integer', (c) => c.notNull().references('goal.id').onDelete('cascade'))
    .addColumn('service_area_id', 'integer', (c) => c.notNull().references('service_area.id'))
    .addPrimaryKeyConstraint('goal_service_area_pk', ['goal_id', 'service_area_id'])
    .execute();

  await db.schema
    .createTable('service_promise_item')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('strategy_id', 'integer', (c) => c.notNull().references('strategy.id').onDelete('cascade'))
    .addColumn('text_fi', 'text', (c) => c.notNull())
    .addColumn('text_sv', 'text')
    .addColumn('text_en', 'text')
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex('service_promise_item_strategy_id')
    .on('service_promise_item')
    .column('strategy_id')
    .execute();

  await db.schema
    .createTable('service_promise_goal')
    .addColumn('service_promise_item_id', 'integer', (c) =>
      c.notNull().references('service_promise_item.id').onDelete('cascade'),
    )
    .addColumn('goal_id', 'integer', (c) => c.notNull().references('goal.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('service_promise_goal_pk', ['service_promise_item_id', 'goal_id'])
    .execute();
  await db.schema.createIndex('service_promise_goal_goal_id').on('service_promise_goal').column('goal_id').execute();

  await db.schema
    .createTable('indicator')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name_fi', 'text', (c) => c.notNull())
    .addColumn('name_sv', 'text')
    .addColumn('name_en', 'text')
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('decimals', 'integer', (c) => c.notNull())
    .addColumn('direction', 'text', (c) =>
      c.notNull().check(sql`direction in ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER')`),
    )
    .addColumn('natural_limit', 'real')
    .addColumn('min_value', 'real')
    .addColumn('max_value', 'real')
    .addColumn('frequency', 'text', (c) => c.notNull().check(sql`frequency in ('YEAR', 'QUARTER', 'MONTH')`))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('source_id', 'text')
    .addColumn('definition_fi', 'text')
    .addColumn('definition_sv', 'text')
    .addColumn('definition_en', 'text')
    // Lower-cased code and names for search: SQLite's LIKE folds only ASCII case, not ä, ö or å.
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('indicator_source').on('indicator').columns(['source', 'source_id']).execute();

  await db.schema
    .createTable('indicator_service_area')
    .addColumn('indicator_id', 'integer', (c) => c.notNull().references('indicator.id').onDelete('cascade'))
    .addColumn('service_area_id', 'integer', (c) => c.notNull().references('service_area.id'))
    .addPrimaryKeyConstraint('indicator_service_area_pk', ['indicator_id', 'service_area_id'])
    .execute();
  await db.schema
    .createIndex('indicator_service_area_service_area_id')
    .on('indicator_service_area')
    .column('service_area_id')
    .execute();

  await db.schema
    .createTable('goal_indicator')
    .addColumn('goal_id', 'integer', (c) => c.notNull().references('goal.id').onDelete('cascade'))
    .addColumn('indicator_id', 'integer', (c) => c.notNull().references('indicator.id'))
    .addColumn('weight', 'real', (c) => c.notNull().defaultTo(1))
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('goal_indicator_pk', ['goal_id', 'indicator_id'])
    .execute();
  await db.schema.createIndex('goal_indicator_indicator_id').on('goal_indicator').column('indicator_id').execute();

  await db.schema
    .createTable('target')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('strategy_id', 'integer', (c) => c.notNull().references('strategy.id').onDelete('cascade'))
    .addColumn('indicator_id', 'integer', (c) => c.notNull().references('indicator.id'))
    .addColumn('area_id', 'integer', (c) => c.references('area.id'))
    .addColumn('service_area_id', 'integer', (c) => c.references('service_area.id'))
    .addColumn('baseline_period', 'text')
    .addColumn('baseline_value', 'real')
    .execute();
  // One target per strategy × indicator × area × service area; NULL (organisation-wide, all service
  // areas) must count as a value here, hence the expressions.
  await sql`create unique index target_scope on target
    (strategy_id, indicator_id, ifnull(area_id, 0), ifnull(service_area_id, 0))`.execute(db);
  await db.schema.createIndex('target_indicator_id').on('target').column('indicator_id').execute();

  await db.schema
    .createTable('target_point')
    .addColumn('target_id', 'integer', (c) => c.notNull().references('target.id').onDelete('cascade'))
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('value', 'real', (c) => c.notNull())
    .addPrimaryKeyConstraint('target_point_pk', ['target_id', 'period'])
    .execute();

  await db.schema
    .createTable('load')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('recorded_at', 'integer', (c) => c.notNull().unique())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('COMMITTED', 'REJECTED', 'UNDONE')`))
    .addColumn('inserted_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('unchanged_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('rejected_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('undo_of_load_id', 'integer', (c) => c.references('load.id'))
    .execute();

  await db.schema
    .createTable('load_rejection')
    .addColumn('load_id', 'integer', (c) => c.notNull().references('load.id').onDelete('cascade'))
    .addColumn('line', 'integer', (c) => c.notNull())
    .addColumn('field', 'text')
    .addColumn('value', 'text')
    .addColumn('reason_code', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('load_rejection_load_id').on('load_rejection').columns(['load_id', 'line']).execute();

  // Every version of every value, clustered by series so that reading one series (or one indicator
  // for all areas) is a contiguous range scan. Foreign keys are left out on purpose: this table is
  // written millions of rows at a time, and the load service validates every key before writing.
  await sql`create table observation (
    indicator_id integer not null,
    area_id integer not null,
    service_area_id integer not null default 0,
    period text not null,
    recorded_at integer not null,
    superseded_at integer,
    value real,
    numerator real,
    denominator real,
    provisional integer not null default 0,
    deleted integer not null default 0,
    load_id integer not null,
    primary key (indicator_id, area_id, service_area_id, period, recorded_at)
  ) without rowid`.execute(db);
  // Undo finds a load's rows by load id.
  await sql`create index observation_load_id on observation (load_id)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'observation',
    'load_rejection',
    'load',
    'target_point',
    'target',
    'goal_indicator',
    'indicator_service_area',
    'indicator',
    'service_promise_goal',
    'service_promise_item',
    'goal_service_area',
    'goal',
    'perspective',
    'strategy',
    'service_area',
    'area',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
