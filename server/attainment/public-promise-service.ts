import type { Kysely } from 'kysely';
import { findAreasByIds } from '../areas/area-repository';
import type { LocalizedText } from '../common/localized-text';
import { toDatabaseId } from '../common/validation';
import type { Database } from '../db/database';
import { notFound } from '../errors';
import { findGoalsByIds } from '../strategy/goal-repository';
import { findStrategiesByIds } from '../strategy/strategy-repository';
import { judgeServicePromise, judgeStrategy } from './attainment-service';
import type { AttainmentStatus } from './method';

/**
 * A published service promise as residents see it. Plain values only, in the API's public types:
 * nothing in it leads on to a strategy, goal or user object, so an anonymous reader reaches no more.
 */
export interface PublicServicePromise {
  strategyId: string;
  name: LocalizedText;
  organisation: { code: string; name: LocalizedText };
  startYear: number;
  endYear: number;
  vision: LocalizedText | null;
  publishedAt: Date;
  asOf: Date;
  items: Array<{
    id: string;
    text: LocalizedText;
    status: AttainmentStatus;
    goals: Array<{ title: LocalizedText; status: AttainmentStatus; score: number | null }>;
  }>;
}

/**
 * The public page of a strategy's promise: each item judged for the strategy's organisation, now.
 * An unknown strategy and an unpublished promise get the same NOT_FOUND, so the page does not tell
 * which strategies exist.
 */
export async function readPublicServicePromise(db: Kysely<Database>, strategyId: string, now = new Date()): Promise<PublicServicePromise> {
  const id = toDatabaseId(strategyId);
  const [strategy] = id === null ? [] : await findStrategiesByIds(db, [id]);
  if (!strategy?.promisePublished || !strategy.promisePublishedAt) throw notFound('published service promise', strategyId, 'strategyId');
  const attainment = await judgeStrategy(db, { strategyId: String(strategy.id) }, now);
  const items = await judgeServicePromise(db, attainment);
  const [organisation] = await findAreasByIds(db, [strategy.organisationAreaId]);
  if (!organisation) throw new Error(`strategy ${strategy.id} has no organisation area`);
  const goals = new Map((await findGoalsByIds(db, [...new Set(items.flatMap((item) => item.goals.map((goal) => goal.goalId)))])).map((goal) => [goal.id, goal]));
  return {
    strategyId: String(strategy.id),
    name: strategy.name,
    organisation: { code: organisation.code, name: organisation.name },
    startYear: strategy.startYear,
    endYear: strategy.endYear,
    vision: strategy.vision,
    publishedAt: strategy.promisePublishedAt,
    asOf: attainment.asOf,
    items: items.map((item) => ({
      id: String(item.item.id),
      text: item.item.text,
      status: item.result.status,
      goals: item.goals.map((goal) => {
        const title = goals.get(goal.goalId)?.title;
        if (!title) throw new Error(`goal ${goal.goalId} vanished while it was judged`);
        return { title, status: goal.result.status, score: goal.result.score };
      }),
    })),
  };
}
