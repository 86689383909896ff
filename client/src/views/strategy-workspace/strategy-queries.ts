import { useMutation, useQuery } from 'urql';
import { graphql } from '../../graphql/generated';

/**
 * The workspace reads strategies without a cache-first shortcut: an editor must see what is saved.
 * A list that was empty holds no Strategy to invalidate, so the query names the types it shows.
 */
const STRATEGY_LIST_CONTEXT = { additionalTypenames: ['Strategy'] };

export const WorkspaceStrategiesDocument = graphql(`
  query WorkspaceStrategies {
    strategies {
      id
      name {
        fi
        sv
        en
      }
      organisation {
        code
        kind
        name {
          fi
          sv
          en
        }
      }
      startYear
      endYear
      baselineYear
      reviewCount
      approvedReviewCount
      perspectives {
        id
      }
      goals {
        id
      }
    }
  }
`);

export function useWorkspaceStrategiesQuery() {
  return useQuery({ query: WorkspaceStrategiesDocument, requestPolicy: 'cache-and-network', context: STRATEGY_LIST_CONTEXT });
}

/** Counties and regions: the organisations a strategy can belong to. */
export const OrganisationOptionsDocument = graphql(`
  query OrganisationOptions {
    counties: areas(kind: WELLBEING_COUNTY) {
      code
      name {
        fi
        sv
        en
      }
    }
    regions: areas(kind: REGION) {
      code
      name {
        fi
        sv
        en
      }
    }
  }
`);

export function useOrganisationOptionsQuery() {
  return useQuery({ query: OrganisationOptionsDocument });
}

export const StrategyFieldsFragment = graphql(`
  fragment WorkspaceStrategyFields on Strategy {
    id
    name {
      fi
      sv
      en
    }
    vision {
      fi
      sv
      en
    }
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
    startYear
    endYear
    baselineYear
    reviewCount
    approvedReviewCount
    thresholds {
      withTargetHigh
      withTargetMedium
      withTargetLow
      withoutTargetHigh
      withoutTargetMedium
      withoutTargetLow
      minimumCoverage
    }
  }
`);

export const CreateStrategyDocument = graphql(`
  mutation CreateStrategy($input: CreateStrategyInput!) {
    createStrategy(input: $input) {
      ...WorkspaceStrategyFields
    }
  }
`);

export function useCreateStrategyMutation() {
  return useMutation(CreateStrategyDocument);
}

export const UpdateStrategyDocument = graphql(`
  mutation UpdateStrategy($id: ID!, $input: UpdateStrategyInput!) {
    updateStrategy(id: $id, input: $input) {
      ...WorkspaceStrategyFields
    }
  }
`);

export function useUpdateStrategyMutation() {
  return useMutation(UpdateStrategyDocument);
}

export const DeleteStrategyDocument = graphql(`
  mutation DeleteStrategy($id: ID!) {
    deleteStrategy(id: $id)
  }
`);

export function useDeleteStrategyMutation() {
  return useMutation(DeleteStrategyDocument);
}

export const CopyStrategyDocument = graphql(`
  mutation CopyStrategy($id: ID!, $input: CopyStrategyInput!) {
    copyStrategy(id: $id, input: $input) {
      ...WorkspaceStrategyFields
    }
  }
`);

export function useCopyStrategyMutation() {
  return useMutation(CopyStrategyDocument);
}
