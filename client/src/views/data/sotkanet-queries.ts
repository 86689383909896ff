import { useMutation, useQuery } from 'urql';
import { graphql } from '../../graphql/generated';

export const SotkanetSyncDocument = graphql(`
  query SotkanetSync {
    sotkanetSync {
      sourceUrl
      schedule
      running
      latestRun {
        id
        trigger
        startedBy
        startedAt
        finishedAt
        status
        items {
          sotkanetId
          indicatorCode
          state
          message
          createdIndicator
          inserted
          updated
          unchanged
          rejected
          load {
            id
          }
        }
      }
      indicators {
        sotkanetId
        inUse
        lastStatus
        lastMessage
        lastAttemptAt
        lastSyncedAt
        sourceUpdated
        indicator {
          code
          name {
            fi
            sv
            en
          }
        }
        lastLoad {
          id
        }
      }
    }
  }
`);

export function useSotkanetSyncQuery() {
  return useQuery({ query: SotkanetSyncDocument, requestPolicy: 'cache-and-network' });
}

export const StartSotkanetSyncDocument = graphql(`
  mutation StartSotkanetSync($input: StartSotkanetSyncInput) {
    startSotkanetSync(input: $input) {
      id
      status
    }
  }
`);

export function useStartSotkanetSyncMutation() {
  return useMutation(StartSotkanetSyncDocument);
}
