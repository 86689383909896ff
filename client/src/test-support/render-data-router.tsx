import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, type RouteObject, RouterProvider, useLocation } from 'react-router';
import type { Client } from 'urql';
import { Provider } from 'urql';
import { setUpI18n } from '../i18n/setup';

function LocationProbe() {
  const location = useLocation();
  return <output data-testid="location">{`${location.pathname}${location.search}`}</output>;
}

/**
 * Renders routes in a data router at `url` (as the app does: `useBlocker` needs one), in the given
 * language, against a GraphQL client. The current URL is in the element with test id `location`.
 */
export function renderWithDataRouter(options: { client: Client; routes: RouteObject[]; url: string; language?: 'fi' | 'sv' | 'en' }) {
  const routes = options.routes.map((route) => ({
    ...route,
    element: (
      <>
        {route.element}
        <LocationProbe />
      </>
    ),
  })) as RouteObject[];
  const router = createMemoryRouter(routes, { initialEntries: [options.url] });
  const rendered = render(
    <I18nextProvider i18n={setUpI18n(options.language ?? 'fi')}>
      <Provider value={options.client}>
        <RouterProvider router={router} />
      </Provider>
    </I18nextProvider>,
  );
  return { ...rendered, router };
}
