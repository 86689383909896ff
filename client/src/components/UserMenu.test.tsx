import { cleanup, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { Provider } from 'urql';
import { afterEach, describe, expect, test } from 'vitest';
import { setUpI18n } from '../i18n/setup';
import { mockGraphQLClient } from '../test-support/graphql-client';
import { UserMenu } from './UserMenu';

afterEach(cleanup);

function renderMenu(viewer: unknown, language: 'fi' | 'en' = 'fi') {
  const { client } = mockGraphQLClient(() => ({ data: { viewer } }));
  render(
    <I18nextProvider i18n={setUpI18n(language)}>
      <Provider value={client}>
        <MemoryRouter initialEntries={['/reviews/2?strategy=1']}>
          <UserMenu />
        </MemoryRouter>
      </Provider>
    </I18nextProvider>,
  );
}

describe('UserMenu', () => {
  test('signed out: a sign-in link that returns here', async () => {
    renderMenu(null);
    const link = await screen.findByRole('link', { name: 'Kirjaudu sisään' });
    expect(link.getAttribute('href')).toBe('/sign-in?returnTo=%2Freviews%2F2%3Fstrategy%3D1');
  });

  test('signed in: the name, the role in words, and sign out', async () => {
    renderMenu({ id: '4', username: 'board', displayName: 'Hilkka Hallitus', role: 'BOARD', permissions: ['APPROVE_REVIEWS'] }, 'en');
    expect(await screen.findByText('Hilkka Hallitus')).toBeTruthy();
    expect(screen.getByText('Board')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Sign in' })).toBeNull();
  });
});
