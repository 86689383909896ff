import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useViewer } from '../../auth/viewer';
import { NotFound } from '../../components/NotFound';
import { ErrorState, LoadingState } from '../../components/QueryState';
import { useFormat } from '../../lib/format';
import { useDocumentTitle } from '../../lib/use-document-title';
import { LoadReportDetails } from './LoadReportDetails';
import { useLoadDetailsQuery } from './load-queries';
import { UndoOutcome } from './UndoOutcome';
import { useUndoLoad } from './use-undo-load';

/** One load's report: who loaded what when, what it changed, every rejected row. */
export function LoadView() {
  const { loadId = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  const [result, reexecute] = useLoadDetailsQuery(loadId);
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  const { undo, undoing, message } = useUndoLoad(refresh);
  const { can } = useViewer();
  const load = result.data?.load;
  useDocumentTitle(load ? t('data.loadHeading', { fileName: load.fileName }) : t('data.title'));

  if (!result.data) return result.error ? <ErrorState error={result.error} onRetry={refresh} /> : <LoadingState />;
  if (!load) return <NotFound message={t('data.loadNotFound')} />;
  return (
    <article className="view view--load">
      <nav className="breadcrumbs" aria-label="Breadcrumb">
        <ol>
          <li>
            <Link to="/data">{t('data.title')}</Link>
          </li>
        </ol>
      </nav>
      <header className="view-header">
        <h1>{t('data.loadHeading', { fileName: load.fileName })}</h1>
      </header>
      <dl className="metadata-list metadata-list--grid">
        <div>
          <dt>{t('data.recordedAt')}</dt>
          <dd>{format.dateTime(load.recordedAt)}</dd>
        </div>
        <div>
          <dt>{t('data.createdBy')}</dt>
          <dd>{load.createdBy}</dd>
        </div>
        <div>
          <dt>{t('data.format')}</dt>
          <dd>
            <code>{load.format}</code>
          </dd>
        </div>
        <div>
          <dt>{t('data.loadStatus')}</dt>
          <dd>
            {t(`data.loadStatusValue.${load.status}`)}
            {load.undoneBy && (
              <>
                {' '}
                (<Link to={`/data/loads/${load.undoneBy.id}`}>{t('data.undoneBy', { id: load.undoneBy.id })}</Link>)
              </>
            )}
            {load.undoOf && (
              <>
                {' '}
                (<Link to={`/data/loads/${load.undoOf.id}`}>{t('data.undoOf', { id: load.undoOf.id })}</Link>)
              </>
            )}
          </dd>
        </div>
      </dl>
      <UndoOutcome message={message} />
      {load.status === 'COMMITTED' && !load.undoOf && can('LOAD_DATA') && (
        <p>
          <button type="button" className="button button--secondary" onClick={() => undo(load)} disabled={undoing}>
            {t('data.undo')}
          </button>
        </p>
      )}
      <LoadReportDetails
        counts={{ inserted: load.insertedCount, updated: load.updatedCount, unchanged: load.unchangedCount, rejected: load.rejectedCount }}
        rejectionsByCode={load.rejectionsByCode ?? undefined}
        rejections={load.rejections}
      />
    </article>
  );
}
