import type { ApolloServerPlugin } from '@apollo/server';
import type express from 'express';
import type { Kysely } from 'kysely';
import type { OperationDefinitionNode } from 'graphql';
import { LRUCache } from 'lru-cache';
import type { Database } from '../db/database';
import { readDataVersion } from '../db/data-version-repository';
import type { GraphQLContext } from './context';

/**
 * Says whether a cacheable answer came from the cache (`hit`) or was computed (`miss`), for
 * operators and benchmarks; other operations do not carry it.
 */
export const CACHE_HEADER = 'mittaristo-cache';

export interface ResponseCacheOptions {
  db: Kysely<Database>;
  /**
   * The query fields whose answers depend on nothing but their arguments, the stored data and who
   * asks (not on the clock). Only operations that ask for these and nothing else are cached.
   */
  rootFields: readonly string[];
  /** How many bytes of answers are kept; the least recently used go first. */
  maxBytes: number;
  /** Whether reading needs a signed-in user (REQUIRE_SIGN_IN): then anonymous callers are never served. */
  requireSignIn: boolean;
  /** The signed-in user of a request, if any (the same user the request's GraphQL context gets). */
  userOf: (response: express.Response) => { id: number } | null;
}

export interface ResponseCache {
  /** Serves a kept answer to a POST that repeats a cached request; put it in front of Apollo. */
  middleware: express.RequestHandler;
  /** Keeps the answers Apollo computes for cacheable operations. */
  plugin: ApolloServerPlugin<GraphQLContext>;
}

interface GraphQLRequestBody {
  query?: unknown;
  operationName?: unknown;
  variables?: unknown;
}

/**
 * Whose answers a request may be served: every anonymous caller sees the same, and each signed-in
 * user may see what no one else does (their own account and API tokens, or, as an admin, everyone's;
 * see the User type). An answer depends on the caller only through the request's user, whose
 * role and state are stored data (a change moves the data version), so keying by the user's id
 * is exact; keying by role would not be, as a user's own tokens are theirs alone.
 */
function cacheOwnerOf(user: { id: number } | null): string {
  return user ? `user:${user.id}` : 'anonymous';
}

/** A kept answer's data, decoded again (for a request already inside Apollo). */
function parsed(answer: Buffer | undefined): Record<string, unknown> | undefined {
  return answer === undefined ? undefined : (JSON.parse(answer.toString('utf8')) as { data: Record<string, unknown> }).data;
}

/** The same request, as the middleware sees it (JSON body) and as Apollo sees it, gives the same key. */
function keyOf(owner: string, query: string, operationName: unknown, variables: unknown): string {
  return `${owner}\u0000${typeof operationName === 'string' ? operationName : ''}\u0000${JSON.stringify(variables ?? {})}\u0000${query}`;
}

/**
 * Keeps the answers of pure, expensive queries (a strategy's attainment, a heat map) as the JSON
 * text sent, and answers a repeated request with it before Apollo parses anything: a kept overview
 * is served in about a millisecond, where running it again costs twenty (scripts/bench-attainment.ts).
 * Answers are kept per caller (see cacheOwnerOf): one answer never reaches a caller it was not computed for.
 *
 * An answer is kept under the data version read before it was computed. Any commit that could change
 * it, from any connection or process, moves the version (triggers, see the data-version migration),
 * and an answer kept under an older version is never served. Only successful answers are kept: a
 * failure (a busy database, a bug) must not outlive its cause.
 *
 * Apollo's response-cache plugin was not used: it needs a cache hint on every type an answer reaches,
 * expires answers by age rather than by change, and its per-field hook slows the uncached heat map.
 */
export function createResponseCache(options: ResponseCacheOptions): ResponseCache {
  const rootFields = new Set(options.rootFields);
  // Kept as the bytes sent, so that serving one costs no encoding.
  const answers = new LRUCache<string, Buffer>({ maxSize: options.maxBytes, sizeCalculation: (bytes, key) => bytes.length + key.length });
  // Answers computed but not yet encoded for `answers` (that is done once they have been sent).
  const justComputed = new Map<string, Record<string, unknown>>();
  let cachedVersion: number | null = null;

  /** The current data version; a new one empties the cache, as nothing in it can be served again. */
  async function currentVersion(): Promise<number> {
    const version = await readDataVersion(options.db);
    if (version !== cachedVersion) {
      answers.clear();
      justComputed.clear();
      cachedVersion = version;
    }
    return version;
  }

  function isCacheable(operation: OperationDefinitionNode | undefined): operation is OperationDefinitionNode {
    if (operation?.operation !== 'query') return false;
    return operation.selectionSet.selections.every(
      (selection) => selection.kind === 'Field' && (rootFields.has(selection.name.value) || selection.name.value === '__typename'),
    );
  }

  const middleware: express.RequestHandler = async (request, response, next) => {
    try {
      const body = request.body as GraphQLRequestBody | undefined;
      // With sign-in required, an anonymous caller must get the guard's refusal, not a kept answer.
      const user = options.userOf(response);
      if (answers.size === 0 || typeof body?.query !== 'string' || (options.requireSignIn && !user)) return next();
      await currentVersion();
      const answer = answers.get(keyOf(cacheOwnerOf(user), body.query, body.operationName, body.variables));
      if (answer === undefined) return next();
      // Written as is: res.send() would hash the answer for an ETag, which nothing revalidates a POST by.
      response.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': answer.length, [CACHE_HEADER]: 'hit' });
      response.end(answer);
    } catch (error) {
      next(error);
    }
  };

  const plugin: ApolloServerPlugin<GraphQLContext> = {
    async requestDidStart() {
      let key: string | null = null;
      let version: number | null = null;
      return {
        async responseForOperation(requestContext) {
          const { operation, request, contextValue } = requestContext;
          if (!isCacheable(operation) || typeof request.query !== 'string') return null;
          version = await currentVersion();
          const candidate = keyOf(cacheOwnerOf(contextValue.user), request.query, request.operationName, request.variables);
          // The same request may have been answered while this one waited its turn to be judged (see
          // judging-limits.ts): a crowd asking the same after a change is judged once.
          const kept = justComputed.get(candidate) ?? parsed(answers.get(candidate));
          if (kept) {
            requestContext.response.http.headers.set(CACHE_HEADER, 'hit');
            return { http: requestContext.response.http, body: { kind: 'single', singleResult: { data: kept } } };
          }
          key = candidate;
          requestContext.response.http.headers.set(CACHE_HEADER, 'miss');
          return null;
        },
        async willSendResponse(requestContext) {
          if (key === null) return;
          const { body } = requestContext.response;
          if (body.kind !== 'single' || body.singleResult.errors || !body.singleResult.data) return;
          // Kept under the version read before computing: if a commit came in meanwhile, the next
          // request reads the new version and empties the cache, so a possibly mixed answer is never
          // served. Serialised once the answer has gone out (Apollo serialises its own copy), so that
          // keeping it adds nothing to this request's time.
          const { data } = body.singleResult;
          const keptKey = key;
          if (version === cachedVersion) justComputed.set(keptKey, data);
          setImmediate(() => {
            if (justComputed.get(keptKey) === data) justComputed.delete(keptKey);
            if (version === cachedVersion) answers.set(keptKey, Buffer.from(JSON.stringify({ data })));
          });
        },
      };
    },
  };

  return { middleware, plugin };
}
