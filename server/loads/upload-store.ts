import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export interface Upload {
  id: string;
  path: string;
  fileName: string;
  size: number;
}

export class UploadTooLargeError extends Error {
  constructor(readonly limitBytes: number) {
    super(`the file is larger than the upload limit of ${Math.round(limitBytes / 1024 / 1024)} MB`);
    this.name = 'UploadTooLargeError';
  }
}

/** Uploads are kept for an hour: long enough to preview and then write, not forever. */
const UPLOAD_LIFETIME_MS = 60 * 60 * 1000;

/**
 * Files sent from the dashboard, streamed to disk (never held in memory) so a preview and the
 * following write read the same bytes. Ids are random, so one user cannot guess another's upload.
 */
export class UploadStore {
  private readonly uploads = new Map<string, Upload & { createdAt: number }>();

  constructor(
    private readonly directory: string,
    readonly limitBytes: number,
  ) {}

  async save(body: Readable, fileName: string): Promise<Upload> {
    await this.removeExpired();
    await mkdir(this.directory, { recursive: true });
    const id = randomUUID();
    const path = join(this.directory, id);
    let size = 0;
    const limit = this.limitBytes;
    const counter = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        size += chunk.length;
        callback(size > limit ? new UploadTooLargeError(limit) : null, chunk);
      },
    });
    try {
      await pipeline(body, counter, createWriteStream(path));
    } catch (error) {
      await rm(path, { force: true });
      throw error;
    }
    const upload = { id, path, fileName, size, createdAt: Date.now() };
    this.uploads.set(id, upload);
    return upload;
  }

  get(id: string): Upload | undefined {
    return this.uploads.get(id);
  }

  async remove(id: string): Promise<void> {
    const upload = this.uploads.get(id);
    this.uploads.delete(id);
    if (upload) await rm(upload.path, { force: true });
  }

  private async removeExpired(): Promise<void> {
    const now = Date.now();
    for (const upload of [...this.uploads.values()]) {
      if (now - upload.createdAt > UPLOAD_LIFETIME_MS) await this.remove(upload.id);
    }
    // Files left by an earlier run of the server.
    const names = await readdir(this.directory).catch(() => [] as string[]);
    for (const name of names) {
      if (this.uploads.has(name)) continue;
      const path = join(this.directory, name);
      const info = await stat(path).catch(() => null);
      if (info && now - info.mtimeMs > UPLOAD_LIFETIME_MS) await rm(path, { force: true });
    }
  }
}
