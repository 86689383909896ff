import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type BlockerFunction, useBlocker } from 'react-router';

interface UnsavedChangesValue {
  setDirty: (key: string, dirty: boolean) => void;
  /** Lets the next navigation through without asking: a form that saved and now moves on. */
  allowNextNavigation: () => void;
}

const UnsavedChangesContext = createContext<UnsavedChangesValue | null>(null);

/** Whether leaving `current` for `next` would unmount a form: editors live on their own paths. */
export function leavesPage(current: { pathname: string }, next: { pathname: string }): boolean {
  return current.pathname !== next.pathname;
}

/**
 * The one navigation guard of the workspace (react-router allows one blocker at a time): forms
 * register whether they hold unsaved changes, and leaving the page while any does asks first — in
 * the app with a dialog, and on reload or closing the tab with the browser's own question.
 */
export function UnsavedChangesProvider({ children }: { children: ReactNode }) {
  const [dirtyKeys, setDirtyKeys] = useState<ReadonlySet<string>>(new Set());
  const allowOnce = useRef(false);
  const anyDirty = dirtyKeys.size > 0;

  const shouldBlock = useCallback<BlockerFunction>(
    ({ currentLocation, nextLocation }) => {
      if (allowOnce.current) {
        allowOnce.current = false;
        return false;
      }
      return anyDirty && leavesPage(currentLocation, nextLocation);
    },
    [anyDirty],
  );
  const blocker = useBlocker(shouldBlock);

  useEffect(() => {
    if (!anyDirty) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers ask only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [anyDirty]);

  const value = useMemo<UnsavedChangesValue>(
    () => ({
      setDirty: (key, dirty) =>
        setDirtyKeys((previous) => {
          if (previous.has(key) === dirty) return previous;
          const next = new Set(previous);
          if (dirty) next.add(key);
          else next.delete(key);
          return next;
        }),
      allowNextNavigation: () => {
        allowOnce.current = true;
      },
    }),
    [],
  );

  return (
    <UnsavedChangesContext.Provider value={value}>
      {children}
      {blocker.state === 'blocked' && (
        <LeaveDialog
          onStay={() => blocker.reset()}
          onLeave={() => {
            // The forms being left go with their changes; nothing of theirs is dirty any more.
            setDirtyKeys(new Set());
            blocker.proceed();
          }}
        />
      )}
    </UnsavedChangesContext.Provider>
  );
}

/**
 * Registers a form's unsaved changes with the workspace's guard while it is mounted. Answers
 * `allowNextNavigation`, for a form that navigates on after saving.
 */
export function useUnsavedChanges(key: string, dirty: boolean): { allowNextNavigation: () => void } {
  const context = useContext(UnsavedChangesContext);
  const setDirty = context?.setDirty;
  useEffect(() => {
    setDirty?.(key, dirty);
  }, [setDirty, key, dirty]);
  useEffect(() => () => setDirty?.(key, false), [setDirty, key]);
  return { allowNextNavigation: context?.allowNextNavigation ?? (() => undefined) };
}

/** The texts of a leave dialog, already in the reader's language. */
export interface LeaveDialogTexts {
  title: string;
  body: string;
  stay: string;
  leave: string;
}

/** Asks whether to leave unsaved changes behind; staying is the default and takes focus. */
export function LeaveDialog({
  onStay,
  onLeave,
  texts,
  className = 'workspace-dialog',
}: { onStay: () => void; onLeave: () => void; texts?: LeaveDialogTexts; className?: string }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const shown = texts ?? {
    title: t('workspace.unsaved.title'),
    body: t('workspace.unsaved.body'),
    stay: t('workspace.unsaved.stay'),
    leave: t('workspace.unsaved.leave'),
  };
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    // showModal traps focus and makes the page behind inert; jsdom lacks it, so fall back to `open`.
    if (typeof element.showModal === 'function') element.showModal();
    else element.setAttribute('open', '');
  }, []);
  return (
    <dialog
      ref={dialog}
      className={className}
      aria-labelledby="leave-dialog-title"
      aria-describedby="leave-dialog-body"
      onCancel={(event) => {
        event.preventDefault();
        onStay();
      }}
    >
      <h2 id="leave-dialog-title">{shown.title}</h2>
      <p id="leave-dialog-body">{shown.body}</p>
      <div className="actions">
        {/* biome-ignore lint/a11y/noAutofocus: the safe choice takes focus when the dialog opens */}
        <button type="button" className="button" onClick={onStay} autoFocus>
          {shown.stay}
        </button>
        <button type="button" className="button button--secondary" onClick={onLeave}>
          {shown.leave}
        </button>
      </div>
    </dialog>
  );
}
