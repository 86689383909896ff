import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import type { FormattedExecutionResult, OperationDefinitionNode } from 'graphql';
import { LRUCache } from 'lru-cache';
import { readDataVersion } from '../db/data-version-repository';
import type { GraphQLContext } from './context';

export interface ResponseCacheOptions {
  /**
   * The query fields whose answers depend on nothing but their arguments and the stored data (not
   * on who asks, nor on the clock). Only operations that ask for these and nothing else are cached.
   */
  rootFields: readonly string[];
  /** How many answers are kept; the least recently used go first. */
  maxEntries: number;
}

/**
 * Says whether a cacheable answer came from the cache (`hit`) or was computed (`miss`), for
 * operators and benchmarks; other operations do not carry it.
 */
export const CACHE_HEADER = 'mittaristo-cache';

/**
 * Keeps whole answers of pure, expensive queries (a strategy's attainment, a heat map) and serves a
 * repeated request without running it. An answer is kept under the data version read before it was
 * computed: any commit that could change it, from any connection or process, moves the version
 * (triggers, see the data-version migration), and answers under an older version are never served.
 *
 * Apollo's response-cache plugin was not used: it needs a cache hint on every type an answer reaches,
 * expires answers by age rather than by change, and its per-field hook slows the uncached heat map.
 */
export function createResponseCache(options: ResponseCacheOptions): ApolloServerPlugin<GraphQLContext> {
  const rootFields = new Set(options.rootFields);
  const answers = new LRUCache<string, FormattedExecutionResult>({ max: options.maxEntries });
  let cachedVersion: number | null = null;

  function isCacheable(operation: OperationDefinitionNode | undefined): operation is OperationDefinitionNode {
    if (operation?.operation !== 'query') return false;
    return operation.selectionSet.selections.every(
      (selection) => selection.kind === 'Field' && (rootFields.has(selection.name.value) || selection.name.value === '__typename'),
    );
  }

  return {
    async requestDidStart() {
      let key: string | null = null;
      let version: number | null = null;
      let served = false;
      return {
        async responseForOperation(requestContext: GraphQLRequestContext<GraphQLContext>) {
          const { contextValue, operation, queryHash, operationName, request } = requestContext;
          if (!isCacheable(operation)) return null;
          // With sign-in required, an anonymous caller must get the guard's refusal, not a kept answer.
          if (contextValue.requireSignIn && !contextValue.user) return null;
          version = await readDataVersion(contextValue.db);
          if (version !== cachedVersion) {
            answers.clear();
            cachedVersion = version;
          }
          key = `${queryHash}\u0000${operationName ?? ''}\u0000${JSON.stringify(request.variables ?? {})}`;
          const answer = answers.get(key);
          requestContext.response.http.headers.set(CACHE_HEADER, answer ? 'hit' : 'miss');
          if (!answer) return null;
          served = true;
          return { http: requestContext.response.http, body: { kind: 'single', singleResult: { data: answer.data } } };
        },
        async willSendResponse(requestContext) {
          if (key === null || served) return;
          const { body } = requestContext.response;
          // Errors are not kept: a failure (a busy database, a bug) must not outlive its cause.
          if (body.kind !== 'single' || body.singleResult.errors || !body.singleResult.data) return;
          if (version === cachedVersion) answers.set(key, { data: body.singleResult.data });
        },
      };
    },
  };
}
