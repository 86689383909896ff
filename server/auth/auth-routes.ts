import express from 'express';
import { rateLimit } from 'express-rate-limit';
import type { Kysely } from 'kysely';
import { recordAudit } from '../audit/audit-service';
import type { Database } from '../db/database';
import { permissionsOf, type User } from './auth-model';
import { findUsersByIds } from './user-repository';
import { authenticate, userFromApiToken } from './user-service';

declare module 'express-session' {
  interface SessionData {
    userId?: number;
  }
}

/** The signed-in user of a request, set by `attachUser`. */
export function requestUser(response: express.Response): User | null {
  return (response.locals.user as User | null | undefined) ?? null;
}

function userJson(user: User) {
  return { id: String(user.id), username: user.username, displayName: user.displayName, role: user.role, permissions: permissionsOf(user) };
}

/**
 * Finds the request's user: a bearer API token (scripts), else the session (the dashboard). A
 * disabled user counts as signed out.
 */
export function attachUser(db: Kysely<Database>): express.RequestHandler {
  return async (request, response, next) => {
    try {
      const header = request.get('authorization');
      let user: User | null = null;
      if (header?.startsWith('Bearer ')) user = await userFromApiToken(db, header.slice('Bearer '.length).trim());
      else if (request.session?.userId !== undefined) {
        const [found] = await findUsersByIds(db, [request.session.userId]);
        user = found && !found.disabled ? found : null;
      }
      response.locals.user = user;
      next();
    } catch (error) {
      next(error);
    }
  };
}

/**
 * `POST /api/session` signs in with `{ username, password }` (JSON only, so a cross-site form cannot
 * post it without a preflight); failed attempts are rate-limited per address. `DELETE` signs out.
 */
export function sessionRouter(db: Kysely<Database>, options: { signInAttemptsPerWindow: number }): express.Router {
  const router = express.Router();
  const limiter = rateLimit({
    windowMs: 15 * 60 * 1000,
    limit: options.signInAttemptsPerWindow,
    skipSuccessfulRequests: true,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    message: { error: 'Too many failed sign-ins from this address. Wait 15 minutes and try again.' },
  });
  router.post('/api/session', limiter, express.json({ limit: '10kb' }), async (request, response) => {
    if (!request.is('application/json')) {
      response.status(415).json({ error: 'Send the username and password as JSON.' });
      return;
    }
    const { username, password } = (request.body ?? {}) as { username?: unknown; password?: unknown };
    if (typeof username !== 'string' || typeof password !== 'string' || username === '' || password === '') {
      response.status(400).json({ error: 'Give a username and a password.' });
      return;
    }
    const user = await authenticate(db, username, password);
    if (!user) {
      await recordAudit(db, { actor: username.slice(0, 60), action: 'signInFailed', entityType: 'User', summary: `failed sign-in as "${username.slice(0, 60)}"` });
      response.status(401).json({ error: 'The username or password is wrong.' });
      return;
    }
    // A new session id at sign-in, so a session id planted before cannot be used after (fixation).
    // Awaited here, so that a failing session store or audit write reaches Express's error handler
    // instead of escaping from a callback.
    try {
      await new Promise<void>((resolve, reject) => request.session.regenerate((error) => (error ? reject(error) : resolve())));
      request.session.userId = user.id;
      await new Promise<void>((resolve, reject) => request.session.save((error) => (error ? reject(error) : resolve())));
    } catch {
      response.status(500).json({ error: 'Signing in failed; try again.' });
      return;
    }
    await recordAudit(db, { actor: user.username, action: 'signIn', entityType: 'User', entityId: String(user.id), summary: `${user.username} signed in` });
    response.json({ user: userJson(user) });
  });
  router.delete('/api/session', async (request, response) => {
    const user = requestUser(response);
    await new Promise<void>((resolve, reject) => request.session.destroy((error) => (error ? reject(error) : resolve())));
    if (user) await recordAudit(db, { actor: user.username, action: 'signOut', entityType: 'User', entityId: String(user.id), summary: `${user.username} signed out` });
    response.status(204).end();
  });
  return router;
}
