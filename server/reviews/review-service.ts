import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { StrategyAttainment } from '../attainment/attainment-model';
import { judgeStrategyAt } from '../attainment/attainment-service';
import { flattenGoals } from '../attainment/goal-tree';
import { explanationOf, judgedValues } from '../attainment/indicator-attainment-view';
import type { AttainmentStatus } from '../attainment/method';
import type { User } from '../auth/auth-model';
import { findUsersByIds } from '../auth/user-repository';
import { boundedText, parseInput, TEXT_LIMITS, toDatabaseId } from '../common/validation';
import type { Database, Executor } from '../db/database';
import { AppError, badInput, conflict, notFound } from '../errors';
import { formatPeriod, parsePeriod, parsePeriodStrict, previousPeriod } from '../observations/period';
import { findGoalsBy, findGoalsByIds } from '../strategy/goal-repository';
import type { Goal } from '../strategy/strategy-model';
import { findPerspectivesByStrategyIds } from '../strategy/strategy-repository';
import { requireStrategy } from '../strategy/strategy-service';
import type { Assessment, Review, ReviewContent, ReviewGoal, StatusChange } from './review-model';
import {
  approveDraft,
  findAssessmentsByReview,
  findReviewById,
  findReviewByQuarter,
  findReviewsByStrategy,
  findSnapshot,
  insertReview,
  upsertAssessment,
} from './review-repository';

/** The review of a GraphQL ID, or undefined when there is none (a malformed ID included). */
export async function findReview(db: Executor, id: string): Promise<Review | undefined> {
  const databaseId = toDatabaseId(id);
  return databaseId === null ? undefined : findReviewById(db, databaseId);
}

async function requireReview(db: Executor, id: string, field: string): Promise<Review> {
  const review = await findReview(db, id);
  if (!review) throw notFound('review', id, field);
  return review;
}

export async function listReviews(db: Executor, strategyId: string): Promise<Review[]> {
  const strategy = await requireStrategy(db, strategyId, 'strategyId');
  return findReviewsByStrategy(db, strategy.id);
}

function parseQuarter(text: string, field: string): string {
  const parsed = parsePeriod(parseInput(boundedText(TEXT_LIMITS.period), text, field));
  if (!parsed.ok) throw badInput({ field, reason: parsed.reason });
  if (parsed.period.frequency !== 'QUARTER') throw badInput({ field, reason: `${text} is not a quarter; write e.g. 2026Q3` });
  return formatPeriod(parsed.period);
}

/** Opens the review of a quarter, or returns it if it exists already (opening twice is harmless). */
export async function openReview(db: Kysely<Database>, strategyId: string, quarterText: string, actor: User, at = new Date()): Promise<Review> {
  const strategy = await requireStrategy(db, strategyId, 'strategyId');
  const quarter = parseQuarter(quarterText, 'quarter');
  return (
    (await findReviewByQuarter(db, strategy.id, quarter)) ??
    insertReview(db, { strategyId: strategy.id, quarter, createdBy: actor.username }, at.getTime())
  );
}

const assessmentInput = z
  .object({
    reviewId: z.string(),
    goalId: z.string(),
    statusOverride: z
      .enum(['TARGET_ACHIEVED', 'TARGET_ACHIEVED_WORSENING', 'ON_TRACK', 'NEEDS_ACCELERATION', 'LIMITED_PROGRESS', 'DETERIORATING', 'NOT_AVAILABLE'])
      .nullish(),
    overrideReason: z.string().trim().max(2000, 'must be at most 2000 characters').nullish(),
    narrative: z.string().trim().min(1, 'must not be empty').max(10_000, 'must be at most 10000 characters'),
  })
  .superRefine((input, context) => {
    if (input.statusOverride && !input.overrideReason) {
      context.addIssue({ code: 'custom', path: ['overrideReason'], message: 'a status override needs a reason' });
    }
  });

/**
 * The owner's assessment of their goal in a draft review. Only the goal's owner may write it, and
 * not once the review is approved: the approved report must stay as the board saw it.
 */
