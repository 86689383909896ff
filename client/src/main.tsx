import { print } from 'graphql';
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { graphql } from './graphql/generated';
import type { PlaceholderSummaryQuery } from './graphql/generated/graphql';

const SUMMARY = graphql(`
  query PlaceholderSummary {
    strategies {
      id
      name {
        fi
      }
    }
    indicators(first: 0) {
      totalCount
    }
  }
`);

/** Placeholder until the dashboard lands: shows that the server and its data are there. */
function Placeholder() {
  const [summary, setSummary] = useState<PlaceholderSummaryQuery | null>(null);
  useEffect(() => {
    void fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: print(SUMMARY) }),
    })
      .then((response) => response.json() as Promise<{ data: PlaceholderSummaryQuery }>)
      .then((body) => setSummary(body.data));
  }, []);
  return (
    <main style={{ fontFamily: 'system-ui, sans-serif', maxWidth: '40rem', margin: '3rem auto', lineHeight: 1.5 }}>
      <h1>Mittaristo</h1>
      <p>
        The server is running. The dashboard is being built; meanwhile the GraphQL API is at <a href="/graphql">/graphql</a>.
      </p>
      {summary && (
        <p>
          {summary.indicators.totalCount} indicators; strategies: {summary.strategies.map((strategy) => strategy.name.fi).join(', ')}
        </p>
      )}
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
