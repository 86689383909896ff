import { useTranslation } from 'react-i18next';
import { useViewer } from '../../auth/viewer';
import { AccessMessage } from '../../components/AccessMessage';
import { EmptyState, QueryBoundary } from '../../components/QueryState';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useLoadsQuery } from './load-queries';
import { LoadsTable } from './LoadsTable';
import { UndoOutcome } from './UndoOutcome';
import { SotkanetSyncPanel } from './SotkanetSyncPanel';
import { UploadPanel } from './UploadPanel';
import { useUndoLoad } from './use-undo-load';

/**
 * Data: upload with a preview before writing, Sotkanet's indicators fetched from Sotkanet, the
 * loads with their reports, and undo. Everyone may
 * read the loads; uploading and undoing are shown to those who may load data (LOAD_DATA).
 */
export function DataManagementView() {
  const { t } = useTranslation();
  const { viewer, loading, can } = useViewer();
  const mayLoad = can('LOAD_DATA');
  useDocumentTitle(t('data.title'));
  const [loadsResult, reexecuteLoads] = useLoadsQuery();
  const refresh = () => reexecuteLoads({ requestPolicy: 'network-only' });
  const { undo, undoing, message } = useUndoLoad(refresh);
  return (
    <div className="view view--data">
      <header className="view-header">
        <h1>{t('data.title')}</h1>
      </header>
      {mayLoad ? (
        <UploadPanel onWritten={refresh} />
      ) : (
        !loading && (
          <section className="upload-panel" aria-labelledby="upload-heading">
            <h2 id="upload-heading">{t('data.uploadHeading')}</h2>
            <AccessMessage problem={viewer ? 'FORBIDDEN' : 'UNAUTHENTICATED'} needs="LOAD_DATA" />
          </section>
        )
      )}
      <SotkanetSyncPanel mayLoad={mayLoad} onSynced={refresh} />
      <section aria-labelledby="loads-heading">
        <h2 id="loads-heading">{t('data.loadsHeading')}</h2>
        <UndoOutcome message={message} />
        <QueryBoundary result={loadsResult} onRetry={refresh}>
          {(data) =>
            data.loads.nodes.length === 0 ? (
              <EmptyState>{t('data.noLoads')}</EmptyState>
            ) : (
              <LoadsTable loads={data.loads.nodes} onUndo={mayLoad ? undo : null} undoing={undoing} />
            )
          }
        </QueryBoundary>
      </section>
    </div>
  );
}
