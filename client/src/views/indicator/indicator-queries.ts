import { useQuery } from 'urql';
import { graphql } from '../../graphql/generated';

export const IndicatorDetailsDocument = graphql(`
  query IndicatorDetails($code: String!, $areaCode: String!, $serviceAreaId: ID, $strategyId: ID!) {
    indicator(code: $code) {
      id
      code
      name {
        fi
        sv
        en
      }
      unit
      decimals
      direction
      naturalLimit
      minValue
      maxValue
      frequency
      source
      sourceId
      definition {
        fi
        sv
        en
      }
      serviceAreas {
        id
        name {
          fi
          sv
          en
        }
      }
      goals {
        id
        title {
          fi
          sv
          en
        }
      }
      basis(strategyId: $strategyId, areaCode: $areaCode, serviceAreaId: $serviceAreaId) {
        target {
          id
          points {
            period
            value
          }
        }
        baseline {
          period
          value
        }
      }
      series(areaCode: $areaCode, serviceAreaId: $serviceAreaId) {
        period
        value
        provisional
        recordedAt
      }
    }
  }
`);

export function useIndicatorDetailsQuery(variables: { code: string; areaCode: string; serviceAreaId: string | null; strategyId: string }) {
  return useQuery({ query: IndicatorDetailsDocument, variables });
}

export const IndicatorComparisonDocument = graphql(`
  query IndicatorComparison($code: String!, $period: String, $parentCode: String) {
    indicatorValues(indicatorCode: $code, period: $period, areaKind: MUNICIPALITY, parentCode: $parentCode) {
      period
      periods
      values {
        area {
          code
          name {
            fi
            sv
            en
          }
        }
        value
        provisional
      }
    }
  }
`);

/** Values of all municipalities for one period; `parentCode` null compares all of Finland. */
export function useIndicatorComparisonQuery(variables: { code: string; period: string | null; parentCode: string | null }) {
  return useQuery({ query: IndicatorComparisonDocument, variables });
}

export const IndicatorListDocument = graphql(`
  query IndicatorList($search: String, $after: String) {
    indicators(search: $search, first: 50, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          code
          name {
            fi
            sv
            en
          }
          unit
          frequency
          source
        }
      }
    }
  }
`);

export function useIndicatorListQuery(variables: { search: string | null; after: string | null }) {
  return useQuery({ query: IndicatorListDocument, variables });
}
