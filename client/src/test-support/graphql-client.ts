import { Client, cacheExchange, fetchExchange } from 'urql';

export interface MockOperation {
  operationName: string;
  variables: Record<string, unknown>;
}

export type MockAnswer = { data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };

/**
 * A real urql client whose `fetch` answers from `answer` (by operation name), for component tests:
 * the answers go through urql's own parsing, so errors arrive as they would from the server.
 * `operations` records what was sent. With `cache`, urql's document cache runs too, as in the app: a
 * mutation's answer then makes the queries holding its types ask again (answers need `__typename`).
 */
export function mockGraphQLClient(answer: (operation: MockOperation) => MockAnswer, options: { cache?: boolean } = {}) {
  const operations: MockOperation[] = [];
  const fetchImpl = async (_url: RequestInfo | URL, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body)) as { operationName: string; variables?: Record<string, unknown> };
    const operation = { operationName: body.operationName, variables: body.variables ?? {} };
    operations.push(operation);
    return new Response(JSON.stringify(answer(operation)), { status: 200, headers: { 'content-type': 'application/json' } });
  };
  const client = new Client({
    url: 'http://localhost/graphql',
    exchanges: options.cache ? [cacheExchange, fetchExchange] : [fetchExchange],
    fetch: fetchImpl as typeof fetch,
    preferGetMethod: false,
  });
  return { client, operations };
}
