import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

/** Placeholder until the dashboard lands: says what runs and where the API is. */
function Placeholder() {
  return (
    <main style={{ fontFamily: 'system-ui, sans-serif', maxWidth: '40rem', margin: '3rem auto', lineHeight: 1.5 }}>
      <h1>Mittaristo</h1>
      <p>
        The server is running with its demo data. The dashboard is being built; meanwhile the GraphQL API is at{' '}
        <a href="/graphql">/graphql</a>.
      </p>
    </main>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <Placeholder />
  </StrictMode>,
);
