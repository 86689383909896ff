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
}

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
    uploadLimitBytes: megabytes(env.UPLOAD_LIMIT_MB, 50) * 1024 * 1024,
  };
}

function megabytes(text: string | undefined, fallback: number): number {
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`UPLOAD_LIMIT_MB must be a positive number, not "${text}"`);
  return value;
}