export async function writeAssessment(db: Kysely<Database>, actor: User, rawInput: unknown, at = new Date()): Promise<Assessment> {
  const input = parseInput(assessmentInput, rawInput);
  const review = await requireReview(db, input.reviewId, 'input.reviewId');
  const goalId = toDatabaseId(input.goalId);
  const [goal] = goalId === null ? [] : await findGoalsByIds(db, [goalId]);
  if (!goal || goal.strategyId !== review.strategyId) throw notFound(`goal of this review's strategy`, input.goalId, 'input.goalId');
  if (goal.ownerUserId !== actor.id) {
    throw new AppError('FORBIDDEN', `only the goal's owner may write its assessment, and ${actor.username} does not own goal ${goal.id}`);
  }
  if (review.status === 'APPROVED') throw conflict(`the review of ${review.quarter} has been approved and is frozen`);
  return upsertAssessment(
    db,
    {
      review,
      goalId: goal.id,
      statusOverride: input.statusOverride ?? null,
      overrideReason: input.statusOverride ? (input.overrideReason ?? null) : null,
      narrative: input.narrative,
      writtenBy: actor.username,
    },
    at.getTime(),
  );
}

/**
 * Approves a draft: its content is computed as of this moment and stored, and from now on the
 * report is read from that copy, so later loads, revisions and edits cannot change it.
 */
export async function approveReview(db: Kysely<Database>, actor: User, id: string, at = new Date()): Promise<Review> {
  const review = await requireReview(db, id, 'id');
  if (review.status === 'APPROVED') throw conflict(`the review of ${review.quarter} was approved already`);
  const snapshot = await computeContent(db, review, at);
  const approved = await approveDraft(db, review.id, { approvedAt: at.getTime(), approvedBy: actor.username, snapshot });
  if (!approved) throw conflict(`the review of ${review.quarter} was approved by someone else meanwhile`);
  return approved;
}

/** What a review shows: the approved copy, or for a draft the figures as of now. */
export async function reviewContent(db: Kysely<Database>, review: Review, now = new Date()): Promise<ReviewContent> {
  if (review.status === 'APPROVED') {
    const snapshot = await findSnapshot(db, review.id);
    if (!snapshot) throw new Error(`approved review ${review.id} has no stored report`);
    return snapshot;
  }
  return computeContent(db, review, now);
}

/**
 * Best first, so a higher rank is better; "not available" has no rank. A target met while worsening
 * ranks where its score lies, below on track (METHOD.md).
 */
const STATUS_RANK: Record<AttainmentStatus, number | null> = {
  TARGET_ACHIEVED: 5,
  ON_TRACK: 4,
  TARGET_ACHIEVED_WORSENING: 3.5,
  NEEDS_ACCELERATION: 3,
  LIMITED_PROGRESS: 2,
  DETERIORATING: 1,
  NOT_AVAILABLE: null,
};

/**
 * How a goal moved since the previous quarter. Judged only now: NEW. No longer judgeable: WORSENED,
 * as the board can no longer see how it stands. Neither time: UNCHANGED.
 */
export function statusChange(previous: AttainmentStatus | null, current: AttainmentStatus): StatusChange {
  const before = previous === null ? null : STATUS_RANK[previous];
  const now = STATUS_RANK[current];
  if (before === null) return now === null ? 'UNCHANGED' : 'NEW';
  if (now === null) return 'WORSENED';
  return now > before ? 'IMPROVED' : now < before ? 'WORSENED' : 'UNCHANGED';
}

/**
 * The previous quarter's statuses: from its approved review if there is one (what the board saw
 * then), else judged now with the data known for that quarter.
 */
