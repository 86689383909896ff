import express from 'express';
import type { Kysely } from 'kysely';
import { recordAudit } from '../audit/audit-service';
import { can } from '../auth/auth-model';
import { requestUser } from '../auth/auth-routes';
import type { Database } from '../db/database';
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { detectFormat } from './parsers/detect-format';
import { excelKind } from './parsers/excel';
import { UploadTooLargeError, type UploadStore } from './upload-store';

/** How much of an upload is read to tell its format. */
const HEAD_BYTES = 64 * 1024;

function safeFileName(header: string | undefined): string {
  let name = header ?? '';
  try {
    name = decodeURIComponent(name);
  } catch {
    // Not percent-encoded: use it as it is.
  }
  // No path parts (a name is a label, not a place) and no control characters.
  name = [...basename(name.replace(/\\/g, '/'))].filter((character) => character.charCodeAt(0) >= 32).join('').trim();
  return name.slice(0, 200) || 'upload';
}

async function readHead(path: string): Promise<Buffer> {
  const file = await open(path);
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await file.read(buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await file.close();
  }
}

/** An Excel workbook's kind (its sheet's layout is told when it is read), or the text's format. */
function detectUploadFormat(head: Buffer): string | null {
  return excelKind(head) ?? detectFormat(head.toString('utf8'));
}

/**
 * `POST /api/uploads`: the body is the file's bytes, streamed to disk. Answers the id to load it
 * with (the `loadUpload` mutation) and the format its first line suggests. A custom header is
 * required, so a cross-site form cannot post files here (browsers send it only after a preflight).
 */
export function uploadRouter(store: UploadStore, db: Kysely<Database>): express.Router {
  const router = express.Router();
  const limitText =
    store.limitBytes >= 1024 * 1024 ? `${Math.round(store.limitBytes / 1024 / 1024)} MB` : `${Math.ceil(store.limitBytes / 1024)} kB`;
  router.post('/api/uploads', async (request, response) => {
    if (request.get('x-mittaristo-upload') !== '1') {
      response.status(403).json({ error: 'uploads must carry the header "x-mittaristo-upload: 1"' });
      return;
    }
    const user = requestUser(response);
    if (!user) {
      response.status(401).json({ error: 'Sign in to upload files.' });
      return;
    }
    if (!can(user, 'LOAD_DATA')) {
      response.status(403).json({ error: `${user.username} may not load data; ask an analyst.` });
      return;
    }
    const tooLarge = () => {
      response
        .status(413)
        .set('Connection', 'close')
        .json({ error: `The file is larger than the upload limit of ${limitText}. Load large files with the command line: npm run load -- FILE` });
    };
    if (Number(request.get('content-length') ?? 0) > store.limitBytes) {
      tooLarge();
      return;
    }
    try {
      const upload = await store.save(request, safeFileName(request.get('x-file-name')));
      const detectedFormat = detectUploadFormat(await readHead(upload.path));
      await recordAudit(db, {
        actor: user.username,
        action: 'upload',
        entityType: 'Upload',
        entityId: upload.id,
        summary: `uploaded ${upload.fileName} (${upload.size} bytes) for loading`,
      });
      response.status(201).json({ uploadId: upload.id, fileName: upload.fileName, size: upload.size, detectedFormat });
    } catch (error) {
      if (error instanceof UploadTooLargeError) tooLarge();
      else {
        console.error('Upload failed:', error);
        response.status(400).json({ error: 'The upload was interrupted; send the file again.' });
      }
    }
  });
  return router;
}
