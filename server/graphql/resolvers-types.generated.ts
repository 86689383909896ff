import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Area as AreaModel } from '../areas/area-model';
import type { ServiceArea as ServiceAreaModel } from '../service-areas/service-area-model';
import type { Strategy as StrategyModel, Perspective as PerspectiveModel, Goal as GoalModel, GoalIndicatorLink as GoalIndicatorLinkModel, ServicePromiseItem as ServicePromiseItemModel } from '../strategy/strategy-model';
import type { Indicator as IndicatorModel, Target as TargetModel } from '../indicators/indicator-model';
import type { Observation as ObservationModel } from '../observations/observation-model';
import type { StrategyAttainment as StrategyAttainmentModel, PerspectiveAttainment as PerspectiveAttainmentModel, GoalAttainment as GoalAttainmentModel, IndicatorAttainment as IndicatorAttainmentModel, AttainmentMatrix as AttainmentMatrixModel, AttainmentMatrixRow as AttainmentMatrixRowModel, PromiseItemAttainment as PromiseItemAttainmentModel } from '../attainment/attainment-model';
import type { SotkanetCatalogueEntry as SotkanetCatalogueEntryModel } from '../indicators/sotkanet-catalogue-service';
import type { Thresholds as ThresholdsModel } from '../attainment/method';
import type { IndicatorBasis as IndicatorBasisModel } from '../attainment/indicator-basis';
import type { Load as LoadModel, LoadReport as LoadReportModel, Rejection as RejectionModel } from '../loads/load-model';
import type { User as UserModel, ApiToken as ApiTokenModel } from '../auth/auth-model';
import type { Review as ReviewModel, ReviewGoal as ReviewGoalModel, ReviewIndicator as ReviewIndicatorModel, Assessment as AssessmentModel } from '../reviews/review-model';
import type { AuditEvent as AuditEventModel } from '../audit/audit-repository';
import type { SotkanetSyncOverview as SotkanetSyncOverviewModel, SotkanetSyncRun as SotkanetSyncRunModel, SotkanetSyncRunItem as SotkanetSyncRunItemModel, SotkanetIndicatorSync as SotkanetIndicatorSyncModel } from '../sotkanet/sync-model';
import type { GraphQLContext } from './context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An ISO 8601 date-time in UTC, e.g. `2026-11-22T12:00:00.000Z`. */
  DateTime: { input: Date; output: Date; }
};

export type ApiToken = {
  __typename?: 'ApiToken';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** When the token was last used, to within an hour (a use within an hour of the one recorded is not recorded again); null if never. */
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  name: Scalars['String']['output'];
};

export type Area = {
  __typename?: 'Area';
  /** Areas directly under this one (as parent, or as region for a region's municipalities). */
  children: Array<Area>;
  /** Statistics Finland code: `091` for a municipality, `HVA12` for a wellbeing services county, `MK10` for a region, `SSS` for the whole country. */
  code: Scalars['String']['output'];
  kind: AreaKind;
  name: LocalizedText;
  /** The next level up: a municipality's wellbeing services county, a county's or region's country. */
  parent?: Maybe<Area>;
  /** A municipality's region (maakunta). */
  region?: Maybe<Area>;
};


export type AreaChildrenArgs = {
  kind?: InputMaybe<AreaKind>;
};

export type AreaKind =
  | 'COUNTRY'
  /** Kunta. */
  | 'MUNICIPALITY'
  /** Maakunta. */
  | 'REGION'
  /** Hyvinvointialue (and Helsinki and Åland, which organise the services themselves). */
  | 'WELLBEING_COUNTY';

export type AreaValue = {
  __typename?: 'AreaValue';
  area: Area;
  provisional: Scalars['Boolean']['output'];
  /** Null where the area has no value for the period. */
  value?: Maybe<Scalars['Float']['output']>;
};

export type Assessment = {
  __typename?: 'Assessment';
  goalId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  narrative: Scalars['String']['output'];
  overrideReason?: Maybe<Scalars['String']['output']>;
  quarter: Scalars['String']['output'];
  reviewId: Scalars['ID']['output'];
  /** The owner's own status, when it differs from the computed one. */
  statusOverride?: Maybe<AttainmentStatus>;
  writtenAt: Scalars['DateTime']['output'];
  writtenBy: Scalars['String']['output'];
};

export type AssessmentInput = {
  goalId: Scalars['ID']['input'];
  narrative: Scalars['String']['input'];
  /** Required with a status override. */
  overrideReason?: InputMaybe<Scalars['String']['input']>;
  reviewId: Scalars['ID']['input'];
  statusOverride?: InputMaybe<AttainmentStatus>;
};

/**
 * Every goal judged in every area: a heat map. The goals are its columns and the areas its rows; each
 * row lists its values in the order of `goals`.
 */
export type AttainmentMatrix = {
  __typename?: 'AttainmentMatrix';
  /** As in `StrategyAttainment.asOf`: the instant whose recorded data was used. */
  asOf: Scalars['DateTime']['output'];
  /** Goals in display order (perspective by perspective, parents before sub-goals). */
  goals: Array<Goal>;
  /** One row per area, in the order asked for (by default the county's municipalities). */
  rows: Array<AttainmentMatrixRow>;
  strategy: Strategy;
};

/**
 * One area's judgements of every goal. Each list is aligned with `AttainmentMatrix.goals`: its n-th
 * value is the n-th goal's. A heat map has thousands of cells, and lists of values make its answer a
 * quarter of the size of one object per cell, and several times faster to produce.
 */
export type AttainmentMatrixRow = {
  __typename?: 'AttainmentMatrixRow';
  area: Area;
  /** Share (0–1) of each goal that is known, as `GoalAttainment.coverage`. */
  coverages: Array<Scalars['Float']['output']>;
  /** −5…5; null where the status is not available. */
  scores: Array<Maybe<Scalars['Float']['output']>>;
  statuses: Array<AttainmentStatus>;
};

export type AttainmentMethod =
  /** No target: progress measured by the growth rate alone. */
  | 'WITHOUT_TARGET'
  /** Progress measured against the target trajectory. */
  | 'WITH_TARGET';

export type AttainmentStatus =
  | 'DETERIORATING'
  | 'LIMITED_PROGRESS'
  | 'NEEDS_ACCELERATION'
  | 'NOT_AVAILABLE'
  | 'ON_TRACK'
  | 'TARGET_ACHIEVED'
  /**
   * The target is met, but the value has worsened since its baseline: possible only with a target on
   * the worse side of the baseline (e.g. an organisation-wide target looser than an area's own level).
   * Scored 0–2.5, below a real achievement (server/attainment/METHOD.md).
   */
  | 'TARGET_ACHIEVED_WORSENING';

/** Thresholds of the attainment method (Statistics Canada / Open SDG); each strategy may set its own. */
export type AttainmentThresholds = {
  __typename?: 'AttainmentThresholds';
  /** Share (0–1) of a goal's weight that must be known (its coverage) for the goal to be judged. */
  minimumCoverage: Scalars['Float']['output'];
  withTargetHigh: Scalars['Float']['output'];
  withTargetLow: Scalars['Float']['output'];
  withTargetMedium: Scalars['Float']['output'];
  withoutTargetHigh: Scalars['Float']['output'];
  withoutTargetLow: Scalars['Float']['output'];
  withoutTargetMedium: Scalars['Float']['output'];
};

export type AttainmentThresholdsInput = {
  minimumCoverage: Scalars['Float']['input'];
  withTargetHigh: Scalars['Float']['input'];
  withTargetLow: Scalars['Float']['input'];
  withTargetMedium: Scalars['Float']['input'];
  withoutTargetHigh: Scalars['Float']['input'];
  withoutTargetLow: Scalars['Float']['input'];
  withoutTargetMedium: Scalars['Float']['input'];
};

export type AuditEvent = {
  __typename?: 'AuditEvent';
  /** What happened: a mutation's name, `upload`, `load` (from the command line), `signIn`, `signInFailed`, `signOut`. */
  action: Scalars['String']['output'];
  /** The user's name; for a failed sign-in, the name tried; for a command-line load, its `--user` (by default the login name). */
  actor: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  /** The change's details as JSON (the input given, counts). */
  details?: Maybe<Scalars['String']['output']>;
  entityId?: Maybe<Scalars['String']['output']>;
  entityType?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** What changed, in words. */
  summary: Scalars['String']['output'];
};

export type AuditEventConnection = {
  __typename?: 'AuditEventConnection';
  nodes: Array<AuditEvent>;
  pageInfo: PageInfo;
};

