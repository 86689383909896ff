import type { Executor } from './database';

/**
 * The counter that every committed change to answerable data moves forward (see the data-version
 * migration): two equal readings mean nothing an answer shows has changed in between.
 */
export async function readDataVersion(db: Executor): Promise<number> {
  const row = await db.selectFrom('data_version').select('value').where('id', '=', 1).executeTakeFirstOrThrow();
  return row.value;
}
