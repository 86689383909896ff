import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { isQuarter } from './periods';

/**
 * The filters every view shares, kept in the URL so a view can be shared and survives a reload:
 * `strategy` (id; the first strategy when absent), `area` (a municipality code; the strategy's county
 * when absent), `serviceArea` (id; all when absent) and `asOf` (a quarter like 2025Q2; latest when absent).
 */
export const FILTER_PARAMS = ['strategy', 'area', 'serviceArea', 'asOf'] as const;
export type FilterName = (typeof FILTER_PARAMS)[number];

export interface DashboardFilters {
  strategyId: string | null;
  areaCode: string | null;
  serviceAreaId: string | null;
  asOf: string | null;
}

export function readFilters(params: URLSearchParams): DashboardFilters {
  const asOf = params.get('asOf');
  return {
    strategyId: params.get('strategy') || null,
    areaCode: params.get('area') || null,
    serviceAreaId: params.get('serviceArea') || null,
    // A hand-edited or stale value would make every query fail; treat it as "latest".
    asOf: isQuarter(asOf) ? asOf : null,
  };
}

/** The filter part of a URL's query string (`?area=740&asOf=2025Q2`, or '' when none is set). */
export function filterSearch(params: URLSearchParams, overrides: Partial<Record<FilterName, string | null>> = {}): string {
  const kept = new URLSearchParams();
  for (const name of FILTER_PARAMS) {
    const value = name in overrides ? overrides[name] : params.get(name);
    if (value) kept.set(name, value);
  }
  const text = kept.toString();
  return text ? `?${text}` : '';
}

/** The params with one set to `value`, or removed when it is empty; the others are kept. */
export function withSearchParam(params: URLSearchParams, name: string, value: string | null): URLSearchParams {
  const next = new URLSearchParams(params);
  if (value) next.set(name, value);
  else next.delete(name);
  return next;
}

export function useDashboardFilters() {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => readFilters(searchParams), [searchParams]);
  const setFilter = useCallback(
    (name: FilterName, value: string | null) => setSearchParams((previous) => withSearchParam(previous, name, value), { preventScrollReset: true }),
    [setSearchParams],
  );
  /** Search string that carries the current filters to another view. */
  const linkSearch = useCallback(
    (overrides: Partial<Record<FilterName, string | null>> = {}) => filterSearch(searchParams, overrides),
    [searchParams],
  );
  return { filters, setFilter, linkSearch, searchParams, setSearchParams };
}