export type AuditFilter = {
  action?: InputMaybe<Scalars['String']['input']>;
  actor?: InputMaybe<Scalars['String']['input']>;
  entityType?: InputMaybe<Scalars['String']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

export type CopyStrategyInput = {
  baselineYear: Scalars['Int']['input'];
  endYear: Scalars['Int']['input'];
  name: LocalizedTextInput;
  startYear: Scalars['Int']['input'];
  /** The copied strategy's vision when not given. */
  vision?: InputMaybe<LocalizedTextInput>;
};

export type CreateApiTokenInput = {
  name: Scalars['String']['input'];
  userId: Scalars['ID']['input'];
};

export type CreateGoalInput = {
  description?: InputMaybe<LocalizedTextInput>;
  nationalGoals?: InputMaybe<Array<Scalars['String']['input']>>;
  owner?: InputMaybe<Scalars['String']['input']>;
  ownerUserId?: InputMaybe<Scalars['ID']['input']>;
  parentGoalId?: InputMaybe<Scalars['ID']['input']>;
  perspectiveId: Scalars['ID']['input'];
  serviceAreaIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  sortOrder?: InputMaybe<Scalars['Int']['input']>;
  title: LocalizedTextInput;
};

export type CreateIndicatorFromSotkanetInput = {
  /** 1 when not given. */
  decimals?: InputMaybe<Scalars['Int']['input']>;
  direction: Direction;
  maxValue?: InputMaybe<Scalars['Float']['input']>;
  minValue?: InputMaybe<Scalars['Float']['input']>;
  naturalLimit?: InputMaybe<Scalars['Float']['input']>;
  serviceAreaIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  sotkanetId: Scalars['Int']['input'];
  unit: Scalars['String']['input'];
};

export type CreateIndicatorInput = {
  code: Scalars['String']['input'];
  decimals: Scalars['Int']['input'];
  definition?: InputMaybe<LocalizedTextInput>;
  direction: Direction;
  frequency: Frequency;
  maxValue?: InputMaybe<Scalars['Float']['input']>;
  minValue?: InputMaybe<Scalars['Float']['input']>;
  name: LocalizedTextInput;
  naturalLimit?: InputMaybe<Scalars['Float']['input']>;
  serviceAreaIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  source: Scalars['String']['input'];
  sourceId?: InputMaybe<Scalars['String']['input']>;
  unit: Scalars['String']['input'];
};

export type CreatePerspectiveInput = {
  name: LocalizedTextInput;
  sortOrder?: InputMaybe<Scalars['Int']['input']>;
  strategyId: Scalars['ID']['input'];
};

export type CreateServicePromiseItemInput = {
  goalIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  sortOrder?: InputMaybe<Scalars['Int']['input']>;
  strategyId: Scalars['ID']['input'];
  text: LocalizedTextInput;
};

export type CreateStrategyInput = {
  baselineYear: Scalars['Int']['input'];
  endYear: Scalars['Int']['input'];
  name: LocalizedTextInput;
  organisationCode: Scalars['String']['input'];
  startYear: Scalars['Int']['input'];
  vision?: InputMaybe<LocalizedTextInput>;
};

export type CreateTargetInput = {
  /** Warnings of `checkTarget` the user has seen and accepts. */
  acknowledgedWarnings?: InputMaybe<Array<TargetWarningCode>>;
  areaCode?: InputMaybe<Scalars['String']['input']>;
  baselinePeriod?: InputMaybe<Scalars['String']['input']>;
  baselineValue?: InputMaybe<Scalars['Float']['input']>;
  indicatorCode: Scalars['String']['input'];
  points: Array<TargetPointInput>;
  serviceAreaId?: InputMaybe<Scalars['ID']['input']>;
  strategyId: Scalars['ID']['input'];
};

export type CreateUserInput = {
  displayName: Scalars['String']['input'];
  password: Scalars['String']['input'];
  role: Role;
  username: Scalars['String']['input'];
};

export type CreatedApiToken = {
  __typename?: 'CreatedApiToken';
  apiToken: ApiToken;
  /** Send as `Authorization: Bearer <token>`. Shown only once. */
  token: Scalars['String']['output'];
};

export type Direction =
  | 'HIGHER_IS_BETTER'
  | 'LOWER_IS_BETTER';

export type Frequency =
  | 'MONTH'
  | 'QUARTER'
  | 'YEAR';

export type Goal = {
  __typename?: 'Goal';
  /** The owner's assessments of this goal in quarterly reviews, newest first. */
  assessments: Array<Assessment>;
  children: Array<Goal>;
  description?: Maybe<LocalizedText>;
  id: Scalars['ID']['output'];
  indicators: Array<GoalIndicator>;
  /** References to national goals this goal serves (free text, e.g. a programme and its goal number). */
  nationalGoals: Array<Scalars['String']['output']>;
  /** Who answers for the goal, e.g. a director's title. */
  owner?: Maybe<Scalars['String']['output']>;
  /** The user who writes the goal's assessments in quarterly reviews. */
  ownerUser?: Maybe<User>;
  parent?: Maybe<Goal>;
  perspective: Perspective;
  serviceAreas: Array<ServiceArea>;
  servicePromiseItems: Array<ServicePromiseItem>;
  sortOrder: Scalars['Int']['output'];
  strategy: Strategy;
  title: LocalizedText;
};

export type GoalAttainment = {
  __typename?: 'GoalAttainment';
  /** Parts (indicators and sub-goals) that could be judged, and all parts. */
  availableCount: Scalars['Int']['output'];
  coverage: Scalars['Float']['output'];
  goal: Goal;
  indicators: Array<IndicatorAttainment>;
  notAvailableReason?: Maybe<NotAvailableReason>;
  partCount: Scalars['Int']['output'];
  score?: Maybe<Scalars['Float']['output']>;
  status: AttainmentStatus;
  subGoals: Array<GoalAttainment>;
};

export type GoalIndicator = {
  __typename?: 'GoalIndicator';
  goal: Goal;
  indicator: Indicator;
  /** Relative weight of the indicator in the goal's roll-up. */
  weight: Scalars['Float']['output'];
};

export type GoalIndicatorInput = {
  goalId: Scalars['ID']['input'];
  indicatorCode: Scalars['String']['input'];
  weight?: InputMaybe<Scalars['Float']['input']>;
};

export type Indicator = {
  __typename?: 'Indicator';
  /**
   * What the attainment method judges this indicator's series in an area against, under a strategy:
   * the target that applies and the baseline, by the same rules as `attainment`, for a chart to mark.
   */
  basis: IndicatorBasis;
  /** Stable code, e.g. `sotkanet:1244` or `internal:care-guarantee`. */
  code: Scalars['String']['output'];
  decimals: Scalars['Int']['output'];
  definition?: Maybe<LocalizedText>;
  direction: Direction;
  frequency: Frequency;
  goals: Array<Goal>;
  id: Scalars['ID']['output'];
  /** Largest accepted value; loads reject values above it. */
  maxValue?: Maybe<Scalars['Float']['output']>;
  /** Smallest accepted value; loads reject values below it. */
  minValue?: Maybe<Scalars['Float']['output']>;
  name: LocalizedText;
  /** A value the indicator cannot pass (0 % or 100 %); attainment scales its thresholds near it. */
  naturalLimit?: Maybe<Scalars['Float']['output']>;
  /** The current values of one series in period order, optionally limited to periods `from`…`to` (inclusive). */
  series: Array<Observation>;
  serviceAreas: Array<ServiceArea>;
  /** Where the data comes from, e.g. `sotkanet` or `internal`; synthetic demo series say so here. */
  source: Scalars['String']['output'];
  /** The indicator's id in its source, e.g. Sotkanet's `1244`. */
  sourceId?: Maybe<Scalars['String']['output']>;
  targets: Array<Target>;
  /** Unit as shown to users: `%`, `per 1 000`, `€ per capita`, `days`, … */
  unit: Scalars['String']['output'];
};


export type IndicatorBasisArgs = {
  areaCode: Scalars['String']['input'];
  serviceAreaId?: InputMaybe<Scalars['ID']['input']>;
  strategyId: Scalars['ID']['input'];
};


export type IndicatorSeriesArgs = {
  areaCode: Scalars['String']['input'];
  from?: InputMaybe<Scalars['String']['input']>;
  serviceAreaId?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};


export type IndicatorTargetsArgs = {
  strategyId?: InputMaybe<Scalars['ID']['input']>;
};

export type IndicatorAttainment = {
  __typename?: 'IndicatorAttainment';
  /** For a mean of municipalities: how many municipalities had a value in the latest period judged. */
  aggregatedAreaCount?: Maybe<Scalars['Int']['output']>;
  baseline?: Maybe<PeriodValue>;
  /**
   * Share (0–1) of the area the judged values cover: 1 for its own series (0 when it has no values);
   * for a mean of municipalities, the share of the area's population living in municipalities with
   * values, at the baseline or at the latest value, whichever is lower.
   */
  coverage: Scalars['Float']['output'];
  /** Why the status is what it is, in words (English). */
  explanation: Scalars['String']['output'];
  /** Annual growth rate (CAGR) from the baseline to the latest value. */
  growthRate?: Maybe<Scalars['Float']['output']>;
  indicator: Indicator;
  latest?: Maybe<PeriodValue>;
  /** For a mean of municipalities: how many municipalities the area has. */
  memberAreaCount?: Maybe<Scalars['Int']['output']>;
  method: AttainmentMethod;
  notAvailableReason?: Maybe<NotAvailableReason>;
  /**
   * (latest − baseline) / (target − baseline): how much of the way to the target has been covered. Raw:
   * negative when the series has moved away, above 1 beyond the target. Null without a target, and when
   * the target is not better than the baseline (there is no way to cover). The dashboard shows it as
   * METHOD.md's "Progress as shown" says: 0–100 %, or "moving away from the target" with the distance.
   */
  progressShare?: Maybe<Scalars['Float']['output']>;
  /** The value at the target period if the growth rate since the baseline continues. */
  projected?: Maybe<PeriodValue>;
  /** The progress ratio P of the method. */
  ratio?: Maybe<Scalars['Float']['output']>;
  /** Annual growth rate needed from the baseline to reach the target. */
  requiredGrowthRate?: Maybe<Scalars['Float']['output']>;
  score?: Maybe<Scalars['Float']['output']>;
  seriesSource: SeriesSource;
  status: AttainmentStatus;
  /** The target point judged against: the nearest point of the trajectory after the latest period. */
  target?: Maybe<PeriodValue>;
  /** Whose target applies: the judged area's own, or null for the organisation-wide target. */
  targetArea?: Maybe<Area>;
  /** The whole target trajectory that applies (the area's own, or the organisation-wide one it inherits). */
  targetTrajectory: Array<PeriodValue>;
  /** The values judged, baseline onwards (for charts and sparklines). */
  values: Array<PeriodValue>;
  weight: Scalars['Float']['output'];
};

/** The target that applies to one series and the baseline its progress is measured from. */
export type IndicatorBasis = {
  __typename?: 'IndicatorBasis';
  /** Null when the series has no value at or after the baseline year, and the target fixes none. */
  baseline?: Maybe<PeriodValue>;
  /** Null when no target applies (the area has none of its own and the organisation has none). */
  target?: Maybe<Target>;
};

export type IndicatorConnection = {
  __typename?: 'IndicatorConnection';
  edges: Array<IndicatorEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type IndicatorEdge = {
  __typename?: 'IndicatorEdge';
  cursor: Scalars['String']['output'];
  node: Indicator;
};

export type IndicatorValues = {
  __typename?: 'IndicatorValues';
  indicator: Indicator;
  /** The period shown: the one asked for, or the latest with data. */
  period?: Maybe<Scalars['String']['output']>;
  /** Periods that have data for these areas, newest first. */
  periods: Array<Scalars['String']['output']>;
  values: Array<AreaValue>;
};

export type Load = {
  __typename?: 'Load';
  createdBy: Scalars['String']['output'];
  fileName: Scalars['String']['output'];
  format: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  insertedCount: Scalars['Int']['output'];
  recordedAt: Scalars['DateTime']['output'];
  rejectedCount: Scalars['Int']['output'];
  /** The rejected rows in line order (the first 10,000 are kept). */
  rejections: Array<LoadRejection>;
  /** Rejected rows per reason code, over the whole file (null for loads recorded before these counts were kept). */
  rejectionsByCode?: Maybe<Array<RejectionCount>>;
  status: LoadStatus;
  unchangedCount: Scalars['Int']['output'];
  /** For an undo: the load it undid. */
  undoOf?: Maybe<Load>;
  /** The load that undid this one. */
  undoneBy?: Maybe<Load>;
  updatedCount: Scalars['Int']['output'];
};


export type LoadRejectionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};

export type LoadConnection = {
  __typename?: 'LoadConnection';
  nodes: Array<Load>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type LoadFormat = {
  __typename?: 'LoadFormat';
  description: Scalars['String']['output'];
  id: Scalars['String']['output'];
};

export type LoadRejection = {
  __typename?: 'LoadRejection';
  /** Stable code, e.g. UNKNOWN_AREA, INVALID_NUMBER, DUPLICATE_KEY. */
  code: Scalars['String']['output'];
  field?: Maybe<Scalars['String']['output']>;
  /** 1-based line of the file (the header is line 1); 0 for the file as a whole. */
  line: Scalars['Int']['output'];
  reason: Scalars['String']['output'];
  value?: Maybe<Scalars['String']['output']>;
};

export type LoadReport = {
  __typename?: 'LoadReport';
  /** Municipality names mapped to codes (with `areaNames`). */
  areaNamesMapped: Scalars['Int']['output'];
  /** The file seems to name municipalities instead of giving codes: load it again with `areaNames: true` to map them. */
  areaNamesSuggested: Scalars['Boolean']['output'];
  fileName: Scalars['String']['output'];
  format: Scalars['String']['output'];
  inserted: Scalars['Int']['output'];
  /** The recorded load; null for a dry run. */
  load?: Maybe<Load>;
  rejected: Scalars['Int']['output'];
  /** The first rejected rows in line order (up to 10,000). */
  rejections: Array<LoadRejection>;
  rejectionsByCode: Array<RejectionCount>;
  /** The sheet that was read, for an Excel workbook. */
  sheet?: Maybe<Scalars['String']['output']>;
  status: LoadReportStatus;
  unchanged: Scalars['Int']['output'];
  updated: Scalars['Int']['output'];
};

export type LoadReportStatus =
  | 'COMMITTED'
  | 'DRY_RUN'
  | 'REJECTED';

export type LoadStatus =
  | 'COMMITTED'
  /** Nothing was written: rows were rejected and the load was not asked to write the good ones. */
  | 'REJECTED'
  /** A later load undid this one. */
  | 'UNDONE';

export type LoadUploadInput = {
  /** The file names municipalities (Finnish, Swedish or earlier names) instead of giving codes: map them to codes. */
  areaNames?: InputMaybe<Scalars['Boolean']['input']>;
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  /** Detected from the content when not given. */
  format?: InputMaybe<Scalars['String']['input']>;
  /** An Excel workbook's sheet, by name or number (from 1); the first when not given. */
  sheet?: InputMaybe<Scalars['String']['input']>;
  uploadId: Scalars['String']['input'];
  writeGoodRows?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A text in Finnish, and in Swedish and English where it has been given. */
export type LocalizedText = {
  __typename?: 'LocalizedText';
  en?: Maybe<Scalars['String']['output']>;
  fi: Scalars['String']['output'];
  sv?: Maybe<Scalars['String']['output']>;
};

export type LocalizedTextInput = {
  en?: InputMaybe<Scalars['String']['input']>;
  fi: Scalars['String']['input'];
  sv?: InputMaybe<Scalars['String']['input']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** The board approves a review: its figures are frozen as they are at this moment. */
  approveReview: Review;
  /**
   * Copies a strategy for a new term: perspectives, the goal tree (owners, service areas, national
   * goals), goal–indicator links with weights, targets with their trajectories, service promise items
   * with their goals, and thresholds. Not its reviews, assessments or audit trail; the copy's promise
   * starts unpublished.
   */
  copyStrategy: Strategy;
  /** Creates an API token for scripted loads; the token is shown only in this answer. */
  createApiToken: CreatedApiToken;
  createGoal: Goal;
  createIndicator: Indicator;
  /**
   * Creates the indicator `sotkanet:<id>` from Sotkanet's catalogue: its names and frequency from
   * Sotkanet, its unit, direction and limits as the user confirmed them. CONFLICT if it exists.
   */
  createIndicatorFromSotkanet: Indicator;
  createPerspective: Perspective;
  createServicePromiseItem: ServicePromiseItem;
  createStrategy: Strategy;
  /**
   * Refused with BAD_USER_INPUT (field `input.points`, reason `UNACKNOWLEDGED_WARNING`, the codes in
   * `extensions.warnings`) while a warning of `checkTarget` is not in `acknowledgedWarnings`.
   * POINT_BEFORE_BASELINE and OUTSIDE_ACCEPTED_RANGE cannot be acknowledged: they are refused on the
   * point's own field.
   */
  createTarget: Target;
  createUser: User;
  /** Refused with CONFLICT while the goal has sub-goals. Its indicator and promise links go with it. */
  deleteGoal: Scalars['ID']['output'];
  /** Refused with CONFLICT while the indicator has observations, targets or goal links. */
  deleteIndicator: Scalars['String']['output'];
  /** Refused with CONFLICT while the perspective still has goals. */
  deletePerspective: Scalars['ID']['output'];
  deleteServicePromiseItem: Scalars['ID']['output'];
  /**
   * Deletes the strategy with its perspectives, goals, goal links, service promise items, targets and
   * draft reviews (with their assessments). Refused with CONFLICT while the strategy has approved
   * reviews: an approved review is kept exactly as approved, so it is never deleted.
   */
  deleteStrategy: Scalars['ID']['output'];
  deleteTarget: Scalars['ID']['output'];
  linkIndicatorToGoal: GoalIndicator;
  /**
   * Loads a file uploaded to `POST /api/uploads` (which answers with its `uploadId`). With
   * `dryRun: true` it only reports what would change (the preview); otherwise it writes, or records the
   * load as rejected if any row is bad and `writeGoodRows` is false, or if no row is good.
   */
  loadUpload: LoadReport;
  /** Opens the review of a quarter (board, admin); returns the existing one if it is open already. */
  openReview: Review;
  /** Publishes the strategy's service promise on its public page, or withdraws it. */
  publishServicePromise: Strategy;
  /**
   * Puts sibling goals in the order given: the top-level goals of the perspective, or the sub-goals of
   * `parentGoalId`. `ids` must list every one of those siblings once.
   */
  reorderGoals: Array<Goal>;
  /** Puts the strategy's perspectives in the order given; `ids` must list every one of them once. */
  reorderPerspectives: Array<Perspective>;
  /** Puts the strategy's service promise items in the order given; `ids` must list every one once. */
  reorderServicePromiseItems: Array<ServicePromiseItem>;
  revokeApiToken: Scalars['ID']['output'];
  /**
   * Starts fetching Sotkanet indicators from Sotkanet's REST API (analyst, admin): the named ones, or
   * every Sotkanet indicator a strategy uses. Answers at once with the run; `sotkanetSync` shows its
   * progress. CONFLICT while another sync runs.
   */
  startSotkanetSync: SotkanetSyncRun;
  /** Restores exactly the values that were current before the load; refused if a later load changed them since. */
  undoLoad: Load;
  unlinkIndicatorFromGoal: GoalIndicator;
  updateGoal: Goal;
  /** Changes only a goal's description: strategy editors, and the goal's owning user for their own goal. */
  updateGoalDescription: Goal;
  updateGoalIndicator: GoalIndicator;
  updateIndicator: Indicator;
  updatePerspective: Perspective;
  updateServicePromiseItem: ServicePromiseItem;
  updateStrategy: Strategy;
  /** Checked like createTarget; without `acknowledgedWarnings` the target's stored ones still apply. */
  updateTarget: Target;
  updateUser: User;
  /** A goal owner's assessment of their goal in a review, optionally overriding the computed status (with a reason). */
  writeAssessment: Assessment;
};


export type MutationApproveReviewArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCopyStrategyArgs = {
  id: Scalars['ID']['input'];
  input: CopyStrategyInput;
};


export type MutationCreateApiTokenArgs = {
  input: CreateApiTokenInput;
};


export type MutationCreateGoalArgs = {
  input: CreateGoalInput;
};


export type MutationCreateIndicatorArgs = {
  input: CreateIndicatorInput;
};


export type MutationCreateIndicatorFromSotkanetArgs = {
  input: CreateIndicatorFromSotkanetInput;
};


export type MutationCreatePerspectiveArgs = {
  input: CreatePerspectiveInput;
};


export type MutationCreateServicePromiseItemArgs = {
  input: CreateServicePromiseItemInput;
};


export type MutationCreateStrategyArgs = {
  input: CreateStrategyInput;
};


export type MutationCreateTargetArgs = {
  input: CreateTargetInput;
};


export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


export type MutationDeleteGoalArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteIndicatorArgs = {
  code: Scalars['String']['input'];
};


export type MutationDeletePerspectiveArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteServicePromiseItemArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteStrategyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteTargetArgs = {
  id: Scalars['ID']['input'];
};


export type MutationLinkIndicatorToGoalArgs = {
  input: GoalIndicatorInput;
};


export type MutationLoadUploadArgs = {
  input: LoadUploadInput;
};


export type MutationOpenReviewArgs = {
  quarter: Scalars['String']['input'];
  strategyId: Scalars['ID']['input'];
};


export type MutationPublishServicePromiseArgs = {
  published: Scalars['Boolean']['input'];
  strategyId: Scalars['ID']['input'];
};


export type MutationReorderGoalsArgs = {
  ids: Array<Scalars['ID']['input']>;
  parentGoalId?: InputMaybe<Scalars['ID']['input']>;
  perspectiveId: Scalars['ID']['input'];
};


export type MutationReorderPerspectivesArgs = {
  ids: Array<Scalars['ID']['input']>;
  strategyId: Scalars['ID']['input'];
};


export type MutationReorderServicePromiseItemsArgs = {
  ids: Array<Scalars['ID']['input']>;
  strategyId: Scalars['ID']['input'];
};


export type MutationRevokeApiTokenArgs = {
  id: Scalars['ID']['input'];
};


export type MutationStartSotkanetSyncArgs = {
  input?: InputMaybe<StartSotkanetSyncInput>;
};


export type MutationUndoLoadArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUnlinkIndicatorFromGoalArgs = {
  goalId: Scalars['ID']['input'];
  indicatorCode: Scalars['String']['input'];
};


export type MutationUpdateGoalArgs = {
  id: Scalars['ID']['input'];
  input: UpdateGoalInput;
};


export type MutationUpdateGoalDescriptionArgs = {
  description?: InputMaybe<LocalizedTextInput>;
  id: Scalars['ID']['input'];
};


export type MutationUpdateGoalIndicatorArgs = {
  input: GoalIndicatorInput;
};


export type MutationUpdateIndicatorArgs = {
  code: Scalars['String']['input'];
  input: UpdateIndicatorInput;
};


export type MutationUpdatePerspectiveArgs = {
  id: Scalars['ID']['input'];
  input: UpdatePerspectiveInput;
};


export type MutationUpdateServicePromiseItemArgs = {
  id: Scalars['ID']['input'];
  input: UpdateServicePromiseItemInput;
};


export type MutationUpdateStrategyArgs = {
  id: Scalars['ID']['input'];
  input: UpdateStrategyInput;
};


export type MutationUpdateTargetArgs = {
  id: Scalars['ID']['input'];
  input: UpdateTargetInput;
};


export type MutationUpdateUserArgs = {
  id: Scalars['ID']['input'];
  input: UpdateUserInput;
};


export type MutationWriteAssessmentArgs = {
  input: AssessmentInput;
};

export type NotAvailableReason =
  /**
   * Too little is known to judge: for a goal, fewer than the required share of its parts (indicators,
   * sub-goals) could be judged; for an indicator judged on a mean of municipalities, the municipalities
   * with values hold less than half of the area's population at the baseline or the latest value.
   */
  | 'LOW_COVERAGE'
  /** No value at or after the strategy's baseline year. */
  | 'NO_BASELINE'
  | 'NO_DATA'
  /** The baseline and the latest value have opposite signs; growth rates are undefined. */
  | 'OPPOSITE_SIGNS'
  /** Less than a year between the baseline and the latest value (or only one value). */
  | 'TOO_SHORT';

export type Observation = {
  __typename?: 'Observation';
  denominator?: Maybe<Scalars['Float']['output']>;
  numerator?: Maybe<Scalars['Float']['output']>;
  period: Scalars['String']['output'];
  provisional: Scalars['Boolean']['output'];
  /** When this version of the value was recorded; earlier versions are kept. */
  recordedAt: Scalars['DateTime']['output'];
  serviceArea?: Maybe<ServiceArea>;
  /** Missing values are null, never zero. */
  value?: Maybe<Scalars['Float']['output']>;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type PeriodValue = {
  __typename?: 'PeriodValue';
  period: Scalars['String']['output'];
  value: Scalars['Float']['output'];
};

/** What a user may do; the dashboard shows only what the user may do. */
export type Permission =
  | 'APPROVE_REVIEWS'
  | 'EDIT_INDICATORS'
  | 'EDIT_STRATEGY'
  | 'LOAD_DATA'
  | 'MANAGE_USERS'
  | 'OPEN_REVIEWS'
  | 'READ_AUDIT'
  | 'WRITE_ASSESSMENTS';

export type Perspective = {
  __typename?: 'Perspective';
  goals: Array<Goal>;
  id: Scalars['ID']['output'];
  name: LocalizedText;
  sortOrder: Scalars['Int']['output'];
  strategy: Strategy;
};

export type PerspectiveAttainment = {
  __typename?: 'PerspectiveAttainment';
  coverage: Scalars['Float']['output'];
  /** The perspective's top-level goals; sub-goals are under their parents. */
  goals: Array<GoalAttainment>;
  perspective: Perspective;
  score?: Maybe<Scalars['Float']['output']>;
  status: AttainmentStatus;
};

/** A service promise item judged by its goals, rolled up as a goal is from its sub-goals. */
export type PromiseItemAttainment = {
  __typename?: 'PromiseItemAttainment';
  /** Its goals as judged in this answer (goals outside the chosen service area are left out). */
  goals: Array<GoalAttainment>;
  item: ServicePromiseItem;
  /** −5…5; null when not available. */
  score?: Maybe<Scalars['Float']['output']>;
  status: AttainmentStatus;
};

export type PublicArea = {
  __typename?: 'PublicArea';
  code: Scalars['String']['output'];
  name: LocalizedText;
};

export type PublicPromiseGoal = {
  __typename?: 'PublicPromiseGoal';
  /** −5…5; null when not available. */
  score?: Maybe<Scalars['Float']['output']>;
  status: AttainmentStatus;
  title: LocalizedText;
};

export type PublicPromiseItem = {
  __typename?: 'PublicPromiseItem';
  goals: Array<PublicPromiseGoal>;
  id: Scalars['ID']['output'];
  /** The roll-up of its goals, judged for the strategy's organisation (METHOD.md, service promise). */
  status: AttainmentStatus;
  text: LocalizedText;
};

/**
 * The public page of a service promise. Built of these types only, so that an anonymous reader
 * reaches nothing else (no strategy, goal or user objects).
 */
export type PublicServicePromise = {
  __typename?: 'PublicServicePromise';
  /** The instant whose recorded data the statuses use. */
  asOf: Scalars['DateTime']['output'];
  endYear: Scalars['Int']['output'];
  items: Array<PublicPromiseItem>;
  name: LocalizedText;
  organisation: PublicArea;
  publishedAt: Scalars['DateTime']['output'];
  startYear: Scalars['Int']['output'];
  strategyId: Scalars['ID']['output'];
  vision?: Maybe<LocalizedText>;
};

export type Query = {
  __typename?: 'Query';
  area?: Maybe<Area>;
  /** Areas, optionally of one kind and/or directly under one parent (county or region) by its code. */
  areas: Array<Area>;
  /**
   * Judges a strategy's goals: the tree strategy → perspectives → goals → indicators, each with status,
   * score and coverage, and per indicator the figures that explain its status.
   * Without `areaCode` it judges the strategy's own organisation (its county): the county's own series
   * where they exist, else the mean of its municipalities (the explanation says which).
   * `asOf` is a date-time or a quarter (`2025Q2`): only values recorded by then are used, so a past
   * answer can be reproduced exactly although statistics have been revised since.
   */
  attainment: StrategyAttainment;
  /**
   * Every goal × every area, for heat maps: by default the municipalities of the strategy's county,
   * or the areas given (up to 400).
   */
  attainmentMatrix: AttainmentMatrix;
  /** Every write, newest first (admin): loads, undos, edits, assessments, approvals, sign-ins. */
  auditEvents: AuditEventConnection;
  /**
   * Checks a target before it is saved, as the target form's live preview: the baseline it would be
   * measured from (the one given, or else the one the attainment method finds in the data) and its
   * warnings. Refuses malformed input as `createTarget` does.
   */
  checkTarget: TargetCheck;
  goal?: Maybe<Goal>;
  indicator?: Maybe<Indicator>;
  /** Every indicator value of one period, for all areas of one kind under a parent (bar charts and maps). */
  indicatorValues: IndicatorValues;
  /** Indicators, searched by code or name in any language, paginated with an opaque cursor. */
  indicators: IndicatorConnection;
  load?: Maybe<Load>;
  /** The formats a load accepts, with what each looks like. */
  loadFormats: Array<LoadFormat>;
  /** Loads, newest first. */
  loads: LoadConnection;
  /**
   * A strategy's service promise as residents see it, with how each item is kept. Readable without
   * signing in, even on a server that requires sign-in, but only once the promise is published
   * (NOT_FOUND otherwise). It reaches only the public types below, nothing else.
   */
  publicServicePromise: PublicServicePromise;
  review?: Maybe<Review>;
  /** A strategy's quarterly reviews, newest quarter first. */
  reviews: Array<Review>;
  serviceAreas: Array<ServiceArea>;
  /**
   * Sotkanet's indicator catalogue (about 2,400 indicators), to create indicators from: searched by
   * Sotkanet id or by words of the title in any language, in Sotkanet id order.
   */
  sotkanetCatalogue: SotkanetCatalogueConnection;
  /** Sotkanet sync: each Sotkanet indicator defined here with its last sync, and the latest run with its progress. */
  sotkanetSync: SotkanetSync;
  strategies: Array<Strategy>;
  strategy?: Maybe<Strategy>;
  /** All users (admin). */
  users: Array<User>;
  /** The signed-in user (session cookie or API token), or null. */
  viewer?: Maybe<User>;
};


export type QueryAreaArgs = {
  code: Scalars['String']['input'];
};


export type QueryAreasArgs = {
  kind?: InputMaybe<AreaKind>;
  parentCode?: InputMaybe<Scalars['String']['input']>;
};


export type QueryAttainmentArgs = {
  areaCode?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  serviceAreaId?: InputMaybe<Scalars['ID']['input']>;
  strategyId: Scalars['ID']['input'];
};


export type QueryAttainmentMatrixArgs = {
  areaCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  serviceAreaId?: InputMaybe<Scalars['ID']['input']>;
  strategyId: Scalars['ID']['input'];
};


export type QueryAuditEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCheckTargetArgs = {
  input: CreateTargetInput;
};


export type QueryGoalArgs = {
  id: Scalars['ID']['input'];
};


export type QueryIndicatorArgs = {
  code: Scalars['String']['input'];
};


export type QueryIndicatorValuesArgs = {
  areaKind?: InputMaybe<AreaKind>;
  indicatorCode: Scalars['String']['input'];
  parentCode?: InputMaybe<Scalars['String']['input']>;
  period?: InputMaybe<Scalars['String']['input']>;
};


export type QueryIndicatorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  serviceAreaId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryLoadArgs = {
  id: Scalars['ID']['input'];
};


export type QueryLoadsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPublicServicePromiseArgs = {
  strategyId: Scalars['ID']['input'];
};


export type QueryReviewArgs = {
  id: Scalars['ID']['input'];
};


export type QueryReviewsArgs = {
  strategyId: Scalars['ID']['input'];
};


export type QuerySotkanetCatalogueArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryStrategyArgs = {
  id: Scalars['ID']['input'];
};

export type RejectionCount = {
  __typename?: 'RejectionCount';
  code: Scalars['String']['output'];
  count: Scalars['Int']['output'];
};

/**
 * The board's report of a strategy for one quarter. While a draft it shows the current figures for the
 * quarter; once approved it shows exactly what was approved, whatever is loaded or edited later.
 */
export type Review = {
  __typename?: 'Review';
  approvedAt?: Maybe<Scalars['DateTime']['output']>;
  approvedBy?: Maybe<Scalars['String']['output']>;
  comparedWithApprovedReview: Scalars['Boolean']['output'];
  /** The instant whose recorded data the figures use: now for a draft, the approval for an approved review. */
  figuresAsOf: Scalars['DateTime']['output'];
  goals: Array<ReviewGoal>;
  id: Scalars['ID']['output'];
  /** The quarter compared with, and whether from its approved review or from the data now known. */
  previousQuarter: Scalars['String']['output'];
  quarter: Scalars['String']['output'];
  status: ReviewStatus;
  strategy: Strategy;
  strategyScore?: Maybe<Scalars['Float']['output']>;
  strategyStatus: AttainmentStatus;
};

/** One goal in a review, as it stood (a copy, so an approved report never changes). */
export type ReviewGoal = {
  __typename?: 'ReviewGoal';
  assessment?: Maybe<Assessment>;
  change: StatusChange;
  coverage: Scalars['Float']['output'];
  /** Depth in the goal tree: 0 for a top-level goal. */
  depth: Scalars['Int']['output'];
  goalId: Scalars['ID']['output'];
  indicators: Array<ReviewIndicator>;
  owner?: Maybe<Scalars['String']['output']>;
  ownerUsername?: Maybe<Scalars['String']['output']>;
  perspective: LocalizedText;
  previousScore?: Maybe<Scalars['Float']['output']>;
  previousStatus?: Maybe<AttainmentStatus>;
  score?: Maybe<Scalars['Float']['output']>;
  status: AttainmentStatus;
  title: LocalizedText;
};

export type ReviewIndicator = {
  __typename?: 'ReviewIndicator';
  baseline?: Maybe<PeriodValue>;
  code: Scalars['String']['output'];
  decimals: Scalars['Int']['output'];
  explanation: Scalars['String']['output'];
  latest?: Maybe<PeriodValue>;
  name: LocalizedText;
  progressShare?: Maybe<Scalars['Float']['output']>;
  status: AttainmentStatus;
  target?: Maybe<PeriodValue>;
  unit: Scalars['String']['output'];
  values: Array<PeriodValue>;
};

export type ReviewStatus =
  | 'APPROVED'
  | 'DRAFT';

export type Role =
  /** Manages users and strategies, loads data, edits indicators; reads the audit trail. */
  | 'ADMIN'
  /** Loads data, undoes loads, edits indicators and targets. */
  | 'ANALYST'
  /** Opens and approves quarterly reviews. */
  | 'BOARD'
  /** Writes the assessments of the goals they own. */
  | 'GOAL_OWNER'
  /** Maintains a strategy — its goals, indicators, targets and promise — without managing users. */
  | 'STRATEGY_EDITOR'
  /** Reads. */
  | 'VIEWER';

/** How the judged area's series was formed (server/attainment/METHOD.md). */
export type SeriesSource =
  /** The mean of its municipalities' series, each value weighted by its own denominator. */
  | 'DENOMINATOR_WEIGHTED_MEAN'
  /** The plain mean of its municipalities' series: there are no population figures to weight it by. */
  | 'MEAN_OF_MUNICIPALITIES'
  /** The area's own series. */
  | 'OWN'
  /** The mean of its municipalities' series, each weighted by its population on 31 December (Sotkanet 127). */
  | 'POPULATION_WEIGHTED_MEAN';

/** Palvelukokonaisuus: a group of services such as older people's services. */
export type ServiceArea = {
  __typename?: 'ServiceArea';
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: LocalizedText;
};

/** Palvelulupaus: a plain-language promise to residents, linked to the goals that keep it. */
export type ServicePromiseItem = {
  __typename?: 'ServicePromiseItem';
  goals: Array<Goal>;
  id: Scalars['ID']['output'];
  sortOrder: Scalars['Int']['output'];
  strategy: Strategy;
  text: LocalizedText;
};

export type SotkanetCatalogueConnection = {
  __typename?: 'SotkanetCatalogueConnection';
  edges: Array<SotkanetCatalogueEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SotkanetCatalogueEdge = {
  __typename?: 'SotkanetCatalogueEdge';
  cursor: Scalars['String']['output'];
  node: SotkanetCatalogueEntry;
};

/** One indicator of Sotkanet's catalogue. */
export type SotkanetCatalogueEntry = {
  __typename?: 'SotkanetCatalogueEntry';
  /** The indicator already created from it, if any */
  indicator?: Maybe<Indicator>;
  /** The organisation that publishes it (in Finnish), e.g. `Terveyden ja hyvinvoinnin laitos (THL)`. */
  organization?: Maybe<Scalars['String']['output']>;
  sotkanetId: Scalars['Int']['output'];
  title: LocalizedText;
};

export type SotkanetIndicatorSync = {
  __typename?: 'SotkanetIndicatorSync';
  /** Linked to a goal or given a target: synced when no indicator is named. */
  inUse: Scalars['Boolean']['output'];
  indicator?: Maybe<Indicator>;
  lastAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  lastLoad?: Maybe<Load>;
  lastMessage?: Maybe<Scalars['String']['output']>;
  lastStatus?: Maybe<SotkanetSyncItemState>;
  /** When its data was last downloaded and loaded. */
  lastSyncedAt?: Maybe<Scalars['DateTime']['output']>;
  sotkanetId: Scalars['String']['output'];
  /** Sotkanet's `data-updated` at that sync. */
  sourceUpdated?: Maybe<Scalars['String']['output']>;
};

export type SotkanetSync = {
  __typename?: 'SotkanetSync';
  /** Every Sotkanet indicator defined here, and any synced before, by Sotkanet id. */
  indicators: Array<SotkanetIndicatorSync>;
  latestRun?: Maybe<SotkanetSyncRun>;
  running: Scalars['Boolean']['output'];
  /** When the server syncs by itself (a cron expression or an interval), or null when it does not. */
  schedule?: Maybe<Scalars['String']['output']>;
  /** Sotkanet's REST address the server fetches from (SOTKANET_URL). */
  sourceUrl: Scalars['String']['output'];
};

export type SotkanetSyncItemState =
  /** Reading Sotkanet's metadata (its `data-updated`). */
  | 'CHECKING'
  | 'DOWNLOADING'
  | 'FAILED'
  | 'LOADING'
  | 'PENDING'
  | 'SYNCED'
  /** Sotkanet's `data-updated` had not moved since the last sync: nothing was downloaded. */
  | 'UNCHANGED';

export type SotkanetSyncRun = {
  __typename?: 'SotkanetSyncRun';
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  items: Array<SotkanetSyncRunItem>;
  message?: Maybe<Scalars['String']['output']>;
  startedAt: Scalars['DateTime']['output'];
  startedBy: Scalars['String']['output'];
  status: SotkanetSyncRunStatus;
  trigger: SotkanetSyncTrigger;
};

export type SotkanetSyncRunItem = {
  __typename?: 'SotkanetSyncRunItem';
  /** The indicator was created from Sotkanet's metadata in this run (check its unit and direction). */
  createdIndicator: Scalars['Boolean']['output'];
  indicatorCode?: Maybe<Scalars['String']['output']>;
  inserted?: Maybe<Scalars['Int']['output']>;
  load?: Maybe<Load>;
  /** Why it failed, or what it did. */
  message?: Maybe<Scalars['String']['output']>;
  rejected?: Maybe<Scalars['Int']['output']>;
  sotkanetId: Scalars['String']['output'];
  /** Sotkanet's `data-updated`, as Sotkanet writes it. */
  sourceUpdated?: Maybe<Scalars['String']['output']>;
  state: SotkanetSyncItemState;
  unchanged?: Maybe<Scalars['Int']['output']>;
  updated?: Maybe<Scalars['Int']['output']>;
};

export type SotkanetSyncRunStatus =
  /** The process running it stopped before it finished. */
  | 'ABANDONED'
  /** At least one indicator failed (each says why); the others were synced. */
  | 'FAILED'
  /** Every indicator synced or found unchanged. */
  | 'FINISHED'
  | 'RUNNING';

export type SotkanetSyncTrigger =
  | 'COMMAND_LINE'
  | 'DASHBOARD'
  | 'SCHEDULE';

export type StartSotkanetSyncInput = {
  /** Download even where Sotkanet says nothing has changed since the last sync. */
  force?: InputMaybe<Scalars['Boolean']['input']>;
  /** Sotkanet indicator ids (e.g. "1244"); when empty, every Sotkanet indicator a strategy uses. */
  sotkanetIds?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** How a goal's status moved since the previous quarter. */
export type StatusChange =
  | 'IMPROVED'
  /** Not judged in the previous quarter. */
  | 'NEW'
  | 'UNCHANGED'
  | 'WORSENED';

export type Strategy = {
  __typename?: 'Strategy';
  approvedReviewCount: Scalars['Int']['output'];
  /** Attainment measures progress from the first data at or after this year. */
  baselineYear: Scalars['Int']['output'];
  endYear: Scalars['Int']['output'];
  /** All goals of the strategy, top-level and sub-goals, in display order. */
  goals: Array<Goal>;
  id: Scalars['ID']['output'];
  name: LocalizedText;
  /** The county (or region) whose strategy this is. */
  organisation: Area;
  perspectives: Array<Perspective>;
  /** Whether the service promise is shown on its public page (`publicServicePromise`). */
  promisePublished: Scalars['Boolean']['output'];
  /** When the promise was published; null while it is not. */
  promisePublishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Quarterly reviews of the strategy, and how many of them are approved. */
  reviewCount: Scalars['Int']['output'];
  servicePromiseItems: Array<ServicePromiseItem>;
  startYear: Scalars['Int']['output'];
  targets: Array<Target>;
  /** The thresholds its attainment is judged with (the defaults unless the strategy sets its own). */
  thresholds: AttainmentThresholds;
  vision?: Maybe<LocalizedText>;
};

export type StrategyAttainment = {
  __typename?: 'StrategyAttainment';
  /** The area judged: the one asked for, or the strategy's organisation. */
  area: Area;
  /**
   * The instant whose recorded data was used: the one `asOf` gives, or else the moment the answer was
   * computed. A repeated request is answered from the server's cache while the data stays unchanged,
   * so this may be earlier than now, but no recorded data has changed since.
   */
  asOf: Scalars['DateTime']['output'];
  /** The latest period used: the quarter given as `asOf`, or null for the latest data. */
  asOfPeriod?: Maybe<Scalars['String']['output']>;
  /**
   * Share (0–1) of the whole that is known: the parts' weight, each available part counted for its own
   * coverage (an indicator on a mean of municipalities for the share of the population it covers).
   */
  coverage: Scalars['Float']['output'];
  perspectives: Array<PerspectiveAttainment>;
  /** −5…5; null when not available. */
  score?: Maybe<Scalars['Float']['output']>;
  serviceArea?: Maybe<ServiceArea>;
  /** The service promise items in order, each judged by the goals that keep it (METHOD.md, service promise). */
  servicePromise: Array<PromiseItemAttainment>;
  status: AttainmentStatus;
  strategy: Strategy;
  thresholds: AttainmentThresholds;
};

/** Targets for one indicator in a strategy: organisation-wide, or for one area and/or service area. */
export type Target = {
  __typename?: 'Target';
  /** The warnings of `checkTarget` the user acknowledged when saving it; the attainment explanation mentions them. */
  acknowledgedWarnings: Array<TargetWarningCode>;
  /** Null for the organisation-wide target, which areas without their own target inherit. */
  area?: Maybe<Area>;
  /** Overrides the strategy's default baseline (the first data at or after its baseline year). */
  baselinePeriod?: Maybe<Scalars['String']['output']>;
  baselineValue?: Maybe<Scalars['Float']['output']>;
  id: Scalars['ID']['output'];
  indicator: Indicator;
  /** The target trajectory in period order. */
  points: Array<TargetPoint>;
  serviceArea?: Maybe<ServiceArea>;
  strategy: Strategy;
};

export type TargetCheck = {
  __typename?: 'TargetCheck';
  /** The baseline the target would be measured from: the one given, or else the attainment method's from the data (null when neither exists). */
  baseline?: Maybe<PeriodValue>;
  warnings: Array<TargetWarning>;
};

export type TargetPoint = {
  __typename?: 'TargetPoint';
  period: Scalars['String']['output'];
  value: Scalars['Float']['output'];
};

export type TargetPointInput = {
  period: Scalars['String']['input'];
  value: Scalars['Float']['input'];
};

export type TargetWarning = {
  __typename?: 'TargetWarning';
  code: TargetWarningCode;
  /** The warning in words (English). */
  message: Scalars['String']['output'];
  /** Index in the input's points; null for the baseline. */
  pointIndex?: Maybe<Scalars['Int']['output']>;
};

/** Why a target may be a mistake. Rules for HIGHER_IS_BETTER (LOWER_IS_BETTER the other way round). */
export type TargetWarningCode =
  /** A value is outside the indicator's accepted range [minValue, maxValue]: no loaded value can reach it. */
  | 'OUTSIDE_ACCEPTED_RANGE'
  /** A value is beyond the indicator's natural limit, on its better side (e.g. above 100 %). */
  | 'OUTSIDE_NATURAL_LIMIT'
  /** A target point is at or before the baseline period: no progress can be measured towards it. */
  | 'POINT_BEFORE_BASELINE'
  /** A target point is below the baseline value: it would count getting worse as reaching the target. */
  | 'WORSE_THAN_BASELINE';

export type UpdateGoalInput = {
  description?: InputMaybe<LocalizedTextInput>;
  nationalGoals?: InputMaybe<Array<Scalars['String']['input']>>;
  owner?: InputMaybe<Scalars['String']['input']>;
  /** Give null to leave the goal without an owning user. */
  ownerUserId?: InputMaybe<Scalars['ID']['input']>;
  /** Give null to make the goal top-level. */
  parentGoalId?: InputMaybe<Scalars['ID']['input']>;
  perspectiveId?: InputMaybe<Scalars['ID']['input']>;
  serviceAreaIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  sortOrder?: InputMaybe<Scalars['Int']['input']>;
  title?: InputMaybe<LocalizedTextInput>;
};

export type UpdateIndicatorInput = {
  decimals?: InputMaybe<Scalars['Int']['input']>;
  definition?: InputMaybe<LocalizedTextInput>;
  direction?: InputMaybe<Direction>;
  frequency?: InputMaybe<Frequency>;
  maxValue?: InputMaybe<Scalars['Float']['input']>;
  minValue?: InputMaybe<Scalars['Float']['input']>;
  name?: InputMaybe<LocalizedTextInput>;
  naturalLimit?: InputMaybe<Scalars['Float']['input']>;
  serviceAreaIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  source?: InputMaybe<Scalars['String']['input']>;
  sourceId?: InputMaybe<Scalars['String']['input']>;
  unit?: InputMaybe<Scalars['String']['input']>;
};

export type UpdatePerspectiveInput = {
  name?: InputMaybe<LocalizedTextInput>;
  sortOrder?: InputMaybe<Scalars['Int']['input']>;
};

export type UpdateServicePromiseItemInput = {
  goalIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  sortOrder?: InputMaybe<Scalars['Int']['input']>;
  text?: InputMaybe<LocalizedTextInput>;
};

export type UpdateStrategyInput = {
  baselineYear?: InputMaybe<Scalars['Int']['input']>;
  endYear?: InputMaybe<Scalars['Int']['input']>;
  name?: InputMaybe<LocalizedTextInput>;
  organisationCode?: InputMaybe<Scalars['String']['input']>;
  startYear?: InputMaybe<Scalars['Int']['input']>;
  /** Give null to return to the defaults. */
  thresholds?: InputMaybe<AttainmentThresholdsInput>;
  vision?: InputMaybe<LocalizedTextInput>;
};

export type UpdateTargetInput = {
  /** Replaces the acknowledged warnings; when not given, the target's stored ones apply. */
  acknowledgedWarnings?: InputMaybe<Array<TargetWarningCode>>;
  baselinePeriod?: InputMaybe<Scalars['String']['input']>;
  baselineValue?: InputMaybe<Scalars['Float']['input']>;
  /** Replaces the whole trajectory. */
  points?: InputMaybe<Array<TargetPointInput>>;
};

export type UpdateUserInput = {
  disabled?: InputMaybe<Scalars['Boolean']['input']>;
  displayName?: InputMaybe<Scalars['String']['input']>;
  /**
   * Sets a new password and ends the user's sessions, so every browser signed in as them must sign in
   * again; users who change their own keep the session they changed it in. API tokens stay valid.
   */
  password?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<Role>;
};

/**
 * A user. Everyone who may read sees a user's `id`, `displayName` and `ownedGoals` (a goal's owner, for
 * one); the account itself (`username`, `role`, `permissions`, `disabled`, `apiTokens`) is shown only to
 * the user and to admins (MANAGE_USERS): anyone else asking for it gets UNAUTHENTICATED (not signed in)
 * or FORBIDDEN.
 */
export type User = {
  __typename?: 'User';
  /** Shown to the user and to admins only. */
  apiTokens: Array<ApiToken>;
  /** Shown to the user and to admins only. */
  disabled: Scalars['Boolean']['output'];
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Goals whose assessments this user writes. */
  ownedGoals: Array<Goal>;
  /** Shown to the user and to admins only. */
  permissions: Array<Permission>;
  /** Shown to the user and to admins only. */
  role: Role;
  /** Shown to the user and to admins only. */
  username: Scalars['String']['output'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  ApiToken: ResolverTypeWrapper<ApiTokenModel>;
  Area: ResolverTypeWrapper<AreaModel>;
  AreaKind: AreaKind;
  AreaValue: ResolverTypeWrapper<Omit<AreaValue, 'area'> & { area: ResolversTypes['Area'] }>;
  Assessment: ResolverTypeWrapper<AssessmentModel>;
  AssessmentInput: AssessmentInput;
  AttainmentMatrix: ResolverTypeWrapper<AttainmentMatrixModel>;
  AttainmentMatrixRow: ResolverTypeWrapper<AttainmentMatrixRowModel>;
  AttainmentMethod: AttainmentMethod;
  AttainmentStatus: AttainmentStatus;
  AttainmentThresholds: ResolverTypeWrapper<ThresholdsModel>;
  AttainmentThresholdsInput: AttainmentThresholdsInput;
  AuditEvent: ResolverTypeWrapper<AuditEventModel>;
  AuditEventConnection: ResolverTypeWrapper<Omit<AuditEventConnection, 'nodes'> & { nodes: Array<ResolversTypes['AuditEvent']> }>;
  AuditFilter: AuditFilter;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CopyStrategyInput: CopyStrategyInput;
  CreateApiTokenInput: CreateApiTokenInput;
  CreateGoalInput: CreateGoalInput;
  CreateIndicatorFromSotkanetInput: CreateIndicatorFromSotkanetInput;
  CreateIndicatorInput: CreateIndicatorInput;
  CreatePerspectiveInput: CreatePerspectiveInput;
  CreateServicePromiseItemInput: CreateServicePromiseItemInput;
  CreateStrategyInput: CreateStrategyInput;
  CreateTargetInput: CreateTargetInput;
  CreateUserInput: CreateUserInput;
  CreatedApiToken: ResolverTypeWrapper<Omit<CreatedApiToken, 'apiToken'> & { apiToken: ResolversTypes['ApiToken'] }>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Direction: Direction;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Frequency: Frequency;
  Goal: ResolverTypeWrapper<GoalModel>;
  GoalAttainment: ResolverTypeWrapper<GoalAttainmentModel>;
  GoalIndicator: ResolverTypeWrapper<GoalIndicatorLinkModel>;
  GoalIndicatorInput: GoalIndicatorInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Indicator: ResolverTypeWrapper<IndicatorModel>;
  IndicatorAttainment: ResolverTypeWrapper<IndicatorAttainmentModel>;
  IndicatorBasis: ResolverTypeWrapper<IndicatorBasisModel>;
  IndicatorConnection: ResolverTypeWrapper<Omit<IndicatorConnection, 'edges'> & { edges: Array<ResolversTypes['IndicatorEdge']> }>;
  IndicatorEdge: ResolverTypeWrapper<Omit<IndicatorEdge, 'node'> & { node: ResolversTypes['Indicator'] }>;
  IndicatorValues: ResolverTypeWrapper<Omit<IndicatorValues, 'indicator' | 'values'> & { indicator: ResolversTypes['Indicator'], values: Array<ResolversTypes['AreaValue']> }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Load: ResolverTypeWrapper<LoadModel>;
  LoadConnection: ResolverTypeWrapper<Omit<LoadConnection, 'nodes'> & { nodes: Array<ResolversTypes['Load']> }>;
  LoadFormat: ResolverTypeWrapper<LoadFormat>;
  LoadRejection: ResolverTypeWrapper<RejectionModel>;
  LoadReport: ResolverTypeWrapper<LoadReportModel>;
  LoadReportStatus: LoadReportStatus;
  LoadStatus: LoadStatus;
  LoadUploadInput: LoadUploadInput;
  LocalizedText: ResolverTypeWrapper<LocalizedText>;
  LocalizedTextInput: LocalizedTextInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NotAvailableReason: NotAvailableReason;
  Observation: ResolverTypeWrapper<ObservationModel>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PeriodValue: ResolverTypeWrapper<PeriodValue>;
  Permission: Permission;
  Perspective: ResolverTypeWrapper<PerspectiveModel>;
  PerspectiveAttainment: ResolverTypeWrapper<PerspectiveAttainmentModel>;
  PromiseItemAttainment: ResolverTypeWrapper<PromiseItemAttainmentModel>;
  PublicArea: ResolverTypeWrapper<PublicArea>;
  PublicPromiseGoal: ResolverTypeWrapper<PublicPromiseGoal>;
  PublicPromiseItem: ResolverTypeWrapper<PublicPromiseItem>;
  PublicServicePromise: ResolverTypeWrapper<PublicServicePromise>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RejectionCount: ResolverTypeWrapper<RejectionCount>;
  Review: ResolverTypeWrapper<ReviewModel>;
  ReviewGoal: ResolverTypeWrapper<ReviewGoalModel>;
  ReviewIndicator: ResolverTypeWrapper<ReviewIndicatorModel>;
  ReviewStatus: ReviewStatus;
  Role: Role;
  SeriesSource: SeriesSource;
  ServiceArea: ResolverTypeWrapper<ServiceAreaModel>;
  ServicePromiseItem: ResolverTypeWrapper<ServicePromiseItemModel>;
  SotkanetCatalogueConnection: ResolverTypeWrapper<Omit<SotkanetCatalogueConnection, 'edges'> & { edges: Array<ResolversTypes['SotkanetCatalogueEdge']> }>;
  SotkanetCatalogueEdge: ResolverTypeWrapper<Omit<SotkanetCatalogueEdge, 'node'> & { node: ResolversTypes['SotkanetCatalogueEntry'] }>;
  SotkanetCatalogueEntry: ResolverTypeWrapper<SotkanetCatalogueEntryModel>;
  SotkanetIndicatorSync: ResolverTypeWrapper<SotkanetIndicatorSyncModel>;
  SotkanetSync: ResolverTypeWrapper<SotkanetSyncOverviewModel>;
  SotkanetSyncItemState: SotkanetSyncItemState;
  SotkanetSyncRun: ResolverTypeWrapper<SotkanetSyncRunModel>;
  SotkanetSyncRunItem: ResolverTypeWrapper<SotkanetSyncRunItemModel>;
  SotkanetSyncRunStatus: SotkanetSyncRunStatus;
  SotkanetSyncTrigger: SotkanetSyncTrigger;
  StartSotkanetSyncInput: StartSotkanetSyncInput;
  StatusChange: StatusChange;
  Strategy: ResolverTypeWrapper<StrategyModel>;
  StrategyAttainment: ResolverTypeWrapper<StrategyAttainmentModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Target: ResolverTypeWrapper<TargetModel>;
  TargetCheck: ResolverTypeWrapper<TargetCheck>;
  TargetPoint: ResolverTypeWrapper<TargetPoint>;
  TargetPointInput: TargetPointInput;
  TargetWarning: ResolverTypeWrapper<TargetWarning>;
  TargetWarningCode: TargetWarningCode;
  UpdateGoalInput: UpdateGoalInput;
  UpdateIndicatorInput: UpdateIndicatorInput;
  UpdatePerspectiveInput: UpdatePerspectiveInput;
  UpdateServicePromiseItemInput: UpdateServicePromiseItemInput;
  UpdateStrategyInput: UpdateStrategyInput;
  UpdateTargetInput: UpdateTargetInput;
  UpdateUserInput: UpdateUserInput;
  User: ResolverTypeWrapper<UserModel>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  ApiToken: ApiTokenModel;
  Area: AreaModel;
  AreaValue: Omit<AreaValue, 'area'> & { area: ResolversParentTypes['Area'] };
  Assessment: AssessmentModel;
  AssessmentInput: AssessmentInput;
  AttainmentMatrix: AttainmentMatrixModel;
  AttainmentMatrixRow: AttainmentMatrixRowModel;
  AttainmentThresholds: ThresholdsModel;
  AttainmentThresholdsInput: AttainmentThresholdsInput;
  AuditEvent: AuditEventModel;
  AuditEventConnection: Omit<AuditEventConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['AuditEvent']> };
  AuditFilter: AuditFilter;
  Boolean: Scalars['Boolean']['output'];
  CopyStrategyInput: CopyStrategyInput;
  CreateApiTokenInput: CreateApiTokenInput;
  CreateGoalInput: CreateGoalInput;
  CreateIndicatorFromSotkanetInput: CreateIndicatorFromSotkanetInput;
  CreateIndicatorInput: CreateIndicatorInput;
  CreatePerspectiveInput: CreatePerspectiveInput;
  CreateServicePromiseItemInput: CreateServicePromiseItemInput;
  CreateStrategyInput: CreateStrategyInput;
  CreateTargetInput: CreateTargetInput;
  CreateUserInput: CreateUserInput;
  CreatedApiToken: Omit<CreatedApiToken, 'apiToken'> & { apiToken: ResolversParentTypes['ApiToken'] };
  DateTime: Scalars['DateTime']['output'];
  Float: Scalars['Float']['output'];
  Goal: GoalModel;
  GoalAttainment: GoalAttainmentModel;
  GoalIndicator: GoalIndicatorLinkModel;
  GoalIndicatorInput: GoalIndicatorInput;
  ID: Scalars['ID']['output'];
  Indicator: IndicatorModel;
  IndicatorAttainment: IndicatorAttainmentModel;
  IndicatorBasis: IndicatorBasisModel;
  IndicatorConnection: Omit<IndicatorConnection, 'edges'> & { edges: Array<ResolversParentTypes['IndicatorEdge']> };
  IndicatorEdge: Omit<IndicatorEdge, 'node'> & { node: ResolversParentTypes['Indicator'] };
  IndicatorValues: Omit<IndicatorValues, 'indicator' | 'values'> & { indicator: ResolversParentTypes['Indicator'], values: Array<ResolversParentTypes['AreaValue']> };
  Int: Scalars['Int']['output'];
  Load: LoadModel;
  LoadConnection: Omit<LoadConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Load']> };
  LoadFormat: LoadFormat;
  LoadRejection: RejectionModel;
  LoadReport: LoadReportModel;
  LoadUploadInput: LoadUploadInput;
  LocalizedText: LocalizedText;
  LocalizedTextInput: LocalizedTextInput;
  Mutation: Record<PropertyKey, never>;
  Observation: ObservationModel;
  PageInfo: PageInfo;
  PeriodValue: PeriodValue;
  Perspective: PerspectiveModel;
  PerspectiveAttainment: PerspectiveAttainmentModel;
  PromiseItemAttainment: PromiseItemAttainmentModel;
  PublicArea: PublicArea;
  PublicPromiseGoal: PublicPromiseGoal;
  PublicPromiseItem: PublicPromiseItem;
  PublicServicePromise: PublicServicePromise;
  Query: Record<PropertyKey, never>;
  RejectionCount: RejectionCount;
  Review: ReviewModel;
  ReviewGoal: ReviewGoalModel;
  ReviewIndicator: ReviewIndicatorModel;
  ServiceArea: ServiceAreaModel;
  ServicePromiseItem: ServicePromiseItemModel;
  SotkanetCatalogueConnection: Omit<SotkanetCatalogueConnection, 'edges'> & { edges: Array<ResolversParentTypes['SotkanetCatalogueEdge']> };
  SotkanetCatalogueEdge: Omit<SotkanetCatalogueEdge, 'node'> & { node: ResolversParentTypes['SotkanetCatalogueEntry'] };
  SotkanetCatalogueEntry: SotkanetCatalogueEntryModel;
  SotkanetIndicatorSync: SotkanetIndicatorSyncModel;
  SotkanetSync: SotkanetSyncOverviewModel;
  SotkanetSyncRun: SotkanetSyncRunModel;
  SotkanetSyncRunItem: SotkanetSyncRunItemModel;
  StartSotkanetSyncInput: StartSotkanetSyncInput;
  Strategy: StrategyModel;
  StrategyAttainment: StrategyAttainmentModel;
  String: Scalars['String']['output'];
  Target: TargetModel;
  TargetCheck: TargetCheck;
  TargetPoint: TargetPoint;
  TargetPointInput: TargetPointInput;
  TargetWarning: TargetWarning;
  UpdateGoalInput: UpdateGoalInput;
  UpdateIndicatorInput: UpdateIndicatorInput;
  UpdatePerspectiveInput: UpdatePerspectiveInput;
  UpdateServicePromiseItemInput: UpdateServicePromiseItemInput;
  UpdateStrategyInput: UpdateStrategyInput;
  UpdateTargetInput: UpdateTargetInput;
  UpdateUserInput: UpdateUserInput;
  User: UserModel;
};

export type ApiTokenResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ApiToken'] = ResolversParentTypes['ApiToken']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastUsedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AreaResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Area'] = ResolversParentTypes['Area']> = {
  children?: Resolver<Array<ResolversTypes['Area']>, ParentType, ContextType, Partial<AreaChildrenArgs>>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AreaKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Area']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Area']>, ParentType, ContextType>;
};

export type AreaValueResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AreaValue'] = ResolversParentTypes['AreaValue']> = {
  area?: Resolver<ResolversTypes['Area'], ParentType, ContextType>;
  provisional?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type AssessmentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Assessment'] = ResolversParentTypes['Assessment']> = {
  goalId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  narrative?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  overrideReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quarter?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reviewId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  statusOverride?: Resolver<Maybe<ResolversTypes['AttainmentStatus']>, ParentType, ContextType>;
  writtenAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  writtenBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AttainmentMatrixResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AttainmentMatrix'] = ResolversParentTypes['AttainmentMatrix']> = {
  asOf?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  goals?: Resolver<Array<ResolversTypes['Goal']>, ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['AttainmentMatrixRow']>, ParentType, ContextType>;
  strategy?: Resolver<ResolversTypes['Strategy'], ParentType, ContextType>;
};

export type AttainmentMatrixRowResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AttainmentMatrixRow'] = ResolversParentTypes['AttainmentMatrixRow']> = {
  area?: Resolver<ResolversTypes['Area'], ParentType, ContextType>;
  coverages?: Resolver<Array<ResolversTypes['Float']>, ParentType, ContextType>;
  scores?: Resolver<Array<Maybe<ResolversTypes['Float']>>, ParentType, ContextType>;
  statuses?: Resolver<Array<ResolversTypes['AttainmentStatus']>, ParentType, ContextType>;
};

export type AttainmentThresholdsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AttainmentThresholds'] = ResolversParentTypes['AttainmentThresholds']> = {
  minimumCoverage?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  withTargetHigh?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  withTargetLow?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  withTargetMedium?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  withoutTargetHigh?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  withoutTargetLow?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  withoutTargetMedium?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type AuditEventResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditEvent'] = ResolversParentTypes['AuditEvent']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  details?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entityId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entityType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AuditEventConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditEventConnection'] = ResolversParentTypes['AuditEventConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['AuditEvent']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type CreatedApiTokenResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CreatedApiToken'] = ResolversParentTypes['CreatedApiToken']> = {
  apiToken?: Resolver<ResolversTypes['ApiToken'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type GoalResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Goal'] = ResolversParentTypes['Goal']> = {
  assessments?: Resolver<Array<ResolversTypes['Assessment']>, ParentType, ContextType>;
  children?: Resolver<Array<ResolversTypes['Goal']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['LocalizedText']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicators?: Resolver<Array<ResolversTypes['GoalIndicator']>, ParentType, ContextType>;
  nationalGoals?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ownerUser?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Goal']>, ParentType, ContextType>;
  perspective?: Resolver<ResolversTypes['Perspective'], ParentType, ContextType>;
  serviceAreas?: Resolver<Array<ResolversTypes['ServiceArea']>, ParentType, ContextType>;
  servicePromiseItems?: Resolver<Array<ResolversTypes['ServicePromiseItem']>, ParentType, ContextType>;
  sortOrder?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  strategy?: Resolver<ResolversTypes['Strategy'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
};

export type GoalAttainmentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['GoalAttainment'] = ResolversParentTypes['GoalAttainment']> = {
  availableCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  coverage?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  goal?: Resolver<ResolversTypes['Goal'], ParentType, ContextType>;
  indicators?: Resolver<Array<ResolversTypes['IndicatorAttainment']>, ParentType, ContextType>;
  notAvailableReason?: Resolver<Maybe<ResolversTypes['NotAvailableReason']>, ParentType, ContextType>;
  partCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  score?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AttainmentStatus'], ParentType, ContextType>;
  subGoals?: Resolver<Array<ResolversTypes['GoalAttainment']>, ParentType, ContextType>;
};

export type GoalIndicatorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['GoalIndicator'] = ResolversParentTypes['GoalIndicator']> = {
  goal?: Resolver<ResolversTypes['Goal'], ParentType, ContextType>;
  indicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type IndicatorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Indicator'] = ResolversParentTypes['Indicator']> = {
  basis?: Resolver<ResolversTypes['IndicatorBasis'], ParentType, ContextType, RequireFields<IndicatorBasisArgs, 'areaCode' | 'strategyId'>>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  decimals?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  definition?: Resolver<Maybe<ResolversTypes['LocalizedText']>, ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['Direction'], ParentType, ContextType>;
  frequency?: Resolver<ResolversTypes['Frequency'], ParentType, ContextType>;
  goals?: Resolver<Array<ResolversTypes['Goal']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  maxValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  minValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  naturalLimit?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  series?: Resolver<Array<ResolversTypes['Observation']>, ParentType, ContextType, RequireFields<IndicatorSeriesArgs, 'areaCode'>>;
  serviceAreas?: Resolver<Array<ResolversTypes['ServiceArea']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourceId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  targets?: Resolver<Array<ResolversTypes['Target']>, ParentType, ContextType, Partial<IndicatorTargetsArgs>>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type IndicatorAttainmentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IndicatorAttainment'] = ResolversParentTypes['IndicatorAttainment']> = {
  aggregatedAreaCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  baseline?: Resolver<Maybe<ResolversTypes['PeriodValue']>, ParentType, ContextType>;
  coverage?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  growthRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  indicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
  latest?: Resolver<Maybe<ResolversTypes['PeriodValue']>, ParentType, ContextType>;
  memberAreaCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  method?: Resolver<ResolversTypes['AttainmentMethod'], ParentType, ContextType>;
  notAvailableReason?: Resolver<Maybe<ResolversTypes['NotAvailableReason']>, ParentType, ContextType>;
  progressShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  projected?: Resolver<Maybe<ResolversTypes['PeriodValue']>, ParentType, ContextType>;
  ratio?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  requiredGrowthRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  score?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  seriesSource?: Resolver<ResolversTypes['SeriesSource'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AttainmentStatus'], ParentType, ContextType>;
  target?: Resolver<Maybe<ResolversTypes['PeriodValue']>, ParentType, ContextType>;
  targetArea?: Resolver<Maybe<ResolversTypes['Area']>, ParentType, ContextType>;
  targetTrajectory?: Resolver<Array<ResolversTypes['PeriodValue']>, ParentType, ContextType>;
  values?: Resolver<Array<ResolversTypes['PeriodValue']>, ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type IndicatorBasisResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IndicatorBasis'] = ResolversParentTypes['IndicatorBasis']> = {
  baseline?: Resolver<Maybe<ResolversTypes['PeriodValue']>, ParentType, ContextType>;
  target?: Resolver<Maybe<ResolversTypes['Target']>, ParentType, ContextType>;
};

export type IndicatorConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IndicatorConnection'] = ResolversParentTypes['IndicatorConnection']> = {
  edges?: Resolver<Array<ResolversTypes['IndicatorEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type IndicatorEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IndicatorEdge'] = ResolversParentTypes['IndicatorEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
};

export type IndicatorValuesResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IndicatorValues'] = ResolversParentTypes['IndicatorValues']> = {
  indicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
  period?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  periods?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  values?: Resolver<Array<ResolversTypes['AreaValue']>, ParentType, ContextType>;
};

export type LoadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Load'] = ResolversParentTypes['Load']> = {
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  format?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  insertedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  rejectedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rejections?: Resolver<Array<ResolversTypes['LoadRejection']>, ParentType, ContextType, RequireFields<LoadRejectionsArgs, 'first' | 'offset'>>;
  rejectionsByCode?: Resolver<Maybe<Array<ResolversTypes['RejectionCount']>>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['LoadStatus'], ParentType, ContextType>;
  unchangedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  undoOf?: Resolver<Maybe<ResolversTypes['Load']>, ParentType, ContextType>;
  undoneBy?: Resolver<Maybe<ResolversTypes['Load']>, ParentType, ContextType>;
  updatedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LoadConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LoadConnection'] = ResolversParentTypes['LoadConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['Load']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LoadFormatResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LoadFormat'] = ResolversParentTypes['LoadFormat']> = {
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type LoadRejectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LoadRejection'] = ResolversParentTypes['LoadRejection']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  line?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type LoadReportResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LoadReport'] = ResolversParentTypes['LoadReport']> = {
  areaNamesMapped?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  areaNamesSuggested?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  format?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  inserted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  load?: Resolver<Maybe<ResolversTypes['Load']>, ParentType, ContextType>;
  rejected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rejections?: Resolver<Array<ResolversTypes['LoadRejection']>, ParentType, ContextType>;
  rejectionsByCode?: Resolver<Array<ResolversTypes['RejectionCount']>, ParentType, ContextType>;
  sheet?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['LoadReportStatus'], ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LocalizedTextResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LocalizedText'] = ResolversParentTypes['LocalizedText']> = {
  en?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fi?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sv?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  approveReview?: Resolver<ResolversTypes['Review'], ParentType, ContextType, RequireFields<MutationApproveReviewArgs, 'id'>>;
  copyStrategy?: Resolver<ResolversTypes['Strategy'], ParentType, ContextType, RequireFields<MutationCopyStrategyArgs, 'id' | 'input'>>;
  createApiToken?: Resolver<ResolversTypes['CreatedApiToken'], ParentType, ContextType, RequireFields<MutationCreateApiTokenArgs, 'input'>>;
  createGoal?: Resolver<ResolversTypes['Goal'], ParentType, ContextType, RequireFields<MutationCreateGoalArgs, 'input'>>;
  createIndicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType, RequireFields<MutationCreateIndicatorArgs, 'input'>>;
  createIndicatorFromSotkanet?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType, RequireFields<MutationCreateIndicatorFromSotkanetArgs, 'input'>>;
  createPerspective?: Resolver<ResolversTypes['Perspective'], ParentType, ContextType, RequireFields<MutationCreatePerspectiveArgs, 'input'>>;
  createServicePromiseItem?: Resolver<ResolversTypes['ServicePromiseItem'], ParentType, ContextType, RequireFields<MutationCreateServicePromiseItemArgs, 'input'>>;
  createStrategy?: Resolver<ResolversTypes['Strategy'], ParentType, ContextType, RequireFields<MutationCreateStrategyArgs, 'input'>>;
  createTarget?: Resolver<ResolversTypes['Target'], ParentType, ContextType, RequireFields<MutationCreateTargetArgs, 'input'>>;
  createUser?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationCreateUserArgs, 'input'>>;
  deleteGoal?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeleteGoalArgs, 'id'>>;
  deleteIndicator?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<MutationDeleteIndicatorArgs, 'code'>>;
  deletePerspective?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeletePerspectiveArgs, 'id'>>;
  deleteServicePromiseItem?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeleteServicePromiseItemArgs, 'id'>>;
  deleteStrategy?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeleteStrategyArgs, 'id'>>;
  deleteTarget?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeleteTargetArgs, 'id'>>;
  linkIndicatorToGoal?: Resolver<ResolversTypes['GoalIndicator'], ParentType, ContextType, RequireFields<MutationLinkIndicatorToGoalArgs, 'input'>>;
  loadUpload?: Resolver<ResolversTypes['LoadReport'], ParentType, ContextType, RequireFields<MutationLoadUploadArgs, 'input'>>;
  openReview?: Resolver<ResolversTypes['Review'], ParentType, ContextType, RequireFields<MutationOpenReviewArgs, 'quarter' | 'strategyId'>>;
  publishServicePromise?: Resolver<ResolversTypes['Strategy'], ParentType, ContextType, RequireFields<MutationPublishServicePromiseArgs, 'published' | 'strategyId'>>;
  reorderGoals?: Resolver<Array<ResolversTypes['Goal']>, ParentType, ContextType, RequireFields<MutationReorderGoalsArgs, 'ids' | 'perspectiveId'>>;
  reorderPerspectives?: Resolver<Array<ResolversTypes['Perspective']>, ParentType, ContextType, RequireFields<MutationReorderPerspectivesArgs, 'ids' | 'strategyId'>>;
  reorderServicePromiseItems?: Resolver<Array<ResolversTypes['ServicePromiseItem']>, ParentType, ContextType, RequireFields<MutationReorderServicePromiseItemsArgs, 'ids' | 'strategyId'>>;
  revokeApiToken?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationRevokeApiTokenArgs, 'id'>>;
  startSotkanetSync?: Resolver<ResolversTypes['SotkanetSyncRun'], ParentType, ContextType, Partial<MutationStartSotkanetSyncArgs>>;
  undoLoad?: Resolver<ResolversTypes['Load'], ParentType, ContextType, RequireFields<MutationUndoLoadArgs, 'id'>>;
  unlinkIndicatorFromGoal?: Resolver<ResolversTypes['GoalIndicator'], ParentType, ContextType, RequireFields<MutationUnlinkIndicatorFromGoalArgs, 'goalId' | 'indicatorCode'>>;
  updateGoal?: Resolver<ResolversTypes['Goal'], ParentType, ContextType, RequireFields<MutationUpdateGoalArgs, 'id' | 'input'>>;
  updateGoalDescription?: Resolver<ResolversTypes['Goal'], ParentType, ContextType, RequireFields<MutationUpdateGoalDescriptionArgs, 'id'>>;
  updateGoalIndicator?: Resolver<ResolversTypes['GoalIndicator'], ParentType, ContextType, RequireFields<MutationUpdateGoalIndicatorArgs, 'input'>>;
  updateIndicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType, RequireFields<MutationUpdateIndicatorArgs, 'code' | 'input'>>;
  updatePerspective?: Resolver<ResolversTypes['Perspective'], ParentType, ContextType, RequireFields<MutationUpdatePerspectiveArgs, 'id' | 'input'>>;
  updateServicePromiseItem?: Resolver<ResolversTypes['ServicePromiseItem'], ParentType, ContextType, RequireFields<MutationUpdateServicePromiseItemArgs, 'id' | 'input'>>;
  updateStrategy?: Resolver<ResolversTypes['Strategy'], ParentType, ContextType, RequireFields<MutationUpdateStrategyArgs, 'id' | 'input'>>;
  updateTarget?: Resolver<ResolversTypes['Target'], ParentType, ContextType, RequireFields<MutationUpdateTargetArgs, 'id' | 'input'>>;
  updateUser?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationUpdateUserArgs, 'id' | 'input'>>;
  writeAssessment?: Resolver<ResolversTypes['Assessment'], ParentType, ContextType, RequireFields<MutationWriteAssessmentArgs, 'input'>>;
};

export type ObservationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Observation'] = ResolversParentTypes['Observation']> = {
  denominator?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  numerator?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provisional?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  serviceArea?: Resolver<Maybe<ResolversTypes['ServiceArea']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PeriodValueResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PeriodValue'] = ResolversParentTypes['PeriodValue']> = {
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type PerspectiveResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Perspective'] = ResolversParentTypes['Perspective']> = {
  goals?: Resolver<Array<ResolversTypes['Goal']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  sortOrder?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  strategy?: Resolver<ResolversTypes['Strategy'], ParentType, ContextType>;
};

export type PerspectiveAttainmentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PerspectiveAttainment'] = ResolversParentTypes['PerspectiveAttainment']> = {
  coverage?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  goals?: Resolver<Array<ResolversTypes['GoalAttainment']>, ParentType, ContextType>;
  perspective?: Resolver<ResolversTypes['Perspective'], ParentType, ContextType>;
  score?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AttainmentStatus'], ParentType, ContextType>;
};

