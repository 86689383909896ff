import type { Resolvers } from '../graphql/resolvers-types.generated';
import { readArea, readAreas } from './area-service';

export const areaResolvers: Resolvers = {
  Query: {
    areas: (_parent, args, { db }) => readAreas(db, args),
    area: (_parent, args, { db }) => readArea(db, args),
  },
  Area: {
    parent: async (area, _args, { loaders }) =>
      area.parentId === null ? null : ((await loaders.areaById.load(area.parentId)) ?? null),
    region: async (area, _args, { loaders }) =>
      area.regionId === null ? null : ((await loaders.areaById.load(area.regionId)) ?? null),
    children: async (area, { kind }, { loaders }) =>
      (await loaders.areasByParentId.load(area.id)).filter((child) => kind == null || child.kind === kind),
  },
};
