import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { startTestServer, type TestServer } from './test/test-server';

/**
 * Requests the API cannot read get a 4xx in JSON that says what is wrong, never Express's HTML error
 * page, a 500 or a stack trace in the log.
 */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const logged = vi.spyOn(console, 'error');
afterEach(() => {
  // A refused request is the client's mistake, not the server's: nothing to log.
  const calls = logged.mock.calls.length;
  logged.mockClear();
  expect(calls).toBe(0);
});

async function post(path: string, body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) {
  const response = await fetch(`${server.url}${path}`, { method: 'POST', headers, body });
  const text = await response.text();
  expect(response.headers.get('content-type'), text.slice(0, 200)).toMatch(/^application\/json/);
  return { status: response.status, body: JSON.parse(text) as Record<string, any> };
}

describe('/graphql answers a body it cannot read as a GraphQL error', () => {
  test.each([
    ['malformed JSON', '{"query": "{ viewer { username } }"', /not a JSON object/],
    ['a null body', 'null', /not a JSON object/],
    ['a JSON string', '"{ viewer { username } }"', /not a JSON object/],
  ])('%s: 400 BAD_REQUEST', async (_name, body, message) => {
    const answer = await post('graphql', body);
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({ errors: [{ message: expect.stringMatching(message), extensions: { code: 'BAD_REQUEST' } }] });
  });

  test('a body over the limit: 413 with the limit in words', async () => {
    const answer = await post('graphql', JSON.stringify({ query: '{ viewer { username } }', variables: { padding: 'x'.repeat(3 * 1024 * 1024) } }));
    expect(answer.status).toBe(413);
    expect(answer.body.errors[0]).toEqual({ message: expect.stringMatching(/larger than the limit of 2 MB/), extensions: { code: 'BAD_REQUEST' } });
  });

  test('a character set other than UTF-8: 415', async () => {
    const answer = await post('graphql', '{"query":"{ viewer { username } }"}', { 'content-type': 'application/json; charset=latin9' });
    expect(answer.status).toBe(415);
    expect(answer.body.errors[0]).toEqual({ message: expect.stringMatching(/UTF-8/), extensions: { code: 'BAD_REQUEST' } });
  });

  test('a persisted query whose hash does not match it: 400 in words, not "Internal server error"', async () => {
    const answer = await post('graphql', JSON.stringify({ query: '{ viewer { username } }', extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } }));
    expect(answer.status).toBe(400);
    expect(answer.body.errors[0]).toEqual({ message: 'provided sha does not match query', extensions: { code: 'BAD_REQUEST' } });
  });

  test('a body that says it is compressed but is not: 400', async () => {
    const answer = await post('graphql', '{"query":"{ viewer { username } }"}', { 'content-type': 'application/json', 'content-encoding': 'gzip' });
    expect(answer.status).toBe(400);
    expect(answer.body.errors[0]).toEqual({ message: expect.stringMatching(/could not be decompressed/), extensions: { code: 'BAD_REQUEST' } });
  });

  test('a query of more tokens than the limit: 400, saying the query is too large', async () => {
    // `__typename` is one token: 6,002 tokens in all, in 66 kB, far under the body limit.
    const query = `{ ${Array.from({ length: 6_000 }, () => '__typename').join(' ')} }`;
    const answer = await post('graphql', JSON.stringify({ query }));
    expect(answer.status).toBe(400);
    expect(answer.body.errors[0].message).toMatch(/query is too large.*5000 tokens/);
    expect(answer.body.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  });
});

describe('the REST routes answer in JSON too', () => {
  test.each([
    ['malformed JSON', '{"username": "x"', 400, /not a JSON object/],
    ['a null body', 'null', 400, /not a JSON object/],
    ['a body over the limit', JSON.stringify({ username: 'x', password: 'y'.repeat(20_000) }), 413, /larger than the limit of 10 kB/],
  ])('sign-in with %s', async (_name, body, status, message) => {
    const answer = await post('api/session', body);
    expect(answer.status).toBe(status);
    expect(answer.body).toEqual({ error: expect.stringMatching(message) });
  });

  test('a path the API does not have: 404 in JSON, not the dashboard', async () => {
    for (const [method, path] of [
      ['GET', 'api/uploads'],
      ['GET', 'api/session'],
      ['POST', 'api/no-such-thing'],
    ] as const) {
      const response = await fetch(`${server.url}${path}`, { method, headers: server.authHeaders() });
      expect(response.status, `${method} ${path}`).toBe(404);
      expect(await response.json()).toEqual({ error: `There is no ${method} /${path} in this API.` });
    }
  });
});
