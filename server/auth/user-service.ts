import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { parseInput, requiredText, toDatabaseId } from '../common/validation';
import type { Database, Executor } from '../db/database';
import { recordAudit } from '../audit/audit-service';
import { AppError, badInput, conflict, notFound } from '../errors';
import type { ApiToken, User } from './auth-model';
import { decoyPasswordHash, hashPassword, verifyPassword } from './password';
import { deleteUserSessions } from './session-store';
import {
  countUsers,
  deleteApiToken,
  findApiTokenById,
  findUserCredentials,
  findUsersByIds,
  insertApiToken,
  insertUser,
  updateUser,
  findUserByApiToken,
  setApiTokenLastUse,
} from './user-repository';

const role = z.enum(['VIEWER', 'ANALYST', 'GOAL_OWNER', 'BOARD', 'STRATEGY_EDITOR', 'ADMIN']);
/** Long passphrases beat complex short ones; the length is what is checked (NIST SP 800-63B). */
const password = z
  .string()
  .min(10, 'must be at least 10 characters')
  .max(200, 'must be at most 200 characters');

const createUserInput = z.object({
  username: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9._-]{1,39}$/, 'must be 2–40 characters: lower-case letters a–z, digits and . _ -'),
  displayName: requiredText(100),
  role,
  password,
});

const updateUserInput = z.object({
  displayName: requiredText(100).optional(),
  role: role.optional(),
  password: password.optional(),
  disabled: z.boolean().optional(),
});

export async function requireUser(db: Executor, id: string | number, field: string): Promise<User> {
  const databaseId = typeof id === 'number' ? id : toDatabaseId(id);
  const [user] = databaseId === null ? [] : await findUsersByIds(db, [databaseId]);
  if (!user) throw notFound('user', id, field);
  return user;
}

export async function createUser(db: Kysely<Database>, rawInput: unknown): Promise<User> {
  const input = parseInput(createUserInput, rawInput);
  if (await findUserCredentials(db, input.username)) {
    throw badInput({ field: 'input.username', reason: `the username ${input.username} is already in use` });
  }
  return insertUser(db, { ...input, passwordHash: await hashPassword(input.password) }, Date.now());
}

/**
 * Creates the first admin from the configuration (ADMIN_USERNAME, ADMIN_PASSWORD) when the database
 * has no users yet; with users it does nothing, so a restart never resets a password that was changed
 * in the dashboard. Answers the user created, or null.
 */
export async function createInitialAdmin(db: Kysely<Database>, admin: { username: string; password: string }): Promise<User | null> {
  if ((await countUsers(db)) > 0) return null;
  try {
    const user = await createUser(db, { username: admin.username, displayName: admin.username, role: 'ADMIN', password: admin.password });
    await recordAudit(db, {
      actor: 'system',
      action: 'createUser',
      entityType: 'User',
      entityId: String(user.id),
      summary: `created the first admin ${user.username} from ADMIN_USERNAME`,
    });
    return user;
  } catch (error) {
    // Say which setting is wrong: "input.password" would send the reader looking for a form.
    if (error instanceof AppError) {
      throw new Error(`ADMIN_USERNAME / ADMIN_PASSWORD: ${error.message.replaceAll('input.username', 'ADMIN_USERNAME').replaceAll('input.password', 'ADMIN_PASSWORD')}`);
    }
    throw error;
  }
}

/**
 * Changes a user. A new password ends the user's other sessions, so whoever knew the old one is
 * signed out everywhere; when users change their own, the session they did it in (`sessionId`) stays.
 */
export async function editUser(db: Kysely<Database>, id: string, rawInput: unknown, actor: User, sessionId: string | null = null): Promise<User> {
  const existing = await requireUser(db, id, 'id');
  const input = parseInput(updateUserInput, rawInput);
  // An admin cannot lock themselves out, which would leave no one to undo it.
  if (existing.id === actor.id && ((input.role && input.role !== 'ADMIN') || input.disabled === true)) {
    throw conflict('you cannot remove your own admin role or disable yourself; ask another admin');
  }
  const passwordHash = input.password === undefined ? undefined : await hashPassword(input.password);
  return db.transaction().execute(async (trx) => {
    const user = await updateUser(trx, existing.id, {
      ...(input.displayName !== undefined ? { displayName: input.displayName } : {}),
      ...(input.role !== undefined ? { role: input.role } : {}),
      ...(input.disabled !== undefined ? { disabled: input.disabled } : {}),
      ...(passwordHash !== undefined ? { passwordHash } : {}),
    });
    if (passwordHash !== undefined) await deleteUserSessions(trx, existing.id, existing.id === actor.id ? sessionId : null);
    return user;
  });
}

/**
 * The user a username and password belong to, or null. A disabled user cannot sign in. Checks the
 * password against a decoy hash when the user does not exist, so timing tells nothing.
 */
export async function authenticate(db: Executor, username: string, givenPassword: string): Promise<User | null> {
  const credentials = await findUserCredentials(db, username.trim());
  if (!credentials) {
    await verifyPassword(await decoyPasswordHash(), givenPassword);
    return null;
  }
  const valid = await verifyPassword(credentials.passwordHash, givenPassword);
  return valid && !credentials.user.disabled ? credentials.user : null;
}

function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A new API token: 256 random bits, shown once; only its hash is stored. */
export async function createApiToken(db: Kysely<Database>, rawInput: unknown): Promise<{ apiToken: ApiToken; token: string }> {
  const input = parseInput(z.object({ userId: z.string(), name: requiredText(100) }), rawInput);
  const user = await requireUser(db, input.userId, 'input.userId');
  const token = `mtr_${randomBytes(32).toString('base64url')}`;
  const apiToken = await insertApiToken(db, { userId: user.id, name: input.name, tokenHash: tokenHash(token) }, Date.now());
  return { apiToken, token };
}

export async function revokeApiToken(db: Kysely<Database>, id: string): Promise<ApiToken> {
  const databaseId = toDatabaseId(id);
  const token = databaseId === null ? undefined : await findApiTokenById(db, databaseId);
  if (!token) throw notFound('API token', id, 'id');
  await deleteApiToken(db, token.id);
  return token;
}

/**
 * How precisely a token's last use is kept. Writing it moves the data version, which empties the
 * response cache; written on every request, a script polling with a token would keep the cache
 * empty for everyone. An hour is precise enough to tell a token in use from one to revoke.
 */
export const API_TOKEN_LAST_USE_PRECISION_MS = 60 * 60 * 1000;

/** The user of a bearer token, or null if it is unknown or its user is disabled. Records the use (to the hour). */
export async function userFromApiToken(db: Executor, token: string, now = Date.now()): Promise<User | null> {
  const found = await findUserByApiToken(db, tokenHash(token));
  if (!found) return null;
  if (found.lastUsedAt === null || now - found.lastUsedAt >= API_TOKEN_LAST_USE_PRECISION_MS) await setApiTokenLastUse(db, found.tokenId, now);
  return found.user.disabled ? null : found.user;
}
