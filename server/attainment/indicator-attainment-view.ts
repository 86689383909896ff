import type { IndicatorAttainment } from './attainment-model';
import { explainSeries } from './explanation';
import type { TimedValue } from './method';

/** Why an indicator's status is what it is, in words (English), with how its series was formed. */
export function explanationOf({ judgement, indicator, notes }: IndicatorAttainment): string {
  const explanation = explainSeries(judgement, { unit: indicator.unit, decimals: indicator.decimals, direction: indicator.direction });
  return [explanation, ...notes].join(' ');
}

/** The values judged, from the baseline to the latest: what charts and sparklines draw. */
export function judgedValues({ judgement, series }: IndicatorAttainment): TimedValue[] {
  const first = judgement.baseline?.period;
  const last = judgement.latest?.period;
  return first && last ? series.filter((value) => value.period >= first && value.period <= last) : [];
}
