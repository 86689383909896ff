import type { Thresholds } from '../attainment/method';
import { localizedOrNull, type LocalizedText } from '../common/localized-text';
import type {
  GoalIndicatorRow,
  GoalRow,
  PerspectiveRow,
  ServicePromiseItemRow,
  StrategyRow,
} from '../db/database';

/** A county's (or region's) service strategy for a council term. */
export interface Strategy {
  id: number;
  organisationAreaId: number;
  name: LocalizedText;
  vision: LocalizedText | null;
  startYear: number;
  endYear: number;
  baselineYear: number;
  /** The strategy's own attainment thresholds; null for the defaults. */
  thresholds: Thresholds | null;
  /** Whether the service promise is on its public page. */
  promisePublished: boolean;
  promisePublishedAt: Date | null;
}

/** One of the strategy's viewpoints, e.g. effectiveness or staff experience. */
export interface Perspective {
  id: number;
  strategyId: number;
  name: LocalizedText;
  sortOrder: number;
}

export interface Goal {
  id: number;
  strategyId: number;
  perspectiveId: number;
  parentGoalId: number | null;
  title: LocalizedText;
  description: LocalizedText | null;
  owner: string | null;
  /** The user who writes the goal's assessments in quarterly reviews. */
  ownerUserId: number | null;
  nationalGoals: string[];
  sortOrder: number;
}

/** An indicator that measures a goal, with its weight in the goal's roll-up. */
export interface GoalIndicatorLink {
  goalId: number;
  indicatorId: number;
  weight: number;
  sortOrder: number;
}

/** Palvelulupaus: a promise to residents, kept by the goals it links to. */
export interface ServicePromiseItem {
  id: number;
  strategyId: number;
  text: LocalizedText;
  sortOrder: number;
}

export function strategyFromRow(row: StrategyRow): Strategy {
  return {
    id: row.id,
    organisationAreaId: row.organisation_area_id,
    name: { fi: row.name_fi, sv: row.name_sv, en: row.name_en },
    vision: localizedOrNull(row.vision_fi, row.vision_sv, row.vision_en),
    startYear: row.start_year,
    endYear: row.end_year,
    baselineYear: row.baseline_year,
    thresholds: row.thresholds === null ? null : (JSON.parse(row.thresholds) as Thresholds),
    promisePublished: row.promise_published === 1,
    promisePublishedAt: row.promise_published_at === null ? null : new Date(row.promise_published_at),
  };
}

export function perspectiveFromRow(row: PerspectiveRow): Perspective {
  return {
    id: row.id,
    strategyId: row.strategy_id,
    name: { fi: row.name_fi, sv: row.name_sv, en: row.name_en },
    sortOrder: row.sort_order,
  };
}

export function goalFromRow(row: GoalRow): Goal {
  return {
    id: row.id,
    strategyId: row.strategy_id,
    perspectiveId: row.perspective_id,
    parentGoalId: row.parent_goal_id,
    title: { fi: row.title_fi, sv: row.title_sv, en: row.title_en },
    description: localizedOrNull(row.description_fi, row.description_sv, row.description_en),
    owner: row.owner,
    ownerUserId: row.owner_user_id,
    nationalGoals: JSON.parse(row.national_goals) as string[],
    sortOrder: row.sort_order,
  };
}

export function goalIndicatorLinkFromRow(row: GoalIndicatorRow): GoalIndicatorLink {
  return { goalId: row.goal_id, indicatorId: row.indicator_id, weight: row.weight, sortOrder: row.sort_order };
}

export function servicePromiseItemFromRow(row: ServicePromiseItemRow): ServicePromiseItem {
  return {
    id: row.id,
    strategyId: row.strategy_id,
    text: { fi: row.text_fi, sv: row.text_sv, en: row.text_en },
    sortOrder: row.sort_order,
  };
}
