import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { firstError, startTestServer, type TestServer } from '../test/test-server';
import { createUser, editUser } from './user-service';

let server: TestServer;
const PASSWORD = 'correct horse battery staple';
beforeAll(async () => {
  server = await startTestServer({ signInAttemptsPerWindow: 4 });
  await createUser(server.database.db, { username: 'maija', displayName: 'Maija Meikäläinen', role: 'ANALYST', password: PASSWORD });
});
afterAll(() => server.close());

function signIn(username: string, password: string, contentType = 'application/json') {
  return fetch(`${server.url}api/session`, {
    method: 'POST',
    headers: { 'content-type': contentType },
    body: contentType === 'application/json' ? JSON.stringify({ username, password }) : `username=${username}&password=${password}`,
  });
}

function cookieOf(response: Response): string {
  const header = response.headers.get('set-cookie') ?? '';
  return header.split(';')[0] ?? '';
}

async function viewerWith(cookie: string) {
  const response = await fetch(`${server.url}graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query: '{ viewer { username role permissions } }' }),
  });
  return ((await response.json()) as { data: { viewer: { username: string; role: string; permissions: string[] } | null } }).data.viewer;
}

const auditActions = () =>
  (server.database.sqlite.prepare(`select actor, action from audit_event where action like 'sign%' order by id`).all() as Array<{ actor: string; action: string }>).map(
    (event) => `${event.actor}:${event.action}`,
  );

describe('password sign-in with a server session', () => {
  test('signs in, sets an httpOnly SameSite cookie, and the cookie identifies the user', async () => {
    const response = await signIn('maija', PASSWORD);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ user: { username: 'maija', role: 'ANALYST', permissions: ['LOAD_DATA', 'EDIT_INDICATORS'] } });
    const setCookie = response.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^mittaristo\.sid=/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(await viewerWith(cookieOf(response))).toEqual({ username: 'maija', role: 'ANALYST', permissions: ['LOAD_DATA', 'EDIT_INDICATORS'] });
  });

  test('a session id from before sign-in is not the one after (no session fixation)', async () => {
    const first = cookieOf(await signIn('maija', PASSWORD));
    const second = cookieOf(await signIn('maija', PASSWORD));
    expect(first).not.toBe(second);
  });

  test('signing out ends the session', async () => {
    const cookie = cookieOf(await signIn('maija', PASSWORD));
    const out = await fetch(`${server.url}api/session`, { method: 'DELETE', headers: { cookie } });
    expect(out.status).toBe(204);
    expect(await viewerWith(cookie)).toBeNull();
  });

  test('the dashboard’s files are served without loading or renewing the session', async () => {
    const cookie = cookieOf(await signIn('maija', PASSWORD));
    server.resetStatementCount();
    const page = await fetch(server.url, { headers: { cookie } });
    expect(page.status).toBe(200);
    expect(page.headers.get('set-cookie')).toBeNull();
    expect(server.statementCount()).toBe(0);
  });

  test('a wrong password and an unknown user get the same answer and no cookie', async () => {
    const wrongPassword = await signIn('maija', 'wrong password!');
    const unknownUser = await signIn('nobody', 'wrong password!');
    for (const response of [wrongPassword, unknownUser]) {
      expect(response.status).toBe(401);
      expect(response.headers.get('set-cookie')).toBeNull();
      expect(await response.json()).toEqual({ error: 'The username or password is wrong.' });
    }
  });

  test('a disabled user cannot sign in', async () => {
    const user = await createUser(server.database.db, { username: 'former', displayName: 'Former', role: 'VIEWER', password: PASSWORD });
    await editUser(server.database.db, String(user.id), { disabled: true }, server.users.ADMIN);
    expect((await signIn('former', PASSWORD)).status).toBe(401);
  });

  test('only JSON is accepted, so a cross-site form cannot sign anyone in', async () => {
    expect((await signIn('maija', PASSWORD, 'application/x-www-form-urlencoded')).status).toBe(415);
  });

  test('sign-ins and failures are in the audit trail', () => {
    const actions = auditActions();
    expect(actions).toContain('maija:signIn');
    expect(actions).toContain('maija:signOut');
    expect(actions).toContain('nobody:signInFailed');
  });
});

describe('a new password ends the user’s other sessions', () => {
  // A server of its own: the tests above have used up the first one's failed sign-ins.
  let own: TestServer;
  beforeAll(async () => {
    own = await startTestServer();
    await createUser(own.database.db, { username: 'maija', displayName: 'Maija Meikäläinen', role: 'ANALYST', password: PASSWORD });
  });
  afterAll(() => own.close());
  const signInHere = (username: string, password: string) =>
    fetch(`${own.url}api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
  const viewerHere = async (cookie: string) => (await graphqlWith(cookie, '{ viewer { username } }')).data?.viewer ?? null;

  /** Posts a GraphQL operation with a session cookie, as the dashboard does. */
  async function graphqlWith(cookie: string, query: string, variables: Record<string, unknown> = {}) {
    const response = await fetch(`${own.url}graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data?: Record<string, any> | null; errors?: Array<{ message: string; extensions?: { code?: string } }> };
  }
  const setPassword = (cookie: string, id: string, password: string) =>
    graphqlWith(cookie, `mutation ($id: ID!, $password: String!) { updateUser(id: $id, input: { password: $password }) { id } }`, { id, password });
  /** A write only an admin may do; refused to anyone signed out. */
  const adminWrite = (cookie: string) => graphqlWith(cookie, `mutation { createApiToken(input: { userId: "${own.users.VIEWER.id}", name: "from a session" }) { token } }`);

  test('a user who changes their own password stays signed in here and is signed out everywhere else', async () => {
    const admin = await createUser(own.database.db, { username: 'pirkko', displayName: 'Pirkko', role: 'ADMIN', password: PASSWORD });
    const here = cookieOf(await signInHere('pirkko', PASSWORD));
    const elsewhere = cookieOf(await signInHere('pirkko', PASSWORD));
    const someoneElse = cookieOf(await signInHere('maija', PASSWORD));
    expect(await viewerHere(elsewhere)).toMatchObject({ username: 'pirkko' });

    const changed = await setPassword(here, String(admin.id), 'a brand new passphrase');
    expect(changed.errors).toBeUndefined();

    expect(await viewerHere(elsewhere)).toBeNull();
    expect((await adminWrite(elsewhere)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await viewerHere(here)).toMatchObject({ username: 'pirkko' });
    expect((await adminWrite(here)).errors).toBeUndefined();
    // Only this user's sessions end.
    expect(await viewerHere(someoneElse)).toMatchObject({ username: 'maija' });
    expect((await signInHere('pirkko', 'a brand new passphrase')).status).toBe(200);
  });

  test('an admin who sets another user’s password signs that user out of every session, and only a password change does', async () => {
    const user = await createUser(own.database.db, { username: 'kalle', displayName: 'Kalle', role: 'VIEWER', password: PASSWORD });
    const first = cookieOf(await signInHere('kalle', PASSWORD));
    const second = cookieOf(await signInHere('kalle', PASSWORD));
    await createUser(own.database.db, { username: 'aino', displayName: 'Aino', role: 'ADMIN', password: PASSWORD });
    const admin = cookieOf(await signInHere('aino', PASSWORD));

    expect((await graphqlWith(admin, `mutation ($id: ID!) { updateUser(id: $id, input: { displayName: "Kalle K." }) { id } }`, { id: String(user.id) })).errors).toBeUndefined();
    expect(await viewerHere(first)).toMatchObject({ username: 'kalle' });

    expect((await setPassword(admin, String(user.id), 'another long passphrase')).errors).toBeUndefined();
    expect(await viewerHere(first)).toBeNull();
    expect(await viewerHere(second)).toBeNull();
    expect(await viewerHere(admin)).toMatchObject({ username: 'aino' });
  });
});

describe('rate limiting', () => {
  test('after a few failed sign-ins from one address, further attempts get 429 for a while', async () => {
    const limited = await startTestServer({ signInAttemptsPerWindow: 3 });
    try {
      const attempt = () =>
        fetch(`${limited.url}api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'x', password: 'y' }) });
      const statuses = [];
      for (let index = 0; index < 5; index += 1) statuses.push((await attempt()).status);
      expect(statuses).toEqual([401, 401, 401, 429, 429]);
      expect(((await (await attempt()).json()) as { error: string }).error).toMatch(/Too many failed sign-ins/);
    } finally {
      await limited.close();
    }
  });
});

