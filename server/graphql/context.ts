import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import type { UploadStore } from '../loads/upload-store';
import type { Loaders } from './loaders';

/** Built fresh for every GraphQL request. */
export interface GraphQLContext {
  db: Kysely<Database>;
  /** The database file, for loads, which write on a connection of their own. */
  databaseFile: string;
  /** Reference data (Sotkanet's regions and indicator lists). */
  dataDirectory: string;
  uploads: UploadStore;
  loaders: Loaders;
}
