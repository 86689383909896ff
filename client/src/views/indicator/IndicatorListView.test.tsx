import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { Link } from 'react-router';
import { afterEach, describe, expect, test } from 'vitest';
import { mockGraphQLClient } from '../../test-support/graphql-client';
import { renderAtRoute } from '../../test-support/render-route';
import { IndicatorListView } from './IndicatorListView';

afterEach(cleanup);

function renderList(url: string) {
  const mock = mockGraphQLClient(({ operationName }) =>
    operationName === 'IndicatorList'
      ? { data: { indicators: { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] } } }
      : { data: {} },
  );
  renderAtRoute({
    client: mock.client,
    path: '/indicators',
    url,
    element: (
      <>
        <IndicatorListView />
        <Link to="/indicators">Kaikki mittarit</Link>
      </>
    ),
  });
  return mock;
}

/** Longer than the pause the field waits for before it searches. */
const afterTheTypingPause = () => new Promise((resolve) => setTimeout(resolve, 400));

describe('IndicatorListView', () => {
  test('typing searches after a pause, through the URL', async () => {
    const { operations } = renderList('/indicators');
    fireEvent.change(screen.getByRole('searchbox', { name: 'Hae mittaria' }), { target: { value: 'hoito ' } });
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/indicators?q=hoito'));
    expect((screen.getByRole('searchbox', { name: 'Hae mittaria' }) as HTMLInputElement).value).toBe('hoito ');
    await waitFor(() => expect(operations.some((operation) => operation.variables.search === 'hoito')).toBe(true));
  });

  test('a search the URL drops (a link to the list) empties the field and stays dropped', async () => {
    renderList('/indicators?q=hoito');
    expect((screen.getByRole('searchbox', { name: 'Hae mittaria' }) as HTMLInputElement).value).toBe('hoito');
    fireEvent.click(screen.getByRole('link', { name: 'Kaikki mittarit' }));
    await afterTheTypingPause();
    expect(screen.getByTestId('location').textContent).toBe('/indicators');
    expect((screen.getByRole('searchbox', { name: 'Hae mittaria' }) as HTMLInputElement).value).toBe('');
  });
});
