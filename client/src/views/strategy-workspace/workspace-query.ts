import { useOutletContext } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../../graphql/generated';
import type { WorkspaceStrategyQuery } from '../../graphql/generated/graphql';

/**
 * Everything the workspace edits of one strategy, in one query: the strategy, its perspectives and
 * its goal tree with each goal's indicator links. Lists that were empty hold no object of the type
 * a mutation returns, so the query names the types it shows: adding the first perspective or goal
 * still refreshes it.
 */
const WORKSPACE_CONTEXT = { additionalTypenames: ['Strategy', 'Perspective', 'Goal', 'GoalIndicator', 'Indicator', 'Target'] };

export const WorkspaceStrategyDocument = graphql(`
  query WorkspaceStrategy($id: ID!) {
    strategy(id: $id) {
      ...WorkspaceStrategyFields
      perspectives {
        id
        name {
          fi
          sv
          en
        }
        sortOrder
      }
      goals {
        ...WorkspaceGoalFields
      }
      targets {
        id
        indicator {
          code
        }
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

  fragment WorkspaceGoalFields on Goal {
    id
    title {
      fi
      sv
      en
    }
    description {
      fi
      sv
      en
    }
    owner
    ownerUser {
      id
      username
      displayName
    }
    perspective {
      id
    }
    parent {
      id
    }
    serviceAreas {
      id
    }
    nationalGoals
    sortOrder
    assessments {
      id
    }
    servicePromiseItems {
      id
      goals {
        id
      }
    }
    indicators {
      weight
      indicator {
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
        frequency
      }
    }
  }
`);

export function useWorkspaceStrategyQuery(id: string) {
  return useQuery({ query: WorkspaceStrategyDocument, variables: { id }, requestPolicy: 'cache-and-network', context: WORKSPACE_CONTEXT });
}

export type WorkspaceStrategy = NonNullable<WorkspaceStrategyQuery['strategy']>;
export type WorkspaceGoal = WorkspaceStrategy['goals'][number];
export type WorkspacePerspective = WorkspaceStrategy['perspectives'][number];
export type WorkspaceServiceArea = WorkspaceStrategyQuery['serviceAreas'][number];

/** What the workspace's layout hands the tab it shows. */
export interface WorkspaceOutlet {
  strategy: WorkspaceStrategy;
  serviceAreas: ReadonlyArray<WorkspaceServiceArea>;
  /** Asks the server again, e.g. after a write whose answer the cache cannot place. */
  refresh: () => void;
}

export function useWorkspace(): WorkspaceOutlet {
  return useOutletContext<WorkspaceOutlet>();
}
