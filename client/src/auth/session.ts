import type { Permission, Role } from '../graphql/generated/graphql';

/** The user `POST /api/session` answers with (the same fields as GraphQL's `viewer`). */
export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  permissions: Permission[];
}

export type SignInFailure = 'invalid' | 'rateLimited' | 'network' | 'server';

export class SignInError extends Error {
  constructor(
    readonly failure: SignInFailure,
    message: string,
  ) {
    super(message);
    this.name = 'SignInError';
  }
}

function isSessionUser(value: unknown): value is SessionUser {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate.id === 'string' && typeof candidate.username === 'string' && typeof candidate.role === 'string' && Array.isArray(candidate.permissions);
}

function errorText(body: unknown, response: Response): string {
  if (typeof body === 'object' && body !== null && typeof (body as { error?: unknown }).error === 'string') return (body as { error: string }).error;
  return `HTTP ${response.status} ${response.statusText}`.trim();
}

/**
 * Password sign-in. The server answers with a session cookie (httpOnly, SameSite=Lax) that the
 * browser sends with every later request on this origin; the JSON content type keeps cross-site
 * forms from posting here without a CORS preflight.
 */
export async function signIn(username: string, password: string, fetchImpl: typeof fetch = fetch): Promise<SessionUser> {
  let response: Response;
  try {
    response = await fetchImpl('/api/session', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
  } catch (error) {
    throw new SignInError('network', error instanceof Error ? error.message : String(error));
  }
  const body: unknown = await response.json().catch(() => null);
  if (response.status === 401) throw new SignInError('invalid', errorText(body, response));
  if (response.status === 429) throw new SignInError('rateLimited', errorText(body, response));
  if (!response.ok) throw new SignInError('server', errorText(body, response));
  const user = typeof body === 'object' && body !== null ? (body as { user?: unknown }).user : undefined;
  if (!isSessionUser(user)) throw new SignInError('server', `HTTP ${response.status}: unexpected answer`);
  return user;
}

/** Ends the session. A session that had already expired is signed out all the same. */
export async function signOut(fetchImpl: typeof fetch = fetch): Promise<void> {
  const response = await fetchImpl('/api/session', { method: 'DELETE', credentials: 'same-origin' });
  if (!response.ok && response.status !== 401) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
}
