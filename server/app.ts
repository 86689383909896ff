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
import type { DatabaseHandle } from './db/connection';
import type { GraphQLContext } from './graphql/context';
import { formatError } from './graphql/format-error';
import { createLoaders } from './graphql/loaders';
import { resolvers } from './graphql/resolvers';
import { createResponseCache } from './graphql/response-cache';
import { UploadStore } from './loads/upload-store';
import { uploadRouter } from './loads/upload-route';

/** Statistics Finland's 2025 municipality boundaries (see data/SOURCES.md). */
const MUNICIPALITY_BOUNDARIES = join('geo', 'statfi-kunta1000k-2025', 'kunta1000k_2025_with_neighbors_and_province.geojson');

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
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** Builds the HTTP server: GraphQL at /graphql, the dashboard everywhere else. */
export async function startServer(options: AppOptions & { port: number; host?: string }): Promise<RunningServer> {
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  // Limits that keep one request from costing the server too much: depth and cost are set well above
  // what the dashboard asks (its deepest query is 9 levels) and far below an abusive query.
  const armor = new ApolloArmor({
    maxDepth: { n: 14 },
    costLimit: { maxCost: 200_000 },
    maxAliases: { n: 30 },
    maxDirectives: { n: 50 },
    maxTokens: { n: 5_000 },
    blockFieldSuggestion: { enabled: true },
  });
  const protection = armor.protect();
  // The judging queries are the expensive ones (the public promise page judges the whole strategy),
  // and their answers depend only on their arguments and the stored data. A kept heat map of all 308 municipalities is about 0.5 MB of
  // text, an overview about 0.15 MB (measured with scripts/bench-attainment.ts).
  const { db } = options.database;
  const responseCache = createResponseCache({
    db,
    rootFields: ['attainment', 'attainmentMatrix', 'publicServicePromise'],
    maxBytes: 64 * 1024 * 1024,
    requireSignIn: options.requireSignIn,
    userOf: requestUser,
  });
  const apollo = new ApolloServer<GraphQLContext>({
    ...protection,
    typeDefs: readFileSync(options.schemaFile, 'utf8'),
    resolvers,
    formatError,
    includeStacktraceInErrorResponses: false,
    // Apollo's CSRF prevention is on by default: it is named here so that it stays on.
    csrfPrevention: true,
    // No response sets cache hints; the plugin would only cost time on every field of a heat map.
    plugins: [...protection.plugins, ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginCacheControlDisabled(), responseCache.plugin],
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
  app.use(uploadRouter(uploads, db));
  app.get('/api/geo/municipalities.geojson', (_request, response) => {
    response.sendFile(join(options.dataDirectory, MUNICIPALITY_BOUNDARIES), { maxAge: '1d' });
  });
  app.use(
    '/graphql',
    express.json({ limit: '2mb' }),
    responseCache.middleware,
    expressMiddleware(apollo, {
      context: async ({ res }) => ({
        db,
        databaseFile: options.database.file,
        dataDirectory: options.dataDirectory,
        uploads,
        parallelReader: options.database.parallelReader,
        loaders: createLoaders(db),
        user: requestUser(res),
        requireSignIn: options.requireSignIn,
      }),
    }),
  );
  serveClient(app, options.clientDirectory);

  await new Promise<void>((resolve) => httpServer.listen(options.port, options.host, resolve));
  const { port } = httpServer.address() as AddressInfo;
  return {
    url: `http://localhost:${port}/`,
    async close() {
      await apollo.stop();
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
