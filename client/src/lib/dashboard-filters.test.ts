import { describe, expect, test } from 'vitest';
import { filterSearch, readFilters, withSearchParam } from './dashboard-filters';

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

  test('withSearchParam sets or removes one param and keeps the others', () => {
    const params = new URLSearchParams('area=740&period=2020');
    expect(withSearchParam(params, 'period', '2015').toString()).toBe('area=740&period=2015');
    expect(withSearchParam(params, 'scope', 'finland').toString()).toBe('area=740&period=2020&scope=finland');
    expect(withSearchParam(params, 'period', null).toString()).toBe('area=740');
    expect(withSearchParam(params, 'period', '').toString()).toBe('area=740');
    expect(params.toString()).toBe('area=740&period=2020');
  });
});
