import { readFileSync } from 'node:fs';
import { buildSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROLE_PERMISSIONS, type Permission, type Role } from '../auth/auth-model';
import { readConfig } from '../config';
import { createTestGoal, createTestIndicator, createTestPerspective, createTestStrategy } from '../test/factories';
import { ROLES, startTestServer, type Caller, type TestServer } from '../test/test-server';
import { MUTATION_RULES } from './guard';

/**
 * Every mutation is refused, with nothing written, when nobody is signed in (UNAUTHENTICATED) and
 * for every role that lacks its permission (FORBIDDEN). The calls are well-formed and point at
 * things that exist, so a refusal can only come from the role check.
 */
let server: TestServer;
let ids: Record<'strategy' | 'perspective' | 'goal' | 'indicator' | 'user', string>;

beforeAll(async () => {
  server = await startTestServer();
  const strategy = await createTestStrategy(server);
  const perspective = await createTestPerspective(server, strategy);
  const goal = await createTestGoal(server, perspective);
  const indicator = await createTestIndicator(server);
  ids = { strategy, perspective, goal, indicator, user: String(server.users.VIEWER.id) };
});
afterAll(() => server.close());

const name = { fi: 'Nimi' };
/** A call of each mutation: the operation and its variables. */
function calls(): Record<string, { query: string; variables: Record<string, unknown> }> {
  const id = (value: string) => ({ id: value });
  return {
    createStrategy: {
      query: `mutation ($input: CreateStrategyInput!) { createStrategy(input: $input) { id } }`,
      variables: { input: { organisationCode: 'HVA12', name, startYear: 2026, endYear: 2029, baselineYear: 2021 } },
    },
    updateStrategy: { query: `mutation ($id: ID!) { updateStrategy(id: $id, input: { endYear: 2030 }) { id } }`, variables: id(ids.strategy) },
    deleteStrategy: { query: `mutation ($id: ID!) { deleteStrategy(id: $id) }`, variables: id(ids.strategy) },
    copyStrategy: {
      query: `mutation ($id: ID!) { copyStrategy(id: $id, input: { name: { fi: "N" }, startYear: 2030, endYear: 2033, baselineYear: 2029 }) { id } }`,
      variables: id(ids.strategy),
    },
    publishServicePromise: {
      query: `mutation ($s: ID!) { publishServicePromise(strategyId: $s, published: true) { id } }`,
      variables: { s: ids.strategy },
    },
    reorderPerspectives: {
      query: `mutation ($s: ID!, $ids: [ID!]!) { reorderPerspectives(strategyId: $s, ids: $ids) { id } }`,
      variables: { s: ids.strategy, ids: [ids.perspective] },
    },
    reorderGoals: {
      query: `mutation ($p: ID!, $ids: [ID!]!) { reorderGoals(perspectiveId: $p, ids: $ids) { id } }`,
      variables: { p: ids.perspective, ids: [ids.goal] },
    },
    reorderServicePromiseItems: {
      query: `mutation ($s: ID!) { reorderServicePromiseItems(strategyId: $s, ids: []) { id } }`,
      variables: { s: ids.strategy },
    },
    updateGoalDescription: {
      query: `mutation ($id: ID!) { updateGoalDescription(id: $id, description: { fi: "D" }) { id } }`,
      variables: id(ids.goal),
    },
    createIndicatorFromSotkanet: {
      query: `mutation { createIndicatorFromSotkanet(input: { sotkanetId: 1244, direction: LOWER_IS_BETTER, unit: "%" }) { id } }`,
      variables: {},
    },
    createPerspective: {
      query: `mutation ($s: ID!) { createPerspective(input: { strategyId: $s, name: { fi: "N" } }) { id } }`,
      variables: { s: ids.strategy },
    },
    updatePerspective: { query: `mutation ($id: ID!) { updatePerspective(id: $id, input: { sortOrder: 3 }) { id } }`, variables: id(ids.perspective) },
    deletePerspective: { query: `mutation ($id: ID!) { deletePerspective(id: $id) }`, variables: id(ids.perspective) },
    createGoal: { query: `mutation ($p: ID!) { createGoal(input: { perspectiveId: $p, title: { fi: "T" } }) { id } }`, variables: { p: ids.perspective } },
    updateGoal: { query: `mutation ($id: ID!) { updateGoal(id: $id, input: { owner: "x" }) { id } }`, variables: id(ids.goal) },
    deleteGoal: { query: `mutation ($id: ID!) { deleteGoal(id: $id) }`, variables: id(ids.goal) },
    createServicePromiseItem: {
      query: `mutation ($s: ID!) { createServicePromiseItem(input: { strategyId: $s, text: { fi: "P" } }) { id } }`,
      variables: { s: ids.strategy },
    },
    updateServicePromiseItem: { query: `mutation { updateServicePromiseItem(id: "1", input: { sortOrder: 1 }) { id } }`, variables: {} },
    deleteServicePromiseItem: { query: `mutation { deleteServicePromiseItem(id: "1") }`, variables: {} },
    linkIndicatorToGoal: {
      query: `mutation ($g: ID!, $c: String!) { linkIndicatorToGoal(input: { goalId: $g, indicatorCode: $c }) { weight } }`,
      variables: { g: ids.goal, c: ids.indicator },
    },
    updateGoalIndicator: {
      query: `mutation ($g: ID!, $c: String!) { updateGoalIndicator(input: { goalId: $g, indicatorCode: $c, weight: 2 }) { weight } }`,
      variables: { g: ids.goal, c: ids.indicator },
    },
    unlinkIndicatorFromGoal: {
      query: `mutation ($g: ID!, $c: String!) { unlinkIndicatorFromGoal(goalId: $g, indicatorCode: $c) { weight } }`,
      variables: { g: ids.goal, c: ids.indicator },
    },
    createIndicator: {
      query: `mutation ($input: CreateIndicatorInput!) { createIndicator(input: $input) { id } }`,
      variables: { input: { code: 'guard:new', name, unit: '%', decimals: 1, direction: 'HIGHER_IS_BETTER', frequency: 'YEAR', source: 'test' } },
    },
    updateIndicator: { query: `mutation ($c: String!) { updateIndicator(code: $c, input: { decimals: 2 }) { id } }`, variables: { c: ids.indicator } },
    deleteIndicator: { query: `mutation ($c: String!) { deleteIndicator(code: $c) }`, variables: { c: ids.indicator } },
    createTarget: {
      query: `mutation ($s: ID!, $c: String!) { createTarget(input: { strategyId: $s, indicatorCode: $c, points: [{ period: "2029", value: 1 }] }) { id } }`,
      variables: { s: ids.strategy, c: ids.indicator },
    },
    updateTarget: { query: `mutation { updateTarget(id: "1", input: { baselineValue: null }) { id } }`, variables: {} },
    deleteTarget: { query: `mutation { deleteTarget(id: "1") }`, variables: {} },
    loadUpload: { query: `mutation { loadUpload(input: { uploadId: "x" }) { status } }`, variables: {} },
    undoLoad: { query: `mutation { undoLoad(id: "1") { id } }`, variables: {} },
    openReview: { query: `mutation ($s: ID!) { openReview(strategyId: $s, quarter: "2026Q3") { id } }`, variables: { s: ids.strategy } },
    writeAssessment: {
      query: `mutation ($g: ID!) { writeAssessment(input: { reviewId: "1", goalId: $g, narrative: "N" }) { id } }`,
      variables: { g: ids.goal },
    },
    approveReview: { query: `mutation { approveReview(id: "1") { id } }`, variables: {} },
    createUser: {
      query: `mutation { createUser(input: { username: "new-user", displayName: "U", role: VIEWER, password: "long enough password" }) { id } }`,
      variables: {},
    },
    updateUser: { query: `mutation ($id: ID!) { updateUser(id: $id, input: { role: ADMIN }) { id } }`, variables: id(ids.user) },
    createApiToken: {
      query: `mutation ($u: ID!) { createApiToken(input: { userId: $u, name: "t" }) { token } }`,
      variables: { u: ids.user },
    },
    revokeApiToken: { query: `mutation { revokeApiToken(id: "1") }`, variables: {} },
  };
}

