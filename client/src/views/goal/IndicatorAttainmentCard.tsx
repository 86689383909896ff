import { useTranslation } from 'react-i18next';
import { Link, type To } from 'react-router';
import { StatusBadge } from '../../components/StatusBadge';
import { TimeSeriesFigure } from '../../components/TimeSeriesChart';
import type { IndicatorAttainmentFieldsFragment } from '../../graphql/generated/graphql';
import { explainIndicatorStatus } from '../../lib/explain-status';
import { useFormat } from '../../lib/format';
import { formatProgress, readProgress } from '../../lib/progress';

/** One indicator of a goal: its status, the figures behind it, why, and the chart with its table. */
export function IndicatorAttainmentCard({ attainment, areaName, indicatorLink }: { attainment: IndicatorAttainmentFieldsFragment; areaName: string; indicatorLink: To }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { indicator } = attainment;
  const name = format.text(indicator.name);
  const value = (number: number) => format.quantity(number, indicator.unit, indicator.decimals);
  const withPeriod = (point: { period: string; value: number } | null | undefined) => (point ? `${value(point.value)} (${format.period(point.period)})` : t('common.noValue'));
  const chartInput = {
    values: attainment.values,
    baseline: attainment.baseline,
    targetTrajectory: attainment.targetTrajectory,
    latest: attainment.latest,
    projected: attainment.projected,
  };
  const caption = t('chart.tableCaption', { indicator: name, area: areaName });
  const headingId = `indicator-${indicator.code.replace(/[^a-zA-Z0-9-]/g, '-')}`;

  return (
    <article className="indicator-card" aria-labelledby={headingId} data-indicator={indicator.code}>
      <header className="indicator-card__header">
        <h3 id={headingId}>{name}</h3>
        <StatusBadge status={attainment.status} />
      </header>
      <p className="indicator-card__meta">
        {t(`direction.${indicator.direction}`)} · {t('goal.weight', { weight: format.number(attainment.weight, attainment.weight % 1 === 0 ? 0 : 1) })} ·{' '}
        <Link to={indicatorLink}>{t('goal.openIndicator', { name: indicator.code })}</Link>
      </p>
      <dl className="key-figures key-figures--small">
        <div>
          <dt>{t('goal.baseline')}</dt>
          <dd>{withPeriod(attainment.baseline)}</dd>
        </div>
        <div>
          <dt>{t('goal.latest')}</dt>
          <dd>{withPeriod(attainment.latest)}</dd>
        </div>
        <div>
          <dt>{t('goal.target')}</dt>
          <dd>{attainment.target ? withPeriod(attainment.target) : t('goal.noTarget')}</dd>
        </div>
        <div>
          <dt>{t('goal.progressShare')}</dt>
          <dd>{formatProgress(readProgress(attainment), t, format, value)}</dd>
        </div>
        <div>
          <dt>{t('goal.projected')}</dt>
          <dd>{withPeriod(attainment.projected)}</dd>
        </div>
        <div>
          <dt>{t('goal.growthRate')}</dt>
          <dd>
            {attainment.growthRate === null || attainment.growthRate === undefined
              ? t('common.noValue')
              : t('common.perYear', { rate: format.percent(attainment.growthRate, 1) })}
          </dd>
        </div>
        {attainment.requiredGrowthRate !== null && attainment.requiredGrowthRate !== undefined && (
          <div>
            <dt>{t('goal.requiredGrowthRate')}</dt>
            <dd>{t('common.perYear', { rate: format.percent(attainment.requiredGrowthRate, 1) })}</dd>
          </div>
        )}
      </dl>
      <section className="explanation" aria-label={t('goal.whyHeading')}>
        <h4>{t('goal.whyHeading')}</h4>
        <p data-testid="status-explanation">{explainIndicatorStatus(attainment, t, format)}</p>
        <p className="muted">
          {attainment.target &&
            `${t('goal.targetOwner')}: ${attainment.targetArea ? t('goal.targetOwnArea', { area: format.text(attainment.targetArea.name) }) : t('goal.targetOrganisation')}. `}
          {`${t('goal.seriesSource')}: ${t(`seriesSource.${attainment.seriesSource}`, {
            count: attainment.aggregatedAreaCount ?? 0,
            total: attainment.memberAreaCount ?? 0,
            coverage: format.percent(attainment.coverage),
          })}`}
        </p>
      </section>
      {attainment.values.length > 0 && (
        <TimeSeriesFigure {...chartInput} caption={`${name} – ${areaName}`} title={caption} unit={indicator.unit} decimals={indicator.decimals} />
      )}
    </article>
  );
}
