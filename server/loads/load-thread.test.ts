/**
 * Loads and undos run off the request thread, over real HTTP: while one is at work, other requests
 * are answered. To be sure a load is still at work when they are sent, the test holds the
 * database's write lock on a connection of its own (as a long command-line load would): the load
 * then waits at its write until the lock is released, however fast the machine.
 */
import SqliteDatabase from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createUser } from '../auth/user-service';
import { createTestIndicator } from '../test/factories';
import { startTestServer, type GraphQLResponse, type TestServer } from '../test/test-server';
import { currentValues, LOAD_UPLOAD, upload, type GraphQLLoadReport } from './test-support';

let server: TestServer;
let code: string;
let municipalities: string[];
/** A signed-in analyst's session cookie (see graphqlInSession). */
let cookie: string;

beforeAll(async () => {
  server = await startTestServer();
  code = await createTestIndicator(server);
  municipalities = server.database.sqlite.prepare(`select code from area where kind = 'MUNICIPALITY' order by code`).pluck().all() as string[];
  const password = 'a long enough password';
  await createUser(server.database.db, { username: 'lotta', displayName: 'Lotta Lataaja', role: 'ANALYST', password });
  const signIn = await fetch(`${server.url}api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'lotta', password }),
  });
  expect(signIn.status).toBe(200);
  cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
});
afterAll(() => server.close());

/**
 * A GraphQL request in the analyst's session. A session, not an API token: signing in with a token
 * marks it used, a write, which would itself wait for the lock the test holds. A session is only
 * read until the response is sent.
 */
async function graphqlInSession<Data>(query: string, variables: Record<string, unknown>): Promise<GraphQLResponse<Data>> {
  const response = await fetch(`${server.url}graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse<Data>;
}

/** Takes the database's write lock on a connection of its own; returns the function that releases it. */
function holdWriteLock(): () => void {
  const connection = new SqliteDatabase(server.database.file);
  connection.exec('begin immediate');
  return () => {
    connection.exec('rollback');
    connection.close();
  };
}

/**
 * Many more round trips than a load or an undo takes to reach its write: on the request thread it
 * would get there first, and then no health check would be answered until its write was done.
 */
const HEALTH_CHECKS = 50;

/** Sends health checks one after another; each must be answered while `work` is still unsettled. */
async function expectAnsweredWhile(work: Promise<unknown>): Promise<void> {
  let settled = false;
  void work.finally(() => {
    settled = true;
  });
  for (let check = 0; check < HEALTH_CHECKS; check += 1) {
    const response = await fetch(`${server.url}healthz`);
    expect(await response.json()).toEqual({ ok: true });
    expect(settled, `health check ${check + 1} was answered only after the work had ended`).toBe(false);
  }
}

/** Ten years of values for every municipality: a file of a few thousand valid rows. */
function valuesFile(value: (row: number) => number): string {
  const rows = municipalities.flatMap((area, index) => Array.from({ length: 10 }, (_, year) => `${code},${area},${2010 + year},${value(index * 10 + year)}`));
  return `indicator,area,period,value\n${rows.join('\n')}\n`;
}

describe('the server answers while a load or an undo is at work', () => {
  let loadId: string;

  test('a load: other requests are answered until it can write, and then it writes', async () => {
    const sent = await upload(server, valuesFile((row) => row % 100));
    expect(sent.status).toBe(201);

    const release = holdWriteLock();
    const loading = graphqlInSession<{ loadUpload: GraphQLLoadReport }>(LOAD_UPLOAD, { input: { uploadId: sent.body.uploadId } });
    try {
      await expectAnsweredWhile(loading);
    } finally {
      release();
    }
    const report = (await loading).data?.loadUpload;
    expect(report).toMatchObject({ status: 'COMMITTED', inserted: municipalities.length * 10, rejected: 0, load: { createdBy: 'lotta' } });
    loadId = report?.load?.id ?? '';
    expect(currentValues(server, [code]).get(`${code}|091|0|2015`)).toBe((municipalities.indexOf('091') * 10 + 5) % 100);
  });

  test('an undo: other requests are answered until it can write, and then it restores', async () => {
    const release = holdWriteLock();
    const undoing = graphqlInSession<{ undoLoad: { undoOf: { id: string } } }>(`mutation ($id: ID!) { undoLoad(id: $id) { undoOf { id } } }`, {
      id: loadId,
    });
    try {
      await expectAnsweredWhile(undoing);
    } finally {
      release();
    }
    expect(await undoing).toEqual({ data: { undoLoad: { undoOf: { id: loadId } } } });
    expect(currentValues(server, [code]).size).toBe(0);
  });

  test('an undo refused on the load thread is still the user error it was', async () => {
    const again = await graphqlInSession<unknown>(`mutation ($id: ID!) { undoLoad(id: $id) { id } }`, { id: loadId });
    expect(again.errors?.[0]).toMatchObject({ message: `load ${loadId} has already been undone`, extensions: { code: 'CONFLICT' } });
  });
});
