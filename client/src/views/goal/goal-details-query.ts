import { useQuery } from 'urql';
import { graphql } from '../../graphql/generated';

export const GoalDetailsDocument = graphql(`
  query GoalDetails($id: ID!) {
    goal(id: $id) {
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
        displayName
      }
      assessments {
        ...AssessmentFields
      }
      nationalGoals
      strategy {
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
      parent {
        id
        title {
          fi
          sv
          en
        }
      }
      serviceAreas {
        id
        name {
          fi
          sv
          en
        }
      }
    }
  }
`);

export function useGoalDetailsQuery(goalId: string) {
  return useQuery({ query: GoalDetailsDocument, variables: { id: goalId } });
}
