import { useTranslation } from 'react-i18next';
import { DashboardScope, type DashboardScopeValue } from '../../components/DashboardScope';
import { FilterBar } from '../../components/FilterBar';
import { EmptyState, QueryBoundary } from '../../components/QueryState';
import { StatusLegend } from '../../components/StatusLegend';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useAttainmentMatrixQuery } from './attainment-matrix-query';
import { MatrixTable } from './MatrixTable';

/** Goals × municipalities: where is the strategy failing? */
export function MatrixView() {
  const { t } = useTranslation();
  useDocumentTitle(t('matrix.title'));
  return <DashboardScope>{(scope) => <MatrixContainer scope={scope} />}</DashboardScope>;
}

function MatrixContainer({ scope }: { scope: DashboardScopeValue }) {
  const { t } = useTranslation();
  const [result, reexecute] = useAttainmentMatrixQuery({ strategyId: scope.strategy.id, serviceAreaId: scope.filters.serviceAreaId, asOf: scope.filters.asOf });
  return (
    <div className="view view--matrix">
      <header className="view-header">
        <h1>{t('matrix.title')}</h1>
        <p>{t('matrix.intro')}</p>
      </header>
      <FilterBar context={scope.context} strategy={scope.strategy} filters={scope.filters} onChange={scope.setFilter} show={['serviceArea', 'asOf']} />
      <StatusLegend />
      <QueryBoundary result={result} onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
        {(data) =>
          data.attainmentMatrix.goals.length === 0 || data.attainmentMatrix.rows.length === 0 ? (
            <EmptyState>{t('matrix.empty')}</EmptyState>
          ) : (
            <MatrixTable matrix={data.attainmentMatrix} linkSearch={scope.linkSearch} stale={result.fetching} />
          )
        }
      </QueryBoundary>
    </div>
  );
}
