import type { AttainmentStatus, ReviewGoalFieldsFragment, ReviewReportQuery, StatusChange } from '../../graphql/generated/graphql';
import type { CsvCell } from '../../lib/csv';
import type { LocalizedText } from '../../lib/format';
import { quartersDescending } from '../../lib/periods';
import { readProgress, type Progress } from '../../lib/progress';

export type ReviewReport = NonNullable<ReviewReportQuery['review']>;
export type ReviewGoal = ReviewGoalFieldsFragment;
export type ReviewIndicator = ReviewGoal['indicators'][number];

/** The id of a goal's heading in the report: what changed links to it, and the goal view's history too. */
export function goalAnchor(goalId: string): string {
  return `review-goal-${goalId}`;
}

export interface PerspectiveGroup {
  /** A stable key for React and for ids (the Finnish name, which the API always has). */
  key: string;
  perspective: LocalizedText;
  goals: ReviewGoal[];
}

/**
 * The review's goals by perspective, in the order the review lists them (the goal tree's order:
 * perspective by perspective, parents before their sub-goals).
 */
export function groupByPerspective(goals: ReadonlyArray<ReviewGoal>): PerspectiveGroup[] {
  const groups = new Map<string, PerspectiveGroup>();
  for (const goal of goals) {
    const key = goal.perspective.fi;
    let group = groups.get(key);
    if (!group) {
      group = { key, perspective: goal.perspective, goals: [] };
      groups.set(key, group);
    }
    group.goals.push(goal);
  }
  return [...groups.values()];
}

export const CHANGES: readonly StatusChange[] = ['WORSENED', 'IMPROVED', 'NEW', 'UNCHANGED'];

export function countChanges(goals: ReadonlyArray<Pick<ReviewGoal, 'change'>>): Record<StatusChange, number> {
  const counts: Record<StatusChange, number> = { IMPROVED: 0, WORSENED: 0, UNCHANGED: 0, NEW: 0 };
  for (const goal of goals) counts[goal.change] += 1;
  return counts;
}

/**
 * What the board reads first: goals whose status moved since the previous quarter (worsened before
 * improved, tree order within each), and goals whose owner overrode the computed status.
 */
export function goalsToDiscuss(goals: ReadonlyArray<ReviewGoal>): ReviewGoal[] {
  const rank = (goal: ReviewGoal) => (goal.change === 'WORSENED' ? 0 : goal.change === 'IMPROVED' ? 1 : 2);
  return goals
    .map((goal, index) => ({ goal, index }))
    .filter(({ goal }) => goal.change === 'WORSENED' || goal.change === 'IMPROVED' || isOverridden(goal))
    .sort((a, b) => rank(a.goal) - rank(b.goal) || a.index - b.index)
    .map(({ goal }) => goal);
}

/** An override that says something: a status other than the computed one. */
export function isOverridden(goal: Pick<ReviewGoal, 'status' | 'assessment'>): boolean {
  const override = goal.assessment?.statusOverride;
  return !!override && override !== goal.status;
}

/** The status the board is asked to accept: the owner's override where there is one, else the computed status. */
export function assessedStatus(goal: Pick<ReviewGoal, 'status' | 'assessment'>): AttainmentStatus {
  return goal.assessment?.statusOverride ?? goal.status;
}

/** Goal id → indicator code → weight, from the strategy's goal links. */
export function weightsByGoal(goals: ReadonlyArray<{ id: string; indicators: ReadonlyArray<{ weight: number; indicator: { code: string } }> }>): Map<string, Map<string, number>> {
  return new Map(goals.map((goal) => [goal.id, new Map(goal.indicators.map((link) => [link.indicator.code, link.weight]))]));
}

/**
 * The series of a goal's key chart: its weightiest indicator with at least two values (the first
 * listed wins a tie; unknown weights count as 1, e.g. for a link removed since the review).
 */
export function keyIndicator(goal: Pick<ReviewGoal, 'indicators'>, weights: ReadonlyMap<string, number> | undefined): ReviewIndicator | null {
  let best: ReviewIndicator | null = null;
  let bestWeight = Number.NEGATIVE_INFINITY;
  for (const indicator of goal.indicators) {
    if (indicator.values.length < 2) continue;
    const weight = weights?.get(indicator.code) ?? 1;
    if (weight > bestWeight) {
      best = indicator;
      bestWeight = weight;
    }
  }
  return best;
}

