import type { Kysely } from 'kysely';
import type { User } from '../auth/auth-model';
import type { Database } from '../db/database';
import type { ParallelReader } from '../db/parallel-reader';
import type { LoadRunner } from '../loads/load-runner';
import type { UploadStore } from '../loads/upload-store';
import type { SotkanetSyncRunner } from '../sotkanet/sync-runner';
import type { Loaders } from './loaders';

/** Built fresh for every GraphQL request. */
export interface GraphQLContext {
  db: Kysely<Database>;
  /** The database file, for loads, which write on a connection of their own. */
  databaseFile: string;
  /** Reference data (Sotkanet's regions and indicator lists). */
  dataDirectory: string;
  uploads: UploadStore;
  /** Runs loads and undos off the request thread. */
  loadRunner: LoadRunner;
  /** The database's second reader, for reads big enough to split across two cores. */
  parallelReader: ParallelReader | null;
  loaders: Loaders;
  /** The signed-in user (session or API token), or null. */
  user: User | null;
  /** The id of the signed-in session the request came with, or null (an API token, or no one). */
  sessionId: string | null;
  /** Who is asking, for per-caller limits: the signed-in user, else the client's address (judging-limits.ts). */
  caller: string;
  /** The request's judging fields run through this, one after another (common/turns.ts). */
  judgeInTurn: <T>(task: () => Promise<T>) => Promise<T>;
  /** Whether reading also needs a signed-in user (REQUIRE_SIGN_IN). */
  requireSignIn: boolean;
  /** Starts Sotkanet syncs in the background, one at a time, and runs the schedule. */
  sotkanet: SotkanetSyncRunner;
}
