import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useViewer } from '../../auth/viewer';
import { QueryBoundary } from '../../components/QueryState';
import type { WorkspaceStrategiesQuery } from '../../graphql/generated/graphql';
import { useFormat } from '../../lib/format';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useWorkspaceStrategiesQuery } from './strategy-queries';

type StrategySummary = WorkspaceStrategiesQuery['strategies'][number];

/** `/strategies`: every strategy with its organisation and term, the way into editing one. */
export function StrategyListView() {
  const { t } = useTranslation();
  const { can } = useViewer();
  useDocumentTitle(t('workspace.list.title'));
  const [result, reexecute] = useWorkspaceStrategiesQuery();
  return (
    <div className="view view--workspace">
      <header className="view-header view-header--with-actions">
        <h1>{t('workspace.list.title')}</h1>
        {can('EDIT_STRATEGY') && (
          <Link className="button" to="/strategies/new">
            {t('workspace.list.create')}
          </Link>
        )}
      </header>
      <p>{t('workspace.list.intro')}</p>
      <QueryBoundary result={result} onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
        {(data) =>
          data.strategies.length === 0 ? (
            <div className="state state--empty workspace-empty" data-testid="strategies-empty">
              <p className="state__title">{t('workspace.list.emptyTitle')}</p>
              <p>{can('EDIT_STRATEGY') ? t('workspace.list.emptyBody') : t('workspace.list.emptyBodyAnalyst')}</p>
              {can('EDIT_STRATEGY') && (
                <p>
                  <Link className="button" to="/strategies/new">
                    {t('workspace.list.create')}
                  </Link>
                </p>
              )}
            </div>
          ) : (
            <StrategyTable strategies={data.strategies} />
          )
        }
      </QueryBoundary>
    </div>
  );
}

function StrategyTable({ strategies }: { strategies: ReadonlyArray<StrategySummary> }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="table-scroll">
      <table className="data-table" data-testid="strategies-table">
        <caption className="visually-hidden">{t('workspace.list.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('workspace.strategy.name')}</th>
            <th scope="col">{t('workspace.strategy.organisation')}</th>
            <th scope="col">{t('workspace.strategy.term')}</th>
            <th scope="col">{t('workspace.strategy.baselineYear')}</th>
            <th scope="col" className="numeric">
              {t('workspace.list.goals')}
            </th>
            <th scope="col">{t('workspace.list.reviews')}</th>
            <th scope="col">{t('workspace.list.open')}</th>
          </tr>
        </thead>
        <tbody>
          {strategies.map((strategy) => {
            const name = format.text(strategy.name);
            return (
              <tr key={strategy.id} data-strategy-id={strategy.id}>
                <th scope="row">
                  <Link to={`/strategies/${strategy.id}`}>{name}</Link>
                </th>
                <td>
                  {format.text(strategy.organisation.name)} <span className="muted">({t(`workspace.areaKind.${strategy.organisation.kind}`)})</span>
                </td>
                <td>{t('workspace.strategy.termYears', { start: strategy.startYear, end: strategy.endYear })}</td>
                <td>{strategy.baselineYear}</td>
                <td className="numeric">{strategy.goals.length}</td>
                <td>{t('workspace.list.reviewCounts', { total: strategy.reviewCount, count: strategy.approvedReviewCount })}</td>
                <td>
                  <ul className="plain-list workspace-links">
                    <li>
                      <Link to={`/strategies/${strategy.id}/goals`} aria-label={`${t('workspace.tabs.goals')}: ${name}`}>
                        {t('workspace.tabs.goals')}
                      </Link>
                    </li>
                    <li>
                      <Link to={`/strategies/${strategy.id}/indicators`} aria-label={`${t('workspace.tabs.indicators')}: ${name}`}>
                        {t('workspace.tabs.indicators')}
                      </Link>
                    </li>
                    <li>
                      <Link to={{ pathname: '/', search: `?strategy=${strategy.id}` }} aria-label={`${t('workspace.list.overview')}: ${name}`}>
                        {t('workspace.list.overview')}
                      </Link>
                    </li>
                  </ul>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
