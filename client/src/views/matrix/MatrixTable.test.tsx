import { cleanup, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { afterEach, expect, test } from 'vitest';
import type { AttainmentMatrixQuery } from '../../graphql/generated/graphql';
import { setUpI18n } from '../../i18n/setup';
import { MatrixTable } from './MatrixTable';

// Vitest runs without globals here, so Testing Library cannot clean up between tests by itself.
afterEach(cleanup);

type Matrix = AttainmentMatrixQuery['attainmentMatrix'];

const perspective = { id: '1', name: { fi: 'Vaikuttavuus', sv: null, en: null } };
// The server sends rows per area with values in goal order; Savonlinna comes first, and Mikkeli's
// sub-goal has no data.
const matrix: Matrix = {
  asOf: '2026-11-22T12:00:00.000Z',
  goals: [
    { id: '10', title: { fi: 'Lapset', sv: null, en: null }, parent: null, perspective },
    { id: '11', title: { fi: 'Sijoitukset', sv: null, en: null }, parent: { id: '10' }, perspective },
  ],
  rows: [
    { area: { code: '740', name: { fi: 'Savonlinna', sv: 'Nyslott', en: null } }, statuses: ['DETERIORATING', 'TARGET_ACHIEVED_WORSENING'], scores: [-4.5, 0.625] },
    { area: { code: '491', name: { fi: 'Mikkeli', sv: 'S:t Michel', en: null } }, statuses: ['TARGET_ACHIEVED', 'NOT_AVAILABLE'], scores: [5, null] },
  ],
};

function renderTable() {
  render(
    <I18nextProvider i18n={setUpI18n('fi')}>
      <MemoryRouter>
        <MatrixTable matrix={matrix} linkSearch={(overrides) => `?area=${overrides?.area ?? ''}`} stale={false} />
      </MemoryRouter>
    </I18nextProvider>,
  );
}

test('goals run down and municipalities across, in name order, each cell the row value at its goal', () => {
  renderTable();
  const table = screen.getByRole('table');
  const headers = within(table).getAllByRole('columnheader').map((header) => header.textContent);
  expect(headers.slice(1)).toEqual(['Mikkeli', 'Savonlinna']);
  const rows = within(table).getAllByRole('row').slice(1);
  const statusesOf = (row: HTMLElement) => [...row.querySelectorAll('td')].map((cell) => cell.dataset.status);
  expect(rows.map(statusesOf)).toEqual([
    ['TARGET_ACHIEVED', 'DETERIORATING'],
    ['NOT_AVAILABLE', 'TARGET_ACHIEVED_WORSENING'],
  ]);
});

test('a target met while worsening has its own fill and says so in words, not as an achievement', () => {
  renderTable();
  const cell = screen.getAllByRole('link').find((link) => link.getAttribute('href') === '/goals/11?area=740');
  expect(cell?.getAttribute('aria-label')).toContain('Saavutettu, mutta heikkenee');
  expect(cell?.closest('td')?.className).toContain('status-cell--TARGET_ACHIEVED_WORSENING');
  expect(cell?.querySelector('svg')?.getAttribute('class')).toContain('status-icon--TARGET_ACHIEVED_WORSENING');
});

test('each cell links to its goal in its municipality, and its title carries the score', () => {
  renderTable();
  const savonlinnaChildren = screen.getAllByRole('link').find((link) => link.getAttribute('href') === '/goals/10?area=740');
  expect(savonlinnaChildren?.getAttribute('title')).toContain('−4,5');
  const mikkeliPlacements = screen.getAllByRole('link').find((link) => link.getAttribute('href') === '/goals/11?area=491');
  expect(mikkeliPlacements?.getAttribute('title')).not.toContain('(');
});
