import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { GoalDetailsDocument } from '../../client/src/graphql/generated/graphql';
import { createTestGoal, createTestPerspective, createTestStrategy } from '../test/factories';
import { type Caller, firstError, startTestServer, type TestServer } from '../test/test-server';

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

describe('a user reached from a goal', () => {
  let goalId: string;
  beforeAll(async () => {
    const perspectiveId = await createTestPerspective(server, await createTestStrategy(server));
    goalId = await createTestGoal(server, perspectiveId, { ownerUserId: String(server.users.GOAL_OWNER.id) });
  });
  const ask = (fields: string, as: Caller) => server.graphql<any>(`query ($id: ID!) { goal(id: $id) { ownerUser { ${fields} } } }`, { id: goalId }, as);

  test('is shown to everyone by name', async () => {
    for (const caller of ['anonymous', 'VIEWER', 'GOAL_OWNER', 'ADMIN'] as const) {
      const result = await ask('id displayName ownedGoals { id }', caller);
      expect(result.errors).toBeUndefined();
      expect(result.data.goal.ownerUser).toEqual({ id: String(server.users.GOAL_OWNER.id), displayName: 'Test GOAL_OWNER', ownedGoals: [{ id: goalId }] });
    }
  });

  test.each(['username', 'role', 'permissions', 'disabled', 'apiTokens { name }'])(
    'shows its %s to the user and to admins only',
    async (field) => {
      const anonymous = await ask(field, 'anonymous');
      expect(anonymous.data.goal.ownerUser).toBeNull();
      expect(firstError(anonymous)).toMatchObject({ code: 'UNAUTHENTICATED', message: expect.stringContaining('only to that user and to admins') });
      const viewer = await ask(field, 'VIEWER');
      expect(viewer.data.goal.ownerUser).toBeNull();
      expect(firstError(viewer)).toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('MANAGE_USERS') });
      for (const caller of ['GOAL_OWNER', 'ADMIN'] as const) {
        const result = await ask(field, caller);
        expect(result.errors).toBeUndefined();
        expect(result.data.goal.ownerUser).not.toBeNull();
      }
    },
  );

  test('the owner and an admin see the account itself', async () => {
    const expected = {
      username: server.users.GOAL_OWNER.username,
      role: 'GOAL_OWNER',
      permissions: ['WRITE_ASSESSMENTS'],
      disabled: false,
      apiTokens: [{ name: 'tests' }],
    };
    for (const caller of ['GOAL_OWNER', 'ADMIN'] as const) {
      const { goal } = await server.data<any>(`query ($id: ID!) { goal(id: $id) { ownerUser { username role permissions disabled apiTokens { name } } } }`, { id: goalId }, caller);
      expect(goal.ownerUser).toEqual(expected);
    }
  });

  test('the dashboard’s goal view asks only for what an anonymous reader may see', async () => {
    const result = await server.graphql<any>(print(GoalDetailsDocument), { id: goalId }, 'anonymous');
    expect(result.errors).toBeUndefined();
    expect(result.data.goal.ownerUser).toEqual({ id: String(server.users.GOAL_OWNER.id), displayName: 'Test GOAL_OWNER' });
  });
});
