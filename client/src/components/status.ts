import type { AttainmentStatus } from '../graphql/generated/graphql';

/** Worst first: the order off-track goals are listed and legends are read in. */
export const STATUSES_BY_SEVERITY: readonly AttainmentStatus[] = [
  'DETERIORATING',
  'LIMITED_PROGRESS',
  'NEEDS_ACCELERATION',
  'TARGET_ACHIEVED_WORSENING',
  'ON_TRACK',
  'TARGET_ACHIEVED',
  'NOT_AVAILABLE',
];

/**
 * Legend order, best first, as the method defines the statuses: a target met while worsening scores
 * below on track (0–2.5), so it comes after it.
 */
export const STATUSES_IN_ORDER: readonly AttainmentStatus[] = [
  'TARGET_ACHIEVED',
  'ON_TRACK',
  'TARGET_ACHIEVED_WORSENING',
  'NEEDS_ACCELERATION',
  'LIMITED_PROGRESS',
  'DETERIORATING',
  'NOT_AVAILABLE',
];

/** Statuses an executive must act on ("off track"). Not available is a data problem, shown apart. */
export function isOffTrack(status: AttainmentStatus): boolean {
  return status === 'NEEDS_ACCELERATION' || status === 'LIMITED_PROGRESS' || status === 'DETERIORATING';
}

export function severityRank(status: AttainmentStatus): number {
  return STATUSES_BY_SEVERITY.indexOf(status);
}
