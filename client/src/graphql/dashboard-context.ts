import { useQuery } from 'urql';
import { graphql } from './generated';

/** What every view's filters need: the strategies, their county's municipalities and the service areas. */
export const DashboardContextDocument = graphql(`
  query DashboardContext {
    strategies {
      id
      name {
        fi
        sv
        en
      }
      baselineYear
      startYear
      endYear
      organisation {
        code
        kind
        name {
          fi
          sv
          en
        }
        children(kind: MUNICIPALITY) {
          code
          name {
            fi
            sv
            en
          }
        }
      }
    }
    serviceAreas {
      id
      code
      name {
        fi
        sv
        en
      }
    }
  }
`);

/**
 * A list that was empty holds no Strategy for the document cache to invalidate: the query names the
 * type, so a strategy created in the workspace shows up in every view without a reload.
 */
const DASHBOARD_CONTEXT = { additionalTypenames: ['Strategy'] };

export function useDashboardContextQuery() {
  return useQuery({ query: DashboardContextDocument, context: DASHBOARD_CONTEXT });
}

export type DashboardContextData = NonNullable<ReturnType<typeof useDashboardContextQuery>[0]['data']>;
export type DashboardStrategy = DashboardContextData['strategies'][number];
export type DashboardArea = DashboardStrategy['organisation']['children'][number];

/** The strategy the URL names, else the first one (there is usually exactly one per instance). */
export function selectStrategy(data: DashboardContextData, strategyId: string | null): DashboardStrategy | null {
  return data.strategies.find((strategy) => strategy.id === strategyId) ?? data.strategies[0] ?? null;
}
