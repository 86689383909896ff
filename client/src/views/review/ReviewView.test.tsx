import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, Route, Routes } from 'react-router';
import { Provider } from 'urql';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { Permission, Role } from '../../graphql/generated/graphql';
import { setUpI18n } from '../../i18n/setup';
import { mockGraphQLClient } from '../../test-support/graphql-client';
import { ReviewView } from './ReviewView';
import { review } from './review-fixtures';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function renderView(viewer: { role: Role; permissions: Permission[]; username: string } | null, status: 'DRAFT' | 'APPROVED' = 'DRAFT') {
  let approved = status === 'APPROVED';
  const mock = mockGraphQLClient(({ operationName }) => {
    if (operationName === 'Viewer') return { data: { viewer: viewer && { id: '9', displayName: viewer.username, ...viewer } } };
    if (operationName === 'ReviewReport')
      return {
        data: {
          review: review(approved ? { status: 'APPROVED', approvedAt: '2026-11-22T12:00:00.000Z', approvedBy: 'Hilkka Hallitus' } : {}),
        },
      };
    if (operationName === 'ApproveReview') {
      approved = true;
      return { data: { approveReview: { id: '2', status: 'APPROVED', figuresAsOf: '2026-11-22T12:00:00.000Z', approvedAt: '2026-11-22T12:00:00.000Z', approvedBy: 'Hilkka Hallitus' } } };
    }
    return { data: {} };
  });
  render(
    <I18nextProvider i18n={setUpI18n('fi')}>
      <Provider value={mock.client}>
        <MemoryRouter initialEntries={['/reviews/2']}>
          <Routes>
            <Route path="/reviews/:reviewId" element={<ReviewView />} />
          </Routes>
        </MemoryRouter>
      </Provider>
    </I18nextProvider>,
  );
  return mock;
}

/**
 * The whole report (goal sections, charts, tables) renders in jsdom in about 1.5 s on an idle
 * machine, the first time in a file longer, so a wait for it needs more than testing-library's
 * 1 s and the test more than vitest's 5 s: on a loaded machine both ran out while nothing was wrong.
 * The waits still fail if what they wait for never appears.
 */
const RENDERED = { timeout: 15_000 };

describe('ReviewView', { timeout: 60_000 }, () => {
  test('the board approves a draft after confirming, and the page then shows the approval', async () => {
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(true);
    const { operations } = renderView({ role: 'BOARD', permissions: ['OPEN_REVIEWS', 'APPROVE_REVIEWS'], username: 'board' });
    fireEvent.click(await screen.findByRole('button', { name: 'Hyväksy katsaus Q3/2026' }, RENDERED));
    expect(confirm).toHaveBeenCalledWith(expect.stringContaining('lukitaan'));
    await screen.findByTestId('approval-notice', {}, RENDERED);
    expect(screen.getByTestId('approval-notice').textContent).toContain('Hilkka Hallitus');
    expect(operations.some((operation) => operation.operationName === 'ApproveReview' && operation.variables.id === '2')).toBe(true);
    expect(screen.queryByRole('button', { name: 'Hyväksy katsaus Q3/2026' })).toBeNull();
  });

  test('nothing is sent when the board member cancels', async () => {
    vi.spyOn(window, 'confirm').mockReturnValue(false);
    const { operations } = renderView({ role: 'BOARD', permissions: ['APPROVE_REVIEWS'], username: 'board' });
    const approve = await screen.findByRole('button', { name: 'Hyväksy katsaus Q3/2026' }, RENDERED);
    fireEvent.click(approve);
    // urql sends a mutation asynchronously, so "no operation yet" alone proves nothing; a started
    // mutation would have disabled the button already, and after a macrotask it would have been sent.
    expect((approve as HTMLButtonElement).disabled).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(operations.some((operation) => operation.operationName === 'ApproveReview')).toBe(false);
  });

  test.each([
    ['signed out', null],
    ['a goal owner', { role: 'GOAL_OWNER', permissions: ['WRITE_ASSESSMENTS'], username: 'other-owner' }],
  ] as const)('%s sees the report with print and CSV but no approval', async (_who, viewer) => {
    renderView(viewer as never);
    await screen.findByRole('heading', { level: 1, name: 'Neljännesvuosikatsaus Q3/2026' }, RENDERED);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Tulosta tai tallenna PDF:ksi' })).toBeTruthy(), RENDERED);
    expect(screen.getByRole('button', { name: 'Lataa luvut (CSV)' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Hyväksy/ })).toBeNull();
    expect(screen.queryByTestId('assessment-form')).toBeNull();
  });

  test('the owner of a goal gets the form on the draft', async () => {
    renderView({ role: 'GOAL_OWNER', permissions: ['WRITE_ASSESSMENTS'], username: 'owner' });
    expect(await screen.findByTestId('assessment-form', {}, RENDERED)).toBeTruthy();
  });

  test('an approved review offers no form and no approval, even to the board', async () => {
    renderView({ role: 'BOARD', permissions: ['APPROVE_REVIEWS'], username: 'owner' }, 'APPROVED');
    await screen.findByTestId('approval-notice', {}, RENDERED);
    expect(screen.queryByRole('button', { name: /^Hyväksy/ })).toBeNull();
    expect(screen.queryByTestId('assessment-form')).toBeNull();
  });
});
