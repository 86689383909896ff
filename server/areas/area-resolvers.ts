import type { Resolvers } from '../graphql/resolvers-types.generated';
import { findAreaByCode, findAreas } from './area-repository';

export const areaResolvers: Resolvers = {
  Query: {
    areas: async (_parent, { kind, parentCode }, { db, loaders }) => {
      if (parentCode == null) return findAreas(db, { kind: kind ?? null });
      const parent = await loaders.areaByCode.load(parentCode);
      return parent ? findAreas(db, { kind: kind ?? null, parentId: parent.id }) : [];
    },
    area: async (_parent, { code }, { db }) => (await findAreaByCode(db, code)) ?? null,
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
