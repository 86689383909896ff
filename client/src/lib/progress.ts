import type { TFunction } from 'i18next';
import type { AttainmentStatus } from '../graphql/generated/graphql';
import type { Formatters } from './format';

/**
 * "How far along", as every view shows it (server/attainment/METHOD.md, "Progress as shown"): a share
 * of the way from the baseline to the target between 0 % and 100 %, or — where there is no way
 * covered to speak of — that the series is moving away from its target, or has met a loose target
 * while worsening, each with how far it is from the target. Never a share below 0 % or above 100 %.
 */
export type Progress =
  | { kind: 'SHARE'; share: number }
  /** Worse than the baseline and not meeting the target; the distance is latest − target, in the indicator's unit (null for a goal). */
  | { kind: 'MOVING_AWAY'; distance: number | null }
  /** Meeting the target while worse than the baseline; the distance is what is left before the target is crossed. */
  | { kind: 'ACHIEVED_WORSENING'; distance: number };

export interface ProgressInput {
  status: AttainmentStatus;
  /** The API's raw share: (latest − baseline) / (target − baseline), null where there is no way to cover. */
  progressShare?: number | null;
  latest?: { value: number } | null;
  target?: { value: number } | null;
}

/** The progress of one indicator; null without a target or a judgement. */
export function readProgress({ status, progressShare, latest, target }: ProgressInput): Progress | null {
  if (!target || !latest || status === 'NOT_AVAILABLE') return null;
  if (status === 'TARGET_ACHIEVED') return { kind: 'SHARE', share: 1 };
  const distance = Math.abs(latest.value - target.value);
  if (status === 'TARGET_ACHIEVED_WORSENING') return { kind: 'ACHIEVED_WORSENING', distance };
  // Not met and no share: the target was on the worse side of the baseline (or equal to it), and
  // the series is now worse than the target, so it has moved away from it.
  if (progressShare === null || progressShare === undefined || progressShare < 0) return { kind: 'MOVING_AWAY', distance };
  return { kind: 'SHARE', share: Math.min(1, progressShare) };
}

/**
 * A goal's progress: its indicators' shares averaged by weight, a met target counting 100 % and one
 * moved away from 0 %; "moving away" itself when every indicator with a target moves away. Null when
 * none has a target.
 */
export function goalProgress(indicators: ReadonlyArray<ProgressInput & { weight: number }>): Progress | null {
  let weighted = 0;
  let totalWeight = 0;
  let allAway = true;
  for (const indicator of indicators) {
    const progress = readProgress(indicator);
    if (progress === null) continue;
    const share = progress.kind === 'SHARE' ? progress.share : progress.kind === 'ACHIEVED_WORSENING' ? 1 : 0;
    if (progress.kind !== 'MOVING_AWAY') allAway = false;
    weighted += share * indicator.weight;
    totalWeight += indicator.weight;
  }
  if (totalWeight === 0) return null;
  return allAway ? { kind: 'MOVING_AWAY', distance: null } : { kind: 'SHARE', share: weighted / totalWeight };
}

/** Progress in words; `quantity` writes a distance in the indicator's unit. */
export function formatProgress(progress: Progress | null, t: TFunction, format: Formatters, quantity: (value: number) => string = (value) => format.number(value, 1)): string {
  if (progress === null) return t('common.noValue');
  switch (progress.kind) {
    case 'SHARE':
      return format.percent(progress.share);
    case 'MOVING_AWAY':
      return progress.distance === null ? t('progress.movingAway') : t('progress.movingAwayBy', { distance: quantity(progress.distance) });
    case 'ACHIEVED_WORSENING':
      return t('progress.achievedWorsening', { distance: quantity(progress.distance) });
  }
}
