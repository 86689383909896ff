import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type AppOptions, startServer } from '../app';
import { CACHE_HEADER } from '../graphql/response-cache';
import { readConfig } from '../config';
import { openDatabase, type DatabaseHandle } from '../db/connection';
import type { Role, User } from '../auth/auth-model';
import { insertUser } from '../auth/user-repository';
import { createApiToken } from '../auth/user-service';
import { prepareDatabase } from '../setup';

export const ROLES: readonly Role[] = ['VIEWER', 'ANALYST', 'GOAL_OWNER', 'BOARD', 'STRATEGY_EDITOR', 'ADMIN'];

export interface GraphQLResponse<Data = Record<string, any>> {
  data?: Data | null;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, any> }>;
}

/** Who a test request is sent as: the user of that role, the holder of an API token, or no one. */
export type Caller = Role | 'anonymous' | { token: string };

export interface TestServer {
  url: string;
  database: DatabaseHandle;
  dataDirectory: string;
  /** One user per role, each with an API token; requests go as ADMIN unless told otherwise. */
  users: Record<Role, User>;
  tokens: Record<Role, string>;
  /** Posts a GraphQL operation over real HTTP. */
  graphql<Data = Record<string, any>>(query: string, variables?: Record<string, unknown>, as?: Caller): Promise<GraphQLResponse<Data>>;
  /** Like graphql(), but fails the test on any error and returns the data. */
  data<Data = Record<string, any>>(query: string, variables?: Record<string, unknown>, as?: Caller): Promise<Data>;
  /** Headers that authenticate as a caller, for REST requests. */
  authHeaders(as?: Caller): Record<string, string>;
  /** The response-cache header (`hit`, `miss`) of the last GraphQL response, or null if it had none. */
  lastCacheHeader(): string | null;
  /** The HTTP status of the last GraphQL response. */
  lastStatus(): number;
  /** SQL statements Kysely has run since the last reset. */
  statementCount(): number;
  resetStatementCount(): void;
  close(): Promise<void>;
}

/**
 * Starts the real server on a free port over a new SQLite file, built by the real migrations with
 * the reference data (areas, service areas), and the demo if asked.
 */
export async function startTestServer(
  options: {
    demo?: boolean;
    uploadLimitBytes?: number;
    requireSignIn?: boolean;
    signInAttemptsPerWindow?: number;
    /** A local Sotkanet (server/sotkanet/test-support), reached with short deadlines and pauses. */
    sotkanetUrl?: string;
    sotkanetSchedule?: { syncCron?: string | null };
    judging?: AppOptions['judging'];
    /** As ADMIN_USERNAME / ADMIN_PASSWORD: created before the test users, so into a database without users. */
    initialAdmin?: { username: string; password: string };
  } = {},
): Promise<TestServer> {
  const config = readConfig({});
  const directory = mkdtempSync(join(tmpdir(), 'mittaristo-test-'));
  let statements = 0;
  const database = openDatabase(join(directory, 'test.sqlite'), {
    onQuery: (event) => {
      if (event.level === 'query') statements += 1;
    },
  });
  await prepareDatabase(database, { dataDirectory: config.dataDirectory, seedDemoIfEmpty: options.demo ?? false, initialAdmin: options.initialAdmin ?? null });
  const users = {} as Record<Role, User>;
  const tokens = {} as Record<Role, string>;
  for (const role of ROLES) {
    // Test users sign in by token; a password hash is not needed (sign-in tests make their own users).
    users[role] = await insertUser(
      database.db,
      { username: `test-${role.toLowerCase()}`, displayName: `Test ${role}`, role, passwordHash: 'not-a-hash' },
      Date.now(),
    );
    tokens[role] = (await createApiToken(database.db, { userId: String(users[role].id), name: 'tests' })).token;
  }
  const server = await startServer({
    ...config,
    database,
    port: 0,
    host: '127.0.0.1',
    clientDirectory: join(directory, 'no-client'),
    uploadDirectory: join(directory, 'uploads'),
    uploadLimitBytes: options.uploadLimitBytes ?? config.uploadLimitBytes,
    requireSignIn: options.requireSignIn ?? false,
    signInAttemptsPerWindow: options.signInAttemptsPerWindow ?? config.signInAttemptsPerWindow,
    judging: options.judging,
    // Never the real Sotkanet from a test: an address nothing answers on unless a test gives one.
    sotkanet: { ...config.sotkanet, baseUrl: options.sotkanetUrl ?? 'http://127.0.0.1:9/rest/1.1', syncCron: options.sotkanetSchedule?.syncCron ?? null },
    sotkanetClientOptions: { timeoutMs: 2000, retries: 1, retryDelayMs: 5 },
  });

  const authHeaders = (as: Caller = 'ADMIN'): Record<string, string> =>
    as === 'anonymous' ? {} : { authorization: `Bearer ${typeof as === 'string' ? tokens[as] : as.token}` };

  let lastCacheHeader: string | null = null;
  let lastStatus = 0;
  async function graphql<Data>(query: string, variables?: Record<string, unknown>, as: Caller = 'ADMIN'): Promise<GraphQLResponse<Data>> {
    const response = await fetch(`${server.url}graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...authHeaders(as) },
      body: JSON.stringify({ query, variables }),
    });
    lastCacheHeader = response.headers.get(CACHE_HEADER);
    lastStatus = response.status;
    return (await response.json()) as GraphQLResponse<Data>;
  }

  return {
    url: server.url,
    database,
    dataDirectory: config.dataDirectory,
    users,
    tokens,
    graphql,
    authHeaders,
    async data<Data>(query: string, variables?: Record<string, unknown>, as: Caller = 'ADMIN') {
      const result = await graphql<Data>(query, variables, as);
      if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
      return result.data as Data;
    },
    lastCacheHeader: () => lastCacheHeader,
    lastStatus: () => lastStatus,
    statementCount: () => statements,
    resetStatementCount: () => {
      statements = 0;
    },
    async close() {
      await server.close();
      await database.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

/** The first error's code and field, for asserting how a request was refused. */
export function firstError(result: GraphQLResponse): { code: string | undefined; field: string | undefined; message: string } {
  const error = result.errors?.[0];
  return {
    code: error?.extensions?.code,
    field: error?.extensions?.field,
    message: error?.message ?? '',
  };
}
