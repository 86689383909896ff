import { Worker } from 'node:worker_threads';
import { TYPESCRIPT_WORKER_BOOTSTRAP } from '../common/request-thread';

export interface ReadWorkerData {
  file: string;
  /** The worker module's URL, loaded once tsx is registered in the thread. */
  module: string;
}

export interface ReadRequest {
  id: number;
  sql: string;
  parameters: readonly unknown[];
}

export type ReadReply = { id: number; rows: unknown[][] } | { id: number; error: string };

/**
 * A second read-only connection to the database, on a thread of its own, so that one request can
 * read with two cores: better-sqlite3 runs a statement to its end on the calling thread. A heat map
 * of every municipality reads 74,000 series endpoints; split between this reader and the main
 * connection it takes about 60 % of the time (scripts/bench-attainment.ts).
 *
 * The thread starts on first use (and again after a crash) and is ended by close(). Statements
 * must only read: the connection is read-only, and one that writes is refused.
 */
export class ParallelReader {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, { resolve: (rows: unknown[][]) => void; reject: (error: Error) => void }>();
  private nextId = 0;
  private closed = false;

  constructor(private readonly file: string) {}

  /** Runs one statement on the second connection; resolves with its rows as arrays of column values. */
  all(sql: string, parameters: readonly unknown[]): Promise<unknown[][]> {
    if (this.closed) return Promise.reject(new Error('the second reader is closed'));
    const worker = this.start();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      // Keeps the process alive while an answer is awaited (see start()).
      worker.ref();
      worker.postMessage({ id, sql, parameters } satisfies ReadRequest);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const worker = this.worker;
    this.worker = null;
    this.failAll(new Error('the second reader was closed'));
    await worker?.terminate();
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(TYPESCRIPT_WORKER_BOOTSTRAP, {
      eval: true,
      workerData: { file: this.file, module: new URL('./read-worker.ts', import.meta.url).href } satisfies ReadWorkerData,
    });
    // An idle reader left open must not keep the process alive; a busy one must.
    worker.unref();
    worker.on('message', (reply: ReadReply) => {
      const waiting = this.pending.get(reply.id);
      if (!waiting) return;
      this.pending.delete(reply.id);
      if (this.pending.size === 0) worker.unref();
      if ('error' in reply) waiting.reject(new Error(reply.error));
      else waiting.resolve(reply.rows);
    });
    // A thread that fails takes its requests with it; the next request starts a new one.
    const fail = (error: Error) => {
      if (this.worker === worker) this.worker = null;
      this.failAll(error);
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the second reader stopped (exit code ${code})`)));
    this.worker = worker;
    return worker;
  }

  private failAll(error: Error): void {
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }
}
