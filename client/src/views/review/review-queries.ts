import { useMutation, useQuery } from 'urql';
import { graphql } from '../../graphql/generated';

export const ReviewListDocument = graphql(`
  query ReviewList($strategyId: ID!) {
    reviews(strategyId: $strategyId) {
      id
      quarter
      status
      figuresAsOf
      approvedAt
      approvedBy
      strategyStatus
    }
  }
`);

export function useReviewListQuery(strategyId: string) {
  return useQuery({ query: ReviewListDocument, variables: { strategyId }, requestPolicy: 'cache-and-network' });
}

/**
 * One review as the board report shows it. The strategy's goal → indicator weights come along to
 * choose each goal's key chart (a review copies the figures, not the weights).
 */
export const ReviewReportDocument = graphql(`
  query ReviewReport($id: ID!) {
    review(id: $id) {
      id
      quarter
      status
      figuresAsOf
      approvedAt
      approvedBy
      previousQuarter
      comparedWithApprovedReview
      strategyStatus
      strategyScore
      strategy {
        id
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
        goals {
          id
          indicators {
            weight
            indicator {
              code
            }
          }
        }
      }
      goals {
        ...ReviewGoalFields
      }
    }
  }

  fragment ReviewGoalFields on ReviewGoal {
    goalId
    title {
      fi
      sv
      en
    }
    perspective {
      fi
      sv
      en
    }
    depth
    owner
    ownerUsername
    status
    score
    coverage
    previousStatus
    previousScore
    change
    indicators {
      code
      name {
        fi
        sv
        en
      }
      unit
      decimals
      status
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
      progressShare
      explanation
      values {
        period
        value
      }
    }
    assessment {
      ...AssessmentFields
    }
  }

  fragment AssessmentFields on Assessment {
    id
    reviewId
    quarter
    goalId
    statusOverride
    overrideReason
    narrative
    writtenBy
    writtenAt
  }
`);

export function useReviewReportQuery(id: string) {
  return useQuery({ query: ReviewReportDocument, variables: { id }, requestPolicy: 'cache-and-network' });
}

export const OpenReviewDocument = graphql(`
  mutation OpenReview($strategyId: ID!, $quarter: String!) {
    openReview(strategyId: $strategyId, quarter: $quarter) {
      id
      quarter
      status
    }
  }
`);

export function useOpenReviewMutation() {
  return useMutation(OpenReviewDocument);
}

export const WriteAssessmentDocument = graphql(`
  mutation WriteAssessment($input: AssessmentInput!) {
    writeAssessment(input: $input) {
      ...AssessmentFields
    }
  }
`);

export function useWriteAssessmentMutation() {
  return useMutation(WriteAssessmentDocument);
}

export const ApproveReviewDocument = graphql(`
  mutation ApproveReview($id: ID!) {
    approveReview(id: $id) {
      id
      status
      figuresAsOf
      approvedAt
      approvedBy
    }
  }
`);

export function useApproveReviewMutation() {
  return useMutation(ApproveReviewDocument);
}
