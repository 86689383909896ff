import { geoArea } from 'd3-geo';
import { describe, expect, test } from 'vitest';
import { type MunicipalityFeature, rewindForD3 } from './boundaries';

// A small square near Savonlinna, counter-clockwise as RFC 7946 writes outer rings.
const counterClockwise = [
  [28.8, 61.8],
  [29.0, 61.8],
  [29.0, 61.9],
  [28.8, 61.9],
  [28.8, 61.8],
];

function feature(ring: number[][]): MunicipalityFeature {
  return { type: 'Feature', properties: { kunta: '740', nimi: 'Savonlinna', namn: 'Nyslott' }, geometry: { type: 'Polygon', coordinates: [ring] } };
}

describe('rewindForD3', () => {
  test('reverses an RFC 7946 ring that d3 would read as the rest of the globe', () => {
    const original = feature(counterClockwise);
    expect(geoArea(original)).toBeGreaterThan(2 * Math.PI);
    const rewound = rewindForD3(original);
    expect(geoArea(rewound)).toBeLessThan(0.001);
  });

  test('leaves a ring d3 already reads correctly alone', () => {
    const clockwise = feature([...counterClockwise].reverse());
    expect(rewindForD3(clockwise)).toBe(clockwise);
  });
});
