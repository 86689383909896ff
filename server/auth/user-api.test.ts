import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { firstError, startTestServer, type TestServer } from '../test/test-server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const CREATE = `mutation ($input: CreateUserInput!) { createUser(input: $input) { id username displayName role permissions disabled } }`;

describe('users', () => {
  test('an admin creates a user, changes the role and disables them', async () => {
    const { createUser } = await server.data<{ createUser: any }>(CREATE, {
      input: { username: 'liisa', displayName: 'Liisa Laaksonen', role: 'GOAL_OWNER', password: 'a long passphrase' },
    });
    expect(createUser).toMatchObject({ username: 'liisa', role: 'GOAL_OWNER', permissions: ['WRITE_ASSESSMENTS'], disabled: false });
    const { updateUser } = await server.data<{ updateUser: any }>(
      `mutation ($id: ID!) { updateUser(id: $id, input: { role: BOARD, disabled: true }) { role permissions disabled } }`,
      { id: createUser.id },
    );
    expect(updateUser).toEqual({ role: 'BOARD', permissions: [], disabled: true });
    const { users } = await server.data<{ users: Array<{ username: string }> }>(`{ users { username } }`);
    expect(users.map((user) => user.username)).toContain('liisa');
  });

  test('bad usernames, short passwords and a taken username are named', async () => {
    const attempt = (input: Record<string, unknown>) =>
      server.graphql(CREATE, { input: { username: 'ville', displayName: 'V', role: 'VIEWER', password: 'long enough!', ...input } });
    expect(firstError(await attempt({ username: 'Ville Virtanen' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.username' });
    expect(firstError(await attempt({ password: 'short' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.password' });
    await server.data(CREATE, { input: { username: 'ville', displayName: 'V', role: 'VIEWER', password: 'long enough!' } });
    expect(firstError(await attempt({}))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.username' });
    expect(firstError(await server.graphql(`mutation { updateUser(id: "99999", input: { role: VIEWER }) { id } }`))).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
  });

  test('an admin cannot remove their own admin role', async () => {
    const result = await server.graphql(`mutation ($id: ID!) { updateUser(id: $id, input: { role: VIEWER }) { id } }`, { id: String(server.users.ADMIN.id) });
    expect(firstError(result).code).toBe('CONFLICT');
  });

  test('only admins list users and see others’ tokens; anyone sees who they are', async () => {
    expect(firstError(await server.graphql(`{ users { id } }`, {}, 'BOARD')).code).toBe('FORBIDDEN');
    const { viewer } = await server.data<{ viewer: { username: string; apiTokens: Array<{ name: string }> } }>(`{ viewer { username apiTokens { name } } }`, {}, 'ANALYST');
    expect(viewer).toEqual({ username: server.users.ANALYST.username, apiTokens: [{ name: 'tests' }] });
  });
});
