import { useQuery } from 'urql';
import { graphql } from '../../graphql/generated';

/**
 * The whole attainment tree of a strategy for one area, service area and as-of quarter. The overview
 * and the goal view share this one operation so that opening a goal from the overview is a cache hit.
 */
export const StrategyAttainmentDocument = graphql(`
  query StrategyAttainment($strategyId: ID!, $areaCode: String, $serviceAreaId: ID, $asOf: String) {
    attainment(strategyId: $strategyId, areaCode: $areaCode, serviceAreaId: $serviceAreaId, asOf: $asOf) {
      strategy {
        id
        promisePublished
      }
      area {
        code
        kind
        name {
          fi
          sv
          en
        }
      }
      serviceArea {
        id
        name {
          fi
          sv
          en
        }
      }
      asOf
      asOfPeriod
      status
      score
      coverage
      perspectives {
        perspective {
          id
          sortOrder
          name {
            fi
            sv
            en
          }
        }
        status
        score
        coverage
        goals {
          ...GoalAttainmentFields
          subGoals {
            ...GoalAttainmentFields
            subGoals {
              ...GoalAttainmentFields
            }
          }
        }
      }
      servicePromise {
        item {
          id
          text {
            fi
            sv
            en
          }
        }
        status
        score
        goals {
          goal {
            id
            title {
              fi
              sv
              en
            }
          }
          status
        }
      }
    }
  }

  fragment GoalAttainmentFields on GoalAttainment {
    goal {
      id
      title {
        fi
        sv
        en
      }
      owner
    }
    status
    score
    coverage
    availableCount
    partCount
    notAvailableReason
    indicators {
      ...IndicatorAttainmentFields
    }
  }

  fragment IndicatorAttainmentFields on IndicatorAttainment {
    indicator {
      code
      name {
        fi
        sv
        en
      }
      unit
      decimals
      direction
    }
    weight
    status
    score
    ratio
    method
    notAvailableReason
    baseline {
      period
      value
    }
    latest {
      period
      value
    }
    target {
      period
      value
    }
    targetTrajectory {
      period
      value
    }
    targetArea {
      code
      name {
        fi
        sv
        en
      }
    }
    progressShare
    projected {
      period
      value
    }
    growthRate
    requiredGrowthRate
    values {
      period
      value
    }
    seriesSource
    coverage
    aggregatedAreaCount
    memberAreaCount
    explanation
  }
`);

export interface StrategyAttainmentVariables {
  strategyId: string;
  areaCode: string | null;
  serviceAreaId: string | null;
  asOf: string | null;
}

export function useStrategyAttainmentQuery(variables: StrategyAttainmentVariables, pause = false) {
  return useQuery({ query: StrategyAttainmentDocument, variables, pause, requestPolicy: 'cache-and-network' });
}
