import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Undoes what the toast reports; answers an error message to show, or null when undone. */
export type UndoAction = () => Promise<string | null>;

interface Toast {
  id: number;
  message: string;
  undo?: UndoAction;
  state: 'shown' | 'undoing' | 'undone' | 'failed';
  error?: string;
}

interface ToastValue {
  /** Shows a message, e.g. "Goal deleted", with an Undo button when `undo` is given. */
  notify: (message: string, undo?: UndoAction) => void;
}

const ToastContext = createContext<ToastValue>({ notify: () => undefined });

let nextId = 1;

/**
 * The workspace's one message line for what just happened, with "Undo" where undoing is cheap (a
 * deleted perspective, goal or indicator link is recreated). It stays until the next message or
 * until closed: a message that disappears on a timer may be gone before it is read (WCAG 2.2.1).
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [toast, setToast] = useState<Toast | null>(null);

  const notify = useCallback((message: string, undo?: UndoAction) => {
    setToast({ id: nextId++, message, undo, state: 'shown' });
  }, []);
  const value = useMemo(() => ({ notify }), [notify]);

  const runUndo = async (current: Toast) => {
    if (!current.undo) return;
    setToast({ ...current, state: 'undoing' });
    const error = await current.undo();
    setToast((shown) => (shown?.id === current.id ? { ...current, state: error ? 'failed' : 'undone', error: error ?? undefined } : shown));
  };

  return (
    <ToastContext.Provider value={value}>
      {children}
      <div className="toast-region" role="status" aria-live="polite" data-testid="toast">
        {toast && (
          <div className="toast" key={toast.id}>
            <p className="toast__message">
              {toast.state === 'undone'
                ? t('workspace.toast.undone')
                : toast.state === 'failed'
                  ? t('workspace.toast.undoFailed', { message: toast.error })
                  : toast.message}
            </p>
            {toast.undo && (toast.state === 'shown' || toast.state === 'undoing') && (
              <button type="button" className="button button--small" disabled={toast.state === 'undoing'} onClick={() => runUndo(toast)}>
                {toast.state === 'undoing' ? t('workspace.toast.undoing') : t('workspace.toast.undo')}
              </button>
            )}
            <button type="button" className="button button--small button--secondary" onClick={() => setToast(null)} aria-label={t('workspace.toast.close')}>
              ×
            </button>
          </div>
        )}
      </div>
    </ToastContext.Provider>
  );
}

export function useToast(): ToastValue {
  return useContext(ToastContext);
}
