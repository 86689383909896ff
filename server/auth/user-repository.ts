import type { ApiTokenRow, AppUserRow, Executor, RoleValue } from '../db/database';
import type { ApiToken, User } from './auth-model';

function userFromRow(row: AppUserRow): User {
  return { id: row.id, username: row.username, displayName: row.display_name, role: row.role, disabled: row.disabled === 1 };
}

function apiTokenFromRow(row: ApiTokenRow): ApiToken {
  return {
    id: row.id,
    userId: row.user_id,
    name: row.name,
    createdAt: new Date(row.created_at),
    lastUsedAt: row.last_used_at === null ? null : new Date(row.last_used_at),
  };
}

export async function findUsers(db: Executor): Promise<User[]> {
  const rows = await db.selectFrom('app_user').selectAll().orderBy('username').execute();
  return rows.map(userFromRow);
}

export async function countUsers(db: Executor): Promise<number> {
  const row = await db.selectFrom('app_user').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findUsersByIds(db: Executor, ids: readonly number[]): Promise<User[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('app_user').selectAll().where('id', 'in', ids).execute();
  return rows.map(userFromRow);
}

/** The user and the password hash to check a sign-in against. */
export async function findUserCredentials(db: Executor, username: string): Promise<{ user: User; passwordHash: string } | undefined> {
  const row = await db.selectFrom('app_user').selectAll().where('username', '=', username).executeTakeFirst();
  return row ? { user: userFromRow(row), passwordHash: row.password_hash } : undefined;
}

export async function insertUser(
  db: Executor,
  user: { username: string; displayName: string; role: RoleValue; passwordHash: string },
  now: number,
): Promise<User> {
  const row = await db
    .insertInto('app_user')
    .values({ username: user.username, display_name: user.displayName, role: user.role, password_hash: user.passwordHash, disabled: 0, created_at: now })
    .returningAll()
    .executeTakeFirstOrThrow();
  return userFromRow(row);
}

export async function updateUser(
  db: Executor,
  id: number,
  fields: { displayName?: string; role?: RoleValue; passwordHash?: string; disabled?: boolean },
): Promise<User> {
  const row = await db
    .updateTable('app_user')
    .set({
      ...(fields.displayName !== undefined ? { display_name: fields.displayName } : {}),
      ...(fields.role !== undefined ? { role: fields.role } : {}),
      ...(fields.passwordHash !== undefined ? { password_hash: fields.passwordHash } : {}),
      ...(fields.disabled !== undefined ? { disabled: fields.disabled ? 1 : 0 } : {}),
    })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return userFromRow(row);
}

export async function insertApiToken(db: Executor, token: { userId: number; name: string; tokenHash: string }, now: number): Promise<ApiToken> {
  const row = await db
    .insertInto('api_token')
    .values({ user_id: token.userId, name: token.name, token_hash: token.tokenHash, created_at: now })
    .returningAll()
    .executeTakeFirstOrThrow();
  return apiTokenFromRow(row);
}

export async function findApiTokensByUserIds(db: Executor, userIds: readonly number[]): Promise<ApiToken[]> {
  if (userIds.length === 0) return [];
  const rows = await db.selectFrom('api_token').selectAll().where('user_id', 'in', userIds).orderBy('created_at').execute();
  return rows.map(apiTokenFromRow);
}

export async function findApiTokenById(db: Executor, id: number): Promise<ApiToken | undefined> {
  const row = await db.selectFrom('api_token').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? apiTokenFromRow(row) : undefined;
}

/** The user a token hash belongs to, with the token's id and last use. */
export async function findUserByApiToken(
  db: Executor,
  tokenHash: string,
): Promise<{ user: User; tokenId: number; lastUsedAt: number | null } | undefined> {
  const row = await db
    .selectFrom('api_token')
    .innerJoin('app_user', 'app_user.id', 'api_token.user_id')
    .selectAll('app_user')
    .select(['api_token.id as token_id', 'api_token.last_used_at'])
    .where('api_token.token_hash', '=', tokenHash)
    .executeTakeFirst();
  if (!row) return undefined;
  return { user: userFromRow(row), tokenId: row.token_id, lastUsedAt: row.last_used_at };
}

export async function setApiTokenLastUse(db: Executor, id: number, at: number): Promise<void> {
  await db.updateTable('api_token').set({ last_used_at: at }).where('id', '=', id).execute();
}

export async function deleteApiToken(db: Executor, id: number): Promise<void> {
  await db.deleteFrom('api_token').where('id', '=', id).execute();
}
