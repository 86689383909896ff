import DataLoader from 'dataloader';
import type { Kysely } from 'kysely';
import type { Area } from '../areas/area-model';
import { findAreasByCodes, findAreasByIds, findAreasByParentIds } from '../areas/area-repository';
import type { Database } from '../db/database';
import type { Indicator, Target } from '../indicators/indicator-model';
import {
  findIndicatorServiceAreaPairs,
  findIndicatorsByCodes,
  findIndicatorsByIds,
} from '../indicators/indicator-repository';
import { findTargetsBy } from '../indicators/target-repository';
import type { ApiToken, User } from '../auth/auth-model';
import { findApiTokensByUserIds, findUsersByIds } from '../auth/user-repository';
import type { Load } from '../loads/load-model';
import type { Assessment, Review, ReviewContent } from '../reviews/review-model';
import { countReviewsByStrategyIds, findSnapshotSummaries, type ReviewSummary } from '../reviews/review-repository';
import { reviewContent } from '../reviews/review-service';
import { findAssessmentsByGoals } from '../reviews/review-repository';
import { findLoadsBy } from '../loads/load-history-repository';
import { findSotkanetIndicators } from '../loads/sotkanet-indicator-service';
import type { Observation } from '../observations/observation-model';
import { findSeries } from '../observations/observation-repository';
import type { ServiceArea } from '../service-areas/service-area-model';
import { findServiceAreasByIds } from '../service-areas/service-area-repository';
import {
  findGoalIndicatorLinks,
  findGoalServiceAreaPairs,
  findGoalsBy,
  findGoalsByIds,
} from '../strategy/goal-repository';
import {
  findServicePromiseGoalPairs,
  findServicePromiseItemsByIds,
  findServicePromiseItemsByStrategyIds,
} from '../strategy/service-promise-repository';
import { findPerspectivesByIds, findPerspectivesByStrategyIds, findStrategiesByIds } from '../strategy/strategy-repository';
import type { Goal, GoalIndicatorLink, Perspective, ServicePromiseItem, Strategy } from '../strategy/strategy-model';

/** One record per key, or undefined where none exists. */
function oneByKey<K, V>(fetch: (keys: readonly K[]) => Promise<V[]>, keyOf: (value: V) => K) {
  return new DataLoader<K, V | undefined>(async (keys) => {
    const byKey = new Map((await fetch(keys)).map((value) => [keyOf(value), value] as const));
    return keys.map((key) => byKey.get(key));
  });
}

/** All records per key, in the order the repository returned them. */
function manyByKey<K, V>(fetch: (keys: readonly K[]) => Promise<V[]>, keyOf: (value: V) => K) {
  return new DataLoader<K, V[]>(async (keys) => {
    const groups = new Map<K, V[]>();
    for (const value of await fetch(keys)) {
      const key = keyOf(value);
      const group = groups.get(key);
      if (group) group.push(value);
      else groups.set(key, [value]);
    }
    return keys.map((key) => groups.get(key) ?? []);
  });
}

/** A request for one series; the loader batches requests that differ only in indicator and area. */
export interface SeriesKey {
  indicatorId: number;
  areaId: number;
  serviceAreaId: number;
  fromYear: number | null;
  toYear: number | null;
  asOf: number | null;
}

