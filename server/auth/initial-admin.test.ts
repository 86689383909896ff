import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readConfig } from '../config';
import { prepareDatabase } from '../setup';
import { startTestServer, type TestServer } from '../test/test-server';

/**
 * SEED_DEMO=0 leaves a database without users, and only an admin can add one: ADMIN_USERNAME and
 * ADMIN_PASSWORD create the first admin at start.
 */
const FIRST = { username: 'first-admin', password: 'a long first passphrase' };

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ initialAdmin: FIRST });
});
afterAll(() => server.close());

function signIn(username: string, password: string) {
  return fetch(`${server.url}api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
}

describe('the first admin from ADMIN_USERNAME and ADMIN_PASSWORD', () => {
  test('is created into a database without users and signs in as an admin', async () => {
    const response = await signIn(FIRST.username, FIRST.password);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ user: { username: 'first-admin', role: 'ADMIN', permissions: expect.arrayContaining(['MANAGE_USERS', 'EDIT_STRATEGY']) } });
    const events = server.database.sqlite.prepare(`select actor, summary from audit_event where action = 'createUser'`).all();
    expect(events).toEqual([{ actor: 'system', summary: 'created the first admin first-admin from ADMIN_USERNAME' }]);
  });

  test('a restart with other settings changes nobody: users exist', async () => {
    const before = server.database.sqlite.prepare('select count(*) as n from app_user').get();
    await prepareDatabase(server.database, {
      dataDirectory: server.dataDirectory,
      seedDemoIfEmpty: false,
      initialAdmin: { username: FIRST.username, password: 'another long passphrase' },
    });
    await prepareDatabase(server.database, { dataDirectory: server.dataDirectory, seedDemoIfEmpty: false, initialAdmin: { username: 'second-admin', password: 'a third long passphrase' } });
    expect(server.database.sqlite.prepare('select count(*) as n from app_user').get()).toEqual(before);
    expect((await signIn(FIRST.username, 'another long passphrase')).status).toBe(401);
    expect((await signIn('second-admin', 'a third long passphrase')).status).toBe(401);
    expect((await signIn(FIRST.username, FIRST.password)).status).toBe(200);
  });
});

describe('the settings', () => {
  test('are read together, and one without the other is refused', () => {
    expect(readConfig({}).initialAdmin).toBeNull();
    expect(readConfig({ ADMIN_USERNAME: 'root', ADMIN_PASSWORD: 'long enough pass' }).initialAdmin).toEqual({ username: 'root', password: 'long enough pass' });
    expect(() => readConfig({ ADMIN_USERNAME: 'root' })).toThrow('ADMIN_USERNAME and ADMIN_PASSWORD must be set together');
    expect(() => readConfig({ ADMIN_PASSWORD: 'long enough pass' })).toThrow('ADMIN_USERNAME and ADMIN_PASSWORD must be set together');
  });

  test('a password too short to be one stops the start, naming the setting', async () => {
    await expect(startTestServer({ initialAdmin: { username: 'root', password: 'short' } })).rejects.toThrow(/ADMIN_PASSWORD: must be at least 10 characters/);
  });
});
