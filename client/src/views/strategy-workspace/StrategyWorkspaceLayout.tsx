import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useParams } from 'react-router';
import { useViewer } from '../../auth/viewer';
import { NotFound } from '../../components/NotFound';
import { LoadingState, QueryBoundary } from '../../components/QueryState';
import { useFormat } from '../../lib/format';
import { useWorkspaceStrategyQuery, type WorkspaceOutlet } from './workspace-query';

/**
 * `/strategies/:strategyId/…`: one strategy's workspace — its details, goal tree, indicators and
 * targets as tabs (each its own address), over one query of the whole strategy.
 */
export function StrategyWorkspaceLayout() {
  const { t } = useTranslation();
  const format = useFormat();
  const { can } = useViewer();
  const { strategyId = '' } = useParams();
  const [result, reexecute] = useWorkspaceStrategyQuery(strategyId);
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  return (
    <QueryBoundary result={result} onRetry={refresh}>
      {(data) => {
        const strategy = data.strategy;
        if (!strategy) return <NotFound message={t('workspace.notFound')} />;
        const base = `/strategies/${strategy.id}`;
        const tabs = [
          { to: base, label: t('workspace.tabs.details'), end: true },
          { to: `${base}/goals`, label: t('workspace.tabs.goals'), end: false },
          { to: `${base}/indicators`, label: t('workspace.tabs.indicators'), end: false },
          { to: `${base}/targets`, label: t('workspace.tabs.targets'), end: false },
          // The promise's editor is a page of its own (views/promise), reached from here like the tabs.
          ...(can('EDIT_STRATEGY') ? [{ to: `${base}/promise`, label: t('workspace.tabs.promise'), end: false }] : []),
          ...(can('EDIT_STRATEGY') ? [{ to: `${base}/copy`, label: t('workspace.tabs.copy'), end: false }] : []),
        ];
        const outlet: WorkspaceOutlet = { strategy, serviceAreas: data.serviceAreas, refresh };
        return (
          <div className="view view--workspace">
            <nav className="breadcrumbs" aria-label={t('workspace.breadcrumbs')}>
              <ol>
                <li>
                  <Link to="/strategies">{t('workspace.list.title')}</Link>
                </li>
                <li aria-current="page">{format.text(strategy.name)}</li>
              </ol>
            </nav>
            <header className="view-header">
              <p className="view-header__eyebrow">
                {format.text(strategy.organisation.name)} · {t('workspace.strategy.termYears', { start: strategy.startYear, end: strategy.endYear })}
              </p>
              <h1>{format.text(strategy.name)}</h1>
            </header>
            <nav className="workspace-tabs" aria-label={t('workspace.tabs.label')}>
              <ul>
                {tabs.map((tab) => (
                  <li key={tab.to}>
                    <NavLink to={tab.to} end={tab.end} className="workspace-tabs__link">
                      {tab.label}
                    </NavLink>
                  </li>
                ))}
              </ul>
            </nav>
            <Suspense fallback={<LoadingState />}>
              <Outlet context={outlet} />
            </Suspense>
          </div>
        );
      }}
    </QueryBoundary>
  );
}
