import { Cron } from 'croner';
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
  sotkanet: SotkanetConfig;
  /** The first admin, created at start when the database has no users (ADMIN_USERNAME, ADMIN_PASSWORD). */
  initialAdmin: { username: string; password: string } | null;
}

export interface SotkanetConfig {
  /** Sotkanet's REST 1.1 base, without a trailing slash. */
  baseUrl: string;
  /** How long one request may take before it counts as failed (and is retried). */
  timeoutMs: number;
  /** When the server syncs by itself: a cron expression, or null (off). */
  syncCron: string | null;
  /** Or every this many hours; null when not set. */
  syncIntervalHours: number | null;
}

export const DEFAULT_SOTKANET_URL = 'https://sotkanet.fi/rest/1.1';

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
    sotkanet: readSotkanetConfig(env),
    initialAdmin: initialAdmin(env),
  };
}

function readSotkanetConfig(env: NodeJS.ProcessEnv): SotkanetConfig {
  const baseUrl = (env.SOTKANET_URL || DEFAULT_SOTKANET_URL).replace(/\/+$/, '');
  if (!URL.canParse(baseUrl) || !/^https?:$/.test(new URL(baseUrl).protocol)) {
    throw new Error(`SOTKANET_URL must be an http(s) address such as ${DEFAULT_SOTKANET_URL}, not "${env.SOTKANET_URL}"`);
  }
  const syncCron = env.SOTKANET_SYNC_CRON?.trim() || null;
  if (syncCron) {
    try {
      // Parsed here, so a mistyped schedule stops the start instead of silently never running.
      new Cron(syncCron, { paused: true }).stop();
    } catch (error) {
      throw new Error(`SOTKANET_SYNC_CRON must be a cron expression such as "0 3 * * *", not "${syncCron}" (${error instanceof Error ? error.message : String(error)})`);
    }
  }
  const syncIntervalHours =
    env.SOTKANET_SYNC_INTERVAL_HOURS === undefined || env.SOTKANET_SYNC_INTERVAL_HOURS === ''
      ? null
      : positiveNumber('SOTKANET_SYNC_INTERVAL_HOURS', env.SOTKANET_SYNC_INTERVAL_HOURS, 24);
  if (syncCron && syncIntervalHours !== null) {
    throw new Error('Set SOTKANET_SYNC_CRON or SOTKANET_SYNC_INTERVAL_HOURS, not both');
  }
  return {
    baseUrl,
    timeoutMs: positiveNumber('SOTKANET_TIMEOUT_SECONDS', env.SOTKANET_TIMEOUT_SECONDS, 30) * 1000,
    syncCron,
    syncIntervalHours,
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
