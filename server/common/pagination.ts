import { badInput } from '../errors';
import { toDatabaseId } from './validation';

/** Cursors are opaque to clients; inside they are the key (id or code) of a page's last row. */
export function encodeCursor(key: string | number): string {
  return Buffer.from(String(key), 'utf8').toString('base64url');
}

/** The key inside a cursor this API gave; anything else is bad input on `after`. */
export function decodeCursor(cursor: string): string {
  const key = Buffer.from(cursor, 'base64url').toString('utf8');
  if (key === '' || encodeCursor(key) !== cursor) throw notOurCursor();
  return key;
}

/** The database id inside a cursor of a list paged by id. */
export function decodeIdCursor(cursor: string): number {
  const id = toDatabaseId(decodeCursor(cursor));
  if (id === null) throw notOurCursor();
  return id;
}

function notOurCursor() {
  return badInput({ field: 'after', reason: 'is not a cursor this API gave' });
}

/** The page size asked for with `first`, or `fallback`; more than `max` is bad input. */
export function pageSize(first: number | null | undefined, max: number, fallback = 50): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 0 || size > max) throw badInput({ field: 'first', reason: `must be 0–${max}` });
  return size;
}

/**
 * Cuts a page from rows fetched with one more than the page size: the extra row only tells that
 * another page follows.
 */
export function pageOf<T>(rows: readonly T[], size: number, keyOf: (row: T) => string | number) {
  const page = rows.slice(0, size);
  const last = page.at(-1);
  return { page, pageInfo: { hasNextPage: rows.length > size, endCursor: last === undefined ? null : encodeCursor(keyOf(last)) } };
}
