import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { SessionProvider } from './auth/SessionProvider';
import { createGraphQLClient } from './graphql/client';
import { setUpI18n, storedLanguage } from './i18n/setup';
import { createRouter } from './router';
import './styles.css';

const i18n = setUpI18n(storedLanguage());
const router = createRouter();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <SessionProvider createClient={() => createGraphQLClient()}>
        <RouterProvider router={router} />
      </SessionProvider>
    </I18nextProvider>
  </StrictMode>,
);