describe('API tokens', () => {
  test('a token authenticates as its user; a revoked token does not', async () => {
    const { createApiToken: created } = await server.data<{ createApiToken: { token: string; apiToken: { id: string } } }>(
      `mutation ($u: ID!) { createApiToken(input: { userId: $u, name: "nightly load" }) { token apiToken { id name } } }`,
      { u: String(server.users.ANALYST.id) },
    );
    expect(created.token).toMatch(/^mtr_/);
    const viewer = async () =>
      (
        (await (
          await fetch(`${server.url}graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${created.token}` },
            body: JSON.stringify({ query: '{ viewer { username } }' }),
          })
        ).json()) as { data: { viewer: { username: string } | null } }
      ).data.viewer;
    expect(await viewer()).toEqual({ username: server.users.ANALYST.username });
    // Only the token's hash is stored.
    expect(JSON.stringify(server.database.sqlite.prepare('select * from api_token').all())).not.toContain(created.token);
    await server.data(`mutation ($id: ID!) { revokeApiToken(id: $id) }`, { id: created.apiToken.id });
    expect(await viewer()).toBeNull();
  });
});

describe('the API’s own protections', () => {
  test('CSRF prevention: a mutation sent as a simple cross-site request is refused', async () => {
    const response = await fetch(`${server.url}graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', authorization: `Bearer ${server.tokens.ADMIN}` },
      body: JSON.stringify({ query: 'mutation { createIndicator(input: { code: "csrf:x", name: { fi: "x" }, unit: "%", decimals: 0, direction: HIGHER_IS_BETTER, frequency: YEAR, source: "x" }) { id } }' }),
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/i);
    expect(server.database.sqlite.prepare(`select count(*) as n from indicator where code = 'csrf:x'`).get()).toEqual({ n: 0 });
  });

  test('a query nested too deep is refused before it runs', async () => {
    const levels = 20;
    const nested = `${'goals { parent { '.repeat(levels / 2)}id${' } }'.repeat(levels / 2)}`;
    const result = await server.graphql(`{ strategies { ${nested} } }`);
    expect(firstError(result).code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(firstError(result).message).toMatch(/depth/i);
  });

  test('a query too costly is refused before it runs', async () => {
    const result = await server.graphql(`{ indicators(first: 100000) { edges { node { code } } } }`);
    expect(firstError(result).code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(firstError(result).message).toMatch(/cost/i);
  });
});

describe('reading may require sign-in', () => {
  test('with REQUIRE_SIGN_IN, reading needs a user, but asking who is signed in does not', async () => {
    const closed = await startTestServer({ requireSignIn: true });
    try {
      const anonymous = await closed.graphql(`{ strategies { id } }`, {}, 'anonymous');
      expect(firstError(anonymous).code).toBe('UNAUTHENTICATED');
      expect((await closed.graphql(`{ viewer { username } }`, {}, 'anonymous')).data?.viewer).toBeNull();
      expect((await closed.graphql(`{ strategies { id } }`, {}, 'VIEWER')).errors).toBeUndefined();
    } finally {
      await closed.close();
    }
    // Open by default.
    expect((await server.graphql(`{ strategies { id } }`, {}, 'anonymous')).errors).toBeUndefined();
  });
});
