import { Suspense } from 'react';
import { Outlet } from 'react-router';
import { useViewer } from '../../auth/viewer';
import { AccessMessage } from '../../components/AccessMessage';
import { LoadingState } from '../../components/QueryState';
import { ToastProvider } from './shared/toasts';
import { UnsavedChangesProvider } from './shared/unsaved-changes';
import './workspace.css';

/**
 * The strategy workspace (`/strategies/…`) is for the people who keep a strategy: those who may edit
 * strategies (goals, links) or indicators (indicators, targets). Each part shows only the actions
 * the viewer may take; the server decides every write again.
 */
export function WorkspaceRoot() {
  const { viewer, loading, can } = useViewer();
  if (loading) return <LoadingState />;
  if (!can('EDIT_STRATEGY') && !can('EDIT_INDICATORS')) {
    return (
      <div className="view view--workspace">
        <AccessMessage problem={viewer ? 'FORBIDDEN' : 'UNAUTHENTICATED'} needs="EDIT_STRATEGY" />
      </div>
    );
  }
  return (
    <UnsavedChangesProvider>
      <ToastProvider>
        <Suspense fallback={<LoadingState />}>
          <Outlet />
        </Suspense>
      </ToastProvider>
    </UnsavedChangesProvider>
  );
}
