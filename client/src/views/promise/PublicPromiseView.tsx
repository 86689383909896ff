import { useEffect, useMemo } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { LANGUAGE_NAMES } from '../../components/LanguageSwitch';
import { LoadingState } from '../../components/QueryState';
import { setUpI18n } from '../../i18n/setup';
import { DEFAULT_LANGUAGE, isLanguage, LANGUAGES, type Language } from '../../i18n/resources';
import { useFormat } from '../../lib/format';
import { errorMessage, hasErrorCode } from '../../lib/graphql-errors';
import { useDocumentTitle } from '../../lib/use-document-title';
import { PublicPromiseContent } from './PublicPromiseContent';
import { usePublicServicePromiseQuery } from './public-promise-query';
import './public-promise.css';

/**
 * The public service promise page, `/promise/:strategyId?lang=sv`: for residents, without signing in.
 * It lives outside the dashboard's shell, whose navigation, user menu and strategy list would ask the
 * server for what a signed-out reader may not read (with REQUIRE_SIGN_IN=1). The language is in the
 * address, so a link can be shared per language; it has its own i18n instance, so opening a Swedish
 * link does not change the language the dashboard was left in.
 */
export function PublicPromiseView() {
  const { i18n: appI18n } = useTranslation();
  const [searchParams] = useSearchParams();
  const requested = searchParams.get('lang');
  const language: Language = isLanguage(requested) ? requested : isLanguage(appI18n.resolvedLanguage) ? appI18n.resolvedLanguage : DEFAULT_LANGUAGE;
  const i18n = useMemo(() => setUpI18n(language), [language]);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  return (
    <I18nextProvider i18n={i18n}>
      <PublicLayout language={language} />
    </I18nextProvider>
  );
}

function PublicLayout({ language }: { language: Language }) {
  const { t } = useTranslation();
  const format = useFormat();
  const location = useLocation();
  const { strategyId = '' } = useParams();
  const [result, reexecute] = usePublicServicePromiseQuery(strategyId);
  const promise = result.data?.publicServicePromise;
  // An unknown, malformed or unpublished id all read as "not published": which one it is, is not the reader's business.
  const notFound = !promise && (hasErrorCode(result.error, 'NOT_FOUND') || hasErrorCode(result.error, 'BAD_USER_INPUT'));
  useDocumentTitle(promise ? `${t('promise.public.title')}: ${format.text(promise.organisation.name)}` : notFound ? t('promise.public.notFoundTitle') : t('promise.public.title'));

  return (
    <div className="public-page">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="public-page__header">
        <nav className="public-page__languages" aria-label={t('app.language')}>
          <ul>
            {LANGUAGES.map((option) => (
              <li key={option}>
                <Link
                  to={{ pathname: location.pathname, search: `?lang=${option}` }}
                  lang={option}
                  hrefLang={option}
                  aria-current={option === language ? 'true' : undefined}
                  className="public-page__language"
                >
                  {LANGUAGE_NAMES[option]}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        {promise && (
          <button type="button" className="button button--secondary public-page__print" onClick={() => window.print()}>
            {t('common.print')}
          </button>
        )}
      </header>
      <main id="main" tabIndex={-1} className="public-page__main">
        {promise ? (
          <PublicPromiseContent promise={promise} />
        ) : notFound ? (
          <section className="public-promise__not-found" data-testid="public-promise-not-found">
            <h1>{t('promise.public.notFoundTitle')}</h1>
            <p>{t('promise.public.notFoundBody')}</p>
          </section>
        ) : result.error ? (
          <div className="state state--error" role="alert">
            <h1 className="state__title">{t('common.errorTitle')}</h1>
            <p>{t('common.errorBody')}</p>
            <p className="state__detail">{t('common.errorDetail', { message: errorMessage(result.error) })}</p>
            <button type="button" className="button" onClick={() => reexecute({ requestPolicy: 'network-only' })}>
              {t('common.retry')}
            </button>
          </div>
        ) : (
          <LoadingState />
        )}
      </main>
      <footer className="public-page__footer">
        <p>{t('promise.public.footer')}</p>
      </footer>
    </div>
  );
}
