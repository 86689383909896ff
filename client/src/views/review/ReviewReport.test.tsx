import { cleanup, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { Provider } from 'urql';
import { afterEach, describe, expect, test } from 'vitest';
import { setUpI18n } from '../../i18n/setup';
import { mockGraphQLClient } from '../../test-support/graphql-client';
import { ReviewReport } from './ReviewReport';
import { review, reviewGoal } from './review-fixtures';
import type { ReviewGoal, ReviewReport as Review } from './review-report';

afterEach(cleanup);

function renderReport(data: Review, { language = 'fi', canWrite = () => false }: { language?: 'fi' | 'sv' | 'en'; canWrite?: (goal: ReviewGoal) => boolean } = {}) {
  const { client } = mockGraphQLClient(() => ({ data: {} }));
  return render(
    <I18nextProvider i18n={setUpI18n(language)}>
      <Provider value={client}>
        <MemoryRouter>
          <ReviewReport review={data} canWrite={canWrite} goalLink={(id) => `/goals/${id}`} onAssessmentSaved={() => undefined} />
        </MemoryRouter>
      </Provider>
    </I18nextProvider>,
  );
}

const subGoal = reviewGoal({
  goalId: '6',
  depth: 1,
  title: { fi: 'Varhainen tuki kotiin', sv: 'Tidigt stöd i hemmet', en: null },
  ownerUsername: 'someone-else',
  status: 'ON_TRACK',
  previousStatus: 'NEEDS_ACCELERATION',
  change: 'IMPROVED',
});

// The whole report renders synchronously in jsdom in about 1–3 s on an idle machine (the first
// render in a file is the slowest); vitest's 5 s ran out on a loaded machine while nothing was wrong.
describe('ReviewReport', { timeout: 60_000 }, () => {
  test('a draft: the notice, what changed in words and shapes, and the form only where the viewer may write', () => {
    renderReport(review({ goals: [reviewGoal(), subGoal] }), { canWrite: (goal) => goal.ownerUsername === 'owner' });
    expect(screen.getByRole('heading', { level: 1, name: 'Neljännesvuosikatsaus Q3/2026' })).toBeTruthy();
    expect(screen.getByTestId('draft-notice').textContent).toContain('Luonnos');
    const changes = within(screen.getByTestId('what-changed'));
    expect(screen.getByRole('heading', { name: 'Mikä muuttui neljänneksestä Q2/2026 ja miksi' })).toBeTruthy();
    // Worsened first; the change and both statuses in words, each with its shape.
    const items = changes.getAllByRole('listitem');
    expect(items[0]?.textContent).toContain('Sijoitukset vähenevät');
    expect(items[0]?.textContent).toContain('Heikkeni');
    expect(items[0]?.textContent).toContain('Vähäistä edistystä');
    expect(items[0]?.querySelector('.change-badge svg')).toBeTruthy();
    expect(items[1]?.textContent).toContain('Parani');
    // The owner's form on their own goal only.
    const forms = screen.getAllByTestId('assessment-form');
    expect(forms).toHaveLength(1);
    expect(forms[0]?.closest('[data-goal-id]')?.getAttribute('data-goal-id')).toBe('5');
    // Key chart with its text alternative.
    expect(screen.getAllByText(/Keskeinen mittari: Sijoitetut lapset/).length).toBeGreaterThan(0);
    expect(screen.getAllByText(/Sijoitetut lapset: 1,4 % \(2021\) → 1,6 % \(2025\)/).length).toBeGreaterThan(0);
  });

  test('an approved review: who approved and when, the frozen notice, and the owner’s override with its reason', () => {
    const goal = reviewGoal({
      assessment: {
        id: 'a1',
        reviewId: '2',
        quarter: '2026Q3',
        goalId: '5',
        statusOverride: 'NEEDS_ACCELERATION',
        overrideReason: 'Perhetyön uusi malli alkoi syyskuussa.',
        narrative: 'Sijoitusten kasvu taittui elokuussa.',
        writtenBy: 'Olli Omistaja',
        writtenAt: '2026-11-20T10:00:00.000Z',
      },
    });
    renderReport(review({ status: 'APPROVED', approvedAt: '2026-11-22T12:00:00.000Z', approvedBy: 'Hilkka Hallitus', goals: [goal] }), { canWrite: () => false });
    const notice = screen.getByTestId('approval-notice');
    expect(notice.textContent).toContain('Hilkka Hallitus');
    expect(notice.textContent).toContain('lukittu');
    expect(screen.queryByTestId('assessment-form')).toBeNull();
    const changes = within(screen.getByTestId('what-changed'));
    expect(changes.getByText(/Perhetyön uusi malli alkoi syyskuussa/)).toBeTruthy();
    expect(changes.getByText(/Sijoitusten kasvu taittui elokuussa/)).toBeTruthy();
    const assessment = within(screen.getByTestId('assessment'));
    expect(assessment.getByTestId('status-override').textContent).toContain('Vaatii vauhdittamista');
    expect(assessment.getByTestId('override-reason').textContent).toBe('Perhetyön uusi malli alkoi syyskuussa.');
  });

  test('in Swedish, with the names the data has in Swedish', () => {
    renderReport(review({ goals: [reviewGoal(), subGoal] }), { language: 'sv' });
    expect(screen.getByRole('heading', { level: 1, name: 'Kvartalsrapport kv. 3/2026' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Verkningsfullhet' })).toBeTruthy();
    expect(screen.getAllByText('Försämrades').length).toBeGreaterThan(0);
    // Twice in what changed, twice in the goals' own sections.
    expect(screen.getAllByText('Ägaren har ännu inte skrivit någon bedömning.')).toHaveLength(4);
  });
});
