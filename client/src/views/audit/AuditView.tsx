import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useViewer } from '../../auth/viewer';
import { AccessMessage } from '../../components/AccessMessage';
import { EmptyState, ErrorState, LoadingState, QueryBoundary } from '../../components/QueryState';
import type { AuditEventFieldsFragment } from '../../graphql/generated/graphql';
import { useFormat } from '../../lib/format';
import { useDocumentTitle } from '../../lib/use-document-title';
import {
  type AuditFilterName,
  type AuditFilterValues,
  auditFilterInput,
  auditFilterSearch,
  KNOWN_ACTIONS,
  KNOWN_ENTITY_TYPES,
  prettyDetails,
  readAuditFilter,
} from './audit-filter';
import { useAuditEventsQuery } from './audit-queries';

/** The audit trail (admins): every write, who and when, filtered by the URL. */
export function AuditView() {
  const { t } = useTranslation();
  useDocumentTitle(t('audit.title'));
  const { viewer, loading, can } = useViewer();
  return (
    <div className="view view--audit">
      <header className="view-header">
        <h1>{t('audit.title')}</h1>
      </header>
      {loading ? <LoadingState /> : can('READ_AUDIT') ? <AuditContainer /> : <AccessMessage problem={viewer ? 'FORBIDDEN' : 'UNAUTHENTICATED'} needs="READ_AUDIT" />}
    </div>
  );
}

function AuditContainer() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const values = useMemo(() => readAuditFilter(searchParams), [searchParams]);
  const filter = useMemo(() => auditFilterInput(values), [values]);
  const { result, nodes, hasNextPage, loadMore, loadingMore, moreError, refresh } = useAuditEventsQuery(filter);
  const apply = (next: AuditFilterValues) => setSearchParams(new URLSearchParams(auditFilterSearch(next)), { preventScrollReset: true });
  return (
    <>
      <p>{t('audit.intro')}</p>
      {/* Keyed by the URL, so going back in history shows that filter's values in the fields. */}
      <AuditFilterForm key={auditFilterSearch(values)} values={values} onApply={apply} />
      <QueryBoundary result={result} onRetry={refresh}>
        {() =>
          nodes.length === 0 ? (
            <EmptyState>{t('audit.noEvents')}</EmptyState>
          ) : (
            <div aria-busy={result.fetching}>
              <AuditTable events={nodes} />
              <p className="muted" role="status">
                {t('audit.shown', { count: nodes.length })}
              </p>
              {moreError && <ErrorState error={moreError} onRetry={loadMore} />}
              {hasNextPage && (
                <p>
                  <button type="button" className="button button--secondary" onClick={loadMore} disabled={loadingMore}>
                    {loadingMore ? t('common.loading') : t('audit.loadMore')}
                  </button>
                </p>
              )}
            </div>
          )
        }
      </QueryBoundary>
    </>
  );
}

function AuditFilterForm({ values, onApply }: { values: AuditFilterValues; onApply: (values: AuditFilterValues) => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(values);
  const field = (name: AuditFilterName, type: 'text' | 'date', list?: string) => (
    <div className="filter-bar__field">
      <label htmlFor={`audit-${name}`}>{t(`audit.filter.${name}`)}</label>
      <input
        id={`audit-${name}`}
        name={name}
        type={type}
        list={list}
        value={draft[name]}
        onChange={(event) => setDraft((previous) => ({ ...previous, [name]: event.target.value }))}
      />
    </div>
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  const empty: AuditFilterValues = { actor: '', action: '', entityType: '', from: '', to: '' };
  return (
    <form className="filter-bar" aria-label={t('audit.filter.heading')} onSubmit={submit}>
      {field('actor', 'text')}
      {field('action', 'text', 'audit-actions')}
      {field('entityType', 'text', 'audit-entity-types')}
      {field('from', 'date')}
      {field('to', 'date')}
      <datalist id="audit-actions">
        {KNOWN_ACTIONS.map((action) => (
          <option key={action} value={action} />
        ))}
      </datalist>
      <datalist id="audit-entity-types">
        {KNOWN_ENTITY_TYPES.map((type) => (
          <option key={type} value={type} />
        ))}
      </datalist>
      <div className="filter-bar__buttons">
        <button type="submit" className="button">
          {t('audit.filter.apply')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setDraft(empty);
            onApply(empty);
          }}
        >
          {t('audit.filter.clear')}
        </button>
      </div>
    </form>
  );
}

function AuditTable({ events }: { events: ReadonlyArray<AuditEventFieldsFragment> }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="table-scroll">
      <table className="data-table audit-table" data-testid="audit-table">
        <caption className="visually-hidden">{t('audit.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('audit.at')}</th>
            <th scope="col">{t('audit.actor')}</th>
            <th scope="col">{t('audit.action')}</th>
            <th scope="col">{t('audit.entity')}</th>
            <th scope="col">{t('audit.summary')}</th>
            <th scope="col">{t('audit.details')}</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.id} data-action={event.action}>
              <td className="audit-table__time">
                <time dateTime={event.at}>{format.dateTime(event.at)}</time>
              </td>
              <td>{event.actor}</td>
              <td>
                <code>{event.action}</code>
              </td>
              <td>
                {event.entityType ? (
                  <>
                    {event.entityType}
                    {event.entityId && <span className="muted"> {event.entityId}</span>}
                  </>
                ) : (
                  '–'
                )}
              </td>
              <th scope="row" className="audit-table__summary" lang="en">
                {event.summary}
              </th>
              <td>
                {event.details ? (
                  <details className="audit-table__details">
                    <summary aria-label={`${t('audit.showDetails')}: ${event.summary}`}>{t('audit.showDetails')}</summary>
                    <pre lang="en">{prettyDetails(event.details)}</pre>
                  </details>
                ) : (
                  <span className="muted">–</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
