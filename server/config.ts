import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The repository root, found from this file so the server runs from any working directory. */
export const PROJECT_ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

export interface Config {
  port: number;
  host: string | undefined;
  databaseFile: string;
  dataDirectory: string;
  clientDirectory: string;
  schemaFile: string;
  /** Where uploaded files wait to be loaded. */
  uploadDirectory: string;
  uploadLimitBytes: number;
  sessionSecret: string;
  /** True when SESSION_SECRET was not set and a development default is used. */
  sessionSecretIsDefault: boolean;
  requireSignIn: boolean;
  secureCookies: boolean;
  signInAttemptsPerWindow: number;
  /** The first admin, created at start when the database has no users (ADMIN_USERNAME, ADMIN_PASSWORD). */
  initialAdmin: { username: string; password: string } | null;
}

/** Used only when SESSION_SECRET is unset, and the server then warns loudly at start. */
const DEVELOPMENT_SESSION_SECRET = 'mittaristo-development-secret-do-not-use-in-production';

/** Reads the configuration from the environment; README documents every variable. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = env.PORT === undefined || env.PORT === '' ? 4000 : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a port number 0–65535, not "${env.PORT}"`);
  }
  const dataDirectory = join(PROJECT_ROOT, 'data');
  return {
    port,
    host: env.HOST || undefined,
    databaseFile: env.DATABASE_FILE ? resolve(env.DATABASE_FILE) : join(dataDirectory, 'mittaristo.sqlite'),
    dataDirectory,
    clientDirectory: join(PROJECT_ROOT, 'dist', 'client'),
    schemaFile: join(PROJECT_ROOT, 'schema.graphql'),
    uploadDirectory: join(tmpdir(), 'mittaristo-uploads'),
    uploadLimitBytes: positiveNumber('UPLOAD_LIMIT_MB', env.UPLOAD_LIMIT_MB, 50) * 1024 * 1024,
    sessionSecret: env.SESSION_SECRET || DEVELOPMENT_SESSION_SECRET,
    sessionSecretIsDefault: !env.SESSION_SECRET,
    requireSignIn: env.REQUIRE_SIGN_IN === '1' || env.REQUIRE_SIGN_IN === 'true',
    secureCookies: env.COOKIE_SECURE === '1' || env.COOKIE_SECURE === 'true',
    // A mistyped value must not pass as NaN, which would switch the limit off.
    signInAttemptsPerWindow: positiveNumber('SIGN_IN_ATTEMPTS', env.SIGN_IN_ATTEMPTS, 10, { integer: true }),
    initialAdmin: initialAdmin(env),
  };
}

/**
 * A database without the demo has no users, and only an admin can create one: ADMIN_USERNAME and
 * ADMIN_PASSWORD name the first. One without the other is a mistake, not a wish for no admin.
 */
function initialAdmin(env: NodeJS.ProcessEnv): Config['initialAdmin'] {
  const username = env.ADMIN_USERNAME ?? '';
  const password = env.ADMIN_PASSWORD ?? '';
  if (!username && !password) return null;
  if (!username || !password) throw new Error('ADMIN_USERNAME and ADMIN_PASSWORD must be set together');
  return { username, password };
}

function positiveNumber(name: string, text: string | undefined, fallback: number, { integer = false } = {}): number {
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0 || (integer && !Number.isInteger(value))) {
    throw new Error(`${name} must be a positive ${integer ? 'whole number' : 'number'}, not "${text}"`);
  }
  return value;
}