export type PromiseItemAttainmentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PromiseItemAttainment'] = ResolversParentTypes['PromiseItemAttainment']> = {
  goals?: Resolver<Array<ResolversTypes['GoalAttainment']>, ParentType, ContextType>;
  item?: Resolver<ResolversTypes['ServicePromiseItem'], ParentType, ContextType>;
  score?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AttainmentStatus'], ParentType, ContextType>;
};

export type PublicAreaResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PublicArea'] = ResolversParentTypes['PublicArea']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
};

export type PublicPromiseGoalResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PublicPromiseGoal'] = ResolversParentTypes['PublicPromiseGoal']> = {
  score?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AttainmentStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
};

export type PublicPromiseItemResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PublicPromiseItem'] = ResolversParentTypes['PublicPromiseItem']> = {
  goals?: Resolver<Array<ResolversTypes['PublicPromiseGoal']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AttainmentStatus'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
};

export type PublicServicePromiseResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PublicServicePromise'] = ResolversParentTypes['PublicServicePromise']> = {
  asOf?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  endYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['PublicPromiseItem']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['PublicArea'], ParentType, ContextType>;
  publishedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  startYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  strategyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  vision?: Resolver<Maybe<ResolversTypes['LocalizedText']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  area?: Resolver<Maybe<ResolversTypes['Area']>, ParentType, ContextType, RequireFields<QueryAreaArgs, 'code'>>;
  areas?: Resolver<Array<ResolversTypes['Area']>, ParentType, ContextType, Partial<QueryAreasArgs>>;
  attainment?: Resolver<ResolversTypes['StrategyAttainment'], ParentType, ContextType, RequireFields<QueryAttainmentArgs, 'strategyId'>>;
  attainmentMatrix?: Resolver<ResolversTypes['AttainmentMatrix'], ParentType, ContextType, RequireFields<QueryAttainmentMatrixArgs, 'strategyId'>>;
  auditEvents?: Resolver<ResolversTypes['AuditEventConnection'], ParentType, ContextType, RequireFields<QueryAuditEventsArgs, 'first'>>;
  checkTarget?: Resolver<ResolversTypes['TargetCheck'], ParentType, ContextType, RequireFields<QueryCheckTargetArgs, 'input'>>;
  goal?: Resolver<Maybe<ResolversTypes['Goal']>, ParentType, ContextType, RequireFields<QueryGoalArgs, 'id'>>;
  indicator?: Resolver<Maybe<ResolversTypes['Indicator']>, ParentType, ContextType, RequireFields<QueryIndicatorArgs, 'code'>>;
  indicatorValues?: Resolver<ResolversTypes['IndicatorValues'], ParentType, ContextType, RequireFields<QueryIndicatorValuesArgs, 'areaKind' | 'indicatorCode'>>;
  indicators?: Resolver<ResolversTypes['IndicatorConnection'], ParentType, ContextType, RequireFields<QueryIndicatorsArgs, 'first'>>;
  load?: Resolver<Maybe<ResolversTypes['Load']>, ParentType, ContextType, RequireFields<QueryLoadArgs, 'id'>>;
  loadFormats?: Resolver<Array<ResolversTypes['LoadFormat']>, ParentType, ContextType>;
  loads?: Resolver<ResolversTypes['LoadConnection'], ParentType, ContextType, RequireFields<QueryLoadsArgs, 'first'>>;
  publicServicePromise?: Resolver<ResolversTypes['PublicServicePromise'], ParentType, ContextType, RequireFields<QueryPublicServicePromiseArgs, 'strategyId'>>;
  review?: Resolver<Maybe<ResolversTypes['Review']>, ParentType, ContextType, RequireFields<QueryReviewArgs, 'id'>>;
  reviews?: Resolver<Array<ResolversTypes['Review']>, ParentType, ContextType, RequireFields<QueryReviewsArgs, 'strategyId'>>;
  serviceAreas?: Resolver<Array<ResolversTypes['ServiceArea']>, ParentType, ContextType>;
  sotkanetCatalogue?: Resolver<ResolversTypes['SotkanetCatalogueConnection'], ParentType, ContextType, RequireFields<QuerySotkanetCatalogueArgs, 'first'>>;
  sotkanetSync?: Resolver<ResolversTypes['SotkanetSync'], ParentType, ContextType>;
  strategies?: Resolver<Array<ResolversTypes['Strategy']>, ParentType, ContextType>;
  strategy?: Resolver<Maybe<ResolversTypes['Strategy']>, ParentType, ContextType, RequireFields<QueryStrategyArgs, 'id'>>;
  users?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
  viewer?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
};

