import SqliteDatabase from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import type { ReadReply, ReadRequest, ReadWorkerData } from './parallel-reader';

/**
 * The second reader's thread (see parallel-reader.ts): runs the read-only statements it is sent on
 * a connection of its own and answers with their rows as arrays. It holds no SQL of its own.
 */
const { file } = workerData as ReadWorkerData;
const connection = new SqliteDatabase(file, { readonly: true, fileMustExist: true });
connection.pragma('busy_timeout = 5000');
connection.pragma('cache_size = -65536'); // 64 MiB, as the main connection

/** Statements prepared once per text; the callers send a handful of distinct ones. */
const statements = new Map<string, SqliteDatabase.Statement>();
const STATEMENTS_LIMIT = 64;

function prepared(sql: string): SqliteDatabase.Statement {
  let statement = statements.get(sql);
  if (!statement) {
    statement = connection.prepare(sql);
    if (!statement.reader) throw new Error('the second reader only runs statements that return rows');
    statement.raw(true);
    if (statements.size >= STATEMENTS_LIMIT) statements.clear();
    statements.set(sql, statement);
  }
  return statement;
}

parentPort?.on('message', ({ id, sql, parameters }: ReadRequest) => {
  let reply: ReadReply;
  try {
    reply = { id, rows: prepared(sql).all(...parameters) as unknown[][] };
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(reply);
});