export const FIGURES_CSV_HEADER = [
  'quarter',
  'perspective',
  'goal_id',
  'goal',
  'goal_status',
  'goal_score',
  'previous_status',
  'change',
  'assessed_status',
  'override_reason',
  'indicator',
  'indicator_name',
  'unit',
  'indicator_status',
  'baseline_period',
  'baseline_value',
  'latest_period',
  'latest_value',
  'target_period',
  'target_value',
  // As every view shows progress (lib/progress.ts): SHARE with its 0–1 share, or MOVING_AWAY /
  // ACHIEVED_WORSENING with the distance to the target in the indicator's unit.
  'progress',
  'progress_share',
  'distance_to_target',
] as const;

/**
 * The report's figures, one row per goal × indicator (a goal without indicators gets one row):
 * machine-readable like the other downloads (codes, decimal points), names in the reader's language.
 */
export function reviewFiguresRows(review: Pick<ReviewReport, 'quarter' | 'goals'>, text: (value: LocalizedText) => string): CsvCell[][] {
  const rows: CsvCell[][] = [];
  for (const goal of review.goals) {
    const goalCells: CsvCell[] = [
      review.quarter,
      text(goal.perspective),
      goal.goalId,
      text(goal.title),
      goal.status,
      goal.score,
      goal.previousStatus,
      goal.change,
      assessedStatus(goal),
      goal.assessment?.statusOverride ? goal.assessment.overrideReason : null,
    ];
    if (goal.indicators.length === 0) {
      rows.push([...goalCells, ...Array<CsvCell>(FIGURES_CSV_HEADER.length - goalCells.length).fill(null)]);
      continue;
    }
    for (const indicator of goal.indicators) {
      rows.push([
        ...goalCells,
        indicator.code,
        text(indicator.name),
        indicator.unit,
        indicator.status,
        indicator.baseline?.period,
        indicator.baseline?.value,
        indicator.latest?.period,
        indicator.latest?.value,
        indicator.target?.period,
        indicator.target?.value,
        ...progressCells(readProgress(indicator)),
      ]);
    }
  }
  return rows;
}

function progressCells(progress: Progress | null): CsvCell[] {
  if (progress === null) return [null, null, null];
  if (progress.kind === 'SHARE') return [progress.kind, progress.share, null];
  // A difference of two decimals (1.6 − 1.0 = 0.6000000000000001) without its binary noise.
  return [progress.kind, null, progress.distance === null ? null : Number(progress.distance.toPrecision(12))];
}

export interface AssessmentDraft {
  /** '' for "no override: the computed status stands". */
  statusOverride: AttainmentStatus | '';
  overrideReason: string;
  narrative: string;
}

export type AssessmentField = keyof AssessmentDraft;
export type AssessmentProblem = 'reasonRequired' | 'narrativeRequired';

/** The form's own checks, before the server's: a reason for any override, and a narrative. */
export function validateAssessment(draft: AssessmentDraft): Partial<Record<AssessmentField, AssessmentProblem>> {
  const problems: Partial<Record<AssessmentField, AssessmentProblem>> = {};
  if (draft.statusOverride && !draft.overrideReason.trim()) problems.overrideReason = 'reasonRequired';
  if (!draft.narrative.trim()) problems.narrative = 'narrativeRequired';
  return problems;
}

export function draftFromAssessment(assessment: ReviewGoal['assessment']): AssessmentDraft {
  return {
    statusOverride: assessment?.statusOverride ?? '',
    overrideReason: assessment?.overrideReason ?? '',
    narrative: assessment?.narrative ?? '',
  };
}

/** The mutation's input: no reason is sent without an override. */
export function assessmentInput(reviewId: string, goalId: string, draft: AssessmentDraft) {
  return {
    reviewId,
    goalId,
    statusOverride: draft.statusOverride || null,
    overrideReason: draft.statusOverride ? draft.overrideReason.trim() : null,
    narrative: draft.narrative.trim(),
  };
}

/** The quarters that have no review yet, newest first, from the strategy's first year to `lastQuarter` (today's). */
export function quartersWithoutReview(firstYear: number, lastQuarter: string, reviews: ReadonlyArray<{ quarter: string }>): string[] {
  const taken = new Set(reviews.map((review) => review.quarter));
  return quartersDescending(firstYear, lastQuarter).filter((quarter) => !taken.has(quarter));
}