export type RejectionCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RejectionCount'] = ResolversParentTypes['RejectionCount']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ReviewResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Review'] = ResolversParentTypes['Review']> = {
  approvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  approvedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  comparedWithApprovedReview?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  figuresAsOf?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  goals?: Resolver<Array<ResolversTypes['ReviewGoal']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  previousQuarter?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quarter?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ReviewStatus'], ParentType, ContextType>;
  strategy?: Resolver<ResolversTypes['Strategy'], ParentType, ContextType>;
  strategyScore?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  strategyStatus?: Resolver<ResolversTypes['AttainmentStatus'], ParentType, ContextType>;
};

export type ReviewGoalResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReviewGoal'] = ResolversParentTypes['ReviewGoal']> = {
  assessment?: Resolver<Maybe<ResolversTypes['Assessment']>, ParentType, ContextType>;
  change?: Resolver<ResolversTypes['StatusChange'], ParentType, ContextType>;
  coverage?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  depth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  goalId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicators?: Resolver<Array<ResolversTypes['ReviewIndicator']>, ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ownerUsername?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  perspective?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  previousScore?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  previousStatus?: Resolver<Maybe<ResolversTypes['AttainmentStatus']>, ParentType, ContextType>;
  score?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AttainmentStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
};

export type ReviewIndicatorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReviewIndicator'] = ResolversParentTypes['ReviewIndicator']> = {
  baseline?: Resolver<Maybe<ResolversTypes['PeriodValue']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  decimals?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  latest?: Resolver<Maybe<ResolversTypes['PeriodValue']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  progressShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AttainmentStatus'], ParentType, ContextType>;
  target?: Resolver<Maybe<ResolversTypes['PeriodValue']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  values?: Resolver<Array<ResolversTypes['PeriodValue']>, ParentType, ContextType>;
};

