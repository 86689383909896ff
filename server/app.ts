import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import express from 'express';
import session from 'express-session';
import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { attachUser, requestUser, sessionRouter } from './auth/auth-routes';
import { DatabaseSessionStore } from './auth/session-store';
import { CallerSlots, type SlotLimits } from './common/caller-slots';
import { oneAfterAnother } from './common/turns';
import type { DatabaseHandle } from './db/connection';
import type { GraphQLContext } from './graphql/context';
import { formatError, MAX_QUERY_TOKENS } from './graphql/format-error';
import { createLoaders } from './graphql/loaders';
import { resolvers } from './graphql/resolvers';
import { callerOf, judgingLimitsPlugin } from './graphql/judging-limits';
import { createResponseCache } from './graphql/response-cache';
import { LoadRunner } from './loads/load-runner';
import { UploadStore } from './loads/upload-store';
import { uploadRouter } from './loads/upload-route';
import { apiErrorHandler, apiNotFound } from './http-errors';
import type { SotkanetConfig } from './config';
import type { SotkanetClientOptions } from './sotkanet/sotkanet-client';
import { SotkanetSyncRunner } from './sotkanet/sync-runner';

/** Statistics Finland's 2025 municipality boundaries (see data/SOURCES.md). */
const MUNICIPALITY_BOUNDARIES = join('geo', 'statfi-kunta1000k-2025', 'kunta1000k_2025_with_neighbors_and_province.geojson');

/**
 * The judging queries: the expensive ones, whose answers depend only on their arguments, the stored
 * data and who asks, so they are kept by the response cache. The public promise page judges the
 * whole strategy too, for anyone who opens it.
 */
export const CACHED_QUERY_FIELDS = ['attainment', 'attainmentMatrix', 'publicServicePromise'] as const;

export interface AppOptions {
  database: DatabaseHandle;
  /** The built dashboard (vite's output); a hint page is served when it is missing. */
  clientDirectory: string;
  schemaFile: string;
  dataDirectory: string;
  uploadDirectory: string;
  uploadLimitBytes: number;
  /** Signs session cookies; from SESSION_SECRET. */
  sessionSecret: string;
  /** Reading needs a signed-in user too (REQUIRE_SIGN_IN). */
  requireSignIn: boolean;
  /** Send session cookies over HTTPS only (COOKIE_SECURE; set it behind HTTPS). */
  secureCookies: boolean;
  /** Failed sign-ins allowed per address and 15 minutes. */
  signInAttemptsPerWindow: number;
  /** The judging queries' limits; the defaults (JUDGING_LIMITS) unless given (tests give smaller ones). */
  judging?: { maxCost?: number; slots?: CallerSlots };
  /** Where Sotkanet is, and when to sync by itself (SOTKANET_*). */
  sotkanet: SotkanetConfig;
  /** Tests shorten the Sotkanet client's pauses and deadlines. */
  sotkanetClientOptions?: Partial<SotkanetClientOptions>;
}

/**
 * What the judging queries may cost (see graphql/judging-limits.ts). One operation may judge 25,000
 * area × goal cells: twice the dashboard's largest request (all 308 municipalities × 40 goals =
 * 12,320), a fraction of what used to stall the server (30 aliased heat maps of 308 municipalities).
 * A caller (a user, or an address: people behind one proxy share it) runs one judging operation at a
 * time with eight more waiting, and two run at once in all, so one caller never has them all; a
 * request that waited finds the answer if the same request was judged meanwhile (response-cache.ts).
 * Judging is work for the one JavaScript thread (common/turns.ts): more at once would make each
 * slower without finishing any sooner, and hold more series in memory at once (longer garbage
 * collection pauses for everyone).
 */
