import { decodeCursor, encodeCursor, pageOf, pageSize } from '../common/pagination';
import { toDatabaseId } from '../common/validation';
import { badInput } from '../errors';
import { indicatorBasis } from '../attainment/indicator-basis';
import { loadExisting, loadRequired, written } from '../graphql/load-all';
import type { Resolvers } from '../graphql/resolvers-types.generated';
import { readIndicatorValues, readSeries } from '../observations/observation-service';
import { searchIndicators } from './indicator-repository';
import { createIndicator, editIndicator, removeIndicator } from './indicator-service';
import { catalogueCursor, createIndicatorFromSotkanet, searchSotkanetCatalogue } from './sotkanet-catalogue-service';
import { checkTarget, createTarget, editTarget, removeTarget } from './target-service';

const MAX_PAGE_SIZE = 500;

export const indicatorResolvers: Resolvers = {
  Query: {
    indicators: async (_parent, { search, serviceAreaId, first, after }, { db }) => {
      const limit = pageSize(first, MAX_PAGE_SIZE);
      let serviceAreaDatabaseId: number | null = null;
      if (serviceAreaId != null) {
        serviceAreaDatabaseId = toDatabaseId(serviceAreaId);
        if (serviceAreaDatabaseId === null) throw badInput({ field: 'serviceAreaId', reason: 'is not a valid id' });
      }
      // One row more than asked tells whether another page follows.
      const { indicators, totalCount } = await searchIndicators(db, {
        search: search ?? null,
        serviceAreaId: serviceAreaDatabaseId,
        afterCode: after ? decodeCursor(after) : null,
        limit: limit + 1,
      });
      const { page, pageInfo } = pageOf(indicators, limit, (indicator) => indicator.code);
      return {
        edges: page.map((indicator) => ({ cursor: encodeCursor(indicator.code), node: indicator })),
        pageInfo,
        totalCount,
      };
    },
    indicator: async (_parent, { code }, { loaders }) => (await loaders.indicatorByCode.load(code)) ?? null,
    indicatorValues: (_parent, args, { db }) => readIndicatorValues(db, args),
    checkTarget: (_parent, { input }, { db }) => checkTarget(db, input),
    sotkanetCatalogue: async (_parent, args, { dataDirectory }) => {
      const { entries, totalCount, pageInfo } = await searchSotkanetCatalogue(dataDirectory, args);
      return { edges: entries.map((entry) => ({ cursor: catalogueCursor(entry), node: entry })), pageInfo, totalCount };
    },
  },
  Mutation: {
    createIndicator: (_parent, { input }, { db, loaders }) => written(loaders, createIndicator(db, input)),
    updateIndicator: (_parent, { code, input }, { db, loaders }) => written(loaders, editIndicator(db, code, input)),
    deleteIndicator: async (_parent, { code }, { db, loaders }) =>
      (await written(loaders, removeIndicator(db, code))).code,
    createIndicatorFromSotkanet: (_parent, { input }, { db, dataDirectory, loaders }) =>
      written(loaders, createIndicatorFromSotkanet(db, dataDirectory, input)),
    createTarget: (_parent, { input }, { db, loaders }) => written(loaders, createTarget(db, input)),
    updateTarget: (_parent, { id, input }, { db, loaders }) => written(loaders, editTarget(db, id, input)),
    deleteTarget: async (_parent, { id }, { db, loaders }) => String((await written(loaders, removeTarget(db, id))).id),
  },
  Indicator: {
    id: (indicator) => String(indicator.id),
    serviceAreas: async (indicator, _args, { loaders }) => {
      const pairs = await loaders.serviceAreaIdsByIndicatorId.load(indicator.id);
      return loadExisting(
        loaders.serviceAreaById,
        pairs.map((pair) => pair.serviceAreaId),
      );
    },
    goals: async (indicator, _args, { loaders }) => {
      const links = await loaders.goalIndicatorsByIndicatorId.load(indicator.id);
      return loadExisting(
        loaders.goalById,
        links.map((link) => link.goalId),
      );
    },
    targets: async (indicator, { strategyId }, { loaders }) => {
      const targets = await loaders.targetsByIndicatorId.load(indicator.id);
      if (strategyId == null) return targets;
      return targets.filter((target) => String(target.strategyId) === strategyId);
    },
    series: (indicator, args, { loaders }) => readSeries(loaders, indicator, args),
    basis: (indicator, args, { db, loaders }) => indicatorBasis(db, loaders, indicator, args),
  },
  SotkanetCatalogueEntry: {
    indicator: async (entry, _args, { loaders }) => (await loaders.indicatorBySotkanetId.load(entry.sotkanetId)) ?? null,
  },
  Target: {
    id: (target) => String(target.id),
    strategy: (target, _args, { loaders }) => loadRequired(loaders.strategyById, target.strategyId, 'strategy'),
    indicator: (target, _args, { loaders }) => loadRequired(loaders.indicatorById, target.indicatorId, 'indicator'),
    area: async (target, _args, { loaders }) =>
      target.areaId === null ? null : ((await loaders.areaById.load(target.areaId)) ?? null),
    serviceArea: async (target, _args, { loaders }) =>
      target.serviceAreaId === null ? null : ((await loaders.serviceAreaById.load(target.serviceAreaId)) ?? null),
  },
  Observation: {
    serviceArea: async (observation, _args, { loaders }) =>
      observation.serviceAreaId === null ? null : ((await loaders.serviceAreaById.load(observation.serviceAreaId)) ?? null),
  },
};
