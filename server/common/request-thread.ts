import { parentPort, Worker } from 'node:worker_threads';
import { AppError, type ErrorCode, type FieldProblem } from '../errors';

/**
 * Worker threads start without the TypeScript loader the server runs under, so this small script
 * registers tsx in the thread before loading the worker module (its URL is `workerData.module`).
 */
export const TYPESCRIPT_WORKER_BOOTSTRAP = `
  const { workerData } = require('node:worker_threads');
  import('tsx/esm/api').then(({ register }) => { register(); return import(workerData.module); });
`;

interface ThreadRequest<Request> {
  id: number;
  request: Request;
}

/** An error as it crosses the thread: an AppError keeps its code and problems (it is the user's to see). */
interface ThreadError {
  message: string;
  appError?: { code: ErrorCode; problems: FieldProblem[] };
}

type ThreadReply = { id: number; result: unknown } | { id: number; error: ThreadError };

/**
 * Work sent to a thread of its own, one request at a time or several: the calling thread goes on
 * serving others meanwhile. The thread (`module`, which calls `serveRequests`) starts on the first
 * request and again after a crash, and ends with close(); idle, it does not keep the process alive.
 */
export class RequestThread<Request> {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, { resolve: (result: unknown) => void; reject: (error: Error) => void }>();
  private nextId = 0;
  private closed = false;

  constructor(
    private readonly module: URL,
    private readonly name: string,
  ) {}

  /** Sends a request; resolves with the handler's result, or rejects with its error (an AppError stays one). */
  request(request: Request): Promise<unknown> {
    if (this.closed) return Promise.reject(new Error(`the ${this.name} is closed`));
    const worker = this.start();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      // Keeps the process alive while an answer is awaited (see start()).
      worker.ref();
      worker.postMessage({ id, request } satisfies ThreadRequest<Request>);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const worker = this.worker;
    this.worker = null;
    this.failAll(new Error(`the ${this.name} was closed`));
    await worker?.terminate();
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(TYPESCRIPT_WORKER_BOOTSTRAP, { eval: true, workerData: { module: this.module.href } });
    worker.unref();
    worker.on('message', (reply: ThreadReply) => {
      const waiting = this.pending.get(reply.id);
      if (!waiting) return;
      this.pending.delete(reply.id);
      if (this.pending.size === 0) worker.unref();
      if ('error' in reply) waiting.reject(fromThreadError(reply.error));
      else waiting.resolve(reply.result);
    });
    // A thread that fails takes its requests with it; the next request starts a new one.
    const fail = (error: Error) => {
      if (this.worker === worker) this.worker = null;
      this.failAll(error);
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the ${this.name} stopped (exit code ${code})`)));
    this.worker = worker;
    return worker;
  }

  private failAll(error: Error): void {
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }
}

function toThreadError(error: unknown): ThreadError {
  if (error instanceof AppError) return { message: error.message, appError: { code: error.code, problems: error.problems } };
  return { message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
}

function fromThreadError(error: ThreadError): Error {
  return error.appError ? new AppError(error.appError.code, error.message, error.appError.problems) : new Error(error.message);
}

/** In the thread's module: answers each request with `handle`'s result, or its error. */
export function serveRequests<Request>(handle: (request: Request) => Promise<unknown>): void {
  parentPort?.on('message', ({ id, request }: ThreadRequest<Request>) => {
    handle(request).then(
      (result) => parentPort?.postMessage({ id, result } satisfies ThreadReply),
      (error: unknown) => parentPort?.postMessage({ id, error: toThreadError(error) } satisfies ThreadReply),
    );
  });
}
