import session from 'express-session';
import { sql, type Kysely } from 'kysely';
import type { Database, Executor } from '../db/database';

const TOUCH_INTERVAL_MS = 60 * 1000;
/** Bounds the touch times kept in memory; forgetting them only costs one early write each. */
const MAX_TRACKED_TOUCHES = 100_000;

/**
 * Server sessions in the application's own database (no extra service to run). Sessions end when
 * their cookie does; expired rows are swept now and then.
 */
export class DatabaseSessionStore extends session.Store {
  private lastSweep = 0;
  /** When each session's expiry was last written by `touch`, by session id. */
  private readonly lastTouch = new Map<string, number>();

  constructor(private readonly db: Kysely<Database>) {
    super();
  }

  private expiry(data: session.SessionData): number {
    return data.cookie.expires ? new Date(data.cookie.expires).getTime() : Date.now() + 24 * 60 * 60 * 1000;
  }

  override get(sid: string, callback: (error: unknown, session?: session.SessionData | null) => void): void {
    this.db
      .selectFrom('session')
      .select(['data', 'expires_at'])
      .where('sid', '=', sid)
      .executeTakeFirst()
      .then((row) => callback(null, row && row.expires_at > Date.now() ? (JSON.parse(row.data) as session.SessionData) : null))
      .catch((error: unknown) => callback(error));
  }

  override set(sid: string, data: session.SessionData, callback?: (error?: unknown) => void): void {
    const values = { data: JSON.stringify(data), expires_at: this.expiry(data) };
    this.db
      .insertInto('session')
      .values({ sid, ...values })
      .onConflict((oc) => oc.column('sid').doUpdateSet(values))
      .execute()
      .then(() => this.sweep())
      .then(() => callback?.())
      .catch((error: unknown) => callback?.(error));
  }

  override destroy(sid: string, callback?: (error?: unknown) => void): void {
    this.lastTouch.delete(sid);
    this.db
      .deleteFrom('session')
      .where('sid', '=', sid)
      .execute()
      .then(() => callback?.())
      .catch((error: unknown) => callback?.(error));
  }

  /**
   * Rolling cookies ask for a touch on every request. A write waits for the database's write lock,
   * and while a load commits that wait would hold up the request thread for every caller, so a
   * session's expiry is moved at most once a minute: a session then ends up to a minute early.
   */
  override touch(sid: string, data: session.SessionData, callback?: () => void): void {
    const now = Date.now();
    const last = this.lastTouch.get(sid);
    if (last !== undefined && now - last < TOUCH_INTERVAL_MS) {
      callback?.();
      return;
    }
    if (this.lastTouch.size >= MAX_TRACKED_TOUCHES) this.lastTouch.clear();
    this.lastTouch.set(sid, now);
    this.db
      .updateTable('session')
      .set({ expires_at: this.expiry(data) })
      .where('sid', '=', sid)
      .execute()
      .then(() => callback?.())
      .catch(() => callback?.());
  }

  private async sweep(): Promise<void> {
    if (Date.now() - this.lastSweep < 60 * 60 * 1000) return;
    this.lastSweep = Date.now();
    await this.db.deleteFrom('session').where('expires_at', '<', Date.now()).execute();
  }
}

/**
 * Ends a user's sessions (signs them out of every browser), but for `keepSid`, the session the
 * change was made in. The user's id is inside each session's data, as `attachUser` reads it.
 */
export async function deleteUserSessions(db: Executor, userId: number, keepSid: string | null): Promise<void> {
  let query = db.deleteFrom('session').where(sql<number>`json_extract(data, '$.userId')`, '=', userId);
  if (keepSid !== null) query = query.where('sid', '!=', keepSid);
  await query.execute();
}