async function previousStatuses(
  db: Kysely<Database>,
  review: Review,
  instant: Date,
): Promise<{ quarter: string; fromApprovedReview: boolean; byGoal: Map<string, { status: AttainmentStatus; score: number | null }> }> {
  const quarter = formatPeriod(previousPeriod(parsePeriodStrict(review.quarter)));
  const previous = await findReviewByQuarter(db, review.strategyId, quarter);
  if (previous?.status === 'APPROVED') {
    const snapshot = await findSnapshot(db, previous.id);
    if (snapshot) {
      return { quarter, fromApprovedReview: true, byGoal: new Map(snapshot.goals.map((goal) => [goal.goalId, { status: goal.status, score: goal.score }])) };
    }
  }
  const attainment = await judgeStrategyAt(db, { strategyId: String(review.strategyId) }, { instant: instant.getTime(), period: quarter });
  const byGoal = new Map(
    attainment.perspectives.flatMap((perspective) =>
      flattenGoals(perspective.goals).map((goal) => [String(goal.goalId), { status: goal.result.status, score: goal.result.score }] as const),
    ),
  );
  return { quarter, fromApprovedReview: false, byGoal };
}

async function computeContent(db: Kysely<Database>, review: Review, instant: Date): Promise<ReviewContent> {
  const asOf = { instant: instant.getTime(), period: review.quarter };
  const attainment: StrategyAttainment = await judgeStrategyAt(db, { strategyId: String(review.strategyId) }, asOf);
  const [perspectives, goals, assessments, previous] = await Promise.all([
    findPerspectivesByStrategyIds(db, [review.strategyId]),
    findGoalsBy(db, 'strategy_id', [review.strategyId]),
    findAssessmentsByReview(db, review.id),
    previousStatuses(db, review, instant),
  ]);
  const goalsById = new Map(goals.map((goal) => [goal.id, goal]));
  const perspectiveNames = new Map(perspectives.map((perspective) => [perspective.id, perspective.name]));
  const owners = new Map(
    (await findUsersByIds(db, [...new Set(goals.flatMap((goal) => (goal.ownerUserId === null ? [] : [goal.ownerUserId])))])).map((user) => [
      user.id,
      user.username,
    ]),
  );
  const assessmentsByGoal = new Map(assessments.map((assessment) => [assessment.goalId, assessment]));
  const depthOf = (goal: Goal): number => {
    let depth = 0;
    for (let parent = goal.parentGoalId; parent !== null; parent = goalsById.get(parent)?.parentGoalId ?? null) depth += 1;
    return depth;
  };

  const reviewGoals: ReviewGoal[] = attainment.perspectives.flatMap((perspective) =>
    flattenGoals(perspective.goals).map((judged) => {
      const goal = goalsById.get(judged.goalId);
      if (!goal) throw new Error(`judged goal ${judged.goalId} is missing`);
      const before = previous.byGoal.get(String(goal.id)) ?? null;
      return {
        goalId: String(goal.id),
        title: goal.title,
        perspective: perspectiveNames.get(goal.perspectiveId) ?? { fi: '', sv: null, en: null },
        depth: depthOf(goal),
        owner: goal.owner,
        ownerUsername: goal.ownerUserId === null ? null : (owners.get(goal.ownerUserId) ?? null),
        status: judged.result.status,
        score: judged.result.score,
        coverage: judged.result.coverage,
        previousStatus: before?.status ?? null,
        previousScore: before?.score ?? null,
        change: statusChange(before?.status ?? null, judged.result.status),
        indicators: judged.indicators.map((indicator) => ({
          code: indicator.indicator.code,
          name: indicator.indicator.name,
          unit: indicator.indicator.unit,
          decimals: indicator.indicator.decimals,
          status: indicator.judgement.status,
          baseline: indicator.judgement.baseline,
          latest: indicator.judgement.latest,
          target: indicator.judgement.target,
          progressShare: indicator.judgement.progressShare,
          explanation: explanationOf(indicator),
          values: judgedValues(indicator),
        })),
        assessment: assessmentsByGoal.get(String(goal.id)) ?? null,
      };
    }),
  );
  return {
    figuresAsOf: instant.toISOString(),
    previousQuarter: previous.quarter,
    comparedWithApprovedReview: previous.fromApprovedReview,
    strategyStatus: attainment.result.status,
    strategyScore: attainment.result.score,
    goals: reviewGoals,
  };
}
