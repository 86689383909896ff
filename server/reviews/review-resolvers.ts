import type { GraphQLContext } from '../graphql/context';
import { loadRequired, written } from '../graphql/load-all';
import type { Resolvers } from '../graphql/resolvers-types.generated';
import type { Review, ReviewContent } from './review-model';
import { approveReview, findReview, listReviews, openReview, reviewContent, writeAssessment } from './review-service';

/** A review's content is judged once per request, however many of its fields are asked for. */
const contentByRequest = new WeakMap<GraphQLContext, Map<number, Promise<ReviewContent>>>();

function contentOf(review: Review, context: GraphQLContext): Promise<ReviewContent> {
  let cache = contentByRequest.get(context);
  if (!cache) {
    cache = new Map();
    contentByRequest.set(context, cache);
  }
  let content = cache.get(review.id);
  if (!content) {
    content = reviewContent(context.db, review);
    cache.set(review.id, content);
  }
  return content;
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
    figuresAsOf: async (review, _args, context) => new Date((await contentOf(review, context)).figuresAsOf),
    previousQuarter: async (review, _args, context) => (await contentOf(review, context)).previousQuarter,
    comparedWithApprovedReview: async (review, _args, context) => (await contentOf(review, context)).comparedWithApprovedReview,
    strategyStatus: async (review, _args, context) => (await contentOf(review, context)).strategyStatus,
    strategyScore: async (review, _args, context) => (await contentOf(review, context)).strategyScore,
    goals: async (review, _args, context) => (await contentOf(review, context)).goals,
  },
  Assessment: {
    writtenAt: (assessment) => new Date(assessment.writtenAt),
  },
};
