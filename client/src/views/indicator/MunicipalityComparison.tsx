import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ChartFigure } from '../../components/ChartFigure';
import { ComparisonBarChart, type ComparisonItem } from '../../components/ComparisonBarChart';
import { DownloadCsvButton } from '../../components/DownloadCsvButton';
import { ChoroplethMap } from '../../components/map/ChoroplethMap';
import { useMunicipalityBoundaries } from '../../components/map/boundaries';
import { EmptyState, ErrorState, LoadingState } from '../../components/QueryState';
import type { IndicatorDetailsQuery } from '../../graphql/generated/graphql';
import { safeFileName } from '../../lib/csv';
import { withSearchParam } from '../../lib/dashboard-filters';
import { useFormat } from '../../lib/format';
import { useIndicatorComparisonQuery } from './indicator-queries';

type Indicator = NonNullable<IndicatorDetailsQuery['indicator']>;

interface MunicipalityComparisonProps {
  indicator: Indicator;
  countyCode: string;
  countyMunicipalityCodes: ReadonlyArray<string>;
  selectedCode: string | null;
}

/**
 * Every municipality of the county (or of Finland, `scope=finland` in the URL) in one period
 * (`period`, latest by default): a sorted bar chart, a map, and the table both stand for.
 */
export function MunicipalityComparison({ indicator, countyCode, countyMunicipalityCodes, selectedCode }: MunicipalityComparisonProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const idPrefix = useId();
  const [searchParams, setSearchParams] = useSearchParams();
  const wholeFinland = searchParams.get('scope') === 'finland';
  const requestedPeriod = searchParams.get('period') || null;
  const [result, reexecute] = useIndicatorComparisonQuery({ code: indicator.code, period: requestedPeriod, parentCode: wholeFinland ? null : countyCode });
  const setParam = (name: 'scope' | 'period', value: string | null) =>
    setSearchParams((previous) => withSearchParam(previous, name, value), { preventScrollReset: true });

  const name = format.text(indicator.name);
  const comparison = result.data?.indicatorValues;
  const period = comparison?.period ?? null;
  const items: ComparisonItem[] = useMemo(() => {
    const collator = new Intl.Collator(format.locale);
    const direction = indicator.direction === 'HIGHER_IS_BETTER' ? -1 : 1;
    // Best first: the top of the chart is where the reader looks for "who does best".
    return (comparison?.values ?? [])
      .flatMap((item) => (item.value === null || item.value === undefined ? [] : [{ code: item.area.code, name: format.text(item.area.name), value: item.value }]))
      .sort((a, b) => direction * (a.value - b.value) || collator.compare(a.name, b.name));
  }, [comparison, format, indicator.direction]);
  // Municipalities without a value (often suppressed for privacy) are listed, not left out.
  const missing = useMemo(() => {
    const collator = new Intl.Collator(format.locale);
    return (comparison?.values ?? [])
      .filter((item) => item.value === null || item.value === undefined)
      .map((item) => ({ code: item.area.code, name: format.text(item.area.name) }))
      .sort((a, b) => collator.compare(a.name, b.name));
  }, [comparison, format]);
  // Memoised: the map's projection of every municipality is recomputed whenever this array changes.
  const mapValues = useMemo(
    () => (comparison?.values ?? []).map((item) => ({ code: item.area.code, name: format.text(item.area.name), value: item.value ?? null })),
    [comparison, format],
  );
  const countyCodes = useMemo(() => new Set(countyMunicipalityCodes), [countyMunicipalityCodes]);
  const periodLabel = period ? format.period(period) : '';
  const chartTitle = t('indicator.barChartLabel', { indicator: name, period: periodLabel });
  const value = (number: number | null | undefined) => format.quantity(number, indicator.unit, indicator.decimals);

  const best = items[0];
  const worst = items[items.length - 1];
  const selectedIndex = items.findIndex((item) => item.code === selectedCode);
  const selectedItem = items[selectedIndex];
  const summary =
    best && worst
      ? t('indicator.comparisonSummary', {
          max: value(Math.max(best.value, worst.value)),
          maxArea: best.value >= worst.value ? best.name : worst.name,
          min: value(Math.min(best.value, worst.value)),
          minArea: best.value >= worst.value ? worst.name : best.name,
          selected: selectedItem ? t('indicator.selectedRank', { area: selectedItem.name, rank: selectedIndex + 1, total: items.length }) : '',
        })
      : null;

  return (
    <section className="comparison" aria-labelledby="comparison-heading">
      <h2 id="comparison-heading">{t('indicator.comparisonHeading')}</h2>
      <form className="filter-bar filter-bar--inline" aria-label={t('indicator.comparisonHeading')} onSubmit={(event) => event.preventDefault()}>
        <div className="filter-bar__field">
          <label htmlFor={`${idPrefix}-scope`}>{t('indicator.comparisonScope')}</label>
          <select id={`${idPrefix}-scope`} value={wholeFinland ? 'finland' : ''} onChange={(event) => setParam('scope', event.target.value || null)}>
            <option value="">{t('indicator.scopeCounty')}</option>
            <option value="finland">{t('indicator.scopeFinland')}</option>
          </select>
        </div>
        <div className="filter-bar__field">
          <label htmlFor={`${idPrefix}-period`}>{t('indicator.period')}</label>
          <select id={`${idPrefix}-period`} value={requestedPeriod ?? ''} onChange={(event) => setParam('period', event.target.value || null)} disabled={!comparison}>
            <option value="">{comparison?.periods[0] ? `${t('filters.latest')} (${format.period(comparison.periods[0])})` : t('filters.latest')}</option>
            {(comparison?.periods ?? []).map((option) => (
              <option key={option} value={option}>
                {format.period(option)}
              </option>
            ))}
          </select>
        </div>
      </form>

      {!comparison && result.error && <ErrorState error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />}
      {!comparison && !result.error && <LoadingState />}
      {comparison && items.length === 0 && <EmptyState>{t('indicator.noComparison')}</EmptyState>}
      {comparison && items.length > 0 && (
        <div className="comparison__grid" aria-busy={result.fetching}>
          <ChartFigure
            caption={chartTitle}
            summary={summary}
            table={
              <ComparisonTable items={items} missing={missing} selectedCode={selectedCode} caption={chartTitle} unit={indicator.unit} decimals={indicator.decimals} />
            }
            actions={
              <DownloadCsvButton
                fileName={`${safeFileName(indicator.code)}-${wholeFinland ? 'SSS' : countyCode}-${period ?? ''}.csv`}
                header={['indicator', 'area', 'period', 'value']}
                rows={() => items.map((item) => [indicator.code, item.code, period, item.value])}
              />
            }
          >
            <ComparisonBarChart
              items={items}
              selectedCode={selectedCode}
              emphasisedCodes={wholeFinland ? countyCodes : undefined}
              title={chartTitle}
              unit={indicator.unit}
              decimals={indicator.decimals}
            />
          </ChartFigure>
          <MunicipalityMap
            title={t('indicator.mapLabel', { indicator: name, period: periodLabel })}
            values={mapValues}
            selectedCode={selectedCode}
            unit={indicator.unit}
            decimals={indicator.decimals}
          />
        </div>
      )}
    </section>
  );
}

