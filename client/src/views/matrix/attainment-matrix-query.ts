import { useQuery } from 'urql';
import { graphql } from '../../graphql/generated';

export const AttainmentMatrixDocument = graphql(`
  query AttainmentMatrix($strategyId: ID!, $serviceAreaId: ID, $asOf: String) {
    attainmentMatrix(strategyId: $strategyId, serviceAreaId: $serviceAreaId, asOf: $asOf) {
      asOf
      goals {
        id
        title {
          fi
          sv
          en
        }
        parent {
          id
        }
        perspective {
          id
          name {
            fi
            sv
            en
          }
        }
      }
      rows {
        area {
          code
          name {
            fi
            sv
            en
          }
        }
        statuses
        scores
      }
    }
  }
`);

export function useAttainmentMatrixQuery(variables: { strategyId: string; serviceAreaId: string | null; asOf: string | null }) {
  return useQuery({ query: AttainmentMatrixDocument, variables, requestPolicy: 'cache-and-network' });
}
