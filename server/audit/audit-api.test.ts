import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { LOAD_UPLOAD, upload } from '../loads/test-support';
import { createTestIndicator } from '../test/factories';
import { firstError, startTestServer, type TestServer } from '../test/test-server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const EVENTS = `query ($filter: AuditFilter, $first: Int, $after: String) { auditEvents(filter: $filter, first: $first, after: $after) {
  nodes { id at actor action entityType entityId summary details } pageInfo { hasNextPage endCursor } } }`;

type Event = { id: string; at: string; actor: string; action: string; entityType: string | null; entityId: string | null; summary: string; details: string | null };

async function events(filter: Record<string, unknown> = {}, first = 50, after?: string) {
  return (await server.data<{ auditEvents: { nodes: Event[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } }>(EVENTS, { filter, first, after })).auditEvents;
}

describe('the audit trail', () => {
  test('records every write with who, when, what and the input given', async () => {
    const before = Date.now();
    const code = await createTestIndicator(server, { code: 'audit:one' });
    await server.data(`mutation ($c: String!) { updateIndicator(code: $c, input: { decimals: 3 }) { code } }`, { c: code }, 'ANALYST');
    const [update, create] = (await events()).nodes;
    expect(create).toMatchObject({ actor: server.users.ADMIN.username, action: 'createIndicator', entityType: 'Indicator', entityId: 'audit:one', summary: 'created indicator audit:one' });
    expect(update).toMatchObject({ actor: server.users.ANALYST.username, action: 'updateIndicator', entityId: 'audit:one', summary: 'updated indicator audit:one' });
    expect(JSON.parse(update!.details ?? '{}')).toEqual({ code: 'audit:one', input: { decimals: 3 } });
    expect(Date.parse(update!.at)).toBeGreaterThanOrEqual(before - 1000);
  });

  test('never records a password', async () => {
    await server.data(`mutation { createUser(input: { username: "salainen", displayName: "S", role: VIEWER, password: "very secret words" }) { id } }`);
    const [created] = (await events({ action: 'createUser' })).nodes;
    expect(created?.details).toContain('[not recorded]');
    expect(JSON.stringify(await events())).not.toContain('very secret words');
  });

  test('a refused write leaves no event', async () => {
    const count = (await events({}, 200)).nodes.length;
    const refused = await server.graphql(`mutation { createUser(input: { username: "nope", displayName: "N", role: ADMIN, password: "long enough pass" }) { id } }`, {}, 'ANALYST');
    expect(firstError(refused).code).toBe('FORBIDDEN');
    expect((await events({}, 200)).nodes.length).toBe(count);
  });

  test('filters by actor, action, entity type and time, and pages newest first', async () => {
    for (let index = 0; index < 3; index += 1) await createTestIndicator(server, { code: `audit:page-${index}` }, );
    const byAnalyst = await events({ actor: server.users.ANALYST.username });
    expect(byAnalyst.nodes.map((event) => event.action)).toEqual(['updateIndicator']);
    const userEvents = (await events({ entityType: 'User' })).nodes;
    // Not vacuous: the user created above is one.
    expect(userEvents.length).toBeGreaterThan(0);
    expect(userEvents.every((event) => event.entityType === 'User')).toBe(true);
    expect((await events({ from: new Date(Date.now() + 60_000).toISOString() })).nodes).toEqual([]);
    const all = (await events({ action: 'createIndicator' }, 200)).nodes;
    const first = await events({ action: 'createIndicator' }, 2);
    const second = await events({ action: 'createIndicator' }, 2, first.pageInfo.endCursor ?? undefined);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect([...first.nodes, ...second.nodes].map((event) => event.id)).toEqual(all.slice(0, 4).map((event) => event.id));
    expect(all.map((event) => Number(event.id))).toEqual([...all.map((event) => Number(event.id))].sort((a, b) => b - a));
  });

  test('refuses a page too large and a cursor it did not give', async () => {
    expect(firstError(await server.graphql(EVENTS, { first: 201 }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(firstError(await server.graphql(EVENTS, { after: '!!' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  test('only admins read it', async () => {
    expect(firstError(await server.graphql(EVENTS, {}, 'BOARD')).code).toBe('FORBIDDEN');
    expect(firstError(await server.graphql(EVENTS, {}, 'anonymous')).code).toBe('UNAUTHENTICATED');
  });

  test('a load is recorded with its counts; its dry run, which writes nothing, is not', async () => {
    const code = await createTestIndicator(server, { code: 'audit:load' });
    const sent = await upload(server, `indicator,area,period,value\n${code},091,2020,1\n`, 'audit.csv');
    await server.data(LOAD_UPLOAD, { input: { uploadId: sent.body.uploadId, dryRun: true } }, 'ANALYST');
    await server.data(LOAD_UPLOAD, { input: { uploadId: sent.body.uploadId } }, 'ANALYST');
    const loads = (await events({ action: 'loadUpload' })).nodes;
    expect(loads).toHaveLength(1);
    expect(loads[0]).toMatchObject({
      actor: server.users.ANALYST.username,
      entityType: 'Load',
      summary: 'loaded audit.csv (long-csv): committed; 1 inserted, 0 updated, 0 unchanged, 0 rejected',
    });
  });
});
