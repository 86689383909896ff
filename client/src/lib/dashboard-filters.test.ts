import { describe, expect, test } from 'vitest';
import { filterSearch, readFilters } from './dashboard-filters';

describe('dashboard filters in the URL', () => {
  test('reads set filters and treats absent ones as defaults', () => {
    expect(readFilters(new URLSearchParams('area=740&asOf=2025Q2'))).toEqual({
      strategyId: null,
      areaCode: '740',
      serviceAreaId: null,
      asOf: '2025Q2',
    });
  });

  test('a malformed as-of quarter means the latest data', () => {
    expect(readFilters(new URLSearchParams('asOf=2025-13')).asOf).toBeNull();
    expect(readFilters(new URLSearchParams('asOf=2025')).asOf).toBeNull();
  });

  test('filterSearch keeps only filter params, with overrides', () => {
    const params = new URLSearchParams('area=740&period=2020&serviceArea=2');
    expect(filterSearch(params)).toBe('?area=740&serviceArea=2');
    expect(filterSearch(params, { area: '491', serviceArea: null })).toBe('?area=491');
    expect(filterSearch(new URLSearchParams())).toBe('');
  });
});
