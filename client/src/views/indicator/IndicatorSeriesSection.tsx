import { useTranslation } from 'react-i18next';
import { DownloadCsvButton } from '../../components/DownloadCsvButton';
import { TimeSeriesFigure } from '../../components/TimeSeriesChart';
import { EmptyState } from '../../components/QueryState';
import type { IndicatorDetailsQuery } from '../../graphql/generated/graphql';
import { safeFileName } from '../../lib/csv';
import { useFormat } from '../../lib/format';

type Indicator = NonNullable<IndicatorDetailsQuery['indicator']>;

interface IndicatorSeriesSectionProps {
  indicator: Indicator;
  areaCode: string;
  areaName: string;
  /** The long CSV names service areas by code; the URL holds the id. */
  serviceAreaCode: string | null;
}

/** The chosen area's series: chart with baseline and target trajectory, the data table, and CSV. */
export function IndicatorSeriesSection({ indicator, areaCode, areaName, serviceAreaCode }: IndicatorSeriesSectionProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const name = format.text(indicator.name);
  const series = indicator.series;
  // The server says which target applies and where the baseline lies, by attainment's own rules.
  const chartInput = {
    values: series,
    baseline: indicator.basis.baseline,
    targetTrajectory: indicator.basis.target?.points ?? [],
  };
  const caption = t('chart.tableCaption', { indicator: name, area: areaName });

  return (
    <section className="indicator-series" aria-labelledby="indicator-series-heading">
      <h2 id="indicator-series-heading">{t('indicator.seriesHeading', { area: areaName })}</h2>
      {series.length === 0 ? (
        <EmptyState>{t('indicator.noSeries')}</EmptyState>
      ) : (
        <>
          <TimeSeriesFigure {...chartInput} caption={`${name} – ${areaName}`} title={caption} unit={indicator.unit} decimals={indicator.decimals} />
          <h3 id="indicator-table-heading">{t('indicator.dataTable')}</h3>
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus so that keyboard users can scroll it (WCAG 2.1.1) */}
          <section className="table-scroll table-scroll--tall" aria-labelledby="indicator-table-heading" tabIndex={0}>
            <table className="data-table data-table--compact" data-testid="series-table">
              <caption className="visually-hidden">{caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('chart.period')}</th>
                  <th scope="col" className="numeric">
                    {t('indicator.value')} ({indicator.unit})
                  </th>
                  <th scope="col">{t('common.provisional')}</th>
                  <th scope="col">{t('indicator.recordedAt')}</th>
                </tr>
              </thead>
              <tbody>
                {[...series].reverse().map((point) => (
                  <tr key={point.period}>
                    <th scope="row">{format.period(point.period)}</th>
                    <td className="numeric">{format.number(point.value, indicator.decimals)}</td>
                    <td>{point.provisional ? t('common.yes') : ''}</td>
                    <td>{format.dateTime(point.recordedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <div className="actions">
            <DownloadCsvButton
              fileName={`${safeFileName(indicator.code)}-${safeFileName(areaCode)}.csv`}
              header={['indicator', 'area', 'period', 'value', 'service_area', 'provisional']}
              rows={() => series.map((point) => [indicator.code, areaCode, point.period, point.value, serviceAreaCode, point.provisional])}
            />
          </div>
        </>
      )}
    </section>
  );
}
