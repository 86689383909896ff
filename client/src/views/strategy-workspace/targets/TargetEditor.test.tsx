import { cleanup, configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { CreateTargetInput } from '../../../graphql/generated/graphql';
import { type MockAnswer, mockGraphQLClient, type MockOperation } from '../../../test-support/graphql-client';
import { renderWithDataRouter } from '../../../test-support/render-data-router';
import { StrategyWorkspaceLayout } from '../StrategyWorkspaceLayout';
import { WorkspaceRoot } from '../WorkspaceRoot';
import { admin, indicatorLink, workspaceGoal, workspaceStrategy } from '../workspace-fixtures';
import { TargetEditorView } from './TargetEditor';
import { IndicatorTargetsView } from './TargetsView';

afterEach(cleanup);
// Each view renders after the viewer, the strategy and its own query: give a busy machine time.
configure({ asyncUtilTimeout: 8000 });

// jsdom has no layout: the chart's container measures nothing, which is fine, but it must exist.
beforeAll(() => {
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
});

const indicator = {
  id: '5',
  code: 'sotkanet:1244',
  name: { fi: 'Kodin ulkopuolelle sijoitetut lapset', sv: null, en: null },
  unit: '%',
  decimals: 1,
  direction: 'LOWER_IS_BETTER',
  naturalLimit: 0,
  minValue: 0,
  maxValue: 100,
  frequency: 'YEAR',
  targets: [],
};

/** The server's check by the contract's rules, for this lower-is-better indicator: a point above the baseline is worse. */
function check(input: CreateTargetInput) {
  const baseline = input.baselinePeriod && input.baselineValue != null ? { period: input.baselinePeriod, value: input.baselineValue } : { period: '2024', value: 1.6 };
  const warnings = input.points.flatMap((point, pointIndex) => [
    ...(point.period <= baseline.period ? [{ code: 'POINT_BEFORE_BASELINE', pointIndex, message: 'before' }] : []),
    ...(point.value > baseline.value ? [{ code: 'WORSE_THAN_BASELINE', pointIndex, message: 'worse' }] : []),
  ]);
  return { data: { checkTarget: { baseline, warnings } } };
}

function renderEditor(answer: (operation: MockOperation) => MockAnswer | null = () => null) {
  const mock = mockGraphQLClient((operation) => {
    if (operation.operationName === 'Viewer') return { data: { viewer: admin } };
    if (operation.operationName === 'WorkspaceStrategy') return { data: { strategy: workspaceStrategy([workspaceGoal('1', { indicators: [indicatorLink('sotkanet:1244', 1)] })]), serviceAreas: [] } };
    if (operation.operationName === 'TargetIndicator') return { data: { indicator } };
    if (operation.operationName === 'TargetSeries') {
      return {
        data: {
          indicator: {
            id: '5',
            series: [
              { period: '2023', value: 1.7 },
              { period: '2024', value: 1.6 },
            ],
          },
        },
      };
    }
    if (operation.operationName === 'CheckTarget') return check((operation.variables as { input: CreateTargetInput }).input);
    return answer(operation) ?? { data: null };
  });
  renderWithDataRouter({
    client: mock.client,
    url: '/strategies/1/targets/sotkanet%3A1244/new',
    routes: [
      {
        path: '/strategies',
        element: <WorkspaceRoot />,
        children: [
          {
            path: ':strategyId',
            element: <StrategyWorkspaceLayout />,
            children: [{ path: 'targets/:indicatorCode', element: <IndicatorTargetsView />, children: [{ path: ':targetId', element: <TargetEditorView /> }] }],
          },
        ],
      },
    ],
  });
  return mock;
}

const sent = (operations: MockOperation[], name: string) => operations.filter((operation) => operation.operationName === name).map((operation) => operation.variables);

describe('TargetEditor', { timeout: 30_000 }, () => {
  test('a point on the wrong side of its baseline is caught in the form, and nothing is saved', async () => {
    const { operations } = renderEditor();
    fireEvent.change(await screen.findByLabelText('Lähtötason ajankohta'), { target: { value: '2024' } });
    fireEvent.change(screen.getByLabelText('Lähtötason arvo'), { target: { value: '1,6' } });
    fireEvent.change(screen.getByLabelText('Ajankohta 1'), { target: { value: '2023' } });
    fireEvent.change(screen.getByLabelText('Tavoite 1'), { target: { value: '1,2' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tallenna tavoitearvo' }));
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('Ajankohta 1: Tavoitepisteen pitää olla lähtötason ajankohdan 2024 jälkeen.');
    expect(screen.getByLabelText('Ajankohta 1').getAttribute('aria-invalid')).toBe('true');
    expect(sent(operations, 'CreateTarget')).toEqual([]);
  });

  test('the live check shows the baseline from the data; a worse target needs its box ticked before it is saved', async () => {
    const { operations } = renderEditor((operation) =>
      operation.operationName === 'CreateTarget'
        ? { data: { createTarget: { id: '40', area: null, serviceArea: null, baselinePeriod: null, baselineValue: null, points: [{ period: '2029', value: 1.9 }], acknowledgedWarnings: ['WORSE_THAN_BASELINE'] } } }
        : null,
    );
    fireEvent.change(await screen.findByLabelText('Tavoite 1'), { target: { value: '1,9' } });
    await waitFor(() => expect(screen.getByTestId('baseline-in-use').textContent).toBe('Lähtötaso datasta: 1,6 % (2024).'), { timeout: 8000 });
    const warnings = await screen.findByTestId('target-warnings');
    expect(warnings.textContent).toContain('Tavoite 1,9 on heikompi kuin lähtötaso 1,6 % (2024), kun pienempi on parempi.');

    fireEvent.click(screen.getByRole('button', { name: 'Tallenna tavoitearvo' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Vahvista varoitus ennen tallennusta');
    expect(sent(operations, 'CreateTarget')).toEqual([]);

    fireEvent.click(within(warnings).getByLabelText(/Tavoite on tarkoituksella lähtötasoa heikompi/));
    fireEvent.click(screen.getByRole('button', { name: 'Tallenna tavoitearvo' }));
    await waitFor(() => expect(sent(operations, 'CreateTarget')).toHaveLength(1));
    expect(sent(operations, 'CreateTarget')[0]).toEqual({
      input: { strategyId: '1', indicatorCode: 'sotkanet:1244', areaCode: null, serviceAreaId: null, baselinePeriod: null, baselineValue: null, points: [{ period: '2029', value: 1.9 }], acknowledgedWarnings: ['WORSE_THAN_BASELINE'] },
    });
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/strategies/1/targets/sotkanet%3A1244'));
  });

  test('the preview draws the real series with the trajectory as typed, in its table too', async () => {
    renderEditor();
    fireEvent.change(await screen.findByLabelText('Tavoite 1'), { target: { value: '1,0' } });
    const preview = screen.getByTestId('target-preview');
    await waitFor(() => expect(within(preview).getAllByRole('row').map((row) => row.textContent)).toEqual(['AjankohtaToteutunutTavoitepolku', '20231,7 %', '20241,6 %1,6 %', '20291,0 %']));
  });
});
