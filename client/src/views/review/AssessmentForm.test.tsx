import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { Provider } from 'urql';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { setUpI18n } from '../../i18n/setup';
import { type MockAnswer, mockGraphQLClient, type MockOperation } from '../../test-support/graphql-client';
import { AssessmentForm } from './AssessmentForm';
import { reviewGoal } from './review-fixtures';

afterEach(cleanup);

function renderForm(answer: (operation: MockOperation) => MockAnswer) {
  const mock = mockGraphQLClient(answer);
  const onSaved = vi.fn();
  render(
    <I18nextProvider i18n={setUpI18n('fi')}>
      <Provider value={mock.client}>
        <MemoryRouter initialEntries={['/reviews/2']}>
          <AssessmentForm reviewId="2" goal={reviewGoal()} onSaved={onSaved} />
        </MemoryRouter>
      </Provider>
    </I18nextProvider>,
  );
  return { ...mock, onSaved };
}

const saved = {
  data: {
    writeAssessment: {
      id: 'a1',
      reviewId: '2',
      quarter: '2026Q3',
      goalId: '5',
      statusOverride: 'NEEDS_ACCELERATION',
      overrideReason: 'Uusi perhetyö',
      narrative: 'Kasvu taittui.',
      writtenBy: 'owner',
      writtenAt: '2026-11-22T12:00:00.000Z',
    },
  },
};

describe('AssessmentForm', () => {
  test('an override needs a reason: the problem is listed, focused and named at the field; nothing is sent', async () => {
    const { operations } = renderForm(() => saved);
    fireEvent.change(screen.getByLabelText('Tila omistajan arviona'), { target: { value: 'NEEDS_ACCELERATION' } });
    fireEvent.change(screen.getByLabelText('Arvio ja tilannekuvaus'), { target: { value: 'Kasvu taittui.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tallenna arvio' }));
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('Kirjoita perustelu, kun poikkeat lasketusta tilasta.');
    await waitFor(() => expect(document.activeElement).toBe(summary));
    const reason = screen.getByLabelText('Perustelu poikkeamalle');
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect(reason.getAttribute('aria-describedby')).toContain('assessment-5-overrideReason-error');
    expect(operations).toHaveLength(0);
  });

  test('the computed status is not offered as an override of itself', () => {
    renderForm(() => saved);
    const options = [...(screen.getByLabelText('Tila omistajan arviona') as HTMLSelectElement).options].map((option) => option.value);
    expect(options[0]).toBe('');
    expect(options).not.toContain('DETERIORATING');
    expect(screen.getByRole('option', { name: 'Laskettu tila pätee (Heikkenee)' })).toBeTruthy();
  });

  test('a complete assessment is sent and confirmed', async () => {
    const { operations, onSaved } = renderForm(() => saved);
    fireEvent.change(screen.getByLabelText('Tila omistajan arviona'), { target: { value: 'NEEDS_ACCELERATION' } });
    fireEvent.change(screen.getByLabelText('Perustelu poikkeamalle'), { target: { value: ' Uusi perhetyö ' } });
    fireEvent.change(screen.getByLabelText('Arvio ja tilannekuvaus'), { target: { value: 'Kasvu taittui.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tallenna arvio' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(operations[0]?.operationName).toBe('WriteAssessment');
    expect(operations[0]?.variables).toEqual({
      input: { reviewId: '2', goalId: '5', statusOverride: 'NEEDS_ACCELERATION', overrideReason: 'Uusi perhetyö', narrative: 'Kasvu taittui.' },
    });
    expect(screen.getByRole('status').textContent).toMatch(/^Arvio tallennettu/);
  });

  test('the server’s FORBIDDEN becomes "sign in as the goal owner" with a sign-in link back here', async () => {
    renderForm(() => ({ errors: [{ message: 'Only the goal’s owner writes its assessment', extensions: { code: 'FORBIDDEN' } }] }));
    fireEvent.change(screen.getByLabelText('Arvio ja tilannekuvaus'), { target: { value: 'Kasvu taittui.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tallenna arvio' }));
    const message = await screen.findByTestId('access-message');
    expect(message.textContent).toContain('Kirjaudu sisään tavoitteen omistajana.');
    expect(screen.getByRole('link', { name: 'Kirjaudu sisään' }).getAttribute('href')).toBe('/sign-in?returnTo=%2Freviews%2F2');
  });

  test('the server’s field problems are shown at their fields', async () => {
    renderForm(() => ({
      errors: [{ message: 'input.narrative: too long', extensions: { code: 'BAD_USER_INPUT', field: 'input.narrative', reason: 'is longer than 10,000 characters' } }],
    }));
    fireEvent.change(screen.getByLabelText('Arvio ja tilannekuvaus'), { target: { value: 'x' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tallenna arvio' }));
    expect((await screen.findByRole('alert')).textContent).toContain('is longer than 10,000 characters');
  });
});
