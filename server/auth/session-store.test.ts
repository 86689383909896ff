import type session from 'express-session';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startTestServer, type TestServer } from '../test/test-server';
import { DatabaseSessionStore } from './session-store';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const sessionExpiring = (at: number) => ({ cookie: { expires: new Date(at), originalMaxAge: null } }) as unknown as session.SessionData;
const call = (run: (done: (error?: unknown) => void) => void) =>
  new Promise<void>((resolve, reject) => run((error) => (error ? reject(error) : resolve())));
const storedExpiry = (sid: string) =>
  (server.database.sqlite.prepare(`select expires_at as expiresAt from session where sid = ?`).get(sid) as { expiresAt: number }).expiresAt;

test('a session is touched in the database at most once a minute, however many requests it makes', async () => {
  const store = new DatabaseSessionStore(server.database.db);
  const start = Date.now() + 60 * 60 * 1000;
  await call((done) => store.set('touched', sessionExpiring(start), done));

  await call((done) => store.touch('touched', sessionExpiring(start + 1000), done));
  expect(storedExpiry('touched')).toBe(start + 1000);
  // The next request's touch within the minute writes nothing (it would wait for the write lock).
  await call((done) => store.touch('touched', sessionExpiring(start + 2000), done));
  expect(storedExpiry('touched')).toBe(start + 1000);

  // Another session is touched on its own schedule.
  await call((done) => store.set('other', sessionExpiring(start), done));
  await call((done) => store.touch('other', sessionExpiring(start + 3000), done));
  expect(storedExpiry('other')).toBe(start + 3000);
});
