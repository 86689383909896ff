import { cleanup, screen } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import { mockGraphQLClient } from '../test-support/graphql-client';
import { renderAtRoute } from '../test-support/render-route';
import { DashboardScope } from './DashboardScope';

afterEach(cleanup);

const name = (fi: string) => ({ fi, sv: null, en: null });
const context = {
  strategies: [
    {
      id: '1',
      name: name('Etelä-Savon palvelustrategia'),
      baselineYear: 2021,
      startYear: 2026,
      endYear: 2029,
      organisation: { code: 'HVA12', name: name('Etelä-Savo'), children: [{ code: '740', name: name('Savonlinna') }] },
    },
  ],
  serviceAreas: [{ id: '2', code: 'older-people', name: name('Ikäihmiset') }],
};

/** Renders what the scope hands its view: the filters the view will query with. */
function renderScope(url: string) {
  const mock = mockGraphQLClient(() => ({ data: context }));
  renderAtRoute({
    client: mock.client,
    path: '/',
    url,
    element: (
      <DashboardScope>
        {(scope) => <output data-testid="scope">{JSON.stringify({ area: scope.effectiveAreaCode, serviceArea: scope.filters.serviceAreaId, code: scope.serviceArea?.code ?? null })}</output>}
      </DashboardScope>
    ),
  });
}

test('the area and service area the URL names are passed on', async () => {
  renderScope('/?area=740&serviceArea=2');
  expect(JSON.parse((await screen.findByTestId('scope')).textContent ?? '')).toEqual({ area: '740', serviceArea: '2', code: 'older-people' });
});

test('an area or service area the server does not know counts as absent, so no query fails on it', async () => {
  renderScope('/?area=999&serviceArea=99');
  expect(JSON.parse((await screen.findByTestId('scope')).textContent ?? '')).toEqual({ area: 'HVA12', serviceArea: null, code: null });
});
