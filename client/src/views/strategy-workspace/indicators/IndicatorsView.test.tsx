import { cleanup, configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { type MockAnswer, mockGraphQLClient, type MockOperation } from '../../../test-support/graphql-client';
import { renderWithDataRouter } from '../../../test-support/render-data-router';
import { StrategyWorkspaceLayout } from '../StrategyWorkspaceLayout';
import { WorkspaceRoot } from '../WorkspaceRoot';
import { admin, indicatorLink, workspaceGoal, workspaceStrategy } from '../workspace-fixtures';
import { IndicatorsView } from './IndicatorsView';

afterEach(cleanup);
// Each view renders after the viewer, the strategy and its own query: give a busy machine time.
configure({ asyncUtilTimeout: 8000 });

const entry = {
  sotkanetId: 1244,
  title: { fi: 'Kodin ulkopuolelle sijoitetut 0 - 17-vuotiaat, % vastaavanikäisestä väestöstä', sv: 'Barn placerade utom hemmet, %', en: 'Children placed outside the home, %' },
  organization: 'Terveyden ja hyvinvoinnin laitos (THL)',
  indicator: null,
};
const taken = { ...entry, sotkanetId: 289, title: { fi: 'Toimeentulotukea saaneet', sv: null, en: null }, indicator: { id: '7', code: 'sotkanet:289' } };

function renderIndicators(answer: (operation: MockOperation) => MockAnswer | null, url = '/strategies/1/indicators?q=sijoitetut') {
  const goals = [workspaceGoal('1', { indicators: [indicatorLink('internal:odotus', 1)] }), workspaceGoal('2')];
  const mock = mockGraphQLClient((operation) => {
    if (operation.operationName === 'Viewer') return { data: { viewer: admin } };
    if (operation.operationName === 'WorkspaceStrategy') return { data: { strategy: workspaceStrategy(goals), serviceAreas: [] } };
    if (operation.operationName === 'SotkanetCatalogue') {
      return { data: { sotkanetCatalogue: { totalCount: 2, pageInfo: { hasNextPage: false, endCursor: null }, edges: [entry, taken].map((node) => ({ cursor: String(node.sotkanetId), node })) } } };
    }
    return answer(operation) ?? { data: null };
  });
  renderWithDataRouter({
    client: mock.client,
    url,
    routes: [
      {
        path: '/strategies',
        element: <WorkspaceRoot />,
        children: [{ path: ':strategyId', element: <StrategyWorkspaceLayout />, children: [{ path: 'indicators', element: <IndicatorsView /> }] }],
      },
    ],
  });
  return mock;
}

const sent = (operations: MockOperation[], name: string) => operations.filter((operation) => operation.operationName === name).map((operation) => operation.variables);

describe('IndicatorsView', { timeout: 30_000 }, () => {
  test('the catalogue is searched with the URL’s words, and an entry in use says so instead of offering to add it', async () => {
    const { operations } = renderIndicators(() => null);
    const table = await screen.findByTestId('catalogue-table');
    expect(sent(operations, 'SotkanetCatalogue')[0]).toEqual({ search: 'sijoitetut', after: null });
    expect(within(table).getByRole('link', { name: 'Lisätty (sotkanet:289)' })).toBeTruthy();
    expect(within(table).getAllByRole('button')).toHaveLength(1);
  });

  test('adding from Sotkanet asks the direction first, guesses the unit from the title, then creates and links', async () => {
    const { operations } = renderIndicators((operation) => {
      if (operation.operationName === 'CreateIndicatorFromSotkanet') {
        return {
          data: {
            createIndicatorFromSotkanet: {
              id: '30',
              code: 'sotkanet:1244',
              name: entry.title,
              unit: '%',
              decimals: 1,
              direction: 'LOWER_IS_BETTER',
              naturalLimit: 0,
              minValue: null,
              maxValue: null,
              frequency: 'YEAR',
              source: 'sotkanet',
              sourceId: '1244',
            },
          },
        };
      }
      if (operation.operationName === 'LinkIndicator') return { data: { linkIndicatorToGoal: { weight: 2, goal: { id: '2' }, indicator: { code: 'sotkanet:1244' } } } };
      return null;
    });
    fireEvent.click(await screen.findByRole('button', { name: /^Lisää mittari: Kodin ulkopuolelle/ }));
    const dialog = await screen.findByTestId('sotkanet-dialog');
    expect((within(dialog).getByLabelText('Yksikkö') as HTMLInputElement).value).toBe('%');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lisää mittari', hidden: true }));
    expect((await within(dialog).findByRole('alert', { hidden: true })).textContent).toContain('Suunta: Tieto puuttuu.');
    expect(sent(operations, 'CreateIndicatorFromSotkanet')).toEqual([]);

    fireEvent.click(within(dialog).getByLabelText('Pienempi on parempi'));
    fireEvent.change(within(dialog).getByLabelText('Luonnollinen raja'), { target: { value: '0' } });
    fireEvent.change(within(dialog).getByLabelText('Tavoite'), { target: { value: '2' } });
    fireEvent.change(within(dialog).getByLabelText('Paino'), { target: { value: '2' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lisää mittari', hidden: true }));
    await waitFor(() => expect(screen.queryByTestId('sotkanet-dialog')).toBeNull());
    expect(sent(operations, 'CreateIndicatorFromSotkanet')).toEqual([
      { input: { sotkanetId: 1244, direction: 'LOWER_IS_BETTER', unit: '%', decimals: 1, naturalLimit: 0, minValue: null, maxValue: null, serviceAreaIds: [] } },
    ]);
    expect(sent(operations, 'LinkIndicator')).toEqual([{ input: { goalId: '2', indicatorCode: 'sotkanet:1244', weight: 2 } }]);
    expect(screen.getByTestId('toast').textContent).toContain('lisättiin ja liitettiin tavoitteeseen Tavoite 2');
  });

  test('the indicators in use are listed with their goals and a way to their targets', async () => {
    renderIndicators(() => null, '/strategies/1/indicators');
    const used = await screen.findByTestId('used-indicators');
    expect(within(used).getByRole('link', { name: 'Aseta tavoitearvot: Mittari internal:odotus' }).getAttribute('href')).toBe('/strategies/1/targets/internal%3Aodotus');
    expect(within(used).getByText('Tavoite 1')).toBeTruthy();
  });
});
