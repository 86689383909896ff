import { useTranslation } from 'react-i18next';
import { TimeSeriesFigure } from '../../components/TimeSeriesChart';
import { useFormat } from '../../lib/format';
import type { ReviewIndicator } from './review-report';

/**
 * A goal's key chart in the report: its weightiest indicator's values with the path to the target.
 * A fixed size, so the printout and the PDF draw it exactly as the screen does; the sentence under
 * the caption and the table are its text alternative.
 */
export function ReviewKeyChart({ indicator, areaName }: { indicator: ReviewIndicator; areaName: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const name = format.text(indicator.name);
  const first = indicator.values[0];
  const last = indicator.values[indicator.values.length - 1];
  const input = {
    values: indicator.values,
    baseline: indicator.baseline,
    targetTrajectory: indicator.target ? [indicator.target] : [],
  };
  const caption = t('chart.tableCaption', { indicator: name, area: areaName });
  const summary =
    first && last
      ? [
          t('sparkline.label', {
            indicator: name,
            first: format.quantity(first.value, indicator.unit, indicator.decimals),
            firstPeriod: format.period(first.period),
            last: format.quantity(last.value, indicator.unit, indicator.decimals),
            lastPeriod: format.period(last.period),
          }),
          indicator.target
            ? t('review.chartTarget', {
                target: format.quantity(indicator.target.value, indicator.unit, indicator.decimals),
                period: format.period(indicator.target.period),
              })
            : '',
        ]
          .filter(Boolean)
          .join('. ')
      : null;
  return (
    <TimeSeriesFigure
      {...input}
      caption={t('review.keyChart', { indicator: name })}
      summary={summary}
      title={caption}
      unit={indicator.unit}
      decimals={indicator.decimals}
      width={440}
      height={210}
    />
  );
}
