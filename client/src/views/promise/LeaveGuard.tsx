import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { type BlockerFunction, useBlocker } from 'react-router';
import { LeaveDialog } from '../strategy-workspace/shared/unsaved-changes';

/**
 * Asks before unsaved changes are lost: leaving for another page of the app opens a dialog (stay is
 * the default), and reloading or closing the tab gets the browser's own question.
 */
export function LeaveGuard({ when }: { when: boolean }) {
  const shouldBlock = useCallback<BlockerFunction>(({ currentLocation, nextLocation }) => when && currentLocation.pathname !== nextLocation.pathname, [when]);
  const blocker = useBlocker(shouldBlock);
  const { t } = useTranslation();

  useEffect(() => {
    if (!when) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers ask only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [when]);

  if (blocker.state !== 'blocked') return null;
  return (
    <LeaveDialog
      className="leave-dialog"
      texts={{ title: t('promise.editor.unsavedTitle'), body: t('promise.editor.unsavedConfirm'), stay: t('promise.editor.stay'), leave: t('promise.editor.leave') }}
      onStay={() => blocker.reset()}
      onLeave={() => blocker.proceed()}
    />
  );
}
