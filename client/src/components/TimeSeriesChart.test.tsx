import { cleanup, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, test } from 'vitest';
import { setUpI18n } from '../i18n/setup';
import { TimeSeriesChart, TimeSeriesFigure, TimeSeriesTable } from './TimeSeriesChart';
import { buildTimeSeriesRows } from './time-series-rows';

// Vitest runs without globals here, so Testing Library cannot clean up between tests by itself.
afterEach(cleanup);

const input = {
  values: [
    { period: '2021', value: 2.2 },
    { period: '2023', value: 2.0 },
  ],
  baseline: { period: '2021', value: 2.2 },
  targetTrajectory: [{ period: '2027', value: 1.9 }],
  latest: { period: '2023', value: 2.0 },
  projected: { period: '2027', value: 1.7 },
};

describe('TimeSeriesChart', () => {
  test('draws values, target trajectory and projection with a legend (fixed size: jsdom has no layout)', () => {
    const { container } = render(
      <I18nextProvider i18n={setUpI18n('fi')}>
        <TimeSeriesChart {...input} title="Sijoitetut, Savonlinna" unit="%" decimals={1} width={600} height={300} />
      </I18nextProvider>,
    );
    expect(container.querySelectorAll('.recharts-line')).toHaveLength(3);
    expect(screen.getByText('Toteutunut')).toBeTruthy();
    expect(screen.getByText('Tavoitepolku')).toBeTruthy();
    expect(screen.getByText('Ennuste')).toBeTruthy();
  });

  test('leaves out lines (and legend entries) that have no data', () => {
    const { container } = render(
      <I18nextProvider i18n={setUpI18n('en')}>
        <TimeSeriesChart values={input.values} title="x" unit="%" decimals={1} width={600} height={300} />
      </I18nextProvider>,
    );
    expect(container.querySelectorAll('.recharts-line')).toHaveLength(1);
    expect(screen.queryByText('Projection')).toBeNull();
  });

  test('the table alternative has every point of every line', () => {
    render(
      <I18nextProvider i18n={setUpI18n('sv')}>
        <TimeSeriesTable rows={buildTimeSeriesRows(input)} caption="Tabell" unit="%" decimals={1} />
      </I18nextProvider>,
    );
    const rows = screen.getAllByRole('row');
    expect(rows).toHaveLength(4); // header + 2021, 2023, 2027
    expect(rows[3]?.textContent).toBe('20271,9 %1,7 %');
  });
});

describe('TimeSeriesFigure', () => {
  test('the chart and, as its text alternative, a table of the same points under the chart’s title', () => {
    const { container } = render(
      <I18nextProvider i18n={setUpI18n('fi')}>
        <TimeSeriesFigure {...input} caption="Sijoitetut – Savonlinna" title="Sijoitetut, Savonlinna" unit="%" decimals={1} width={600} height={300} />
      </I18nextProvider>,
    );
    expect(container.querySelector('figcaption')?.textContent).toBe('Sijoitetut – Savonlinna');
    expect(container.querySelectorAll('.recharts-line')).toHaveLength(3);
    const table = screen.getByRole('table', { hidden: true });
    expect(table.querySelector('caption')?.textContent).toBe('Sijoitetut, Savonlinna');
    // 2021, 2023 and the target year 2027: one row per point on the time axis.
    expect(table.querySelectorAll('tbody tr')).toHaveLength(buildTimeSeriesRows(input).length);
    expect(buildTimeSeriesRows(input)).toHaveLength(3);
  });
});
