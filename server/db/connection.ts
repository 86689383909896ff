import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect, type LogEvent } from 'kysely';
import { Migrator } from 'kysely/migration';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Database } from './database';
import { migrations } from './migrations/index';
import { ParallelReader } from './parallel-reader';

/** The open database: Kysely for queries, and the raw handle for bulk writes on prepared statements. */
export interface DatabaseHandle {
  /** The database file; bulk loads open their own connection to it. */
  file: string;
  db: Kysely<Database>;
  sqlite: SqliteDatabase.Database;
  /** A second read-only connection on its own thread, for reads big enough to split; null in memory. */
  parallelReader: ParallelReader | null;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** Called for every SQL statement Kysely runs (tests count them to catch N+1 queries). */
  onQuery?: (event: LogEvent) => void;
}

export function openDatabase(file: string, options: OpenDatabaseOptions = {}): DatabaseHandle {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const sqlite = new SqliteDatabase(file);
  // WAL lets readers (the dashboard) go on while a load writes; NORMAL sync is durable in WAL mode
  // except for the last transactions before a power cut.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('cache_size = -65536'); // 64 MiB page cache
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: sqlite }),
    ...(options.onQuery ? { log: options.onQuery } : {}),
  });
  const parallelReader = file === ':memory:' ? null : new ParallelReader(file);
  return {
    file,
    db,
    sqlite,
    parallelReader,
    async close() {
      await parallelReader?.close();
      await db.destroy();
    },
  };
}

/** Brings the schema up to date; throws with the failing migration's name if one fails. */
export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((result) => result.status === 'Error');
  if (error || failed) {
    const name = failed ? ` ${failed.migrationName}` : '';
    throw new Error(`migration${name} failed: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
  return (results ?? []).map((result) => result.migrationName);
}

/**
 * A separate connection for one bulk load. Loads stage rows in temporary tables and hold a write
 * transaction while committing; on their own connection neither can mix with the transactions of
 * GraphQL requests running meanwhile on the shared one.
 */
export function openLoadConnection(file: string): SqliteDatabase.Database {
  const connection = new SqliteDatabase(file);
  connection.pragma('journal_mode = WAL');
  connection.pragma('synchronous = NORMAL');
  connection.pragma('foreign_keys = ON');
  connection.pragma('busy_timeout = 30000');
  connection.pragma('cache_size = -131072'); // 128 MiB: the commit's lookups touch much of the index
  connection.pragma('temp_store = FILE');
  return connection;
}
