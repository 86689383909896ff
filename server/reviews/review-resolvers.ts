import type { GraphQLContext } from '../graphql/context';
import { loadRequired, written } from '../graphql/load-all';
import type { Resolvers } from '../graphql/resolvers-types.generated';
import type { Review } from './review-model';
import type { ReviewSummary } from './review-repository';
import { approveReview, findReview, listReviews, openReview, writeAssessment } from './review-service';

/** The figures a list shows: from the stored report of an approved review, else the judged content. */
async function summaryOf(review: Review, { loaders }: GraphQLContext): Promise<ReviewSummary> {
  if (review.status === 'APPROVED') {
    const summary = await loaders.approvedReviewSummaryById.load(review.id);
    if (summary) return summary;
  }
  return loaders.reviewContent.load(review);
}

function actorOf(context: GraphQLContext) {
  if (!context.user) throw new Error('the guard lets no anonymous user through');
  return context.user;
}

export const reviewResolvers: Resolvers = {
  Query: {
    reviews: (_parent, { strategyId }, { db }) => listReviews(db, strategyId),
    review: async (_parent, { id }, { db }) => (await findReview(db, id)) ?? null,
  },
  Mutation: {
    openReview: (_parent, { strategyId, quarter }, context) => written(context.loaders, openReview(context.db, strategyId, quarter, actorOf(context))),
    writeAssessment: (_parent, { input }, context) => written(context.loaders, writeAssessment(context.db, actorOf(context), input)),
    approveReview: (_parent, { id }, context) => written(context.loaders, approveReview(context.db, actorOf(context), id)),
  },
  Review: {
    id: (review) => String(review.id),
    strategy: (review, _args, { loaders }) => loadRequired(loaders.strategyById, review.strategyId, 'strategy'),
    figuresAsOf: async (review, _args, context) => new Date((await summaryOf(review, context)).figuresAsOf),
    previousQuarter: async (review, _args, context) => (await summaryOf(review, context)).previousQuarter,
    comparedWithApprovedReview: async (review, _args, context) => (await summaryOf(review, context)).comparedWithApprovedReview,
    strategyStatus: async (review, _args, context) => (await summaryOf(review, context)).strategyStatus,
    strategyScore: async (review, _args, context) => (await summaryOf(review, context)).strategyScore,
    goals: async (review, _args, { loaders }) => (await loaders.reviewContent.load(review)).goals,
  },
  Assessment: {
    writtenAt: (assessment) => new Date(assessment.writtenAt),
  },
};
