import { written } from '../graphql/load-all';
import type { Resolvers } from '../graphql/resolvers-types.generated';
import { readSotkanetSync, readSyncRun } from './sync-service';

export const sotkanetSyncResolvers: Resolvers = {
  Query: {
    sotkanetSync: (_parent, _args, { db, sotkanet }) => readSotkanetSync(db, { sourceUrl: sotkanet.client.baseUrl, schedule: sotkanet.schedule }),
  },
  Mutation: {
    startSotkanetSync: async (_parent, { input }, { db, sotkanet, loaders, user }) => {
      const { runId } = await written(
        loaders,
        sotkanet.start({
          sotkanetIds: input?.sotkanetIds ?? [],
          force: input?.force ?? false,
          trigger: 'DASHBOARD',
          startedBy: user?.username ?? 'anonymous',
        }),
      );
      const run = await readSyncRun(db, runId);
      if (!run) throw new Error(`the Sotkanet sync run ${runId} was not recorded`);
      return run;
    },
  },
  SotkanetSyncRun: {
    id: (run) => String(run.id),
  },
  SotkanetSyncRunItem: {
    load: async (item, _args, { loaders }) => (item.loadId === null ? null : ((await loaders.loadById.load(item.loadId)) ?? null)),
  },
  SotkanetIndicatorSync: {
    indicator: async (entry, _args, { loaders }) => (entry.indicatorId === null ? null : ((await loaders.indicatorById.load(entry.indicatorId)) ?? null)),
    lastLoad: async (entry, _args, { loaders }) => (entry.lastLoadId === null ? null : ((await loaders.loadById.load(entry.lastLoadId)) ?? null)),
  },
};
