import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import type { LoadSummaryFieldsFragment } from '../../graphql/generated/graphql';
import { useUndoLoadMutation } from './load-queries';

/** The outcome of an undo: done, or the error (an access problem is shown as "sign in as …"). */
export type UndoMessage = { kind: 'done'; text: string } | { kind: 'error'; error: CombinedError; prefix: string };

/** Undo with a confirmation (the browser's own dialog: keyboard and screen-reader friendly as is). */
export function useUndoLoad(onDone: () => void) {
  const { t } = useTranslation();
  // Whether an undo is running is the mutation's own state.
  const [{ fetching: undoing }, undoLoad] = useUndoLoadMutation();
  const [message, setMessage] = useState<UndoMessage | null>(null);
  const undo = async (load: LoadSummaryFieldsFragment) => {
    if (!window.confirm(t('data.undoConfirm', { fileName: load.fileName }))) return;
    setMessage(null);
    const result = await undoLoad({ id: load.id });
    if (result.error) {
      setMessage({ kind: 'error', error: result.error, prefix: t('data.undoFailedPrefix') });
      return;
    }
    setMessage({ kind: 'done', text: t('data.undoDone') });
    onDone();
  };
  return { undo, undoing, message };
}
