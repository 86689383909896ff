import { cleanup, render, screen } from '@testing-library/react';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, test } from 'vitest';
import { setUpI18n } from '../../i18n/setup';
import { type MunicipalityFeature, type MunicipalityProperties, rewindForD3 } from './boundaries';
import { ChoroplethMap } from './ChoroplethMap';

// Vitest runs without globals here, so Testing Library cannot clean up between tests by itself.
afterEach(cleanup);

// The real Statistics Finland 2025 boundaries the server serves at /api/geo/municipalities.geojson.
const collection = JSON.parse(
  readFileSync(join(process.cwd(), 'data/geo/statfi-kunta1000k-2025/kunta1000k_2025_with_neighbors_and_province.geojson'), 'utf8'),
) as FeatureCollection<Polygon | MultiPolygon, MunicipalityProperties>;
const features: MunicipalityFeature[] = collection.features.map(rewindForD3);

const SOUTH_SAVO = ['046', '097', '178', '213', '491', '507', '593', '623', '681', '740', '768'];

function coordinates(d: string): number[] {
  return [...d.matchAll(/-?\d+(?:\.\d+)?/g)].map((match) => Number(match[0]));
}

describe('ChoroplethMap with the real boundaries', () => {
  test('draws the county’s municipalities inside the canvas, selected one outlined, with legend and attribution', () => {
    const values = SOUTH_SAVO.map((code, index) => ({ code, name: `Kunta ${code}`, value: code === '097' ? null : 1 + index / 10 }));
    const { container } = render(
      <I18nextProvider i18n={setUpI18n('fi')}>
        <ChoroplethMap features={features} values={values} selectedCode="740" title="Kartta" unit="%" decimals={1} width={360} height={440} />
      </I18nextProvider>,
    );
    const paths = [...container.querySelectorAll<SVGPathElement>('path[data-code]')];
    expect(paths.map((path) => path.dataset.code).sort()).toEqual([...SOUTH_SAVO].sort());
    for (const path of paths) {
      const numbers = coordinates(path.getAttribute('d') ?? '');
      expect(numbers.length).toBeGreaterThan(10);
      // Fitted to the canvas: a wrongly wound ring would cover the globe and blow past it.
      expect(Math.min(...numbers)).toBeGreaterThanOrEqual(-1);
      expect(Math.max(...numbers)).toBeLessThanOrEqual(441);
    }
    expect(container.querySelector('path[data-code="740"]')?.getAttribute('stroke')).toBe('#111827');
    expect(container.querySelector('path[data-code="097"] title')?.textContent).toBe('Kunta 097: ei tietoa');
    expect(screen.getByText('Kuntarajat © Tilastokeskus / Statistics Finland')).toBeTruthy();
    expect(screen.getByRole('img', { name: 'Kartta' })).toBeTruthy();
  });

  test('every municipality of Finland has a boundary', () => {
    expect(new Set(features.map((feature) => feature.properties.kunta)).size).toBe(308);
  });
});
