import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Area as AreaModel } from '../areas/area-model';
import type { ServiceArea as ServiceAreaModel } from '../service-areas/service-area-model';
import type { Strategy as StrategyModel, Perspective as PerspectiveModel, Goal as GoalModel, GoalIndicatorLink as GoalIndicatorLinkModel, ServicePromiseItem as ServicePromiseItemModel } from '../strategy/strategy-model';
import type { Indicator as IndicatorModel, Target as TargetModel } from '../indicators/indicator-model';
import type { Observation as ObservationModel } from '../observations/observation-model';
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

export type CreateGoalInput = {
  description?: InputMaybe<LocalizedTextInput>;
  nationalGoals?: InputMaybe<Array<Scalars['String']['input']>>;
  owner?: InputMaybe<Scalars['String']['input']>;
  parentGoalId?: InputMaybe<Scalars['ID']['input']>;
  perspectiveId: Scalars['ID']['input'];
  serviceAreaIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  sortOrder?: InputMaybe<Scalars['Int']['input']>;
  title: LocalizedTextInput;
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
  areaCode?: InputMaybe<Scalars['String']['input']>;
  baselinePeriod?: InputMaybe<Scalars['String']['input']>;
  baselineValue?: InputMaybe<Scalars['Float']['input']>;
  indicatorCode: Scalars['String']['input'];
  points: Array<TargetPointInput>;
  serviceAreaId?: InputMaybe<Scalars['ID']['input']>;
  strategyId: Scalars['ID']['input'];
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
  children: Array<Goal>;
  description?: Maybe<LocalizedText>;
  id: Scalars['ID']['output'];
  indicators: Array<GoalIndicator>;
  /** References to national goals this goal serves (free text, e.g. a programme and its goal number). */
  nationalGoals: Array<Scalars['String']['output']>;
  /** Who answers for the goal, e.g. a director's title. */
  owner?: Maybe<Scalars['String']['output']>;
  parent?: Maybe<Goal>;
  perspective: Perspective;
  serviceAreas: Array<ServiceArea>;
  servicePromiseItems: Array<ServicePromiseItem>;
  sortOrder: Scalars['Int']['output'];
  strategy: Strategy;
  title: LocalizedText;
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


export type IndicatorSeriesArgs = {
  areaCode: Scalars['String']['input'];
  from?: InputMaybe<Scalars['String']['input']>;
  serviceAreaId?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};


export type IndicatorTargetsArgs = {
  strategyId?: InputMaybe<Scalars['ID']['input']>;
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
  createGoal: Goal;
  createIndicator: Indicator;
  createPerspective: Perspective;
  createServicePromiseItem: ServicePromiseItem;
  createStrategy: Strategy;
  createTarget: Target;
  /** Refused with CONFLICT while the goal has sub-goals. Its indicator and promise links go with it. */
  deleteGoal: Scalars['ID']['output'];
  /** Refused with CONFLICT while the indicator has observations, targets or goal links. */
  deleteIndicator: Scalars['String']['output'];
  /** Refused with CONFLICT while the perspective still has goals. */
  deletePerspective: Scalars['ID']['output'];
  deleteServicePromiseItem: Scalars['ID']['output'];
  /** Deletes the strategy with its perspectives, goals, goal links, service promise items and targets. */
  deleteStrategy: Scalars['ID']['output'];
  deleteTarget: Scalars['ID']['output'];
  linkIndicatorToGoal: GoalIndicator;
  unlinkIndicatorFromGoal: GoalIndicator;
  updateGoal: Goal;
  updateGoalIndicator: GoalIndicator;
  updateIndicator: Indicator;
  updatePerspective: Perspective;
  updateServicePromiseItem: ServicePromiseItem;
  updateStrategy: Strategy;
  updateTarget: Target;
};


export type MutationCreateGoalArgs = {
  input: CreateGoalInput;
};


export type MutationCreateIndicatorArgs = {
  input: CreateIndicatorInput;
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


export type MutationUnlinkIndicatorFromGoalArgs = {
  goalId: Scalars['ID']['input'];
  indicatorCode: Scalars['String']['input'];
};


export type MutationUpdateGoalArgs = {
  id: Scalars['ID']['input'];
  input: UpdateGoalInput;
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

export type Perspective = {
  __typename?: 'Perspective';
  goals: Array<Goal>;
  id: Scalars['ID']['output'];
  name: LocalizedText;
  sortOrder: Scalars['Int']['output'];
  strategy: Strategy;
};

export type Query = {
  __typename?: 'Query';
  area?: Maybe<Area>;
  /** Areas, optionally of one kind and/or directly under one parent (county or region) by its code. */
  areas: Array<Area>;
  goal?: Maybe<Goal>;
  indicator?: Maybe<Indicator>;
  /** Indicators, searched by code or name in any language, paginated with an opaque cursor. */
  indicators: IndicatorConnection;
  serviceAreas: Array<ServiceArea>;
  strategies: Array<Strategy>;
  strategy?: Maybe<Strategy>;
};


export type QueryAreaArgs = {
  code: Scalars['String']['input'];
};


export type QueryAreasArgs = {
  kind?: InputMaybe<AreaKind>;
  parentCode?: InputMaybe<Scalars['String']['input']>;
};


export type QueryGoalArgs = {
  id: Scalars['ID']['input'];
};


export type QueryIndicatorArgs = {
  code: Scalars['String']['input'];
};


export type QueryIndicatorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  serviceAreaId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryStrategyArgs = {
  id: Scalars['ID']['input'];
};

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

export type Strategy = {
  __typename?: 'Strategy';
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
  servicePromiseItems: Array<ServicePromiseItem>;
  startYear: Scalars['Int']['output'];
  targets: Array<Target>;
  vision?: Maybe<LocalizedText>;
};

/** Targets for one indicator in a strategy: organisation-wide, or for one area and/or service area. */
export type Target = {
  __typename?: 'Target';
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

export type TargetPoint = {
  __typename?: 'TargetPoint';
  period: Scalars['String']['output'];
  value: Scalars['Float']['output'];
};

export type TargetPointInput = {
  period: Scalars['String']['input'];
  value: Scalars['Float']['input'];
};

export type UpdateGoalInput = {
  description?: InputMaybe<LocalizedTextInput>;
  nationalGoals?: InputMaybe<Array<Scalars['String']['input']>>;
  owner?: InputMaybe<Scalars['String']['input']>;
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
  vision?: InputMaybe<LocalizedTextInput>;
};

export type UpdateTargetInput = {
  baselinePeriod?: InputMaybe<Scalars['String']['input']>;
  baselineValue?: InputMaybe<Scalars['Float']['input']>;
  /** Replaces the whole trajectory. */
  points?: InputMaybe<Array<TargetPointInput>>;
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
  Area: ResolverTypeWrapper<AreaModel>;
  AreaKind: AreaKind;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CreateGoalInput: CreateGoalInput;
  CreateIndicatorInput: CreateIndicatorInput;
  CreatePerspectiveInput: CreatePerspectiveInput;
  CreateServicePromiseItemInput: CreateServicePromiseItemInput;
  CreateStrategyInput: CreateStrategyInput;
  CreateTargetInput: CreateTargetInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Direction: Direction;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Frequency: Frequency;
  Goal: ResolverTypeWrapper<GoalModel>;
  GoalIndicator: ResolverTypeWrapper<GoalIndicatorLinkModel>;
  GoalIndicatorInput: GoalIndicatorInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Indicator: ResolverTypeWrapper<IndicatorModel>;
  IndicatorConnection: ResolverTypeWrapper<Omit<IndicatorConnection, 'edges'> & { edges: Array<ResolversTypes['IndicatorEdge']> }>;
  IndicatorEdge: ResolverTypeWrapper<Omit<IndicatorEdge, 'node'> & { node: ResolversTypes['Indicator'] }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  LocalizedText: ResolverTypeWrapper<LocalizedText>;
  LocalizedTextInput: LocalizedTextInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Observation: ResolverTypeWrapper<ObservationModel>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Perspective: ResolverTypeWrapper<PerspectiveModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ServiceArea: ResolverTypeWrapper<ServiceAreaModel>;
  ServicePromiseItem: ResolverTypeWrapper<ServicePromiseItemModel>;
  Strategy: ResolverTypeWrapper<StrategyModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Target: ResolverTypeWrapper<TargetModel>;
  TargetPoint: ResolverTypeWrapper<TargetPoint>;
  TargetPointInput: TargetPointInput;
  UpdateGoalInput: UpdateGoalInput;
  UpdateIndicatorInput: UpdateIndicatorInput;
  UpdatePerspectiveInput: UpdatePerspectiveInput;
  UpdateServicePromiseItemInput: UpdateServicePromiseItemInput;
  UpdateStrategyInput: UpdateStrategyInput;
  UpdateTargetInput: UpdateTargetInput;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Area: AreaModel;
  Boolean: Scalars['Boolean']['output'];
  CreateGoalInput: CreateGoalInput;
  CreateIndicatorInput: CreateIndicatorInput;
  CreatePerspectiveInput: CreatePerspectiveInput;
  CreateServicePromiseItemInput: CreateServicePromiseItemInput;
  CreateStrategyInput: CreateStrategyInput;
  CreateTargetInput: CreateTargetInput;
  DateTime: Scalars['DateTime']['output'];
  Float: Scalars['Float']['output'];
  Goal: GoalModel;
  GoalIndicator: GoalIndicatorLinkModel;
  GoalIndicatorInput: GoalIndicatorInput;
  ID: Scalars['ID']['output'];
  Indicator: IndicatorModel;
  IndicatorConnection: Omit<IndicatorConnection, 'edges'> & { edges: Array<ResolversParentTypes['IndicatorEdge']> };
  IndicatorEdge: Omit<IndicatorEdge, 'node'> & { node: ResolversParentTypes['Indicator'] };
  Int: Scalars['Int']['output'];
  LocalizedText: LocalizedText;
  LocalizedTextInput: LocalizedTextInput;
  Mutation: Record<PropertyKey, never>;
  Observation: ObservationModel;
  PageInfo: PageInfo;
  Perspective: PerspectiveModel;
  Query: Record<PropertyKey, never>;
  ServiceArea: ServiceAreaModel;
  ServicePromiseItem: ServicePromiseItemModel;
  Strategy: StrategyModel;
  String: Scalars['String']['output'];
  Target: TargetModel;
  TargetPoint: TargetPoint;
  TargetPointInput: TargetPointInput;
  UpdateGoalInput: UpdateGoalInput;
  UpdateIndicatorInput: UpdateIndicatorInput;
  UpdatePerspectiveInput: UpdatePerspectiveInput;
  UpdateServicePromiseItemInput: UpdateServicePromiseItemInput;
  UpdateStrategyInput: UpdateStrategyInput;
  UpdateTargetInput: UpdateTargetInput;
};

export type AreaResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Area'] = ResolversParentTypes['Area']> = {
  children?: Resolver<Array<ResolversTypes['Area']>, ParentType, ContextType, Partial<AreaChildrenArgs>>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AreaKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Area']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Area']>, ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type GoalResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Goal'] = ResolversParentTypes['Goal']> = {
  children?: Resolver<Array<ResolversTypes['Goal']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['LocalizedText']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicators?: Resolver<Array<ResolversTypes['GoalIndicator']>, ParentType, ContextType>;
  nationalGoals?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Goal']>, ParentType, ContextType>;
  perspective?: Resolver<ResolversTypes['Perspective'], ParentType, ContextType>;
  serviceAreas?: Resolver<Array<ResolversTypes['ServiceArea']>, ParentType, ContextType>;
  servicePromiseItems?: Resolver<Array<ResolversTypes['ServicePromiseItem']>, ParentType, ContextType>;
  sortOrder?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  strategy?: Resolver<ResolversTypes['Strategy'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
};

export type GoalIndicatorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['GoalIndicator'] = ResolversParentTypes['GoalIndicator']> = {
  goal?: Resolver<ResolversTypes['Goal'], ParentType, ContextType>;
  indicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type IndicatorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Indicator'] = ResolversParentTypes['Indicator']> = {
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

export type IndicatorConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IndicatorConnection'] = ResolversParentTypes['IndicatorConnection']> = {
  edges?: Resolver<Array<ResolversTypes['IndicatorEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type IndicatorEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IndicatorEdge'] = ResolversParentTypes['IndicatorEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
};

export type LocalizedTextResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LocalizedText'] = ResolversParentTypes['LocalizedText']> = {
  en?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fi?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sv?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  createGoal?: Resolver<ResolversTypes['Goal'], ParentType, ContextType, RequireFields<MutationCreateGoalArgs, 'input'>>;
  createIndicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType, RequireFields<MutationCreateIndicatorArgs, 'input'>>;
  createPerspective?: Resolver<ResolversTypes['Perspective'], ParentType, ContextType, RequireFields<MutationCreatePerspectiveArgs, 'input'>>;
  createServicePromiseItem?: Resolver<ResolversTypes['ServicePromiseItem'], ParentType, ContextType, RequireFields<MutationCreateServicePromiseItemArgs, 'input'>>;
  createStrategy?: Resolver<ResolversTypes['Strategy'], ParentType, ContextType, RequireFields<MutationCreateStrategyArgs, 'input'>>;
  createTarget?: Resolver<ResolversTypes['Target'], ParentType, ContextType, RequireFields<MutationCreateTargetArgs, 'input'>>;
  deleteGoal?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeleteGoalArgs, 'id'>>;
  deleteIndicator?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<MutationDeleteIndicatorArgs, 'code'>>;
  deletePerspective?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeletePerspectiveArgs, 'id'>>;
  deleteServicePromiseItem?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeleteServicePromiseItemArgs, 'id'>>;
  deleteStrategy?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeleteStrategyArgs, 'id'>>;
  deleteTarget?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeleteTargetArgs, 'id'>>;
  linkIndicatorToGoal?: Resolver<ResolversTypes['GoalIndicator'], ParentType, ContextType, RequireFields<MutationLinkIndicatorToGoalArgs, 'input'>>;
  unlinkIndicatorFromGoal?: Resolver<ResolversTypes['GoalIndicator'], ParentType, ContextType, RequireFields<MutationUnlinkIndicatorFromGoalArgs, 'goalId' | 'indicatorCode'>>;
  updateGoal?: Resolver<ResolversTypes['Goal'], ParentType, ContextType, RequireFields<MutationUpdateGoalArgs, 'id' | 'input'>>;
  updateGoalIndicator?: Resolver<ResolversTypes['GoalIndicator'], ParentType, ContextType, RequireFields<MutationUpdateGoalIndicatorArgs, 'input'>>;
  updateIndicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType, RequireFields<MutationUpdateIndicatorArgs, 'code' | 'input'>>;
  updatePerspective?: Resolver<ResolversTypes['Perspective'], ParentType, ContextType, RequireFields<MutationUpdatePerspectiveArgs, 'id' | 'input'>>;
  updateServicePromiseItem?: Resolver<ResolversTypes['ServicePromiseItem'], ParentType, ContextType, RequireFields<MutationUpdateServicePromiseItemArgs, 'id' | 'input'>>;
  updateStrategy?: Resolver<ResolversTypes['Strategy'], ParentType, ContextType, RequireFields<MutationUpdateStrategyArgs, 'id' | 'input'>>;
  updateTarget?: Resolver<ResolversTypes['Target'], ParentType, ContextType, RequireFields<MutationUpdateTargetArgs, 'id' | 'input'>>;
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

export type PerspectiveResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Perspective'] = ResolversParentTypes['Perspective']> = {
  goals?: Resolver<Array<ResolversTypes['Goal']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  sortOrder?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  strategy?: Resolver<ResolversTypes['Strategy'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  area?: Resolver<Maybe<ResolversTypes['Area']>, ParentType, ContextType, RequireFields<QueryAreaArgs, 'code'>>;
  areas?: Resolver<Array<ResolversTypes['Area']>, ParentType, ContextType, Partial<QueryAreasArgs>>;
  goal?: Resolver<Maybe<ResolversTypes['Goal']>, ParentType, ContextType, RequireFields<QueryGoalArgs, 'id'>>;
  indicator?: Resolver<Maybe<ResolversTypes['Indicator']>, ParentType, ContextType, RequireFields<QueryIndicatorArgs, 'code'>>;
  indicators?: Resolver<ResolversTypes['IndicatorConnection'], ParentType, ContextType, RequireFields<QueryIndicatorsArgs, 'first'>>;
  serviceAreas?: Resolver<Array<ResolversTypes['ServiceArea']>, ParentType, ContextType>;
  strategies?: Resolver<Array<ResolversTypes['Strategy']>, ParentType, ContextType>;
  strategy?: Resolver<Maybe<ResolversTypes['Strategy']>, ParentType, ContextType, RequireFields<QueryStrategyArgs, 'id'>>;
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

export type StrategyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Strategy'] = ResolversParentTypes['Strategy']> = {
  baselineYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  endYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  goals?: Resolver<Array<ResolversTypes['Goal']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['Area'], ParentType, ContextType>;
  perspectives?: Resolver<Array<ResolversTypes['Perspective']>, ParentType, ContextType>;
  servicePromiseItems?: Resolver<Array<ResolversTypes['ServicePromiseItem']>, ParentType, ContextType>;
  startYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  targets?: Resolver<Array<ResolversTypes['Target']>, ParentType, ContextType>;
  vision?: Resolver<Maybe<ResolversTypes['LocalizedText']>, ParentType, ContextType>;
};

export type TargetResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Target'] = ResolversParentTypes['Target']> = {
  area?: Resolver<Maybe<ResolversTypes['Area']>, ParentType, ContextType>;
  baselinePeriod?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  baselineValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
  points?: Resolver<Array<ResolversTypes['TargetPoint']>, ParentType, ContextType>;
  serviceArea?: Resolver<Maybe<ResolversTypes['ServiceArea']>, ParentType, ContextType>;
  strategy?: Resolver<ResolversTypes['Strategy'], ParentType, ContextType>;
};

export type TargetPointResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TargetPoint'] = ResolversParentTypes['TargetPoint']> = {
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphQLContext> = {
  Area?: AreaResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Goal?: GoalResolvers<ContextType>;
  GoalIndicator?: GoalIndicatorResolvers<ContextType>;
  Indicator?: IndicatorResolvers<ContextType>;
  IndicatorConnection?: IndicatorConnectionResolvers<ContextType>;
  IndicatorEdge?: IndicatorEdgeResolvers<ContextType>;
  LocalizedText?: LocalizedTextResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Observation?: ObservationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Perspective?: PerspectiveResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ServiceArea?: ServiceAreaResolvers<ContextType>;
  ServicePromiseItem?: ServicePromiseItemResolvers<ContextType>;
  Strategy?: StrategyResolvers<ContextType>;
  Target?: TargetResolvers<ContextType>;
  TargetPoint?: TargetPointResolvers<ContextType>;
};

