import type { TFunction } from 'i18next';
import type { IndicatorAttainmentFieldsFragment } from '../graphql/generated/graphql';
import type { Formatters } from './format';
import { periodToTime } from './periods';
import { readProgress } from './progress';

/**
 * Why a series has its status, in the reader's language, built from the same figures the server
 * judged with (the server's own `explanation` is English only). Mirrors the server's wording:
 * the facts, how far along, the projection, and the conclusion.
 */
export function explainIndicatorStatus(attainment: IndicatorAttainmentFieldsFragment, t: TFunction, format: Formatters): string {
  const { unit, decimals } = attainment.indicator;
  const value = (number: number) => format.quantity(number, unit, decimals);
  const status = t(`status.${attainment.status}`);
  const { baseline, latest } = attainment;
  if (attainment.notAvailableReason || !baseline || !latest) {
    const reason = t(`notAvailableReason.${attainment.notAvailableReason ?? 'NO_DATA'}`);
    return [reason, t('goal.explanation.conclusion', { status })].join(' ');
  }

  const sentences = [
    t('goal.explanation.facts', {
      baseline: value(baseline.value),
      baselinePeriod: format.period(baseline.period),
      latest: value(latest.value),
      latestPeriod: format.period(latest.period),
    }),
  ];
  const target = attainment.target;
  if (attainment.method === 'WITH_TARGET' && target) {
    sentences.push(t('goal.explanation.target', { target: value(target.value), targetPeriod: format.period(target.period) }));
    const progress = readProgress(attainment);
    if (attainment.status === 'TARGET_ACHIEVED') {
      sentences.push(t('goal.explanation.achieved'));
    } else if (progress?.kind === 'ACHIEVED_WORSENING') {
      sentences.push(t('goal.explanation.achievedWorsening', { margin: value(progress.distance) }));
    } else if (progress?.kind === 'MOVING_AWAY' && target.value === baseline.value) {
      sentences.push(t('goal.explanation.holdLevel'));
    } else if (progress) {
      const deadlinePassed = periodToTime(target.period) <= periodToTime(latest.period);
      if (deadlinePassed) sentences.push(t('goal.explanation.deadlinePassed'));
      sentences.push(
        progress.kind === 'SHARE'
          ? t('goal.explanation.share', { share: format.percent(progress.share) })
          : t('goal.explanation.awayFromTarget', { distance: value(progress.distance ?? 0) }),
      );
      if (!deadlinePassed && attainment.projected) {
        sentences.push(
          t('goal.explanation.projection', {
            projected: value(attainment.projected.value),
            projectedPeriod: format.period(attainment.projected.period),
          }),
        );
      }
    }
  } else {
    sentences.push(t('goal.explanation.noTarget'));
    const rate = format.percent(Math.abs(attainment.growthRate ?? 0), 1);
    if (latest.value === baseline.value) sentences.push(t('goal.explanation.unchanged'));
    else sentences.push(t(latest.value > baseline.value ? 'goal.explanation.rising' : 'goal.explanation.falling', { rate }));
  }
  sentences.push(t('goal.explanation.conclusion', { status }));
  return sentences.join(' ');
}
