import { serveRequests } from '../common/request-thread';
import { openDatabase } from '../db/connection';
import { loadFile } from './load-file-service';
import type { LoadJob } from './load-runner';
import { undoLoad } from './load-service';

/**
 * The load thread (see load-runner.ts): runs each job it is sent with the same services the
 * command line uses. It holds no SQL of its own.
 */
serveRequests<LoadJob>(async (job) => {
  switch (job.kind) {
    case 'load': {
      // loadFile reads the municipalities through Kysely: a handle of this thread's own.
      const database = openDatabase(job.databaseFile);
      try {
        return await loadFile({ databaseFile: job.databaseFile, db: database.db }, job.path, job.options);
      } finally {
        await database.close();
      }
    }
    case 'undo':
      return undoLoad(job.databaseFile, job.loadId, job.createdBy);
  }
});
