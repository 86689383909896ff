import type { ReactNode } from 'react';
import {
  type DashboardArea,
  type DashboardContextData,
  type DashboardStrategy,
  selectStrategy,
  useDashboardContextQuery,
} from '../graphql/dashboard-context';
import { type DashboardFilters, type FilterName, useDashboardFilters } from '../lib/dashboard-filters';
import { NoStrategyState } from './NoStrategyState';
import { QueryBoundary } from './QueryState';

export interface DashboardScopeValue {
  context: DashboardContextData;
  strategy: DashboardStrategy;
  filters: DashboardFilters;
  setFilter: (name: FilterName, value: string | null) => void;
  linkSearch: (overrides?: Partial<Record<FilterName, string | null>>) => string;
  /** The municipality the URL names, or null for the whole county. */
  municipality: DashboardArea | null;
  /** The service area the URL names, or null for all of them. */
  serviceArea: DashboardContextData['serviceAreas'][number] | null;
  /** The code to query with: the municipality's, or the county's. */
  effectiveAreaCode: string;
}

/** Resolves the URL's filters against the strategies and areas the server knows, for every dashboard view. */
export function DashboardScope({ children }: { children: (scope: DashboardScopeValue) => ReactNode }) {
  const [result, reexecute] = useDashboardContextQuery();
  const { filters, setFilter, linkSearch } = useDashboardFilters();
  return (
    <QueryBoundary result={result} onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
      {(context) => {
        const strategy = selectStrategy(context, filters.strategyId);
        if (!strategy) return <NoStrategyState />;
        // Values the server does not know (a stale or hand-edited URL) count as absent, as every
        // query would otherwise fail on them.
        const municipality = strategy.organisation.children.find((area) => area.code === filters.areaCode) ?? null;
        const serviceArea = context.serviceAreas.find((candidate) => candidate.id === filters.serviceAreaId) ?? null;
        return children({
          context,
          strategy,
          filters: { ...filters, areaCode: municipality?.code ?? null, serviceAreaId: serviceArea?.id ?? null },
          setFilter,
          linkSearch,
          municipality,
          serviceArea,
          effectiveAreaCode: municipality?.code ?? strategy.organisation.code,
        });
      }}
    </QueryBoundary>
  );
}