export type ServiceAreaResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ServiceArea'] = ResolversParentTypes['ServiceArea']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
};

export type ServicePromiseItemResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ServicePromiseItem'] = ResolversParentTypes['ServicePromiseItem']> = {
  goals?: Resolver<Array<ResolversTypes['Goal']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sortOrder?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  strategy?: Resolver<ResolversTypes['Strategy'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
};

export type SotkanetCatalogueConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SotkanetCatalogueConnection'] = ResolversParentTypes['SotkanetCatalogueConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SotkanetCatalogueEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SotkanetCatalogueEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SotkanetCatalogueEdge'] = ResolversParentTypes['SotkanetCatalogueEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SotkanetCatalogueEntry'], ParentType, ContextType>;
};

export type SotkanetCatalogueEntryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SotkanetCatalogueEntry'] = ResolversParentTypes['SotkanetCatalogueEntry']> = {
  indicator?: Resolver<Maybe<ResolversTypes['Indicator']>, ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sotkanetId?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
};

export type SotkanetIndicatorSyncResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SotkanetIndicatorSync'] = ResolversParentTypes['SotkanetIndicatorSync']> = {
  inUse?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  indicator?: Resolver<Maybe<ResolversTypes['Indicator']>, ParentType, ContextType>;
  lastAttemptAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lastLoad?: Resolver<Maybe<ResolversTypes['Load']>, ParentType, ContextType>;
  lastMessage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastStatus?: Resolver<Maybe<ResolversTypes['SotkanetSyncItemState']>, ParentType, ContextType>;
  lastSyncedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  sotkanetId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourceUpdated?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SotkanetSyncResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SotkanetSync'] = ResolversParentTypes['SotkanetSync']> = {
  indicators?: Resolver<Array<ResolversTypes['SotkanetIndicatorSync']>, ParentType, ContextType>;
  latestRun?: Resolver<Maybe<ResolversTypes['SotkanetSyncRun']>, ParentType, ContextType>;
  running?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  schedule?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sourceUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SotkanetSyncRunResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SotkanetSyncRun'] = ResolversParentTypes['SotkanetSyncRun']> = {
  finishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['SotkanetSyncRunItem']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  startedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SotkanetSyncRunStatus'], ParentType, ContextType>;
  trigger?: Resolver<ResolversTypes['SotkanetSyncTrigger'], ParentType, ContextType>;
};

export type SotkanetSyncRunItemResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SotkanetSyncRunItem'] = ResolversParentTypes['SotkanetSyncRunItem']> = {
  createdIndicator?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  indicatorCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  inserted?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  load?: Resolver<Maybe<ResolversTypes['Load']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rejected?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  sotkanetId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourceUpdated?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['SotkanetSyncItemState'], ParentType, ContextType>;
  unchanged?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  updated?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type StrategyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Strategy'] = ResolversParentTypes['Strategy']> = {
  approvedReviewCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  baselineYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  endYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  goals?: Resolver<Array<ResolversTypes['Goal']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['Area'], ParentType, ContextType>;
  perspectives?: Resolver<Array<ResolversTypes['Perspective']>, ParentType, ContextType>;
  promisePublished?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  promisePublishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  reviewCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  servicePromiseItems?: Resolver<Array<ResolversTypes['ServicePromiseItem']>, ParentType, ContextType>;
  startYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  targets?: Resolver<Array<ResolversTypes['Target']>, ParentType, ContextType>;
  thresholds?: Resolver<ResolversTypes['AttainmentThresholds'], ParentType, ContextType>;
  vision?: Resolver<Maybe<ResolversTypes['LocalizedText']>, ParentType, ContextType>;
};

export type StrategyAttainmentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StrategyAttainment'] = ResolversParentTypes['StrategyAttainment']> = {
  area?: Resolver<ResolversTypes['Area'], ParentType, ContextType>;
  asOf?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  asOfPeriod?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  coverage?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  perspectives?: Resolver<Array<ResolversTypes['PerspectiveAttainment']>, ParentType, ContextType>;
  score?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  serviceArea?: Resolver<Maybe<ResolversTypes['ServiceArea']>, ParentType, ContextType>;
  servicePromise?: Resolver<Array<ResolversTypes['PromiseItemAttainment']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AttainmentStatus'], ParentType, ContextType>;
  strategy?: Resolver<ResolversTypes['Strategy'], ParentType, ContextType>;
  thresholds?: Resolver<ResolversTypes['AttainmentThresholds'], ParentType, ContextType>;
};

