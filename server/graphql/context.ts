import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import type { Loaders } from './loaders';

/** Built fresh for every GraphQL request. */
export interface GraphQLContext {
  db: Kysely<Database>;
  loaders: Loaders;
}
