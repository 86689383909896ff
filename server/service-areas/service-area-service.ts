import type { Executor } from '../db/database';
import { badInput, type FieldProblem } from '../errors';
import { findServiceAreasByIds } from './service-area-repository';

/** Checks that every id names a service area; reports each missing one at its position in `field`. */
export async function requireServiceAreaIds(db: Executor, ids: readonly number[], field: string): Promise<number[]> {
  const unique = [...new Set(ids)];
  const found = new Set((await findServiceAreasByIds(db, unique)).map((serviceArea) => serviceArea.id));
  const problems: FieldProblem[] = [];
  ids.forEach((id, index) => {
    if (!found.has(id)) problems.push({ field: `${field}.${index}`, reason: `no service area has the id "${id}"` });
  });
  if (problems.length > 0) throw badInput(problems);
  return unique;
}
