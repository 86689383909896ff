import { describe, expect, test, vi } from 'vitest';
import { SignInError, signIn, signOut } from './session';

function answer(status: number, body?: unknown): typeof fetch {
  return vi.fn(async () => new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }));
}

const user = { id: '4', username: 'board', displayName: 'Hilkka Hallitus', role: 'BOARD', permissions: ['OPEN_REVIEWS', 'APPROVE_REVIEWS'] };

describe('signIn', () => {
  test('posts the credentials as JSON with the cookie policy and answers the user', async () => {
    const fetchMock = answer(200, { user });
    await expect(signIn('board', 'demo-board', fetchMock)).resolves.toEqual(user);
    const [url, init] = vi.mocked(fetchMock).mock.calls[0]!;
    expect(url).toBe('/api/session');
    expect(init?.method).toBe('POST');
    expect(init?.credentials).toBe('same-origin');
    expect(init?.headers).toMatchObject({ 'content-type': 'application/json' });
    expect(JSON.parse(String(init?.body))).toEqual({ username: 'board', password: 'demo-board' });
  });

  test.each([
    [401, { error: 'wrong username or password' }, 'invalid', 'wrong username or password'],
    [429, { error: 'too many attempts' }, 'rateLimited', 'too many attempts'],
    [500, undefined, 'server', 'HTTP 500'],
  ] as const)('HTTP %i is a %s failure', async (status, body, failure, message) => {
    const error = await signIn('board', 'x', answer(status, body)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SignInError);
    expect((error as SignInError).failure).toBe(failure);
    expect((error as SignInError).message).toContain(message);
  });

  test('a network failure is reported as such', async () => {
    const error = await signIn('board', 'x', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch')))).catch((caught: unknown) => caught);
    expect((error as SignInError).failure).toBe('network');
  });

  test('an answer without a user is a server failure, not a sign-in', async () => {
    const error = await signIn('board', 'x', answer(200, { ok: true })).catch((caught: unknown) => caught);
    expect((error as SignInError).failure).toBe('server');
  });
});

describe('signOut', () => {
  test('deletes the session; an expired one (401) counts as signed out', async () => {
    const fetchMock = answer(204);
    await signOut(fetchMock);
    expect(vi.mocked(fetchMock).mock.calls[0]![1]?.method).toBe('DELETE');
    await expect(signOut(answer(401, { error: 'no session' }))).resolves.toBeUndefined();
    await expect(signOut(answer(500))).rejects.toThrow('HTTP 500');
  });
});
