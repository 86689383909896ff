import { useTranslation } from 'react-i18next';
import { Link, isRouteErrorResponse, useRouteError } from 'react-router';
import { useDocumentTitle } from '../lib/use-document-title';

export function NotFound({ message }: { message?: string }) {
  const { t } = useTranslation();
  useDocumentTitle(t('common.notFoundTitle'));
  return (
    <section className="not-found">
      <h1>{t('common.notFoundTitle')}</h1>
      <p>{message ?? t('common.notFoundBody')}</p>
      <p>
        <Link to="/">{t('common.backToOverview')}</Link>
      </p>
    </section>
  );
}

/** Shown when a view throws while rendering, or a lazy chunk fails to load (e.g. after a deploy). */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound />;
  const message = error instanceof Error ? error.message : String(error);
  return (
    <main className="app-main" id="main">
      <div className="state state--error" role="alert">
        <h1 className="state__title">{t('common.errorTitle')}</h1>
        <p>{t('common.errorDetail', { message })}</p>
        <p>
          <a href="/">{t('common.backToOverview')}</a>
        </p>
      </div>
    </main>
  );
}
