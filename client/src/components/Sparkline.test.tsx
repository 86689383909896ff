import { cleanup, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, test } from 'vitest';
import { setUpI18n } from '../i18n/setup';
import { Sparkline, sparklinePath } from './Sparkline';

// Vitest runs without globals here, so Testing Library cannot clean up between tests by itself.
afterEach(cleanup);

describe('sparklinePath', () => {
  test('spans the canvas in time and value', () => {
    expect(sparklinePath([{ period: '2020', value: 1 }, { period: '2022', value: 3 }], 100, 20, 0)).toBe('M0.0,20.0 L100.0,0.0');
  });

  test('uneven periods keep their distance', () => {
    const path = sparklinePath(
      [
        { period: '2020Q1', value: 1 },
        { period: '2020Q2', value: 2 },
        { period: '2021Q1', value: 3 },
      ],
      100,
      20,
      0,
    );
    expect(path).toBe('M0.0,20.0 L25.0,10.0 L100.0,0.0');
  });

  test('a flat series is drawn through the middle', () => {
    expect(sparklinePath([{ period: '2020', value: 5 }, { period: '2021', value: 5 }], 10, 20, 0)).toBe('M0.0,10.0 L10.0,10.0');
  });
});

describe('Sparkline', () => {
  test('names its first and last value in the chosen language', () => {
    render(
      <I18nextProvider i18n={setUpI18n('fi')}>
        <Sparkline points={[{ period: '2021Q1', value: 80.25 }, { period: '2026Q3', value: 74.5 }]} label="Tyytyväiset" unit="%" decimals={1} />
      </I18nextProvider>,
    );
    expect(screen.getByRole('img', { name: 'Tyytyväiset: 80,3 % (Q1/2021) → 74,5 % (Q3/2026)' })).toBeTruthy();
  });

  test('says so when there is no series', () => {
    render(
      <I18nextProvider i18n={setUpI18n('en')}>
        <Sparkline points={[]} label="x" unit="%" decimals={1} />
      </I18nextProvider>,
    );
    expect(screen.getByText('No series')).toBeTruthy();
  });
});
