import { decodeIdCursor, pageOf, pageSize } from '../common/pagination';
import { toDatabaseId } from '../common/validation';
import { AppError, badInput, notFound } from '../errors';
import { written } from '../graphql/load-all';
import type { Resolvers } from '../graphql/resolvers-types.generated';
import { LOAD_FORMATS, parseLoadUploadInput } from './load-file-service';
import { countLoads, findLoads, findRejections } from './load-history-repository';
import { MAX_REPORTED_REJECTIONS, type RejectionCounts } from './load-model';

const MAX_PAGE = 200;

function countsByCode(counts: RejectionCounts): Array<{ code: string; count: number }> {
  return Object.entries(counts).map(([code, count]) => ({ code, count: count ?? 0 }));
}

export const loadResolvers: Resolvers = {
  Query: {
    loads: async (_parent, { first, after }, { db }) => {
      const limit = pageSize(first, MAX_PAGE);
      const loads = await findLoads(db, { beforeId: after ? decodeIdCursor(after) : null, limit: limit + 1 });
      const { page, pageInfo } = pageOf(loads, limit, (load) => load.id);
      return {
        nodes: page,
        pageInfo,
        totalCount: await countLoads(db),
      };
    },
    load: async (_parent, { id }, { loaders }) => {
      const databaseId = toDatabaseId(id);
      return databaseId === null ? null : ((await loaders.loadById.load(databaseId)) ?? null);
    },
    loadFormats: () => LOAD_FORMATS.map(({ format, description }) => ({ id: format, description })),
  },
  Mutation: {
    loadUpload: async (_parent, { input: rawInput }, { databaseFile, dataDirectory, uploads, loadRunner, loaders, user }) => {
      const input = parseLoadUploadInput(rawInput);
      const upload = uploads.get(input.uploadId);
      if (!upload) throw notFound('upload', input.uploadId, 'input.uploadId');
      const report = await written(
        loaders,
        loadRunner.loadFile(databaseFile, upload.path, {
          fileName: upload.fileName,
          createdBy: user?.username ?? 'anonymous',
          dataDirectory,
          format: input.format,
          dryRun: input.dryRun,
          writeGoodRows: input.writeGoodRows,
          sheet: input.sheet,
          areaNames: input.areaNames,
        }).catch((error: unknown) => {
          // The load names the option; here it is a field of the input.
          if (error instanceof AppError && error.problems[0]?.field === 'sheet') throw badInput({ field: 'input.sheet', reason: error.problems[0].reason });
          throw error;
        }),
      );
      // A preview keeps the file for the write that follows; a write is the end of it.
      if (!input.dryRun) await uploads.remove(upload.id);
      return report;
    },
    undoLoad: async (_parent, { id }, { databaseFile, loadRunner, loaders, user }) => {
      const databaseId = toDatabaseId(id);
      if (databaseId === null) throw notFound('load', id, 'id');
      const { undoLoadId } = await written(loaders, loadRunner.undoLoad(databaseFile, databaseId, user?.username ?? 'anonymous'));
      const load = await loaders.loadById.load(undoLoadId);
      if (!load) throw new Error(`the undo load ${undoLoadId} was not recorded`);
      return load;
    },
  },
  Load: {
    id: (load) => String(load.id),
    rejections: (load, { first, offset }, { db }) =>
      findRejections(db, load.id, {
        limit: pageSize(first, MAX_REPORTED_REJECTIONS, 100),
        offset: Math.max(0, offset ?? 0),
      }),
    rejectionsByCode: (load) => (load.rejectionsByCode === null ? null : countsByCode(load.rejectionsByCode)),
    undoneBy: async (load, _args, { loaders }) => (await loaders.loadUndoing.load(load.id)) ?? null,
    undoOf: async (load, _args, { loaders }) =>
      load.undoOfLoadId === null ? null : ((await loaders.loadById.load(load.undoOfLoadId)) ?? null),
  },
  LoadReport: {
    load: async (report, _args, { loaders }) => (report.loadId === null ? null : ((await loaders.loadById.load(report.loadId)) ?? null)),
    rejectionsByCode: (report) => countsByCode(report.rejectionsByCode),
    sheet: (report) => report.sheet ?? null,
    areaNamesMapped: (report) => report.areaNamesMapped ?? 0,
    areaNamesSuggested: (report) => report.areaNamesSuggested ?? false,
  },
};
