import type { AttainmentStatus } from '../attainment/method';
import type { LocalizedText } from '../common/localized-text';
import type { AssessmentRow, ReviewRow } from '../db/database';

export type ReviewStatus = 'DRAFT' | 'APPROVED';

export interface Review {
  id: number;
  strategyId: number;
  quarter: string;
  status: ReviewStatus;
  createdAt: Date;
  createdBy: string;
  approvedAt: Date | null;
  approvedBy: string | null;
}

/** An owner's assessment; times as ISO strings, because approved reviews keep them inside JSON. */
export interface Assessment {
  id: string;
  reviewId: string;
  quarter: string;
  goalId: string;
  statusOverride: AttainmentStatus | null;
  overrideReason: string | null;
  narrative: string;
  writtenBy: string;
  writtenAt: string;
}

export type StatusChange = 'IMPROVED' | 'WORSENED' | 'UNCHANGED' | 'NEW';

export interface ReviewIndicator {
  code: string;
  name: LocalizedText;
  unit: string;
  decimals: number;
  status: AttainmentStatus;
  baseline: { period: string; value: number } | null;
  latest: { period: string; value: number } | null;
  target: { period: string; value: number } | null;
  progressShare: number | null;
  explanation: string;
  values: Array<{ period: string; value: number }>;
}

export interface ReviewGoal {
  goalId: string;
  title: LocalizedText;
  perspective: LocalizedText;
  depth: number;
  owner: string | null;
  ownerUsername: string | null;
  status: AttainmentStatus;
  score: number | null;
  coverage: number;
  previousStatus: AttainmentStatus | null;
  previousScore: number | null;
  change: StatusChange;
  indicators: ReviewIndicator[];
  assessment: Assessment | null;
}

/**
 * What a review shows. Plain data (JSON-safe) on purpose: at approval it is stored as it is, and the
 * approved report is read back from that copy, never recomputed.
 */
export interface ReviewContent {
  figuresAsOf: string;
  previousQuarter: string;
  comparedWithApprovedReview: boolean;
  strategyStatus: AttainmentStatus;
  strategyScore: number | null;
  goals: ReviewGoal[];
}

export function reviewFromRow(row: Omit<ReviewRow, 'snapshot'>): Review {
  return {
    id: row.id,
    strategyId: row.strategy_id,
    quarter: row.quarter,
    status: row.status,
    createdAt: new Date(row.created_at),
    createdBy: row.created_by,
    approvedAt: row.approved_at === null ? null : new Date(row.approved_at),
    approvedBy: row.approved_by,
  };
}

export function assessmentFromRow(row: AssessmentRow & { quarter: string }): Assessment {
  return {
    id: String(row.id),
    reviewId: String(row.review_id),
    quarter: row.quarter,
    goalId: String(row.goal_id),
    statusOverride: row.status_override as AttainmentStatus | null,
    overrideReason: row.override_reason,
    narrative: row.narrative,
    writtenBy: row.written_by,
    writtenAt: new Date(row.written_at).toISOString(),
  };
}
