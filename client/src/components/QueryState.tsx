import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { accessProblem } from '../lib/graphql-errors';
import { AccessMessage } from './AccessMessage';

/** A polite live region, so screen readers hear that something is on its way. */
export function LoadingState({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <div className="state state--loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label ?? t('common.loading')}
    </div>
  );
}

/** A failed query; one the server refused for want of sign-in or permission says how to get in. */
export function ErrorState({ error, onRetry }: { error?: CombinedError | Error | string; onRetry?: () => void }) {
  const { t } = useTranslation();
  const problem = typeof error === 'object' && 'graphQLErrors' in error ? accessProblem(error) : null;
  if (problem) return <AccessMessage problem={problem} alert />;
  const message = typeof error === 'string' ? error : error?.message;
  return (
    <div className="state state--error" role="alert">
      <p className="state__title">{t('common.errorTitle')}</p>
      <p>{t('common.errorBody')}</p>
      {message && <p className="state__detail">{t('common.errorDetail', { message })}</p>}
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}

export function EmptyState({ children }: { children: ReactNode }) {
  return <p className="state state--empty">{children}</p>;
}

interface QueryResultLike<Data> {
  data?: Data;
  fetching: boolean;
  error?: CombinedError;
}

/**
 * Loading, error and data for one query result: a container renders this and hands the data on.
 * Data already in the cache is shown while a background refresh runs (no flicker on filter changes
 * back and forth).
 */
export function QueryBoundary<Data>({
  result,
  onRetry,
  children,
}: {
  result: QueryResultLike<Data>;
  onRetry?: () => void;
  children: (data: Data) => ReactNode;
}) {
  if (result.data) return <>{children(result.data)}</>;
  if (result.error) return <ErrorState error={result.error} onRetry={onRetry} />;
  return <LoadingState />;
}
