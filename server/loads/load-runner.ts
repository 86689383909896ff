import { RequestThread } from '../common/request-thread';
import type { LoadFileOptions } from './load-file-service';
import type { LoadReport } from './load-model';

/** A file load's options as they cross to the thread: no progress callback (functions cannot). */
export type ThreadLoadOptions = Omit<LoadFileOptions, 'onProgress'>;

export type LoadJob =
  | { kind: 'load'; databaseFile: string; path: string; options: ThreadLoadOptions }
  | { kind: 'undo'; databaseFile: string; loadId: number; createdBy: string };

/**
 * Runs the server's loads and undos on a thread of their own (load-worker.ts). Both are long
 * stretches of synchronous work on their own SQLite connection — parsing and checking every row,
 * then writing or restoring every value in one transaction: a 50 MB upload wrote for three seconds,
 * undoing it took twenty, and on the request thread nothing else (not even /healthz) was answered
 * meanwhile. The command line loads in its own process and calls the service directly.
 */
export class LoadRunner {
  private readonly thread = new RequestThread<LoadJob>(new URL('./load-worker.ts', import.meta.url), 'load thread');

  /** `loadFile` of load-file-service, on the load thread. */
  loadFile(databaseFile: string, path: string, options: ThreadLoadOptions): Promise<LoadReport> {
    return this.thread.request({ kind: 'load', databaseFile, path, options }) as Promise<LoadReport>;
  }

  /** `undoLoad` of load-service, on the load thread. */
  undoLoad(databaseFile: string, loadId: number, createdBy: string): Promise<{ undoLoadId: number }> {
    return this.thread.request({ kind: 'undo', databaseFile, loadId, createdBy }) as Promise<{ undoLoadId: number }>;
  }

  close(): Promise<void> {
    return this.thread.close();
  }
}
