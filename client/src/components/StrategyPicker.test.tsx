import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { mockGraphQLClient } from '../test-support/graphql-client';
import { renderAtRoute } from '../test-support/render-route';
import { DashboardScope } from './DashboardScope';
import { StrategyPicker } from './StrategyPicker';

afterEach(cleanup);

const name = (fi: string, sv: string | null = null) => ({ fi, sv, en: null });
function strategy(id: string, title: string, organisation: { code: string; kind: string; name: ReturnType<typeof name> }) {
  return { id, name: name(title), baselineYear: 2021, startYear: 2026, endYear: 2029, organisation: { ...organisation, children: [] } };
}
const county = { code: 'HVA12', kind: 'WELLBEING_COUNTY', name: name('Etelä-Savon hyvinvointialue') };
const region = { code: 'MK10', kind: 'REGION', name: name('Etelä-Savo', 'Södra Savolax') };

function renderShell(url: string, strategies: unknown[], viewer: unknown = null) {
  const mock = mockGraphQLClient((operation) =>
    operation.operationName === 'Viewer' ? { data: { viewer } } : { data: { strategies, serviceAreas: [] } },
  );
  renderAtRoute({
    client: mock.client,
    path: '*',
    url,
    element: (
      <>
        <StrategyPicker />
        <DashboardScope>{(scope) => <output data-testid="shown">{scope.strategy.id}</output>}</DashboardScope>
      </>
    ),
  });
  return mock;
}

const two = [strategy('1', 'Palvelustrategia 2026–2029', county), strategy('2', 'Maakuntastrategia', region)];

describe('StrategyPicker', () => {
  test('lists every strategy with its organisation and term, and shows the one the view shows', async () => {
    renderShell('/matrix?strategy=2', two);
    const select = (await screen.findByRole('combobox', { name: 'Strategia' })) as HTMLSelectElement;
    expect([...select.options].map((option) => option.textContent)).toEqual([
      'Palvelustrategia 2026–2029 · Etelä-Savon hyvinvointialue · 2026–2029',
      'Maakuntastrategia · Etelä-Savo (maakunta) · 2026–2029',
    ]);
    expect(select.value).toBe('2');
    expect(screen.getByTestId('shown').textContent).toBe('2');
  });

  test('an id the server does not know shows the first strategy, in the picker as in the view', async () => {
    renderShell('/?strategy=99', two);
    const select = (await screen.findByRole('combobox', { name: 'Strategia' })) as HTMLSelectElement;
    expect(select.value).toBe('1');
    expect(screen.getByTestId('shown').textContent).toBe('1');
  });

  test('choosing one puts it in the URL, drops the old county’s municipality and keeps the other filters', async () => {
    renderShell('/matrix?area=740&serviceArea=3', two);
    fireEvent.change(await screen.findByRole('combobox', { name: 'Strategia' }), { target: { value: '2' } });
    expect(screen.getByTestId('location').textContent).toBe('/matrix?serviceArea=3&strategy=2');
    expect((await screen.findByTestId('shown')).textContent).toBe('2');
  });

  test('under /strategies/:id the path names the strategy', async () => {
    renderShell('/strategies/2/promise', two);
    const select = (await screen.findByRole('combobox', { name: 'Strategia' })) as HTMLSelectElement;
    expect(select.value).toBe('2');
    fireEvent.change(select, { target: { value: '1' } });
    expect(screen.getByTestId('location').textContent).toBe('/strategies/1/promise');
  });

  test('with one strategy there is nothing to choose', async () => {
    renderShell('/', [two[0]]);
    expect((await screen.findByTestId('shown')).textContent).toBe('1');
    expect(screen.queryByRole('combobox')).toBeNull();
  });
});

describe('no strategy at all', () => {
  test('an editor is told to create one, and where', async () => {
    renderShell('/', [], { id: '5', username: 'admin', displayName: 'Anna', role: 'ADMIN', permissions: ['EDIT_STRATEGY'] });
    const link = await screen.findByRole('link', { name: 'Luo strategia' });
    expect(link.getAttribute('href')).toBe('/strategies');
    expect(screen.queryByRole('combobox')).toBeNull();
  });

  test('anyone else that nothing is published yet, with nothing to click', async () => {
    renderShell('/', [], null);
    expect(await screen.findByText('Yhtään strategiaa ei ole vielä julkaistu. Palaa myöhemmin.')).toBeTruthy();
    expect(screen.queryByRole('link')).toBeNull();
  });
});
