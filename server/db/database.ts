import type { ColumnType, Generated, Insertable, Kysely, Selectable, Transaction, Updateable } from 'kysely';

/**
 * The one description of the database's tables. Column names are the SQL names; repositories map
 * rows to domain objects explicitly. Times are integer milliseconds since the epoch (UTC), which
 * compare cheaply in the revision queries that make `asOf` reproducible.
 */
export interface Database {
  area: AreaTable;
  service_area: ServiceAreaTable;
  strategy: StrategyTable;
  perspective: PerspectiveTable;
  goal: GoalTable;
  goal_service_area: GoalServiceAreaTable;
  service_promise_item: ServicePromiseItemTable;
  service_promise_goal: ServicePromiseGoalTable;
  indicator: IndicatorTable;
  indicator_service_area: IndicatorServiceAreaTable;
  goal_indicator: GoalIndicatorTable;
  target: TargetTable;
  target_point: TargetPointTable;
  observation: ObservationTable;
  load: LoadTable;
  load_rejection: LoadRejectionTable;
  app_user: AppUserTable;
  api_token: ApiTokenTable;
  session: SessionTable;
  review: ReviewTable;
  assessment: AssessmentTable;
  audit_event: AuditEventTable;
  data_version: DataVersionTable;
}

/** A Kysely handle or an open transaction: repositories accept either. */
export type Executor = Kysely<Database> | Transaction<Database>;

export type AreaKindValue = 'COUNTRY' | 'WELLBEING_COUNTY' | 'REGION' | 'MUNICIPALITY';
export type DirectionValue = 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER';
export type FrequencyValue = 'YEAR' | 'QUARTER' | 'MONTH';

export interface AreaTable {
  id: Generated<number>;
  code: string;
  kind: AreaKindValue;
  name_fi: string;
  name_sv: string | null;
  name_en: string | null;
  parent_id: number | null;
  region_id: number | null;
}
export type AreaRow = Selectable<AreaTable>;
export type NewAreaRow = Insertable<AreaTable>;

export interface ServiceAreaTable {
  id: Generated<number>;
  code: string;
  name_fi: string;
  name_sv: string | null;
  name_en: string | null;
  sort_order: number;
}
export type ServiceAreaRow = Selectable<ServiceAreaTable>;

interface Timestamps {
  created_at: ColumnType<number, number, never>;
  updated_at: number;
}

export interface StrategyTable extends Timestamps {
  id: Generated<number>;
  organisation_area_id: number;
  name_fi: string;
  name_sv: string | null;
  name_en: string | null;
  vision_fi: string | null;
  vision_sv: string | null;
  vision_en: string | null;
  start_year: number;
  end_year: number;
  baseline_year: number;
  /** JSON of the attainment thresholds; null for the defaults. */
  thresholds: string | null;
  /** 1 while the service promise is shown on its public page. */
  promise_published: ColumnType<number, number | undefined, number>;
  /** When it was published; null while it is not. */
  promise_published_at: number | null;
}
export type StrategyRow = Selectable<StrategyTable>;
export type NewStrategyRow = Insertable<StrategyTable>;
export type StrategyUpdate = Updateable<StrategyTable>;

export interface PerspectiveTable {
  id: Generated<number>;
  strategy_id: number;
  name_fi: string;
  name_sv: string | null;
  name_en: string | null;
  sort_order: number;
}
export type PerspectiveRow = Selectable<PerspectiveTable>;

export interface GoalTable extends Timestamps {
  id: Generated<number>;
  strategy_id: number;
  perspective_id: number;
  parent_goal_id: number | null;
  title_fi: string;
  title_sv: string | null;
  title_en: string | null;
  description_fi: string | null;
  description_sv: string | null;
  description_en: string | null;
  owner: string | null;
  /** JSON array of strings. */
  national_goals: string;
  sort_order: number;
  owner_user_id: number | null;
}
export type GoalRow = Selectable<GoalTable>;
export type NewGoalRow = Insertable<GoalTable>;
export type GoalUpdate = Updateable<GoalTable>;

export interface GoalServiceAreaTable {
  goal_id: number;
  service_area_id: number;
}

export interface ServicePromiseItemTable {
  id: Generated<number>;
  strategy_id: number;
  text_fi: string;
  text_sv: string | null;
  text_en: string | null;
  sort_order: number;
}
export type ServicePromiseItemRow = Selectable<ServicePromiseItemTable>;

export interface ServicePromiseGoalTable {
  service_promise_item_id: number;
  goal_id: number;
}

