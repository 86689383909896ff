import { useMutation, useQuery } from 'urql';
import { graphql } from '../../../graphql/generated';
import type { CreateTargetInput } from '../../../graphql/generated/graphql';

// An indicator without targets holds no Target for a new one to invalidate.
const TARGETS_CONTEXT = { additionalTypenames: ['Target'] };

export const TargetIndicatorDocument = graphql(`
  query TargetIndicator($code: String!, $strategyId: ID!) {
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
      targets(strategyId: $strategyId) {
        ...WorkspaceTargetFields
      }
    }
  }

  fragment WorkspaceTargetFields on Target {
    id
    area {
      code
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
    baselinePeriod
    baselineValue
    points {
      period
      value
    }
    acknowledgedWarnings
  }
`);

export function useTargetIndicatorQuery(code: string, strategyId: string) {
  return useQuery({ query: TargetIndicatorDocument, variables: { code, strategyId }, requestPolicy: 'cache-and-network', context: TARGETS_CONTEXT });
}

/** The real series the target is drawn over in the preview. */
export const TargetSeriesDocument = graphql(`
  query TargetSeries($code: String!, $areaCode: String!, $serviceAreaId: ID) {
    indicator(code: $code) {
      id
      series(areaCode: $areaCode, serviceAreaId: $serviceAreaId) {
        period
        value
      }
    }
  }
`);

export function useTargetSeriesQuery(code: string, areaCode: string, serviceAreaId: string | null) {
  return useQuery({ query: TargetSeriesDocument, variables: { code, areaCode, serviceAreaId } });
}

export const CheckTargetDocument = graphql(`
  query CheckTarget($input: CreateTargetInput!) {
    checkTarget(input: $input) {
      baseline {
        period
        value
      }
      warnings {
        code
        pointIndex
        message
      }
    }
  }
`);

/** The live check; paused until there is something to check. Always asked afresh: the data may have changed. */
export function useCheckTargetQuery(input: CreateTargetInput | null) {
  return useQuery({ query: CheckTargetDocument, variables: { input: input as CreateTargetInput }, pause: input === null, requestPolicy: 'network-only' });
}

export const CreateTargetDocument = graphql(`
  mutation CreateTarget($input: CreateTargetInput!) {
    createTarget(input: $input) {
      ...WorkspaceTargetFields
    }
  }
`);

export function useCreateTargetMutation() {
  return useMutation(CreateTargetDocument);
}

export const UpdateTargetDocument = graphql(`
  mutation UpdateTarget($id: ID!, $input: UpdateTargetInput!) {
    updateTarget(id: $id, input: $input) {
      ...WorkspaceTargetFields
    }
  }
`);

export function useUpdateTargetMutation() {
  return useMutation(UpdateTargetDocument);
}

export const DeleteTargetDocument = graphql(`
  mutation DeleteTarget($id: ID!) {
    deleteTarget(id: $id)
  }
`);

export function useDeleteTargetMutation() {
  return useMutation(DeleteTargetDocument);
}
