import { useQuery } from 'urql';
import { graphql } from '../../graphql/generated';

/**
 * The published service promise, readable by anyone: the server answers it without sign-in even when
 * reading otherwise needs one, and only for a published promise (NOT_FOUND otherwise). The page asks
 * nothing else, so it works for a resident who has no account.
 */
export const PublicServicePromiseDocument = graphql(`
  query PublicServicePromise($strategyId: ID!) {
    publicServicePromise(strategyId: $strategyId) {
      strategyId
      name {
        fi
        sv
        en
      }
      organisation {
        code
        name {
          fi
          sv
          en
        }
      }
      startYear
      endYear
      vision {
        fi
        sv
        en
      }
      publishedAt
      asOf
      items {
        id
        text {
          fi
          sv
          en
        }
        status
        goals {
          title {
            fi
            sv
            en
          }
          status
        }
      }
    }
  }
`);

export function usePublicServicePromiseQuery(strategyId: string) {
  return useQuery({ query: PublicServicePromiseDocument, variables: { strategyId } });
}
