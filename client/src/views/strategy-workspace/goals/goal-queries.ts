import { useMutation, useQuery } from 'urql';
import { graphql } from '../../../graphql/generated';

export const CreatePerspectiveDocument = graphql(`
  mutation CreatePerspective($input: CreatePerspectiveInput!) {
    createPerspective(input: $input) {
      id
      name {
        fi
        sv
        en
      }
      sortOrder
    }
  }
`);

export function useCreatePerspectiveMutation() {
  return useMutation(CreatePerspectiveDocument);
}

export const UpdatePerspectiveDocument = graphql(`
  mutation UpdatePerspective($id: ID!, $input: UpdatePerspectiveInput!) {
    updatePerspective(id: $id, input: $input) {
      id
      name {
        fi
        sv
        en
      }
      sortOrder
    }
  }
`);

export function useUpdatePerspectiveMutation() {
  return useMutation(UpdatePerspectiveDocument);
}

export const DeletePerspectiveDocument = graphql(`
  mutation DeletePerspective($id: ID!) {
    deletePerspective(id: $id)
  }
`);

export function useDeletePerspectiveMutation() {
  return useMutation(DeletePerspectiveDocument);
}

export const ReorderPerspectivesDocument = graphql(`
  mutation ReorderPerspectives($strategyId: ID!, $ids: [ID!]!) {
    reorderPerspectives(strategyId: $strategyId, ids: $ids) {
      id
      sortOrder
    }
  }
`);

export function useReorderPerspectivesMutation() {
  return useMutation(ReorderPerspectivesDocument);
}

export const CreateGoalDocument = graphql(`
  mutation CreateGoal($input: CreateGoalInput!) {
    createGoal(input: $input) {
      ...WorkspaceGoalFields
    }
  }
`);

export function useCreateGoalMutation() {
  return useMutation(CreateGoalDocument);
}

export const UpdateGoalDocument = graphql(`
  mutation UpdateGoal($id: ID!, $input: UpdateGoalInput!) {
    updateGoal(id: $id, input: $input) {
      ...WorkspaceGoalFields
    }
  }
`);

export function useUpdateGoalMutation() {
  return useMutation(UpdateGoalDocument);
}

export const DeleteGoalDocument = graphql(`
  mutation DeleteGoal($id: ID!) {
    deleteGoal(id: $id)
  }
`);

export function useDeleteGoalMutation() {
  return useMutation(DeleteGoalDocument);
}

export const ReorderGoalsDocument = graphql(`
  mutation ReorderGoals($perspectiveId: ID!, $parentGoalId: ID, $ids: [ID!]!) {
    reorderGoals(perspectiveId: $perspectiveId, parentGoalId: $parentGoalId, ids: $ids) {
      id
      sortOrder
    }
  }
`);

export function useReorderGoalsMutation() {
  return useMutation(ReorderGoalsDocument);
}

/** The users a goal's assessments can be given to; only admins may list users. */
export const GoalOwnerCandidatesDocument = graphql(`
  query GoalOwnerCandidates {
    users {
      id
      username
      displayName
      role
      disabled
    }
  }
`);

export function useGoalOwnerCandidatesQuery(pause: boolean) {
  return useQuery({ query: GoalOwnerCandidatesDocument, pause });
}

export const LinkIndicatorDocument = graphql(`
  mutation LinkIndicator($input: GoalIndicatorInput!) {
    linkIndicatorToGoal(input: $input) {
      weight
      goal {
        id
      }
      indicator {
        code
      }
    }
  }
`);

export function useLinkIndicatorMutation() {
  return useMutation(LinkIndicatorDocument);
}

export const UpdateGoalIndicatorDocument = graphql(`
  mutation UpdateGoalIndicator($input: GoalIndicatorInput!) {
    updateGoalIndicator(input: $input) {
      weight
      goal {
        id
      }
      indicator {
        code
      }
    }
  }
`);

export function useUpdateGoalIndicatorMutation() {
  return useMutation(UpdateGoalIndicatorDocument);
}

export const UnlinkIndicatorDocument = graphql(`
  mutation UnlinkIndicator($goalId: ID!, $indicatorCode: String!) {
    unlinkIndicatorFromGoal(goalId: $goalId, indicatorCode: $indicatorCode) {
      weight
      goal {
        id
      }
      indicator {
        code
      }
    }
  }
`);

export function useUnlinkIndicatorMutation() {
  return useMutation(UnlinkIndicatorDocument);
}

/** Puts a recreated goal back into the promise items it was in (undo of a delete). */
export const RestorePromiseGoalsDocument = graphql(`
  mutation RestorePromiseGoals($id: ID!, $goalIds: [ID!]!) {
    updateServicePromiseItem(id: $id, input: { goalIds: $goalIds }) {
      id
      goals {
        id
      }
    }
  }
`);

export function useRestorePromiseGoalsMutation() {
  return useMutation(RestorePromiseGoalsDocument);
}

/** Indicators to link to a goal, searched by code or name in any language. */
export const LinkableIndicatorsDocument = graphql(`
  query LinkableIndicators($search: String) {
    indicators(search: $search, first: 30) {
      totalCount
      edges {
        node {
          id
          code
          name {
            fi
            sv
            en
          }
          unit
          frequency
        }
      }
    }
  }
`);

export function useLinkableIndicatorsQuery(search: string) {
  return useQuery({ query: LinkableIndicatorsDocument, variables: { search: search || null }, requestPolicy: 'cache-and-network', context: INDICATOR_LIST_CONTEXT });
}

// A search that found nothing holds no Indicator for a new one to invalidate.
const INDICATOR_LIST_CONTEXT = { additionalTypenames: ['Indicator'] };
