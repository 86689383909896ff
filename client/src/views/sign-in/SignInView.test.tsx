import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { SessionProvider } from '../../auth/SessionProvider';
import { setUpI18n } from '../../i18n/setup';
import { mockGraphQLClient } from '../../test-support/graphql-client';
import { SignInView } from './SignInView';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function renderSignIn(returnTo: string) {
  const createClient = vi.fn(() => mockGraphQLClient(() => ({ data: { viewer: null } })).client);
  render(
    <I18nextProvider i18n={setUpI18n('fi')}>
      <SessionProvider createClient={createClient}>
        <MemoryRouter initialEntries={[`/sign-in?returnTo=${encodeURIComponent(returnTo)}`]}>
          <Routes>
            <Route path="/sign-in" element={<SignInView />} />
            <Route path="/reviews/:reviewId" element={<h1>Katsaus</h1>} />
            <Route path="/" element={<h1>Etusivu</h1>} />
          </Routes>
        </MemoryRouter>
      </SessionProvider>
    </I18nextProvider>,
  );
  return { createClient };
}

function answer(status: number, body: unknown) {
  return vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }));
}

function fillAndSubmit(username: string, password: string) {
  fireEvent.change(screen.getByLabelText('Käyttäjätunnus'), { target: { value: username } });
  fireEvent.change(screen.getByLabelText('Salasana'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Kirjaudu' }));
}

describe('SignInView', () => {
  test('empty fields are named in the summary and at the fields; nothing is sent', async () => {
    const fetchSpy = answer(200, {});
    renderSignIn('/reviews/2');
    fireEvent.click(screen.getByRole('button', { name: 'Kirjaudu' }));
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('Anna käyttäjätunnus.');
    expect(summary.textContent).toContain('Anna salasana.');
    expect(screen.getByRole('link', { name: 'Anna salasana.' }).getAttribute('href')).toBe('#sign-in-password');
    expect(screen.getByLabelText('Salasana').getAttribute('aria-invalid')).toBe('true');
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  test('a wrong password says so and empties the password field', async () => {
    answer(401, { error: 'The username or password is wrong.' });
    renderSignIn('/reviews/2');
    fillAndSubmit('board', 'wrong');
    expect((await screen.findByRole('alert')).textContent).toContain('Käyttäjätunnus tai salasana on väärin.');
    expect((screen.getByLabelText('Salasana') as HTMLInputElement).value).toBe('');
  });

  test('too many attempts are explained', async () => {
    answer(429, { error: 'Too many failed sign-ins' });
    renderSignIn('/');
    fillAndSubmit('board', 'wrong');
    expect((await screen.findByRole('alert')).textContent).toContain('Liian monta kirjautumisyritystä');
  });

  test('success renews the session’s GraphQL client and returns to where the person was', async () => {
    answer(200, { user: { id: '4', username: 'board', displayName: 'Hallitus', role: 'BOARD', permissions: ['APPROVE_REVIEWS'] } });
    const { createClient } = renderSignIn('/reviews/2');
    const clientsBefore = createClient.mock.calls.length;
    fillAndSubmit(' board ', 'demo-board');
    expect(await screen.findByRole('heading', { name: 'Katsaus' })).toBeTruthy();
    await waitFor(() => expect(createClient.mock.calls.length).toBe(clientsBefore + 1));
  });

  test('a return address off the site is ignored', async () => {
    answer(200, { user: { id: '4', username: 'board', displayName: 'Hallitus', role: 'BOARD', permissions: [] } });
    renderSignIn('https://evil.example/');
    fillAndSubmit('board', 'demo-board');
    expect(await screen.findByRole('heading', { name: 'Etusivu' })).toBeTruthy();
  });
});
