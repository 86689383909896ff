import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { mockGraphQLClient } from '../../test-support/graphql-client';
import { renderAtRoute } from '../../test-support/render-route';
import { PublicPromiseView } from './PublicPromiseView';

afterEach(cleanup);

const promise = {
  strategyId: '1',
  name: { fi: 'Palvelustrategia 2026–2029', sv: 'Servicestrategi 2026–2029', en: null },
  organisation: { code: 'HVA12', name: { fi: 'Etelä-Savon hyvinvointialue', sv: 'Södra Savolax välfärdsområde', en: null } },
  startYear: 2026,
  endYear: 2029,
  vision: null,
  publishedAt: '2026-12-01T10:00:00.000Z',
  asOf: '2026-12-06T10:00:00.000Z',
  items: [
    {
      id: '7',
      text: { fi: 'Pääset hoitoon viikossa', sv: 'Du får vård inom en vecka', en: 'You get care within a week' },
      status: 'NEEDS_ACCELERATION',
      goals: [
        { title: { fi: 'Hoitotakuu toteutuu', sv: 'Vårdgarantin uppfylls', en: null }, status: 'ON_TRACK' },
        { title: { fi: 'Jonot lyhenevät', sv: null, en: null }, status: 'DETERIORATING' },
      ],
    },
    { id: '8', text: { fi: 'Apu tulee nopeasti', sv: null, en: null }, status: 'TARGET_ACHIEVED', goals: [] },
  ],
};

function renderPage(url: string, answer: Parameters<typeof mockGraphQLClient>[0]) {
  const mock = mockGraphQLClient(answer);
  renderAtRoute({ client: mock.client, path: '/promise/:strategyId', url, element: <PublicPromiseView /> });
  return mock;
}

describe('the public promise page', () => {
  test('asks only for the public promise, and shows each item with its status in plain words', async () => {
    const mock = renderPage('/promise/1', () => ({ data: { publicServicePromise: promise } }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Palvelulupaus' })).toBeTruthy();
    // Nothing of the signed-in dashboard: no viewer, no strategies (they fail with REQUIRE_SIGN_IN=1).
    expect(mock.operations.map((operation) => operation.operationName)).toEqual(['PublicServicePromise']);
    expect(mock.operations[0]?.variables).toEqual({ strategyId: '1' });
    const items = screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.closest('li') as HTMLElement);
    expect(items.map((item) => within(item).getByRole('heading', { level: 3 }).textContent)).toEqual(['Pääset hoitoon viikossa', 'Apu tulee nopeasti']);
    expect(within(items[0]!).getByText('Vaatii lisätoimia', { selector: '.public-promise__status .status-badge__label' })).toBeTruthy();
    expect(within(items[0]!).getByText('Jonot lyhenevät').nextElementSibling?.textContent).toBe('Heikkenee');
    expect(within(items[1]!).getByText('Lupaus pitää')).toBeTruthy();
    // Plain words, not the dashboard's technical labels.
    expect(screen.queryByText('Vaatii vauhdittamista')).toBeNull();
    expect(screen.getByRole('banner')).toBeTruthy();
    expect(screen.getByRole('main')).toBeTruthy();
    expect(document.documentElement.lang).toBe('fi');
  });

  test('?lang=sv shows Swedish, falling back to Finnish where a text has no translation', async () => {
    renderPage('/promise/1?lang=sv', () => ({ data: { publicServicePromise: promise } }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Servicelöfte' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: 'Du får vård inom en vecka' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: 'Apu tulee nopeasti' })).toBeTruthy();
    expect(screen.getByText('Kräver fler åtgärder', { selector: '.public-promise__status .status-badge__label' })).toBeTruthy();
    expect(screen.getByText('Löftet hålls', { selector: '.public-promise__status .status-badge__label' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('sv');
    const current = screen.getByRole('link', { current: true });
    expect(current.textContent).toBe('Svenska');
  });

  test('the language links keep the page and change only the language', async () => {
    renderPage('/promise/1?lang=sv', () => ({ data: { publicServicePromise: promise } }));
    const english = await screen.findByRole('link', { name: 'English' });
    expect(english.getAttribute('href')).toBe('/promise/1?lang=en');
    fireEvent.click(english);
    expect(await screen.findByRole('heading', { level: 1, name: 'Service promise' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: 'You get care within a week' })).toBeTruthy();
    expect(screen.getByTestId('location').textContent).toBe('/promise/1?lang=en');
  });

  test.each([
    ['not published (NOT_FOUND)', 'NOT_FOUND'],
    ['a malformed id', 'BAD_USER_INPUT'],
  ])('%s reads as not found', async (_case, code) => {
    renderPage('/promise/x', () => ({ errors: [{ message: 'no published service promise', extensions: { code } }] }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Palvelulupausta ei löytynyt' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Tulosta' })).toBeNull();
  });

  test('another failure says so and offers to try again', async () => {
    let calls = 0;
    renderPage('/promise/1', () => {
      calls += 1;
      return calls === 1 ? { errors: [{ message: 'database is locked', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] } : { data: { publicServicePromise: promise } };
    });
    expect((await screen.findByRole('alert')).textContent).toContain('database is locked');
    fireEvent.click(screen.getByRole('button', { name: 'Yritä uudelleen' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Palvelulupaus' })).toBeTruthy();
  });
});
