import { cleanup, configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { type MockAnswer, mockGraphQLClient, type MockOperation } from '../../../test-support/graphql-client';
import { renderWithDataRouter } from '../../../test-support/render-data-router';
import { StrategyWorkspaceLayout } from '../StrategyWorkspaceLayout';
import { WorkspaceRoot } from '../WorkspaceRoot';
import { admin, analyst, indicatorLink, workspaceGoal, workspaceStrategy } from '../workspace-fixtures';
import type { WorkspaceGoal } from '../workspace-query';
import { EditGoalView } from './GoalEditor';
import { GoalTreeView } from './GoalTreeView';

afterEach(cleanup);
// Each view renders after the viewer, the strategy and its own query: give a busy machine time.
configure({ asyncUtilTimeout: 8000 });

const goals: WorkspaceGoal[] = [
  workspaceGoal('1', { indicators: [indicatorLink('sotkanet:1', 2), indicatorLink('sotkanet:2', 1), indicatorLink('sotkanet:3', 1)], owner: 'Johtaja', serviceAreas: [{ id: '3' }] }),
  workspaceGoal('2', { indicators: [indicatorLink('sotkanet:9', 3)], nationalGoals: ['Hallitusohjelma 4.2'] }),
  workspaceGoal('3', { parent: { id: '1' } }),
  workspaceGoal('4', { perspective: { id: 'p2' } }),
];

function renderTree(answer: (operation: MockOperation) => MockAnswer | null, viewer = admin) {
  const mock = mockGraphQLClient((operation) => {
    if (operation.operationName === 'Viewer') return { data: { viewer } };
    if (operation.operationName === 'WorkspaceStrategy') return { data: { strategy: workspaceStrategy(goals), serviceAreas: [{ id: '3', code: 'older-people', name: { fi: 'Ikääntyneet', sv: null, en: null } }] } };
    return answer(operation) ?? { data: null };
  });
  renderWithDataRouter({
    client: mock.client,
    url: '/strategies/1/goals/1',
    routes: [
      {
        path: '/strategies',
        element: <WorkspaceRoot />,
        children: [
          {
            path: ':strategyId',
            element: <StrategyWorkspaceLayout />,
            children: [{ path: 'goals', element: <GoalTreeView />, children: [{ path: ':goalId', element: <EditGoalView /> }] }],
          },
        ],
      },
    ],
  });
  return mock;
}

const sent = (operations: MockOperation[], name: string) => operations.filter((operation) => operation.operationName === name).map((operation) => operation.variables);

describe('GoalTreeView', { timeout: 30_000 }, () => {
  test('moving a goal down sends every sibling in the new order, and says where it went', async () => {
    const { operations } = renderTree((operation) => (operation.operationName === 'ReorderGoals' ? { data: { reorderGoals: [] } } : null));
    fireEvent.click(await screen.findByRole('button', { name: 'Siirrä alemmas: Tavoite 1' }));
    await waitFor(() => expect(sent(operations, 'ReorderGoals')).toEqual([{ perspectiveId: 'p1', parentGoalId: null, ids: ['2', '1'] }]));
    expect((await screen.findByTestId('toast')).textContent).toContain('Tavoite 1 on nyt sijalla 2/2.');
  });

  test('the links show each weight as a share of the goal: 2 of 4 is 50 %', async () => {
    renderTree(() => null);
    const table = await screen.findByTestId('links-table');
    expect(within(table).getAllByTestId('link-share').map((cell) => cell.textContent?.replace(/\s/g, ' '))).toEqual(['50 %', '25 %', '25 %']);
    fireEvent.change(within(table).getByLabelText('Mittarin Mittari sotkanet:1 paino'), { target: { value: '6' } });
    expect(within(table).getAllByTestId('link-share').map((cell) => cell.textContent?.replace(/\s/g, ' '))).toEqual(['75 %', '13 %', '13 %']);
  });

  test('a deleted goal comes back with Undo: the same fields, its indicator links with weights, and its place', async () => {
    const { operations } = renderTree((operation) => {
      if (operation.operationName === 'DeleteGoal') return { data: { deleteGoal: '2' } };
      if (operation.operationName === 'CreateGoal') return { data: { createGoal: workspaceGoal('20') } };
      if (operation.operationName === 'LinkIndicator') return { data: { linkIndicatorToGoal: { weight: 1, goal: { id: '20' }, indicator: { code: 'x' } } } };
      if (operation.operationName === 'ReorderGoals') return { data: { reorderGoals: [] } };
      return null;
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Poista: Tavoite 2' }));
    const toast = await screen.findByTestId('toast');
    await waitFor(() => expect(toast.textContent).toContain('Tavoite Tavoite 2 poistettiin.'));
    expect(sent(operations, 'DeleteGoal')).toEqual([{ id: '2' }]);
    fireEvent.click(within(toast).getByRole('button', { name: 'Kumoa' }));
    await waitFor(() => expect(toast.textContent).toContain('Kumottu'));
    expect(sent(operations, 'CreateGoal')[0]).toMatchObject({
      input: { perspectiveId: 'p1', parentGoalId: null, title: { fi: 'Tavoite 2', sv: null, en: null }, nationalGoals: ['Hallitusohjelma 4.2'] },
    });
    expect(sent(operations, 'LinkIndicator')).toEqual([{ input: { goalId: '20', indicatorCode: 'sotkanet:9', weight: 3 } }]);
    expect(sent(operations, 'ReorderGoals')).toEqual([{ perspectiveId: 'p1', parentGoalId: null, ids: ['1', '20'] }]);
  });

  test('a goal with sub-goals is not deleted; the reason is said, nothing is sent', async () => {
    const { operations } = renderTree(() => null);
    fireEvent.click(await screen.findByRole('button', { name: 'Poista: Tavoite 1' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Tavoitteella Tavoite 1 on alatavoitteita. Siirrä tai poista ne ensin.');
    expect(sent(operations, 'DeleteGoal')).toEqual([]);
  });

  test('an analyst sees the tree without the editing buttons', async () => {
    renderTree(() => null, analyst);
    expect(await screen.findByRole('heading', { name: 'Saatavuus' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Siirrä/ })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Lisää näkökulma' })).toBeNull();
  });
});
