import { cleanup, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, test } from 'vitest';
import type { StrategyAttainmentQuery } from '../../graphql/generated/graphql';
import { setUpI18n } from '../../i18n/setup';
import { OverviewContent } from './OverviewContent';

// Vitest runs without globals here, so Testing Library cannot clean up between tests by itself.
afterEach(cleanup);

type Attainment = StrategyAttainmentQuery['attainment'];
type GoalNode = Attainment['perspectives'][number]['goals'][number];

function goal(id: string, title: string, status: GoalNode['status'], score: number | null): GoalNode {
  return {
    goal: { id, title: { fi: title, sv: `${title} (sv)`, en: null }, owner: 'Johtaja' },
    status,
    score,
    coverage: 1,
    availableCount: 1,
    partCount: 1,
    notAvailableReason: null,
    indicators: [],
    subGoals: [],
  };
}

const attainment: Attainment = {
  area: { code: '740', kind: 'MUNICIPALITY', name: { fi: 'Savonlinna', sv: 'Nyslott', en: null } },
  serviceArea: null,
  asOf: '2026-11-22T12:00:00.000Z',
  asOfPeriod: '2025Q2',
  status: 'LIMITED_PROGRESS',
  score: -1.25,
  coverage: 0.75,
  perspectives: [
    {
      perspective: { id: '1', sortOrder: 1, name: { fi: 'Vaikuttavuus', sv: 'Verkningsfullhet', en: 'Effectiveness' } },
      status: 'LIMITED_PROGRESS',
      score: -1.25,
      coverage: 0.75,
      goals: [goal('5', 'Sijoitukset vähenevät', 'DETERIORATING', -4.5), goal('6', 'Pelastus on nopeaa', 'TARGET_ACHIEVED', 5)],
    },
  ],
};

function renderOverview(language: 'fi' | 'sv') {
  return render(
    <I18nextProvider i18n={setUpI18n(language)}>
      <MemoryRouter>
        <OverviewContent attainment={attainment} linkSearch={() => '?area=740'} stale={false} />
      </MemoryRouter>
    </I18nextProvider>,
  );
}

describe('OverviewContent', () => {
  test('names the scope and lists off-track goals first, linking with the filters', () => {
    renderOverview('fi');
    expect(screen.getByTestId('overview-scope').textContent).toBe('Savonlinna · Kaikki palvelukokonaisuudet · Q2/2025 lopussa');
    const offTrack = within(screen.getByTestId('off-track-goals'));
    expect(offTrack.getByText('Heikkenee')).toBeTruthy();
    expect(offTrack.getByRole('link', { name: 'Sijoitukset vähenevät' }).getAttribute('href')).toBe('/goals/5?area=740');
    expect(offTrack.queryByText('Pelastus on nopeaa')).toBeNull();
  });

  test('shows each goal’s status as words and a shape, and its score with a decimal comma', () => {
    renderOverview('fi');
    const row = screen.getAllByRole('row').find((element) => element.getAttribute('data-goal-id') === '5');
    expect(row).toBeTruthy();
    const cells = within(row as HTMLElement);
    expect(cells.getByText('Heikkenee').closest('.status-badge')?.querySelector('svg.status-icon')).toBeTruthy();
    expect(cells.getByText('−4,5')).toBeTruthy();
  });

  test('uses the Swedish names where the data has them', () => {
    renderOverview('sv');
    expect(screen.getByRole('heading', { level: 2, name: 'Verkningsfullhet' })).toBeTruthy();
    expect(screen.getAllByRole('link', { name: 'Sijoitukset vähenevät (sv)' }).length).toBeGreaterThan(0);
    expect(screen.getByTestId('overview-scope').textContent).toContain('Nyslott');
  });
});
