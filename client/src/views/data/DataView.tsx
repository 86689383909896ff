import { useTranslation } from 'react-i18next';
import { QueryBoundary } from '../../components/QueryState';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useLoadsQuery } from './load-queries';
import { LoadsTable } from './LoadsTable';
import { UploadPanel } from './UploadPanel';
import { useUndoLoad } from './use-undo-load';

/** Data: upload with a preview before writing, the loads with their reports, and undo. */
export function DataManagementView() {
  const { t } = useTranslation();
  useDocumentTitle(t('data.title'));
  const [loadsResult, reexecuteLoads] = useLoadsQuery();
  const refresh = () => reexecuteLoads({ requestPolicy: 'network-only' });
  const { undo, undoing, message } = useUndoLoad(refresh);
  return (
    <div className="view view--data">
      <header className="view-header">
        <h1>{t('data.title')}</h1>
      </header>
      <UploadPanel onWritten={refresh} />
      <section aria-labelledby="loads-heading">
        <h2 id="loads-heading">{t('data.loadsHeading')}</h2>
        {message && (
          <p className={message.kind === 'error' ? 'state state--error' : 'state state--success'} role={message.kind === 'error' ? 'alert' : 'status'}>
            {message.text}
          </p>
        )}
        <QueryBoundary result={loadsResult} onRetry={refresh}>
          {(data) =>
            data.loads.nodes.length === 0 ? (
              <p className="state state--empty">{t('data.noLoads')}</p>
            ) : (
              <LoadsTable loads={data.loads.nodes} onUndo={undo} undoing={undoing} />
            )
          }
        </QueryBoundary>
      </section>
    </div>
  );
}