export type TargetResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Target'] = ResolversParentTypes['Target']> = {
  acknowledgedWarnings?: Resolver<Array<ResolversTypes['TargetWarningCode']>, ParentType, ContextType>;
  area?: Resolver<Maybe<ResolversTypes['Area']>, ParentType, ContextType>;
  baselinePeriod?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  baselineValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
  points?: Resolver<Array<ResolversTypes['TargetPoint']>, ParentType, ContextType>;
  serviceArea?: Resolver<Maybe<ResolversTypes['ServiceArea']>, ParentType, ContextType>;
  strategy?: Resolver<ResolversTypes['Strategy'], ParentType, ContextType>;
};

export type TargetCheckResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TargetCheck'] = ResolversParentTypes['TargetCheck']> = {
  baseline?: Resolver<Maybe<ResolversTypes['PeriodValue']>, ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['TargetWarning']>, ParentType, ContextType>;
};

export type TargetPointResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TargetPoint'] = ResolversParentTypes['TargetPoint']> = {
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type TargetWarningResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TargetWarning'] = ResolversParentTypes['TargetWarning']> = {
  code?: Resolver<ResolversTypes['TargetWarningCode'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pointIndex?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type UserResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  apiTokens?: Resolver<Array<ResolversTypes['ApiToken']>, ParentType, ContextType>;
  disabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ownedGoals?: Resolver<Array<ResolversTypes['Goal']>, ParentType, ContextType>;
  permissions?: Resolver<Array<ResolversTypes['Permission']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  username?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphQLContext> = {
  ApiToken?: ApiTokenResolvers<ContextType>;
  Area?: AreaResolvers<ContextType>;
  AreaValue?: AreaValueResolvers<ContextType>;
  Assessment?: AssessmentResolvers<ContextType>;
  AttainmentMatrix?: AttainmentMatrixResolvers<ContextType>;
  AttainmentMatrixRow?: AttainmentMatrixRowResolvers<ContextType>;
  AttainmentThresholds?: AttainmentThresholdsResolvers<ContextType>;
  AuditEvent?: AuditEventResolvers<ContextType>;
  AuditEventConnection?: AuditEventConnectionResolvers<ContextType>;
  CreatedApiToken?: CreatedApiTokenResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Goal?: GoalResolvers<ContextType>;
  GoalAttainment?: GoalAttainmentResolvers<ContextType>;
  GoalIndicator?: GoalIndicatorResolvers<ContextType>;
  Indicator?: IndicatorResolvers<ContextType>;
  IndicatorAttainment?: IndicatorAttainmentResolvers<ContextType>;
  IndicatorBasis?: IndicatorBasisResolvers<ContextType>;
  IndicatorConnection?: IndicatorConnectionResolvers<ContextType>;
  IndicatorEdge?: IndicatorEdgeResolvers<ContextType>;
  IndicatorValues?: IndicatorValuesResolvers<ContextType>;
  Load?: LoadResolvers<ContextType>;
  LoadConnection?: LoadConnectionResolvers<ContextType>;
  LoadFormat?: LoadFormatResolvers<ContextType>;
  LoadRejection?: LoadRejectionResolvers<ContextType>;
  LoadReport?: LoadReportResolvers<ContextType>;
  LocalizedText?: LocalizedTextResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Observation?: ObservationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PeriodValue?: PeriodValueResolvers<ContextType>;
  Perspective?: PerspectiveResolvers<ContextType>;
  PerspectiveAttainment?: PerspectiveAttainmentResolvers<ContextType>;
  PromiseItemAttainment?: PromiseItemAttainmentResolvers<ContextType>;
  PublicArea?: PublicAreaResolvers<ContextType>;
  PublicPromiseGoal?: PublicPromiseGoalResolvers<ContextType>;
  PublicPromiseItem?: PublicPromiseItemResolvers<ContextType>;
  PublicServicePromise?: PublicServicePromiseResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RejectionCount?: RejectionCountResolvers<ContextType>;
  Review?: ReviewResolvers<ContextType>;
  ReviewGoal?: ReviewGoalResolvers<ContextType>;
  ReviewIndicator?: ReviewIndicatorResolvers<ContextType>;
  ServiceArea?: ServiceAreaResolvers<ContextType>;
  ServicePromiseItem?: ServicePromiseItemResolvers<ContextType>;
  SotkanetCatalogueConnection?: SotkanetCatalogueConnectionResolvers<ContextType>;
  SotkanetCatalogueEdge?: SotkanetCatalogueEdgeResolvers<ContextType>;
  SotkanetCatalogueEntry?: SotkanetCatalogueEntryResolvers<ContextType>;
  SotkanetIndicatorSync?: SotkanetIndicatorSyncResolvers<ContextType>;
  SotkanetSync?: SotkanetSyncResolvers<ContextType>;
  SotkanetSyncRun?: SotkanetSyncRunResolvers<ContextType>;
  SotkanetSyncRunItem?: SotkanetSyncRunItemResolvers<ContextType>;
  Strategy?: StrategyResolvers<ContextType>;
  StrategyAttainment?: StrategyAttainmentResolvers<ContextType>;
  Target?: TargetResolvers<ContextType>;
  TargetCheck?: TargetCheckResolvers<ContextType>;
  TargetPoint?: TargetPointResolvers<ContextType>;
  TargetWarning?: TargetWarningResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
};

