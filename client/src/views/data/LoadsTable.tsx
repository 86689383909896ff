import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LoadSummaryFieldsFragment } from '../../graphql/generated/graphql';
import { useFormat } from '../../lib/format';

/** Loads, newest first, with what each changed; undo where it is still possible (and `onUndo` is given: the viewer may). */
export function LoadsTable({
  loads,
  onUndo,
  undoing,
}: {
  loads: ReadonlyArray<LoadSummaryFieldsFragment>;
  onUndo: ((load: LoadSummaryFieldsFragment) => void) | null;
  undoing: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="table-scroll">
      <table className="data-table" data-testid="loads-table">
        <caption className="visually-hidden">{t('data.loadsHeading')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('data.recordedAt')}</th>
            <th scope="col">{t('data.fileName')}</th>
            <th scope="col">{t('data.format')}</th>
            <th scope="col">{t('data.loadStatus')}</th>
            <th scope="col" className="numeric">
              {t('data.inserted')}
            </th>
            <th scope="col" className="numeric">
              {t('data.updated')}
            </th>
            <th scope="col" className="numeric">
              {t('data.unchanged')}
            </th>
            <th scope="col" className="numeric">
              {t('data.rejected')}
            </th>
            {onUndo && (
              <th scope="col">
                <span className="visually-hidden">{t('data.undo')}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {loads.map((load) => (
            <tr key={load.id} data-load-id={load.id}>
              <td>{format.dateTime(load.recordedAt)}</td>
              <th scope="row">
                <Link to={`/data/loads/${load.id}`}>{load.fileName}</Link>
                <span className="muted"> · {load.createdBy}</span>
              </th>
              <td>
                <code>{load.format}</code>
              </td>
              <td>
                {t(`data.loadStatusValue.${load.status}`)}
                {load.undoneBy && <span className="muted"> ({t('data.undoneBy', { id: load.undoneBy.id })})</span>}
                {load.undoOf && <span className="muted"> ({t('data.undoOf', { id: load.undoOf.id })})</span>}
              </td>
              <td className="numeric">{format.number(load.insertedCount)}</td>
              <td className="numeric">{format.number(load.updatedCount)}</td>
              <td className="numeric">{format.number(load.unchangedCount)}</td>
              <td className="numeric">{format.number(load.rejectedCount)}</td>
              {onUndo && (
              <td>
                {load.status === 'COMMITTED' && !load.undoOf && (
                  <button
                    type="button"
                    className="button button--small button--secondary"
                    onClick={() => onUndo(load)}
                    disabled={undoing}
                    aria-label={`${t('data.undo')}: ${load.fileName}`}
                  >
                    {t('data.undo')}
                  </button>
                )}
              </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
