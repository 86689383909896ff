import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useViewer } from '../../../auth/viewer';
import { EmptyState, QueryBoundary } from '../../../components/QueryState';
import { withSearchParam } from '../../../lib/dashboard-filters';
import { useFormat } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { weightShares } from '../goals/goal-tree';
import { useWorkspace, type WorkspaceStrategy } from '../workspace-query';
import { useSotkanetCatalogueQuery } from './catalogue-queries';
import { InternalIndicatorForm } from './InternalIndicatorForm';
import { type CatalogueEntry, SotkanetIndicatorDialog } from './SotkanetIndicatorDialog';

/**
 * `/strategies/:id/indicators`: the indicators the strategy's goals use, beside Sotkanet's catalogue
 * (searched with `?q=`), from which an indicator is added after confirming what Sotkanet does not
 * say; and a form for an internal indicator.
 */
export function IndicatorsView() {
  const { t } = useTranslation();
  const format = useFormat();
  const { can } = useViewer();
  const { strategy } = useWorkspace();
  useDocumentTitle(`${t('workspace.tabs.indicators')}: ${format.text(strategy.name)}`);
  return (
    <>
      <StrategyIndicators strategy={strategy} />
      <SotkanetCatalogue mayAdd={can('EDIT_INDICATORS')} />
      {can('EDIT_INDICATORS') && <InternalIndicatorForm />}
    </>
  );
}

interface UsedIndicator {
  indicator: WorkspaceStrategy['goals'][number]['indicators'][number]['indicator'];
  goals: Array<{ id: string; title: WorkspaceStrategy['goals'][number]['title']; share: number }>;
}

/** Every indicator linked to a goal of the strategy, once, with the goals it serves and its share in each. */
export function usedIndicators(strategy: WorkspaceStrategy): UsedIndicator[] {
  const used = new Map<string, UsedIndicator>();
  for (const goal of strategy.goals) {
    const shares = weightShares(goal.indicators.map((link) => link.weight));
    goal.indicators.forEach((link, index) => {
      const entry = used.get(link.indicator.code) ?? { indicator: link.indicator, goals: [] };
      entry.goals.push({ id: goal.id, title: goal.title, share: shares[index] ?? 0 });
      used.set(link.indicator.code, entry);
    });
  }
  return [...used.values()];
}

