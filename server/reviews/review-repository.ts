import type { Executor } from '../db/database';
import { assessmentFromRow, reviewFromRow, type Assessment, type Review, type ReviewContent } from './review-model';

/** Every column but the snapshot: that is the whole approved report, and only `findSnapshot` needs it. */
const REVIEW_COLUMNS = ['id', 'strategy_id', 'quarter', 'status', 'created_at', 'created_by', 'approved_at', 'approved_by'] as const;

export async function findReviewsByStrategy(db: Executor, strategyId: number): Promise<Review[]> {
  const rows = await db.selectFrom('review').select(REVIEW_COLUMNS).where('strategy_id', '=', strategyId).orderBy('quarter', 'desc').execute();
  return rows.map(reviewFromRow);
}

export async function findReviewById(db: Executor, id: number): Promise<Review | undefined> {
  const row = await db.selectFrom('review').select(REVIEW_COLUMNS).where('id', '=', id).executeTakeFirst();
  return row ? reviewFromRow(row) : undefined;
}

export async function findReviewByQuarter(db: Executor, strategyId: number, quarter: string): Promise<Review | undefined> {
  const row = await db.selectFrom('review').select(REVIEW_COLUMNS).where('strategy_id', '=', strategyId).where('quarter', '=', quarter).executeTakeFirst();
  return row ? reviewFromRow(row) : undefined;
}

export async function insertReview(db: Executor, review: { strategyId: number; quarter: string; createdBy: string }, now: number): Promise<Review> {
  const row = await db
    .insertInto('review')
    .values({ strategy_id: review.strategyId, quarter: review.quarter, status: 'DRAFT', created_at: now, created_by: review.createdBy })
    .returning(REVIEW_COLUMNS)
    .executeTakeFirstOrThrow();
  return reviewFromRow(row);
}

/** Marks a draft approved with its frozen content; returns nothing if it was no longer a draft. */
export async function approveDraft(
  db: Executor,
  id: number,
  approval: { approvedAt: number; approvedBy: string; snapshot: ReviewContent },
): Promise<Review | undefined> {
  const row = await db
    .updateTable('review')
    .set({ status: 'APPROVED', approved_at: approval.approvedAt, approved_by: approval.approvedBy, snapshot: JSON.stringify(approval.snapshot) })
    .where('id', '=', id)
    .where('status', '=', 'DRAFT')
    .returning(REVIEW_COLUMNS)
    .executeTakeFirst();
  return row ? reviewFromRow(row) : undefined;
}

/** The figures of an approved report a list shows, read from the stored reports without the goals. */
export type ReviewSummary = Omit<ReviewContent, 'goals'>;

export async function findSnapshotSummaries(db: Executor, ids: readonly number[]): Promise<Array<ReviewSummary & { id: number }>> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('review')
    .select((eb) => [
      'id',
      eb.fn<string>('json_extract', ['snapshot', eb.val('$.figuresAsOf')]).as('figuresAsOf'),
      eb.fn<string>('json_extract', ['snapshot', eb.val('$.previousQuarter')]).as('previousQuarter'),
      eb.fn<number>('json_extract', ['snapshot', eb.val('$.comparedWithApprovedReview')]).as('comparedWithApprovedReview'),
      eb.fn<ReviewContent['strategyStatus']>('json_extract', ['snapshot', eb.val('$.strategyStatus')]).as('strategyStatus'),
      eb.fn<number | null>('json_extract', ['snapshot', eb.val('$.strategyScore')]).as('strategyScore'),
    ])
    .where('id', 'in', ids)
    .where('snapshot', 'is not', null)
    .execute();
  // JSON's true and false come back from SQLite as 1 and 0.
  return rows.map((row) => ({ ...row, comparedWithApprovedReview: row.comparedWithApprovedReview === 1 }));
}

export async function findSnapshot(db: Executor, id: number): Promise<ReviewContent | null> {
  const row = await db.selectFrom('review').select('snapshot').where('id', '=', id).executeTakeFirst();
  return row?.snapshot ? (JSON.parse(row.snapshot) as ReviewContent) : null;
}

function assessments(db: Executor) {
  return db.selectFrom('assessment').innerJoin('review', 'review.id', 'assessment.review_id').selectAll('assessment').select('review.quarter');
}

export async function findAssessmentsByReview(db: Executor, reviewId: number): Promise<Assessment[]> {
  return (await assessments(db).where('assessment.review_id', '=', reviewId).execute()).map(assessmentFromRow);
}

/** Assessments of goals across reviews, newest quarter first. */
export async function findAssessmentsByGoals(db: Executor, goalIds: readonly number[]): Promise<Assessment[]> {
  if (goalIds.length === 0) return [];
  const rows = await assessments(db).where('assessment.goal_id', 'in', goalIds).orderBy('review.quarter', 'desc').execute();
  return rows.map(assessmentFromRow);
}

/** Writes a goal's assessment in a review, replacing an earlier one, and returns it. */
export async function upsertAssessment(
  db: Executor,
  assessment: {
    review: Pick<Review, 'id' | 'quarter'>;
    goalId: number;
    statusOverride: string | null;
    overrideReason: string | null;
    narrative: string;
    writtenBy: string;
  },
  now: number,
): Promise<Assessment> {
  const values = {
    status_override: assessment.statusOverride,
    override_reason: assessment.overrideReason,
    narrative: assessment.narrative,
    written_by: assessment.writtenBy,
    written_at: now,
  };
  const row = await db
    .insertInto('assessment')
    .values({ review_id: assessment.review.id, goal_id: assessment.goalId, ...values })
    .onConflict((oc) => oc.columns(['review_id', 'goal_id']).doUpdateSet(values))
    .returningAll()
    .executeTakeFirstOrThrow();
  return assessmentFromRow({ ...row, quarter: assessment.review.quarter });
}

/** How many reviews each strategy has, and how many of them are approved (strategies without any are left out). */
export async function countReviewsByStrategyIds(
  db: Executor,
  strategyIds: readonly number[],
): Promise<Array<{ strategyId: number; reviewCount: number; approvedCount: number }>> {
  if (strategyIds.length === 0) return [];
  const rows = await db
    .selectFrom('review')
    .select((eb) => [
      'strategy_id',
      eb.fn.countAll<number>().as('reviewCount'),
      eb.fn.sum<number>(eb.case().when('status', '=', 'APPROVED').then(1).else(0).end()).as('approvedCount'),
    ])
    .where('strategy_id', 'in', strategyIds)
    .groupBy('strategy_id')
    .execute();
  return rows.map((row) => ({ strategyId: row.strategy_id, reviewCount: Number(row.reviewCount), approvedCount: Number(row.approvedCount) }));
}