/** Everything the database holds but sessions (the audit trail too): a refused mutation changes none of it. */
function fingerprint(): string {
  const tables = (server.database.sqlite.prepare(`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name <> 'session' order by name`).all() as Array<{ name: string }>).map(
    (row) => row.name,
  );
  // A token's last use is bookkeeping of the request itself, not data the mutation could change.
  const columns = (table: string) => (table === 'api_token' ? 'id, user_id, name, token_hash, created_at' : '*');
  return JSON.stringify(tables.map((table) => [table, server.database.sqlite.prepare(`select ${columns(table)} from "${table}"`).all()]));
}

const schemaMutations = Object.keys(buildSchema(readFileSync(readConfig({}).schemaFile, 'utf8')).getMutationType()?.getFields() ?? {}).sort();

test('the rules and this test cover every mutation of the schema', () => {
  expect(Object.keys(MUTATION_RULES).sort()).toEqual(schemaMutations);
  expect(Object.keys(calls()).sort()).toEqual(schemaMutations);
});

describe.each(schemaMutations)('%s', (mutation) => {
  const rule = MUTATION_RULES[mutation as keyof typeof MUTATION_RULES].permission;
  const permissions: readonly Permission[] = typeof rule === 'string' ? [rule] : rule;
  const permission = permissions.join(' or ');
  const refusedRoles = ROLES.filter((role: Role) => !permissions.some((needed) => ROLE_PERMISSIONS[role].includes(needed)));
  const cases: Array<[Caller, string]> = [['anonymous', 'UNAUTHENTICATED'], ...refusedRoles.map((role): [Caller, string] => [role, 'FORBIDDEN'])];

  test.each(cases)(`is refused for %s (%s) and changes nothing — it needs ${permission}`, async (caller, code) => {
    const { query, variables } = calls()[mutation]!;
    const before = fingerprint();
    const result = await server.graphql(query, variables, caller);
    expect(result.errors?.[0]?.extensions?.code).toBe(code);
    expect(result.data?.[mutation] ?? null).toBeNull();
    expect(fingerprint()).toBe(before);
  });
});

