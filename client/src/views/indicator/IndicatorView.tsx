import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { DashboardScope, type DashboardScopeValue } from '../../components/DashboardScope';
import { FilterBar } from '../../components/FilterBar';
import { NotFound } from '../../components/NotFound';
import { ErrorState, LoadingState } from '../../components/QueryState';
import { useFormat } from '../../lib/format';
import { useDocumentTitle } from '../../lib/use-document-title';
import { IndicatorMetadata } from './IndicatorMetadata';
import { IndicatorSeriesSection } from './IndicatorSeriesSection';
import { useIndicatorDetailsQuery } from './indicator-queries';
import { MunicipalityComparison } from './MunicipalityComparison';

/** Indicator: definition, the chosen area's series, and every municipality compared on a chart and a map. */
export function IndicatorView() {
  const { code = '' } = useParams();
  return <DashboardScope>{(scope) => <IndicatorContainer code={code} scope={scope} />}</DashboardScope>;
}

function IndicatorContainer({ code, scope }: { code: string; scope: DashboardScopeValue }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [result, reexecute] = useIndicatorDetailsQuery({
    code,
    areaCode: scope.effectiveAreaCode,
    serviceAreaId: scope.filters.serviceAreaId,
    strategyId: scope.strategy.id,
  });
  const indicator = result.data?.indicator;
  useDocumentTitle(indicator ? format.text(indicator.name) : null);

  if (!result.data) {
    return result.error ? <ErrorState error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} /> : <LoadingState />;
  }
  if (!indicator) return <NotFound message={t('indicator.notFound', { code })} />;

  const areaName = format.text(scope.municipality?.name ?? scope.strategy.organisation.name);
  return (
    <article className="view view--indicator" aria-busy={result.fetching}>
      <header className="view-header">
        <p className="view-header__eyebrow">
          {t('nav.indicators')} · <code>{indicator.code}</code>
        </p>
        <h1>{format.text(indicator.name)}</h1>
      </header>
      <FilterBar context={scope.context} strategy={scope.strategy} filters={scope.filters} onChange={scope.setFilter} show={['area', 'serviceArea']} />
      <IndicatorSeriesSection indicator={indicator} areaCode={scope.effectiveAreaCode} areaName={areaName}
        serviceAreaCode={scope.serviceArea?.code ?? null} />
      <MunicipalityComparison
        indicator={indicator}
        countyCode={scope.strategy.organisation.code}
        countyMunicipalityCodes={scope.strategy.organisation.children.map((area) => area.code)}
        selectedCode={scope.municipality?.code ?? null}
      />
      <IndicatorMetadata indicator={indicator} linkSearch={scope.linkSearch()} />
    </article>
  );
}
