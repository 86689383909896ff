import { loadRequired } from '../graphql/load-all';
import type { Resolvers } from '../graphql/resolvers-types.generated';
import { judgeMatrix, judgeServicePromise, judgeStrategy } from './attainment-service';
import { readPublicServicePromise } from './public-promise-service';
import { explanationOf, judgedValues } from './indicator-attainment-view';

export const attainmentResolvers: Resolvers = {
  Query: {
    attainment: (_parent, args, { db }) => judgeStrategy(db, args),
    attainmentMatrix: (_parent, args, { db, parallelReader }) => judgeMatrix(db, args, { parallelReader }),
    publicServicePromise: (_parent, { strategyId }, { db }) => readPublicServicePromise(db, strategyId),
  },
  StrategyAttainment: {
    strategy: (attainment, _args, { loaders }) => loadRequired(loaders.strategyById, attainment.strategyId, 'strategy'),
    area: (attainment, _args, { loaders }) => loadRequired(loaders.areaById, attainment.areaId, 'area'),
    serviceArea: async (attainment, _args, { loaders }) =>
      attainment.serviceAreaId === null ? null : ((await loaders.serviceAreaById.load(attainment.serviceAreaId)) ?? null),
    status: (attainment) => attainment.result.status,
    score: (attainment) => attainment.result.score,
    coverage: (attainment) => attainment.result.coverage,
    servicePromise: (attainment, _args, { db }) => judgeServicePromise(db, attainment),
  },
  PromiseItemAttainment: {
    status: (attainment) => attainment.result.status,
    score: (attainment) => attainment.result.score,
  },
  PerspectiveAttainment: {
    perspective: (attainment, _args, { loaders }) => loadRequired(loaders.perspectiveById, attainment.perspectiveId, 'perspective'),
    status: (attainment) => attainment.result.status,
    score: (attainment) => attainment.result.score,
    coverage: (attainment) => attainment.result.coverage,
  },
  GoalAttainment: {
    goal: (attainment, _args, { loaders }) => loadRequired(loaders.goalById, attainment.goalId, 'goal'),
    status: (attainment) => attainment.result.status,
    score: (attainment) => attainment.result.score,
    coverage: (attainment) => attainment.result.coverage,
    availableCount: (attainment) => attainment.result.availableCount,
    partCount: (attainment) => attainment.result.totalCount,
  },
  IndicatorAttainment: {
    indicator: (attainment) => attainment.indicator,
    status: (attainment) => attainment.judgement.status,
    score: (attainment) => attainment.judgement.score,
    ratio: (attainment) => attainment.judgement.ratio,
    method: (attainment) => attainment.judgement.method,
    notAvailableReason: (attainment) => attainment.judgement.notAvailableReason,
    baseline: (attainment) => attainment.judgement.baseline,
    latest: (attainment) => attainment.judgement.latest,
    target: (attainment) => attainment.judgement.target,
    targetArea: async (attainment, _args, { loaders }) =>
      attainment.targetAreaId === null ? null : ((await loaders.areaById.load(attainment.targetAreaId)) ?? null),
    progressShare: (attainment) => attainment.judgement.progressShare,
    projected: (attainment) => attainment.judgement.projected,
    growthRate: (attainment) => attainment.judgement.growthRate,
    requiredGrowthRate: (attainment) => attainment.judgement.requiredGrowthRate,
    values: (attainment) => judgedValues(attainment),
    explanation: (attainment) => explanationOf(attainment),
  },
  AttainmentMatrix: {
    strategy: (matrix, _args, { loaders }) => loadRequired(loaders.strategyById, matrix.strategyId, 'strategy'),
    goals: async (matrix, _args, { loaders }) =>
      Promise.all(matrix.goalIds.map((id) => loadRequired(loaders.goalById, id, 'goal'))),
  },
  AttainmentMatrixRow: {
    area: (row, _args, { loaders }) => loadRequired(loaders.areaById, row.areaId, 'area'),
  },
  AttainmentThresholds: {
    withTargetHigh: (thresholds) => thresholds.withTarget.high,
    withTargetMedium: (thresholds) => thresholds.withTarget.medium,
    withTargetLow: (thresholds) => thresholds.withTarget.low,
    withoutTargetHigh: (thresholds) => thresholds.withoutTarget.high,
    withoutTargetMedium: (thresholds) => thresholds.withoutTarget.medium,
    withoutTargetLow: (thresholds) => thresholds.withoutTarget.low,
  },
};