function seriesLoader(db: Kysely<Database>) {
  return new DataLoader<SeriesKey, Observation[], string>(
    async (keys) => {
      // One statement per distinct (service area, years, asOf): its indicators × areas cover every key.
      const groups = new Map<string, SeriesKey[]>();
      for (const key of keys) {
        const groupKey = `${key.serviceAreaId}|${key.fromYear}|${key.toYear}|${key.asOf}`;
        const group = groups.get(groupKey);
        if (group) group.push(key);
        else groups.set(groupKey, [key]);
      }
      const bySeries = new Map<string, Observation[]>();
      for (const group of groups.values()) {
        const [first] = group;
        if (!first) continue;
        const observations = await findSeries(db, {
          indicatorIds: [...new Set(group.map((key) => key.indicatorId))],
          areaIds: [...new Set(group.map((key) => key.areaId))],
          serviceAreaId: first.serviceAreaId,
          fromYear: first.fromYear,
          toYear: first.toYear,
          asOf: first.asOf,
        });
        for (const observation of observations) {
          const seriesKey = serializeSeriesKey({ ...first, indicatorId: observation.indicatorId, areaId: observation.areaId });
          const list = bySeries.get(seriesKey);
          if (list) list.push(observation);
          else bySeries.set(seriesKey, [observation]);
        }
      }
      return keys.map((key) => bySeries.get(serializeSeriesKey(key)) ?? []);
    },
    { cacheKeyFn: serializeSeriesKey },
  );
}

function serializeSeriesKey(key: SeriesKey): string {
  return `${key.indicatorId}|${key.areaId}|${key.serviceAreaId}|${key.fromYear}|${key.toYear}|${key.asOf}`;
}

/**
 * Fresh DataLoaders for one request, so nested fields (strategy → goals → indicators → series)
 * cost one statement per level instead of one per parent.
 */