function StrategyIndicators({ strategy }: { strategy: WorkspaceStrategy }) {
  const { t } = useTranslation();
  const format = useFormat();
  const used = useMemo(() => usedIndicators(strategy), [strategy]);
  const base = `/strategies/${strategy.id}`;
  return (
    <section className="panel" aria-labelledby="used-indicators-heading">
      <h2 id="used-indicators-heading">{t('workspace.indicators.usedHeading')}</h2>
      {used.length === 0 ? (
        <div className="workspace-empty" data-testid="used-indicators-empty">
          <p>{strategy.goals.length === 0 ? t('workspace.indicators.usedEmptyNoGoals') : t('workspace.indicators.usedEmpty')}</p>
          {strategy.goals.length === 0 && (
            <p>
              <Link to={`${base}/goals`}>{t('workspace.tabs.goals')}</Link>
            </p>
          )}
        </div>
      ) : (
        <div className="table-scroll">
          <table className="data-table" data-testid="used-indicators">
            <caption className="visually-hidden">{t('workspace.indicators.usedHeading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('indicator.name')}</th>
                <th scope="col">{t('indicator.unit')}</th>
                <th scope="col">{t('indicator.direction')}</th>
                <th scope="col">{t('workspace.indicators.goalsAndShares')}</th>
                <th scope="col">{t('workspace.tabs.targets')}</th>
              </tr>
            </thead>
            <tbody>
              {used.map(({ indicator, goals }) => (
                <tr key={indicator.code} data-indicator={indicator.code}>
                  <th scope="row">
                    <Link to={`/indicators/${encodeURIComponent(indicator.code)}?strategy=${strategy.id}`}>{format.text(indicator.name)}</Link> <code className="muted">{indicator.code}</code>
                  </th>
                  <td>{indicator.unit}</td>
                  <td>{t(`direction.${indicator.direction}`)}</td>
                  <td>
                    <ul className="plain-list">
                      {goals.map((goal) => (
                        <li key={goal.id}>
                          <Link to={`${base}/goals/${goal.id}`}>{format.text(goal.title)}</Link> <span className="muted">{format.percent(goal.share)}</span>
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td>
                    <Link to={`${base}/targets/${encodeURIComponent(indicator.code)}`} aria-label={`${t('workspace.indicators.setTargets')}: ${format.text(indicator.name)}`}>
                      {t('workspace.indicators.setTargets')}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function SotkanetCatalogue({ mayAdd }: { mayAdd: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const inputId = useId();
  const [searchParams, setSearchParams] = useSearchParams();
  const search = searchParams.get('q') ?? '';
  // As in the indicator list: what is typed belongs to the search it was typed over.
  const [draft, setDraft] = useState({ text: search, over: search });
  const text = draft.over === search ? draft.text : search;
  const [page, setPage] = useState<{ search: string; after: string | null }>({ search, after: null });
  const after = page.search === search ? page.after : null;
  const [result, reexecute] = useSotkanetCatalogueQuery(search, after);
  const [adding, setAdding] = useState<CatalogueEntry | null>(null);
  const trigger = useRef<HTMLElement | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // Focus goes back where the dialog was opened from; once added, that button is gone, so to the heading.
  const closeDialog = () => {
    setAdding(null);
    requestAnimationFrame(() => (trigger.current?.isConnected ? trigger.current : heading.current)?.focus());
  };

  useEffect(() => {
    const typed = draft.text.trim();
    if (draft.over !== search || typed === search) return;
    const timer = setTimeout(() => {
      setDraft((current) => ({ ...current, over: typed }));
      setSearchParams((previous) => withSearchParam(previous, 'q', typed), { replace: true, preventScrollReset: true });
    }, 300);
    return () => clearTimeout(timer);
  }, [draft, search, setSearchParams]);

  return (
    <section className="panel" aria-labelledby="catalogue-heading">
      <h2 id="catalogue-heading" ref={heading} tabIndex={-1}>{t('workspace.indicators.catalogueHeading')}</h2>
      <p>{t('workspace.indicators.catalogueIntro')}</p>
      <form className="filter-bar filter-bar--inline" aria-labelledby="catalogue-heading" onSubmit={(event) => event.preventDefault()}>
        <div className="filter-bar__field filter-bar__field--wide">
          <label htmlFor={inputId}>{t('workspace.indicators.catalogueSearch')}</label>
          <input id={inputId} type="search" value={text} onChange={(event) => setDraft({ text: event.target.value, over: search })} aria-describedby={`${inputId}-hint`} />
          <span id={`${inputId}-hint`} className="hint">
            {t('workspace.indicators.catalogueSearchHint')}
          </span>
        </div>
      </form>
      <QueryBoundary result={result} onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
        {(data) =>
          data.sotkanetCatalogue.edges.length === 0 ? (
            <EmptyState>{t('workspace.indicators.catalogueEmpty')}</EmptyState>
          ) : (
            <>
              <p role="status">{t('workspace.indicators.catalogueCount', { count: data.sotkanetCatalogue.totalCount })}</p>
              <div className="table-scroll">
                <table className="data-table data-table--compact" data-testid="catalogue-table">
                  <caption className="visually-hidden">{t('workspace.indicators.catalogueHeading')}</caption>
                  <thead>
                    <tr>
                      <th scope="col" className="numeric">
                        {t('workspace.indicators.sotkanetId')}
                      </th>
                      <th scope="col">{t('indicator.name')}</th>
                      <th scope="col">{t('workspace.indicators.publisher')}</th>
                      <th scope="col">{t('workspace.indicators.inUse')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.sotkanetCatalogue.edges.map(({ node }) => (
                      <tr key={node.sotkanetId} data-sotkanet-id={node.sotkanetId}>
                        <td className="numeric">{node.sotkanetId}</td>
                        <th scope="row">{format.text(node.title)}</th>
                        <td>{node.organization ?? ''}</td>
                        <td>
                          {node.indicator ? (
                            <Link to={`/indicators/${encodeURIComponent(node.indicator.code)}`}>{t('workspace.indicators.added', { code: node.indicator.code })}</Link>
                          ) : mayAdd ? (
                            <button type="button" className="button button--small" onClick={(event) => {
                                trigger.current = event.currentTarget;
                                setAdding(node);
                              }} aria-label={`${t('workspace.indicators.add')}: ${format.text(node.title)}`}>
                              {t('workspace.indicators.add')}
                            </button>
                          ) : (
                            <span className="muted">{t('workspace.indicators.notAdded')}</span>
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              {data.sotkanetCatalogue.pageInfo.hasNextPage && (
                <button type="button" className="button button--secondary" onClick={() => setPage({ search, after: data.sotkanetCatalogue.pageInfo.endCursor ?? null })}>
                  {t('indicator.showMore')}
                </button>
              )}
            </>
          )
        }
      </QueryBoundary>
      {adding && <SotkanetIndicatorDialog entry={adding} onClose={closeDialog} />}
    </section>
  );
}
