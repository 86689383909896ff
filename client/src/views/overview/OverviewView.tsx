import { useTranslation } from 'react-i18next';
import { useViewer } from '../../auth/viewer';
import { DashboardScope, type DashboardScopeValue } from '../../components/DashboardScope';
import { FilterBar } from '../../components/FilterBar';
import { QueryBoundary } from '../../components/QueryState';
import { useFormat } from '../../lib/format';
import { useDocumentTitle } from '../../lib/use-document-title';
import { OverviewContent } from './OverviewContent';
import { useStrategyAttainmentQuery } from './strategy-attainment-query';

/** Overview: the strategy's perspectives and goals for the area, service area and quarter in the URL. */
export function OverviewView() {
  const { t } = useTranslation();
  useDocumentTitle(t('overview.title'));
  return <DashboardScope>{(scope) => <OverviewContainer scope={scope} />}</DashboardScope>;
}

function OverviewContainer({ scope }: { scope: DashboardScopeValue }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { can } = useViewer();
  const { strategy, filters } = scope;
  const [result, reexecute] = useStrategyAttainmentQuery({
    strategyId: strategy.id,
    areaCode: filters.areaCode,
    serviceAreaId: filters.serviceAreaId,
    asOf: filters.asOf,
  });
  return (
    <div className="view view--overview">
      <header className="view-header">
        <p className="view-header__eyebrow">{t('overview.title')}</p>
        <h1>{format.text(strategy.name)}</h1>
      </header>
      <FilterBar context={scope.context} strategy={strategy} filters={filters} onChange={scope.setFilter} show={['area', 'serviceArea', 'asOf']} />
      <QueryBoundary result={result} onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
        {(data) => (
          <OverviewContent attainment={data.attainment} linkSearch={scope.linkSearch} canEditStrategy={can('EDIT_STRATEGY')} stale={result.stale || result.fetching} />
        )}
      </QueryBoundary>
    </div>
  );
}