function MunicipalityMap(props: { title: string; values: ReadonlyArray<{ code: string; name: string; value: number | null }>; selectedCode: string | null; unit: string; decimals: number }) {
  const { t } = useTranslation();
  const boundaries = useMunicipalityBoundaries();
  return (
    <figure className="chart-figure map-figure">
      <figcaption className="chart-figure__caption">
        {t('indicator.mapHeading')}: {props.title}
      </figcaption>
      {boundaries.status === 'loading' && <LoadingState label={t('indicator.mapLoading')} />}
      {boundaries.status === 'error' && <EmptyState>{t('indicator.mapUnavailable')}</EmptyState>}
      {boundaries.status === 'ready' && <ChoroplethMap features={boundaries.features} {...props} />}
    </figure>
  );
}

function ComparisonTable({
  items,
  missing,
  selectedCode,
  caption,
  unit,
  decimals,
}: {
  items: ReadonlyArray<ComparisonItem>;
  missing: ReadonlyArray<{ code: string; name: string }>;
  selectedCode: string | null;
  caption: string;
  unit: string;
  decimals: number;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="table-scroll table-scroll--tall">
      <table className="data-table data-table--compact" data-testid="comparison-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="numeric">
              {t('indicator.rank')}
            </th>
            <th scope="col">{t('indicator.area')}</th>
            <th scope="col" className="numeric">
              {t('indicator.value')} ({unit})
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((item, index) => (
            <tr key={item.code} className={item.code === selectedCode ? 'is-selected' : undefined} aria-current={item.code === selectedCode ? 'true' : undefined}>
              <td className="numeric">{index + 1}</td>
              <th scope="row">{item.code === selectedCode ? <strong>{item.name}</strong> : item.name}</th>
              <td className="numeric">{format.number(item.value, decimals)}</td>
            </tr>
          ))}
          {missing.map((item) => (
            <tr key={item.code} className={item.code === selectedCode ? 'is-selected' : undefined} aria-current={item.code === selectedCode ? 'true' : undefined}>
              <td className="numeric" />
              <th scope="row">{item.code === selectedCode ? <strong>{item.name}</strong> : item.name}</th>
              <td className="numeric">{format.number(null, decimals)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
