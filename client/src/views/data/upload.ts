/** The answer of `POST /api/uploads`: the stored file, to be loaded with `loadUpload`. */
export interface UploadedFile {
  uploadId: string;
  fileName: string;
  size: number;
  detectedFormat: string | null;
}

export class UploadError extends Error {
  constructor(
    message: string,
    /** 413: the file is over the server's limit. */
    readonly tooLarge: boolean,
    /** The HTTP status, when the server answered (401: not signed in, 403: not allowed to load). */
    readonly status: number | null = null,
  ) {
    super(message);
    this.name = 'UploadError';
  }
}

function isUploadedFile(value: unknown): value is UploadedFile {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate.uploadId === 'string' && typeof candidate.fileName === 'string';
}

/**
 * Sends the raw file bytes with the session cookie (uploads need a user who may load data). The
 * custom `x-mittaristo-upload` header is the server's CSRF guard: a cross-site form cannot set it,
 * and a cross-site script cannot send it without a CORS preflight.
 */
export async function uploadFile(file: File, fetchImpl: typeof fetch = fetch): Promise<UploadedFile> {
  let response: Response;
  try {
    response = await fetchImpl('/api/uploads', {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        'content-type': 'application/octet-stream',
        // Header values must be ISO-8859-1; the server decodes the percent-encoded name.
        'x-file-name': encodeURIComponent(file.name),
        'x-mittaristo-upload': '1',
      },
      body: file,
    });
  } catch (error) {
    throw new UploadError(error instanceof Error ? error.message : String(error), false);
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const message =
      typeof body === 'object' && body !== null && typeof (body as { error?: unknown }).error === 'string'
        ? (body as { error: string }).error
        : `HTTP ${response.status} ${response.statusText}`;
    throw new UploadError(message, response.status === 413, response.status);
  }
  if (!isUploadedFile(body)) throw new UploadError(`HTTP ${response.status}: unexpected answer`, false, response.status);
  return body;
}