describe('the roles, as the product defines them', () => {
  const rolesWith = (permission: string) => ROLES.filter((role) => (ROLE_PERMISSIONS[role] as readonly string[]).includes(permission));
  test.each([
    // viewer reads; analyst loads and edits indicators and targets; goal owner writes assessments;
    // board approves; strategy editor keeps a strategy with its indicators and targets; admin manages
    // users and strategies (and may load, edit indicators, open reviews).
    ['LOAD_DATA', ['ANALYST', 'ADMIN']],
    ['EDIT_INDICATORS', ['ANALYST', 'STRATEGY_EDITOR', 'ADMIN']],
    ['EDIT_STRATEGY', ['STRATEGY_EDITOR', 'ADMIN']],
    ['WRITE_ASSESSMENTS', ['GOAL_OWNER']],
    ['OPEN_REVIEWS', ['BOARD', 'ADMIN']],
    ['APPROVE_REVIEWS', ['BOARD']],
    ['MANAGE_USERS', ['ADMIN']],
    ['READ_AUDIT', ['ADMIN']],
  ])('%s is for %j', (permission, roles) => {
    expect(rolesWith(permission)).toEqual(roles);
  });

  test('a viewer may do nothing but read', () => {
    expect(ROLE_PERMISSIONS.VIEWER).toEqual([]);
  });
});