export function createLoaders(db: Kysely<Database>) {
  const loaders = {
    areaById: oneByKey<number, Area>((ids) => findAreasByIds(db, ids), (area) => area.id),
    areaByCode: oneByKey<string, Area>((codes) => findAreasByCodes(db, codes), (area) => area.code),
    // A municipality is under two areas, its county and its region, so it is listed under each.
    areasByParentId: new DataLoader<number, Area[]>(async (parentIds) => {
      const areas = await findAreasByParentIds(db, parentIds);
      return parentIds.map((parentId) => areas.filter((area) => area.parentId === parentId || area.regionId === parentId));
    }),
    serviceAreaById: oneByKey<number, ServiceArea>((ids) => findServiceAreasByIds(db, ids), (item) => item.id),
    strategyById: oneByKey<number, Strategy>((ids) => findStrategiesByIds(db, ids), (item) => item.id),
    perspectiveById: oneByKey<number, Perspective>((ids) => findPerspectivesByIds(db, ids), (item) => item.id),
    perspectivesByStrategyId: manyByKey<number, Perspective>(
      (ids) => findPerspectivesByStrategyIds(db, ids),
      (item) => item.strategyId,
    ),
    goalById: oneByKey<number, Goal>((ids) => findGoalsByIds(db, ids), (goal) => goal.id),
    goalsByStrategyId: manyByKey<number, Goal>((ids) => findGoalsBy(db, 'strategy_id', ids), (goal) => goal.strategyId),
    goalsByPerspectiveId: manyByKey<number, Goal>(
      (ids) => findGoalsBy(db, 'perspective_id', ids),
      (goal) => goal.perspectiveId,
    ),
    goalsByParentId: manyByKey<number, Goal>(
      (ids) => findGoalsBy(db, 'parent_goal_id', ids),
      (goal) => goal.parentGoalId ?? 0,
    ),
    serviceAreaIdsByGoalId: manyByKey(
      (ids: readonly number[]) => findGoalServiceAreaPairs(db, ids),
      (pair) => pair.goalId,
    ),
    goalIndicatorsByGoalId: manyByKey<number, GoalIndicatorLink>(
      (ids) => findGoalIndicatorLinks(db, 'goal_id', ids),
      (link) => link.goalId,
    ),
    goalIndicatorsByIndicatorId: manyByKey<number, GoalIndicatorLink>(
      (ids) => findGoalIndicatorLinks(db, 'indicator_id', ids),
      (link) => link.indicatorId,
    ),
    servicePromiseItemById: oneByKey<number, ServicePromiseItem>(
      (ids) => findServicePromiseItemsByIds(db, ids),
      (item) => item.id,
    ),
    servicePromiseItemsByStrategyId: manyByKey<number, ServicePromiseItem>(
      (ids) => findServicePromiseItemsByStrategyIds(db, ids),
      (item) => item.strategyId,
    ),
    goalIdsByServicePromiseItemId: manyByKey(
      (ids: readonly number[]) => findServicePromiseGoalPairs(db, 'service_promise_item_id', ids),
      (pair) => pair.servicePromiseItemId,
    ),
    servicePromiseItemIdsByGoalId: manyByKey(
      (ids: readonly number[]) => findServicePromiseGoalPairs(db, 'goal_id', ids),
      (pair) => pair.goalId,
    ),
    indicatorById: oneByKey<number, Indicator>((ids) => findIndicatorsByIds(db, ids), (item) => item.id),
    indicatorByCode: oneByKey<string, Indicator>((codes) => findIndicatorsByCodes(db, codes), (item) => item.code),
    // The indicator made from a Sotkanet catalogue entry, if any, by Sotkanet id.
    indicatorBySotkanetId: new DataLoader<number, Indicator | undefined>(async (ids) => {
      const found = await findSotkanetIndicators(
        db,
        ids.map((id) => String(id)),
      );
      return ids.map((id) => found.get(String(id)));
    }),
    serviceAreaIdsByIndicatorId: manyByKey(
      (ids: readonly number[]) => findIndicatorServiceAreaPairs(db, ids),
      (pair) => pair.indicatorId,
    ),
    // A review's whole content (a draft's is judged), once per request however many fields ask.
    reviewContent: new DataLoader<Review, ReviewContent, number>((reviews) => Promise.all(reviews.map((review) => reviewContent(db, review))), {
      cacheKeyFn: (review) => review.id,
    }),
    // The figures a list of approved reviews shows, for all of them in one statement, without the goals.
    approvedReviewSummaryById: oneByKey<number, ReviewSummary & { id: number }>((ids) => findSnapshotSummaries(db, ids), (summary) => summary.id),
    reviewCountsByStrategyId: new DataLoader<number, { reviewCount: number; approvedCount: number }>(async (ids) => {
      const counts = new Map((await countReviewsByStrategyIds(db, ids)).map((row) => [row.strategyId, row]));
      return ids.map((id) => counts.get(id) ?? { reviewCount: 0, approvedCount: 0 });
    }),
    targetById: oneByKey<number, Target>((ids) => findTargetsBy(db, 'id', ids), (target) => target.id),
    targetsByStrategyId: manyByKey<number, Target>(
      (ids) => findTargetsBy(db, 'strategy_id', ids),
      (target) => target.strategyId,
    ),
    targetsByIndicatorId: manyByKey<number, Target>(
      (ids) => findTargetsBy(db, 'indicator_id', ids),
      (target) => target.indicatorId,
    ),
    series: seriesLoader(db),
    loadById: oneByKey<number, Load>((ids) => findLoadsBy(db, 'id', ids), (load) => load.id),
    userById: oneByKey<number, User>((ids) => findUsersByIds(db, ids), (user) => user.id),
    apiTokensByUserId: manyByKey<number, ApiToken>((ids) => findApiTokensByUserIds(db, ids), (token) => token.userId),
    goalsByOwnerUserId: manyByKey<number, Goal>((ids) => findGoalsBy(db, 'owner_user_id', ids), (goal) => goal.ownerUserId ?? 0),
    assessmentsByGoalId: manyByKey<number, Assessment>(
      (ids) => findAssessmentsByGoals(db, ids),
      (assessment) => Number(assessment.goalId),
    ),
    loadUndoing: oneByKey<number, Load>(
      (ids) => findLoadsBy(db, 'undo_of_load_id', ids),
      (load) => load.undoOfLoadId ?? 0,
    ),
  };
  return {
    ...loaders,
    /** Forgets everything loaded so far; mutations call it so later fields read their writes. */
    clearAll(): void {
      for (const loader of Object.values(loaders)) loader.clearAll();
    },
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
