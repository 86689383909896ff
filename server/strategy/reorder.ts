import { toDatabaseId } from '../common/validation';
import { badInput, type FieldProblem } from '../errors';

/**
 * Checks a new order sent for a list (the dashboard's "move up / move down" sends the whole list):
 * `ids` must name each of the current items exactly once, so that an order made from a stale list
 * (an item added or removed meanwhile) is refused rather than half applied. Returns the database ids
 * in the new order; otherwise BAD_USER_INPUT naming each wrong entry.
 */
export function checkNewOrder(what: string, currentIds: readonly number[], ids: readonly string[], field = 'ids'): number[] {
  const current = new Set(currentIds);
  const seen = new Set<number>();
  const problems: FieldProblem[] = [];
  const ordered: number[] = [];
  ids.forEach((id, index) => {
    const databaseId = toDatabaseId(id);
    if (databaseId === null || !current.has(databaseId)) {
      problems.push({ field: `${field}.${index}`, reason: `"${id}" is not one of the ${what}` });
    } else if (seen.has(databaseId)) {
      problems.push({ field: `${field}.${index}`, reason: `${id} is listed twice` });
    } else {
      seen.add(databaseId);
      ordered.push(databaseId);
    }
  });
  const missing = currentIds.filter((id) => !seen.has(id));
  if (missing.length > 0) {
    problems.push({ field, reason: `must list every one of the ${currentIds.length} ${what}; missing ${missing.join(', ')}` });
  }
  if (problems.length > 0) throw badInput(problems);
  return ordered;
}