export interface IndicatorTable extends Timestamps {
  id: Generated<number>;
  code: string;
  name_fi: string;
  name_sv: string | null;
  name_en: string | null;
  unit: string;
  decimals: number;
  direction: DirectionValue;
  natural_limit: number | null;
  min_value: number | null;
  max_value: number | null;
  frequency: FrequencyValue;
  source: string;
  source_id: string | null;
  definition_fi: string | null;
  definition_sv: string | null;
  definition_en: string | null;
  search_text: string;
}
export type IndicatorRow = Selectable<IndicatorTable>;
export type NewIndicatorRow = Insertable<IndicatorTable>;
export type IndicatorUpdate = Updateable<IndicatorTable>;

export interface IndicatorServiceAreaTable {
  indicator_id: number;
  service_area_id: number;
}

export interface GoalIndicatorTable {
  goal_id: number;
  indicator_id: number;
  weight: number;
  sort_order: number;
}
export type GoalIndicatorRow = Selectable<GoalIndicatorTable>;

export interface TargetTable {
  id: Generated<number>;
  strategy_id: number;
  indicator_id: number;
  area_id: number | null;
  service_area_id: number | null;
  baseline_period: string | null;
  baseline_value: number | null;
  /** JSON array of the warning codes acknowledged when the target was saved. */
  acknowledged_warnings: ColumnType<string, string | undefined, string>;
}
export type TargetRow = Selectable<TargetTable>;

export interface TargetPointTable {
  target_id: number;
  period: string;
  value: number;
}
export type TargetPointRow = Selectable<TargetPointTable>;

/**
 * Every version of every value. The current version of a key
 * (indicator, area, service area, period) has `superseded_at` null; the version valid at time T
 * has `recorded_at <= T < superseded_at`. `service_area_id` 0 means "all service areas", because
 * SQLite's WITHOUT ROWID primary keys cannot hold NULL.
 */
export interface ObservationTable {
  indicator_id: number;
  area_id: number;
  service_area_id: number;
  period: string;
  recorded_at: number;
  superseded_at: number | null;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  provisional: number;
  /** 1 for a tombstone: the value was removed (by undoing the load that added it). */
  deleted: number;
  load_id: number;
}
export type ObservationRow = Selectable<ObservationTable>;

export type LoadStatusValue = 'COMMITTED' | 'REJECTED' | 'UNDONE';

export interface LoadTable {
  id: Generated<number>;
  /** The load's instant; its observations carry it as `recorded_at`. Strictly increasing. */
  recorded_at: number;
  created_by: string;
  file_name: string;
  format: string;
  status: LoadStatusValue;
  inserted_count: number;
  updated_count: number;
  unchanged_count: number;
  rejected_count: number;
  /** Set on a load that undid another: the load it undid. */
  undo_of_load_id: number | null;
  /** Rejected rows per reason code, as JSON; null for loads recorded before it was kept. */
  rejections_by_code: string | null;
}
export type LoadRow = Selectable<LoadTable>;

export interface LoadRejectionTable {
  load_id: number;
  line: number;
  field: string | null;
  value: string | null;
  reason_code: string;
  reason: string;
}

export type RoleValue = 'VIEWER' | 'ANALYST' | 'GOAL_OWNER' | 'BOARD' | 'STRATEGY_EDITOR' | 'ADMIN';

export interface AppUserTable {
  id: Generated<number>;
  username: string;
  display_name: string;
  role: RoleValue;
  password_hash: string;
  disabled: number;
  created_at: number;
}
export type AppUserRow = Selectable<AppUserTable>;

export interface ApiTokenTable {
  id: Generated<number>;
  user_id: number;
  name: string;
  token_hash: string;
  created_at: number;
  last_used_at: number | null;
}
export type ApiTokenRow = Selectable<ApiTokenTable>;

export interface SessionTable {
  sid: string;
  expires_at: number;
  data: string;
}

export interface ReviewTable {
  id: Generated<number>;
  strategy_id: number;
  quarter: string;
  status: 'DRAFT' | 'APPROVED';
  created_at: number;
  created_by: string;
  approved_at: number | null;
  approved_by: string | null;
  snapshot: string | null;
}
export type ReviewRow = Selectable<ReviewTable>;

export interface AssessmentTable {
  id: Generated<number>;
  review_id: number;
  goal_id: number;
  status_override: string | null;
  override_reason: string | null;
  narrative: string;
  written_by: string;
  written_at: number;
}
export type AssessmentRow = Selectable<AssessmentTable>;

export interface AuditEventTable {
  id: Generated<number>;
  at: number;
  actor: string;
  action: string;
  entity_type: string | null;
  entity_id: string | null;
  summary: string;
  details: string | null;
}
export type AuditEventRow = Selectable<AuditEventTable>;

/** One row (id 1): moved forward by triggers on every commit that changes what an answer can show. */
export interface DataVersionTable {
  id: number;
  value: number;
}
