import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CombinedError } from 'urql';
import { ActionError } from '../../components/AccessMessage';
import { EmptyState, QueryBoundary } from '../../components/QueryState';
import type { SotkanetSyncQuery } from '../../graphql/generated/graphql';
import { useFormat } from '../../lib/format';
import { useSotkanetSyncQuery, useStartSotkanetSyncMutation } from './sotkanet-queries';

type Sync = SotkanetSyncQuery['sotkanetSync'];
type Run = NonNullable<Sync['latestRun']>;

/** How often a running sync's progress is asked for. */
const POLL_MS = 1000;

/**
 * Sotkanet: each Sotkanet indicator with its last sync and Sotkanet's own `data-updated`, the latest
 * run's progress per indicator, and (for those who may load data) "Update from Sotkanet", which
 * starts a run on the server and follows it by asking again every second until it ends.
 */
export function SotkanetSyncPanel({ mayLoad, onSynced }: { mayLoad: boolean; onSynced: () => void }) {
  const { t } = useTranslation();
  const [result, reexecute] = useSotkanetSyncQuery();
  const [start, startSync] = useStartSotkanetSyncMutation();
  const [startError, setStartError] = useState<CombinedError | null>(null);
  const running = result.data?.sotkanetSync.running ?? false;
  const wasRunning = useRef(false);

  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => reexecute({ requestPolicy: 'network-only' }), POLL_MS);
    return () => clearInterval(timer);
  }, [running, reexecute]);
  useEffect(() => {
    // A run that ends has written loads: the loads list below is stale.
    if (wasRunning.current && !running) onSynced();
    wasRunning.current = running;
  }, [running, onSynced]);

  const update = async () => {
    setStartError(null);
    const answer = await startSync({ input: {} });
    if (answer.error) setStartError(answer.error);
    reexecute({ requestPolicy: 'network-only' });
  };

  return (
    <section className="sotkanet-panel" aria-labelledby="sotkanet-heading" data-testid="sotkanet-panel">
      <h2 id="sotkanet-heading">{t('sotkanet.heading')}</h2>
      <QueryBoundary result={result} onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
        {({ sotkanetSync }) => (
          <>
            <p>
              {t('sotkanet.intro')}{' '}
              <span className="muted">
                {t('sotkanet.source')}: <code>{sotkanetSync.sourceUrl}</code>.{' '}
                {sotkanetSync.schedule ? t('sotkanet.schedule', { schedule: sotkanetSync.schedule }) : t('sotkanet.noSchedule')}
              </span>
            </p>
            {mayLoad && (
              <div className="actions">
                <button type="button" className="button" onClick={update} disabled={running || start.fetching}>
                  {t('sotkanet.update')}
                </button>
              </div>
            )}
            {startError && <ActionError error={startError} needs="LOAD_DATA" prefix={t('sotkanet.startFailed')} />}
            {sotkanetSync.latestRun && <RunProgress run={sotkanetSync.latestRun} />}
            {sotkanetSync.indicators.length === 0 ? <EmptyState>{t('sotkanet.noIndicators')}</EmptyState> : <IndicatorTable indicators={sotkanetSync.indicators} />}
          </>
        )}
      </QueryBoundary>
    </section>
  );
}

function RunProgress({ run }: { run: Run }) {
  const { t } = useTranslation();
  const format = useFormat();
  const done = run.items.filter((item) => ['SYNCED', 'UNCHANGED', 'FAILED'].includes(item.state)).length;
  return (
    <div className="sotkanet-run" data-testid="sotkanet-run">
      <h3>{t('sotkanet.runHeading', { when: format.dateTime(run.startedAt), who: run.startedBy })}</h3>
      <p role="status" aria-live="polite">
        {t(`sotkanet.runStatus.${run.status}`)} · {t('sotkanet.progress', { done, total: run.items.length })}
      </p>
      {run.items.length > 0 && (
        <ul className="sotkanet-run__items">
          {run.items.map((item) => (
            <li key={item.sotkanetId} data-state={item.state}>
              <span className={`sotkanet-state sotkanet-state--${item.state.toLowerCase()}`}>{t(`sotkanet.state.${item.state}`)}</span>{' '}
              <code>{item.indicatorCode ?? `Sotkanet ${item.sotkanetId}`}</code>
              {item.state === 'SYNCED' && item.inserted !== null && (
                <span className="muted">
                  {' '}
                  · {t('sotkanet.counts', { inserted: item.inserted, updated: item.updated ?? 0, unchanged: item.unchanged ?? 0, rejected: item.rejected ?? 0 })}
                  {item.load && (
                    <>
                      {' '}
                      · <Link to={`/data/loads/${item.load.id}`}>{t('sotkanet.showLoad', { id: item.load.id })}</Link>
                    </>
                  )}
                </span>
              )}
              {item.createdIndicator && <span className="muted"> · {t('sotkanet.created')}</span>}
              {item.state === 'FAILED' && item.message && (
                <span className="sotkanet-run__message" lang="en">
                  {' '}
                  {item.message}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function IndicatorTable({ indicators }: { indicators: Sync['indicators'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="table-scroll">
      <table className="data-table" data-testid="sotkanet-indicators">
        <caption className="visually-hidden">{t('sotkanet.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('sotkanet.indicator')}</th>
            <th scope="col">{t('sotkanet.lastSynced')}</th>
            <th scope="col">{t('sotkanet.sourceUpdated')}</th>
            <th scope="col">{t('sotkanet.lastStatus')}</th>
          </tr>
        </thead>
        <tbody>
          {indicators.map((entry) => (
            <tr key={entry.sotkanetId} data-sotkanet-id={entry.sotkanetId}>
              <th scope="row">
                {entry.indicator ? (
                  <Link to={`/indicators/${encodeURIComponent(entry.indicator.code)}`}>{format.text(entry.indicator.name)}</Link>
                ) : (
                  `Sotkanet ${entry.sotkanetId}`
                )}
                <span className="muted">
                  {' '}
                  · {entry.sotkanetId}
                  {entry.inUse ? ` · ${t('sotkanet.inUse')}` : ''}
                </span>
              </th>
              <td>{entry.lastSyncedAt ? format.dateTime(entry.lastSyncedAt) : t('sotkanet.never')}</td>
              <td>{entry.sourceUpdated ?? '–'}</td>
              <td>{entry.lastStatus ? t(`sotkanet.state.${entry.lastStatus}`) : '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
