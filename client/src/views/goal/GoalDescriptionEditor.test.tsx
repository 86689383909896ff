import { cleanup, configure, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { Provider } from 'urql';
import { afterEach, describe, expect, test } from 'vitest';
import { setUpI18n } from '../../i18n/setup';
import { mockGraphQLClient } from '../../test-support/graphql-client';
import { GoalDescriptionEditor } from './GoalDescriptionEditor';

afterEach(cleanup);
configure({ asyncUtilTimeout: 8000 });

const owner = { id: '3', username: 'owner', displayName: 'Olli', role: 'GOAL_OWNER', permissions: ['WRITE_ASSESSMENTS'] };
const goal = { id: '5', description: { fi: 'Vanha kuvaus', sv: null, en: null }, ownerUser: { id: '3' } };

function renderEditor(viewer: typeof owner, ownerUser = goal.ownerUser) {
  const mock = mockGraphQLClient((operation) => {
    if (operation.operationName === 'Viewer') return { data: { viewer } };
    return { data: { updateGoalDescription: { id: '5', description: { fi: 'Uusi kuvaus', sv: 'Ny beskrivning', en: null } } } };
  });
  render(
    <I18nextProvider i18n={setUpI18n('fi')}>
      <Provider value={mock.client}>
        <GoalDescriptionEditor goal={{ ...goal, ownerUser }} />
      </Provider>
    </I18nextProvider>,
  );
  return mock;
}

describe('GoalDescriptionEditor', { timeout: 30_000 }, () => {
  test('the goal’s owning user rewrites the description in two languages', async () => {
    const { operations } = renderEditor(owner);
    fireEvent.click(await screen.findByRole('button', { name: 'Muokkaa kuvausta' }));
    fireEvent.change(screen.getByLabelText('Kuvaus suomeksi (valinnainen)'), { target: { value: 'Uusi kuvaus' } });
    fireEvent.change(screen.getByLabelText('Kuvaus ruotsiksi (valinnainen)'), { target: { value: 'Ny beskrivning' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tallenna kuvaus' }));
    await waitFor(() => expect(operations.some((operation) => operation.operationName === 'UpdateGoalDescription')).toBe(true));
    expect(operations.find((operation) => operation.operationName === 'UpdateGoalDescription')?.variables).toEqual({
      id: '5',
      description: { fi: 'Uusi kuvaus', sv: 'Ny beskrivning', en: null },
    });
    expect((await screen.findByTestId('save-status')).textContent).toBe('Tallennettu.');
  });

  test('another goal owner is offered nothing', async () => {
    const { operations } = renderEditor(owner, { id: '99' });
    await waitFor(() => expect(operations.map((operation) => operation.operationName)).toContain('Viewer'));
    // Once the viewer is known (the same wait shows the button in the test above), still nothing.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(screen.queryByRole('button', { name: 'Muokkaa kuvausta' })).toBeNull();
  });
});
