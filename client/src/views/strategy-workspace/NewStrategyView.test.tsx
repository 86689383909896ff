import { cleanup, configure, fireEvent, screen, waitFor } from '@testing-library/react';
import { Link } from 'react-router';
import { afterEach, describe, expect, test } from 'vitest';
import { type MockAnswer, mockGraphQLClient, type MockOperation } from '../../test-support/graphql-client';
import { renderWithDataRouter } from '../../test-support/render-data-router';
import { NewStrategyView } from './NewStrategyView';
import { WorkspaceRoot } from './WorkspaceRoot';

afterEach(cleanup);
// Each view renders after the viewer, the strategy and its own query: give a busy machine time.
configure({ asyncUtilTimeout: 8000 });

const admin = { id: '1', username: 'admin', displayName: 'Admin', role: 'ADMIN', permissions: ['EDIT_STRATEGY', 'EDIT_INDICATORS', 'MANAGE_USERS'] };
const text = (fi: string) => ({ fi, sv: null, en: null });
const organisations = {
  counties: [{ code: 'HVA14', name: text('Pohjois-Karjalan hyvinvointialue') }],
  regions: [{ code: 'MK12', name: text('Pohjois-Karjala') }],
};
const createdStrategy = {
  id: '9',
  name: text('Palvelustrategia'),
  vision: null,
  organisation: { code: 'HVA14', kind: 'WELLBEING_COUNTY', name: text('Pohjois-Karjalan hyvinvointialue'), children: [] },
  startYear: 2026,
  endYear: 2029,
  baselineYear: 2024,
  thresholds: { withTargetHigh: 0.95, withTargetMedium: 0.6, withTargetLow: 0, withoutTargetHigh: 0.015, withoutTargetMedium: 0.005, withoutTargetLow: 0, minimumCoverage: 0.6 },
};

function renderNew(createAnswer: (operation: MockOperation) => MockAnswer) {
  const mock = mockGraphQLClient((operation) => {
    if (operation.operationName === 'Viewer') return { data: { viewer: admin } };
    if (operation.operationName === 'OrganisationOptions') return { data: organisations };
    if (operation.operationName === 'CreateStrategy') return createAnswer(operation);
    return { data: null };
  });
  const rendered = renderWithDataRouter({
    client: mock.client,
    url: '/strategies/new',
    routes: [
      {
        path: '/strategies',
        element: <WorkspaceRoot />,
        children: [
          {
            path: 'new',
            element: (
              <>
                <NewStrategyView />
                <Link to="/strategies">elsewhere</Link>
              </>
            ),
          },
          { index: true, element: <p>list</p> },
          { path: ':strategyId/goals', element: <p>goals</p> },
        ],
      },
    ],
  });
  return { ...mock, ...rendered };
}

async function fillValid() {
  fireEvent.change(await screen.findByLabelText('Organisaatio'), { target: { value: 'HVA14' } });
  fireEvent.change(screen.getByLabelText('Nimi suomeksi'), { target: { value: 'Palvelustrategia' } });
  fireEvent.change(screen.getByLabelText('Alkamisvuosi'), { target: { value: '2026' } });
  fireEvent.change(screen.getByLabelText('Päättymisvuosi'), { target: { value: '2029' } });
  fireEvent.change(screen.getByLabelText('Lähtötason vuosi'), { target: { value: '2024' } });
}

describe('NewStrategyView', { timeout: 30_000 }, () => {
  test('the form’s own problems are listed in Finnish and named at the field; nothing is sent', async () => {
    const { operations } = renderNew(() => ({ data: { createStrategy: createdStrategy } }));
    await fillValid();
    fireEvent.change(screen.getByLabelText('Päättymisvuosi'), { target: { value: '2025' } });
    fireEvent.click(screen.getByRole('button', { name: 'Luo strategia' }));
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('Päättymisvuosi: Päättymisvuosi ei voi olla ennen alkamisvuotta 2026.');
    expect(screen.getByLabelText('Päättymisvuosi').getAttribute('aria-invalid')).toBe('true');
    expect(operations.some((operation) => operation.operationName === 'CreateStrategy')).toBe(false);
  });

  test('a field the server refuses is shown at that field, and the save says it failed', async () => {
    renderNew(() => ({
      errors: [{ message: 'input.name.sv: must be at most 300 characters', extensions: { code: 'BAD_USER_INPUT', field: 'input.name.sv', reason: 'must be at most 300 characters' } }],
    }));
    await fillValid();
    fireEvent.change(screen.getByLabelText('Nimi ruotsiksi (valinnainen)'), { target: { value: 'x'.repeat(301) } });
    fireEvent.click(screen.getByRole('button', { name: 'Luo strategia' }));
    await waitFor(() => expect(screen.getByLabelText('Nimi ruotsiksi (valinnainen)').getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById('strategy-name-sv-error')?.textContent).toBe('must be at most 300 characters');
    expect(screen.getByTestId('save-status').textContent).toBe('Ei tallennettu: input.name.sv: must be at most 300 characters');
  });

  test('a created strategy opens at its goal tree, without asking about unsaved changes', async () => {
    const { operations } = renderNew(() => ({ data: { createStrategy: createdStrategy } }));
    await fillValid();
    fireEvent.click(screen.getByRole('button', { name: 'Luo strategia' }));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/strategies/9/goals'));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(operations.find((operation) => operation.operationName === 'CreateStrategy')?.variables).toEqual({
      input: { organisationCode: 'HVA14', name: { fi: 'Palvelustrategia', sv: null, en: null }, vision: null, startYear: 2026, endYear: 2029, baselineYear: 2024 },
    });
  });

  test('leaving with unsaved changes asks first: stay keeps the text, leave goes', async () => {
    renderNew(() => ({ data: { createStrategy: createdStrategy } }));
    fireEvent.change(await screen.findByLabelText('Nimi suomeksi'), { target: { value: 'Keskeneräinen' } });
    fireEvent.click(screen.getByRole('link', { name: 'elsewhere' }));
    const dialog = await screen.findByRole('dialog', { hidden: true });
    expect(dialog.textContent).toContain('Tallentamattomia muutoksia');
    fireEvent.click(screen.getByRole('button', { name: 'Jää sivulle', hidden: true }));
    await waitFor(() => expect(screen.queryByRole('dialog', { hidden: true })).toBeNull());
    expect(screen.getByTestId('location').textContent).toBe('/strategies/new');
    expect((screen.getByLabelText('Nimi suomeksi') as HTMLInputElement).value).toBe('Keskeneräinen');

    fireEvent.click(screen.getByRole('link', { name: 'elsewhere' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Poistu tallentamatta', hidden: true }));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/strategies'));
  });
});