export const JUDGING_LIMITS = {
  maxCost: 25_000,
  slots: { perCaller: 1, waitingPerCaller: 8, overall: 2, waitingOverall: 32 } satisfies SlotLimits,
};

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** Builds the HTTP server: GraphQL at /graphql, the dashboard everywhere else. */
export async function startServer(options: AppOptions & { port: number; host?: string }): Promise<RunningServer> {
  const app = express();
  app.disable('x-powered-by');
  // No ETag on dynamic answers: nothing revalidates a GraphQL POST, and hashing every answer (half a
  // megabyte for a heat map) is work on the thread all requests share. Static files keep theirs.
  app.set('etag', false);
  const httpServer = http.createServer(app);
  // Limits that keep one request from costing the server too much: depth and cost are set well above
  // what the dashboard asks (its deepest query is 9 levels) and far below an abusive query. The
  // token limit is graphql-js's own (`parseOptions`), not graphql-armor's: armor's throws from a
  // plugin hook, which Apollo answers with a 500, where graphql-js's is a syntax error, a 400.
  const armor = new ApolloArmor({
    maxDepth: { n: 14 },
    costLimit: { maxCost: 200_000 },
    maxAliases: { n: 30 },
    maxDirectives: { n: 50 },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: true },
  });
  const protection = armor.protect();
  // A kept heat map of all 308 municipalities is about 0.5 MB of text, an overview about 0.15 MB
  // (measured with scripts/bench-attainment.ts).
  const { db } = options.database;
  const responseCache = createResponseCache({
    db,
    rootFields: CACHED_QUERY_FIELDS,
    maxBytes: 64 * 1024 * 1024,
    requireSignIn: options.requireSignIn,
    userOf: requestUser,
  });
  const apollo = new ApolloServer<GraphQLContext>({
    ...protection,
    typeDefs: readFileSync(options.schemaFile, 'utf8'),
    resolvers,
    formatError,
    parseOptions: { maxLexicalTokens: MAX_QUERY_TOKENS },
    includeStacktraceInErrorResponses: false,
    // Apollo's CSRF prevention is on by default: it is named here so that it stays on.
    csrfPrevention: true,
    // No response sets cache hints; the plugin would only cost time on every field of a heat map.
    plugins: [
      ...protection.plugins,
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginCacheControlDisabled(),
      // Before the judging limits: an answer is kept before the slot it was judged in is given back,
      // so the same request waiting for that slot finds it.
      responseCache.plugin,
      judgingLimitsPlugin({
        db,
        maxCost: options.judging?.maxCost ?? JUDGING_LIMITS.maxCost,
        slots: options.judging?.slots ?? new CallerSlots(JUDGING_LIMITS.slots),
      }),
    ],
    validationRules: [...protection.validationRules],
  });
  await apollo.start();

  app.get('/healthz', (_request, response) => {
    response.json({ ok: true });
  });
  // Only the API needs to know who is asking: the dashboard's static files are the same for everyone,
  // and loading (and, with rolling cookies, re-saving) the session for each of them would cost a
  // read, a user lookup and a write per file.
  const apiPaths = ['/api', '/graphql'];
  app.use(
    apiPaths,
    session({
      name: 'mittaristo.sid',
      secret: options.sessionSecret,
      store: new DatabaseSessionStore(db),
      resave: false,
      saveUninitialized: false,
      rolling: true,
      cookie: { httpOnly: true, sameSite: 'lax', secure: options.secureCookies, maxAge: 8 * 60 * 60 * 1000 },
    }),
  );
  app.use(apiPaths, attachUser(db));
  app.use(sessionRouter(db, { signInAttemptsPerWindow: options.signInAttemptsPerWindow }));
  const uploads = new UploadStore(options.uploadDirectory, options.uploadLimitBytes);
  const loadRunner = new LoadRunner();
  const sotkanet = new SotkanetSyncRunner(
    { db, databaseFile: options.database.file, dataDirectory: options.dataDirectory },
    options.sotkanet,
    options.sotkanetClientOptions,
  );
  app.use(uploadRouter(uploads, db));
  app.get('/api/geo/municipalities.geojson', (_request, response) => {
    response.sendFile(join(options.dataDirectory, MUNICIPALITY_BOUNDARIES), { maxAge: '1d' });
  });
  app.use(
    '/graphql',
    express.json({ limit: '2mb' }),
    responseCache.middleware,
    expressMiddleware(apollo, {
      context: async ({ req, res }) => ({
        db,
        databaseFile: options.database.file,
        dataDirectory: options.dataDirectory,
        uploads,
        loadRunner,
        parallelReader: options.database.parallelReader,
        loaders: createLoaders(db),
        user: requestUser(res),
        sessionId: req.session?.userId !== undefined ? req.sessionID : null,
        caller: callerOf(requestUser(res), req.ip),
        judgeInTurn: oneAfterAnother(),
        requireSignIn: options.requireSignIn,
        sotkanet,
      }),
    }),
  );
  // After every API route: what none of them answered, and what failed before reaching them (a body
  // that is not JSON), is answered in JSON here rather than by the dashboard or Express's HTML page.
  app.use('/graphql', apiErrorHandler('graphql'));
  app.use('/api', apiNotFound(), apiErrorHandler('rest'));
  serveClient(app, options.clientDirectory);

  await new Promise<void>((resolve) => httpServer.listen(options.port, options.host, resolve));
  sotkanet.startSchedule();
  const { port } = httpServer.address() as AddressInfo;
  return {
    url: `http://localhost:${port}/`,
    async close() {
      await sotkanet.stop();
      await apollo.stop();
      await loadRunner.close();
    },
  };
}

/** The single-page dashboard: static files, and index.html for every other path so deep links work. */
function serveClient(app: express.Express, clientDirectory: string): void {
  const indexFile = join(clientDirectory, 'index.html');
  if (!existsSync(indexFile)) {
    app.get('/', (_request, response) => {
      response
        .type('html')
        .send('<!doctype html><title>Mittaristo</title><p>The dashboard is not built yet: run <code>npm run build</code>. The API is at <a href="/graphql">/graphql</a>.</p>');
    });
    return;
  }
  app.use(express.static(clientDirectory, { index: false, maxAge: '1h' }));
  app.get('/{*path}', (_request, response) => {
    response.sendFile(indexFile);
  });
}
