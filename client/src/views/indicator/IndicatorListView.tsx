import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { EmptyState, QueryBoundary } from '../../components/QueryState';
import { filterSearch, withSearchParam } from '../../lib/dashboard-filters';
import { useFormat } from '../../lib/format';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useIndicatorListQuery } from './indicator-queries';

/** All indicators, searchable (`q` in the URL), as the way into the indicator view. */
export function IndicatorListView() {
  const { t } = useTranslation();
  const format = useFormat();
  const inputId = useId();
  const [searchParams, setSearchParams] = useSearchParams();
  const search = searchParams.get('q') ?? '';
  // What is typed belongs to the search it was typed over: when the URL's search changes otherwise
  // (a link to the list, back and forward), the field shows that one instead of bringing its own back.
  const [draft, setDraft] = useState({ text: search, over: search });
  const text = draft.over === search ? draft.text : search;
  // A page cursor belongs to one search; a new search starts from its first page.
  const [page, setPage] = useState<{ search: string; after: string | null }>({ search, after: null });
  const after = page.search === search ? page.after : null;
  const [result, reexecute] = useIndicatorListQuery({ search: search || null, after });
  useDocumentTitle(t('indicator.listTitle'));

  // Wait for a pause in typing before searching: one request per word, not per key.
  useEffect(() => {
    const typed = draft.text.trim();
    if (draft.over !== search || typed === search) return;
    const timer = setTimeout(() => {
      setDraft((current) => ({ ...current, over: typed }));
      setSearchParams((previous) => withSearchParam(previous, 'q', typed), { replace: true });
    }, 300);
    return () => clearTimeout(timer);
  }, [draft, search, setSearchParams]);

  const linkSearch = filterSearch(searchParams);
  return (
    <div className="view view--indicators">
      <header className="view-header">
        <h1>{t('indicator.listTitle')}</h1>
      </header>
      <form className="filter-bar" aria-label={t('indicator.search')} onSubmit={(event) => event.preventDefault()}>
        <div className="filter-bar__field filter-bar__field--wide">
          <label htmlFor={inputId}>{t('indicator.search')}</label>
          <input id={inputId} type="search" value={text} onChange={(event) => setDraft({ text: event.target.value, over: search })} aria-describedby={`${inputId}-hint`} />
          <span id={`${inputId}-hint`} className="hint">
            {t('indicator.searchHint')}
          </span>
        </div>
      </form>
      <QueryBoundary result={result} onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
        {(data) =>
          data.indicators.edges.length === 0 ? (
            <EmptyState>{t('indicator.noIndicators')}</EmptyState>
          ) : (
            <>
              <p role="status">{t('indicator.countSummary', { count: data.indicators.totalCount })}</p>
              <div className="table-scroll">
                <table className="data-table">
                  <caption className="visually-hidden">{t('indicator.listTitle')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('indicator.name')}</th>
                      <th scope="col">{t('indicator.code')}</th>
                      <th scope="col">{t('indicator.unit')}</th>
                      <th scope="col">{t('indicator.frequency')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.indicators.edges.map(({ node }) => (
                      <tr key={node.code}>
                        <th scope="row">
                          <Link to={{ pathname: `/indicators/${encodeURIComponent(node.code)}`, search: linkSearch }}>{format.text(node.name)}</Link>
                        </th>
                        <td>
                          <code>{node.code}</code>
                        </td>
                        <td>{node.unit}</td>
                        <td>{t(`frequency.${node.frequency}`)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              {data.indicators.pageInfo.hasNextPage && (
                <button type="button" className="button button--secondary" onClick={() => setPage({ search, after: data.indicators.pageInfo.endCursor ?? null })}>
                  {t('indicator.showMore')}
                </button>
              )}
            </>
          )
        }
      </QueryBoundary>
    </div>
  );
}
