import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import type { Client } from 'urql';
import { Provider } from 'urql';
import { setUpI18n } from '../i18n/setup';

/** Shows the router's current URL, so a test can see what a view wrote into it. */
function LocationProbe() {
  const location = useLocation();
  return <output data-testid="location">{`${location.pathname}${location.search}`}</output>;
}

/**
 * Renders a view at `url`, matched by `path`, in Finnish, against a GraphQL client (usually
 * mockGraphQLClient's). The current URL is in the element with test id `location`.
 */
export function renderAtRoute(options: { client: Client; path: string; url: string; element: ReactNode }) {
  return render(
    <I18nextProvider i18n={setUpI18n('fi')}>
      <Provider value={options.client}>
        <MemoryRouter initialEntries={[options.url]}>
          <Routes>
            <Route
              path={options.path}
              element={
                <>
                  {options.element}
                  <LocationProbe />
                </>
              }
            />
          </Routes>
        </MemoryRouter>
      </Provider>
    </I18nextProvider>,
  );
}
