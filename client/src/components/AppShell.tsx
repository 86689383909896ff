import { Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useLocation, useSearchParams } from 'react-router';
import { useViewer } from '../auth/viewer';
import { filterSearch } from '../lib/dashboard-filters';
import { LanguageSwitch } from './LanguageSwitch';
import { LoadingState } from './QueryState';
import { StrategyPicker } from './StrategyPicker';
import { UserMenu } from './UserMenu';

/** Header with the skip link, navigation, language switch and user menu; the views render into <main>. */
export function AppShell() {
  const { t, i18n } = useTranslation();
  const { can } = useViewer();
  const [searchParams] = useSearchParams();
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const previousPath = useRef(location.pathname);

  useEffect(() => {
    document.documentElement.lang = i18n.resolvedLanguage ?? 'fi';
  }, [i18n.resolvedLanguage]);

  // Print shows every chart's data table: open the closed ones for the printout, close them after.
  useEffect(() => {
    const opened: HTMLDetailsElement[] = [];
    const openAll = () => {
      for (const details of document.querySelectorAll<HTMLDetailsElement>('details:not([open])')) {
        details.open = true;
        opened.push(details);
      }
    };
    const closeAgain = () => {
      for (const details of opened.splice(0)) details.open = false;
    };
    window.addEventListener('beforeprint', openAll);
    window.addEventListener('afterprint', closeAgain);
    return () => {
      window.removeEventListener('beforeprint', openAll);
      window.removeEventListener('afterprint', closeAgain);
    };
  }, []);

  // After a client-side navigation, move focus to the new content so keyboard and screen-reader
  // users start there (as after a page load), not on the link they left behind.
  useEffect(() => {
    if (previousPath.current === location.pathname) return;
    previousPath.current = location.pathname;
    mainRef.current?.focus({ preventScroll: false });
  }, [location.pathname]);

  // Navigation keeps the shared filters: an executive looking at Savonlinna stays in Savonlinna.
  const search = filterSearch(searchParams);
  const navItems = [
    { to: '/', label: t('nav.overview'), end: true },
    { to: '/matrix', label: t('nav.matrix'), end: false },
    { to: '/indicators', label: t('nav.indicators'), end: false },
    { to: '/reviews', label: t('nav.reviews'), end: false },
    { to: '/data', label: t('nav.data'), end: false },
    ...(can('EDIT_STRATEGY') || can('EDIT_INDICATORS') ? [{ to: '/strategies', label: t('nav.strategies'), end: false }] : []),
    // Only what the viewer may open; the views check again, and the server decides.
    ...(can('READ_AUDIT') ? [{ to: '/audit', label: t('nav.audit'), end: false }] : []),
    ...(can('MANAGE_USERS') ? [{ to: '/users', label: t('nav.users'), end: false }] : []),
  ];

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="app-header__brand">
          <NavLink to={{ pathname: '/', search }} className="app-header__name">
            {t('app.name')}
          </NavLink>
          <span className="app-header__tagline">{t('app.tagline')}</span>
        </div>
        <StrategyPicker />
        <LanguageSwitch />
        <UserMenu />
        <nav className="app-nav" aria-label={t('app.mainNavigation')}>
          <ul>
            {navItems.map((item) => (
              <li key={item.to}>
                <NavLink to={{ pathname: item.to, search }} end={item.end} className="app-nav__link">
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1} className="app-main">
        <Suspense fallback={<LoadingState />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="app-footer">
        <p>{t('app.dataSources')}</p>
      </footer>
    </div>
  );
}
