import { DEFAULT_THRESHOLDS } from '../attainment/method';
import { loadExisting, loadRequired, written } from '../graphql/load-all';
import type { Resolvers } from '../graphql/resolvers-types.generated';
import { toDatabaseId } from '../common/validation';
import { findStrategies } from './strategy-repository';
import type { User } from '../auth/auth-model';
import type { GraphQLContext } from '../graphql/context';
import {
  copyStrategy,
  createPerspective,
  createStrategy,
  editPerspective,
  editStrategy,
  publishServicePromise,
  removePerspective,
  removeStrategy,
  reorderPerspectives,
} from './strategy-service';
import {
  createGoal,
  editGoal,
  editGoalDescription,
  editGoalIndicator,
  linkIndicatorToGoal,
  removeGoal,
  reorderGoals,
  unlinkIndicatorFromGoal,
} from './goal-service';
import {
  createServicePromiseItem,
  editServicePromiseItem,
  removeServicePromiseItem,
  reorderServicePromiseItems,
} from './service-promise-service';

function signedIn(context: GraphQLContext): User {
  if (!context.user) throw new Error('the guard lets no anonymous user through');
  return context.user;
}

export const strategyResolvers: Resolvers = {
  Query: {
    strategies: (_parent, _args, { db }) => findStrategies(db),
    strategy: async (_parent, { id }, { loaders }) => {
      const databaseId = toDatabaseId(id);
      return databaseId === null ? null : ((await loaders.strategyById.load(databaseId)) ?? null);
    },
    goal: async (_parent, { id }, { loaders }) => {
      const databaseId = toDatabaseId(id);
      return databaseId === null ? null : ((await loaders.goalById.load(databaseId)) ?? null);
    },
  },
  Mutation: {
    createStrategy: (_parent, { input }, { db, loaders }) => written(loaders, createStrategy(db, input)),
    updateStrategy: (_parent, { id, input }, { db, loaders }) =>
      written(loaders, editStrategy(db, id, input)),
    deleteStrategy: async (_parent, { id }, { db, loaders }) =>
      String((await written(loaders, removeStrategy(db, id))).id),
    copyStrategy: (_parent, { id, input }, { db, loaders }) => written(loaders, copyStrategy(db, id, input)),
    publishServicePromise: (_parent, { strategyId, published }, { db, loaders }) =>
      written(loaders, publishServicePromise(db, strategyId, published)),
    reorderPerspectives: (_parent, { strategyId, ids }, { db, loaders }) => written(loaders, reorderPerspectives(db, strategyId, ids)),
    reorderGoals: (_parent, { perspectiveId, parentGoalId, ids }, { db, loaders }) =>
      written(loaders, reorderGoals(db, perspectiveId, parentGoalId, ids)),
    reorderServicePromiseItems: (_parent, { strategyId, ids }, { db, loaders }) =>
      written(loaders, reorderServicePromiseItems(db, strategyId, ids)),
    updateGoalDescription: (_parent, { id, description }, context) =>
      written(context.loaders, editGoalDescription(context.db, signedIn(context), id, description)),
    createPerspective: (_parent, { input }, { db, loaders }) =>
      written(loaders, createPerspective(db, input)),
    updatePerspective: (_parent, { id, input }, { db, loaders }) =>
      written(loaders, editPerspective(db, id, input)),
    deletePerspective: async (_parent, { id }, { db, loaders }) =>
      String((await written(loaders, removePerspective(db, id))).id),
    createGoal: (_parent, { input }, { db, loaders }) =>
      written(loaders, createGoal(db, input)),
    updateGoal: (_parent, { id, input }, { db, loaders }) =>
      written(loaders, editGoal(db, id, input)),
    deleteGoal: async (_parent, { id }, { db, loaders }) =>
      String((await written(loaders, removeGoal(db, id))).id),
    createServicePromiseItem: (_parent, { input }, { db, loaders }) =>
      written(loaders, createServicePromiseItem(db, input)),
    updateServicePromiseItem: (_parent, { id, input }, { db, loaders }) =>
      written(loaders, editServicePromiseItem(db, id, input)),
    deleteServicePromiseItem: async (_parent, { id }, { db, loaders }) =>
      String((await written(loaders, removeServicePromiseItem(db, id))).id),
    linkIndicatorToGoal: (_parent, { input }, { db, loaders }) =>
      written(loaders, linkIndicatorToGoal(db, input)),
    updateGoalIndicator: (_parent, { input }, { db, loaders }) =>
      written(loaders, editGoalIndicator(db, input)),
    unlinkIndicatorFromGoal: (_parent, { goalId, indicatorCode }, { db, loaders }) =>
      written(loaders, unlinkIndicatorFromGoal(db, goalId, indicatorCode)),
  },
  Strategy: {
    id: (strategy) => String(strategy.id),
    organisation: (strategy, _args, { loaders }) =>
      loadRequired(loaders.areaById, strategy.organisationAreaId, 'area'),
    perspectives: (strategy, _args, { loaders }) => loaders.perspectivesByStrategyId.load(strategy.id),
    goals: (strategy, _args, { loaders }) => loaders.goalsByStrategyId.load(strategy.id),
    servicePromiseItems: (strategy, _args, { loaders }) => loaders.servicePromiseItemsByStrategyId.load(strategy.id),
    targets: (strategy, _args, { loaders }) => loaders.targetsByStrategyId.load(strategy.id),
    thresholds: (strategy) => strategy.thresholds ?? DEFAULT_THRESHOLDS,
    reviewCount: async (strategy, _args, { loaders }) => (await loaders.reviewCountsByStrategyId.load(strategy.id)).reviewCount,
    approvedReviewCount: async (strategy, _args, { loaders }) =>
      (await loaders.reviewCountsByStrategyId.load(strategy.id)).approvedCount,
  },
  Perspective: {
    id: (perspective) => String(perspective.id),
    strategy: (perspective, _args, { loaders }) => loadRequired(loaders.strategyById, perspective.strategyId, 'strategy'),
    goals: (perspective, _args, { loaders }) => loaders.goalsByPerspectiveId.load(perspective.id),
  },
  Goal: {
    id: (goal) => String(goal.id),
    strategy: (goal, _args, { loaders }) => loadRequired(loaders.strategyById, goal.strategyId, 'strategy'),
    perspective: (goal, _args, { loaders }) => loadRequired(loaders.perspectiveById, goal.perspectiveId, 'perspective'),
    parent: async (goal, _args, { loaders }) =>
      goal.parentGoalId === null ? null : ((await loaders.goalById.load(goal.parentGoalId)) ?? null),
    children: (goal, _args, { loaders }) => loaders.goalsByParentId.load(goal.id),
    serviceAreas: async (goal, _args, { loaders }) => {
      const pairs = await loaders.serviceAreaIdsByGoalId.load(goal.id);
      return loadExisting(
        loaders.serviceAreaById,
        pairs.map((pair) => pair.serviceAreaId),
      );
    },
    indicators: (goal, _args, { loaders }) => loaders.goalIndicatorsByGoalId.load(goal.id),
    ownerUser: async (goal, _args, { loaders }) =>
      goal.ownerUserId === null ? null : ((await loaders.userById.load(goal.ownerUserId)) ?? null),
    assessments: (goal, _args, { loaders }) => loaders.assessmentsByGoalId.load(goal.id),
    servicePromiseItems: async (goal, _args, { loaders }) => {
      const pairs = await loaders.servicePromiseItemIdsByGoalId.load(goal.id);
      return loadExisting(
        loaders.servicePromiseItemById,
        pairs.map((pair) => pair.servicePromiseItemId),
      );
    },
  },
  GoalIndicator: {
    goal: (link, _args, { loaders }) => loadRequired(loaders.goalById, link.goalId, 'goal'),
    indicator: (link, _args, { loaders }) => loadRequired(loaders.indicatorById, link.indicatorId, 'indicator'),
  },
  ServicePromiseItem: {
    id: (item) => String(item.id),
    strategy: (item, _args, { loaders }) => loadRequired(loaders.strategyById, item.strategyId, 'strategy'),
    goals: async (item, _args, { loaders }) => {
      const pairs = await loaders.goalIdsByServicePromiseItemId.load(item.id);
      return loadExisting(
        loaders.goalById,
        pairs.map((pair) => pair.goalId),
      );
    },
  },
};
