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
  strategy: { id: '1', promisePublished: true },
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
  servicePromise: [
    {
      item: { id: '21', text: { fi: 'Apu tulee nopeasti', sv: 'Hjälpen kommer snabbt', en: null } },
      status: 'ON_TRACK',
      score: 1.5,
      goals: [
        { goal: { id: '6', title: { fi: 'Pelastus on nopeaa', sv: null, en: null } }, status: 'TARGET_ACHIEVED' },
        { goal: { id: '5', title: { fi: 'Sijoitukset vähenevät', sv: null, en: null } }, status: 'DETERIORATING' },
      ],
    },
    { item: { id: '22', text: { fi: 'Lupaus ilman tavoitteita', sv: null, en: null } }, status: 'NOT_AVAILABLE', score: null, goals: [] },
  ],
};

function renderOverview(language: 'fi' | 'sv', value: Attainment = attainment, canEditStrategy = false) {
  return render(
    <I18nextProvider i18n={setUpI18n(language)}>
      <MemoryRouter>
        <OverviewContent attainment={value} linkSearch={() => '?area=740'} canEditStrategy={canEditStrategy} stale={false} />
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

describe('the service promise on the overview', () => {
  test('each item in the reader’s language with its status, and the goals behind it with theirs, linked with the filters', () => {
    renderOverview('sv');
    const section = within(screen.getByRole('region', { name: 'Servicelöfte' }));
    const items = section.getAllByRole('listitem').filter((element) => element.hasAttribute('data-item-id'));
    expect(items.map((element) => element.querySelector('.promise-summary__text')?.textContent)).toEqual(['Hjälpen kommer snabbt', 'Lupaus ilman tavoitteita']);
    const first = within(items[0] as HTMLElement);
    expect(first.getAllByText('På rätt väg')[0]?.closest('.status-badge')?.getAttribute('data-status')).toBe('ON_TRACK');
    const goals = within(first.getByRole('list', { name: 'Målen bakom löftet: Hjälpen kommer snabbt' }));
    expect(goals.getByRole('link', { name: 'Pelastus on nopeaa' }).getAttribute('href')).toBe('/goals/6?area=740');
    expect(goals.getAllByRole('listitem').map((element) => element.querySelector('.status-badge')?.getAttribute('data-status'))).toEqual(['TARGET_ACHIEVED', 'DETERIORATING']);
    expect(within(items[1] as HTMLElement).getByText('Inga mål har kopplats till löftet.')).toBeTruthy();
  });

  test('links to the public page when published, and to the editor for those who may edit', () => {
    renderOverview('fi', attainment, true);
    const section = within(screen.getByTestId('service-promise'));
    expect(section.getByRole('link', { name: 'Julkinen palvelulupaus' }).getAttribute('href')).toBe('/promise/1');
    expect(section.getByRole('link', { name: 'Muokkaa palvelulupausta' }).getAttribute('href')).toBe('/strategies/1/promise');
  });

  test('no public link before publishing, no editor link for a reader, and an empty state without items', () => {
    renderOverview('fi', { ...attainment, strategy: { id: '1', promisePublished: false }, servicePromise: [] });
    const section = within(screen.getByTestId('service-promise'));
    expect(section.getByText('Strategialla ei ole vielä palvelulupausta.')).toBeTruthy();
    expect(section.queryByRole('link')).toBeNull();
  });
});
