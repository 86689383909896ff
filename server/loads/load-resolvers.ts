import { toDatabaseId } from '../common/validation';
import { badInput, notFound } from '../errors';
import { written } from '../graphql/load-all';
import type { Resolvers } from '../graphql/resolvers-types.generated';
import { isLoadFormat, LOAD_FORMATS, loadFile } from './load-file-service';
import { countLoads, findLoads, findRejections } from './load-history-repository';
import { MAX_REPORTED_REJECTIONS } from './load-model';
import { undoLoad } from './load-service';

const MAX_PAGE = 200;

function encodeCursor(id: number): string {
  return Buffer.from(String(id), 'utf8').toString('base64url');
}

function decodeCursor(cursor: string): number {
  const id = toDatabaseId(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (id === null || encodeCursor(id) !== cursor) throw badInput({ field: 'after', reason: 'is not a cursor this API gave' });
  return id;
}

function pageSize(value: number | null | undefined, field: string, fallback: number, max = MAX_PAGE): number {
  const size = value ?? fallback;
  if (!Number.isInteger(size) || size < 0 || size > max) throw badInput({ field, reason: `must be 0–${max}` });
  return size;
}

export const loadResolvers: Resolvers = {
  Query: {
    loads: async (_parent, { first, after }, { db }) => {
      const limit = pageSize(first, 'first', 50);
      const loads = await findLoads(db, { beforeId: after ? decodeCursor(after) : null, limit: limit + 1 });
      const page = loads.slice(0, limit);
      const last = page.at(-1);
      return {
        nodes: page,
        pageInfo: { hasNextPage: loads.length > limit, endCursor: last ? encodeCursor(last.id) : null },
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
    loadUpload: async (_parent, { input }, { db, databaseFile, dataDirectory, uploads, loaders, user }) => {
      const upload = uploads.get(input.uploadId);
      if (!upload) throw notFound('upload', input.uploadId, 'input.uploadId');
      if (input.format != null && !isLoadFormat(input.format)) {
        throw badInput({
          field: 'input.format',
          reason: `"${input.format}" is not a format; use one of ${LOAD_FORMATS.map((entry) => entry.format).join(', ')}`,
        });
      }
      const report = await written(
        loaders,
        loadFile({ databaseFile, db }, upload.path, {
          fileName: upload.fileName,
          createdBy: user?.username ?? 'anonymous',
          dataDirectory,
          format: input.format ?? null,
          dryRun: input.dryRun ?? false,
          writeGoodRows: input.writeGoodRows ?? false,
        }),
      );
      // A preview keeps the file for the write that follows; a write is the end of it.
      if (!input.dryRun) await uploads.remove(upload.id);
      return report;
    },
    undoLoad: async (_parent, { id }, { databaseFile, loaders, user }) => {
      const databaseId = toDatabaseId(id);
      if (databaseId === null) throw notFound('load', id, 'id');
      const { undoLoadId } = await written(loaders, undoLoad(databaseFile, databaseId, user?.username ?? 'anonymous'));
      const load = await loaders.loadById.load(undoLoadId);
      if (!load) throw new Error(`the undo load ${undoLoadId} was not recorded`);
      return load;
    },
  },
  Load: {
    id: (load) => String(load.id),
    rejections: (load, { first, offset }, { db }) =>
      findRejections(db, load.id, {
        limit: pageSize(first, 'first', 100, MAX_REPORTED_REJECTIONS),
        offset: Math.max(0, offset ?? 0),
      }),
    undoneBy: async (load, _args, { loaders }) => (await loaders.loadUndoing.load(load.id)) ?? null,
    undoOf: async (load, _args, { loaders }) =>
      load.undoOfLoadId === null ? null : ((await loaders.loadById.load(load.undoOfLoadId)) ?? null),
  },
  LoadReport: {
    load: async (report, _args, { loaders }) => (report.loadId === null ? null : ((await loaders.loadById.load(report.loadId)) ?? null)),
    rejectionsByCode: (report) => Object.entries(report.rejectionsByCode).map(([code, count]) => ({ code, count: count ?? 0 })),
  },
};
