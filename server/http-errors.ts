import type express from 'express';

/** What the errors of Express's body parsers carry (they are `http-errors`). */
interface HttpError {
  status?: unknown;
  type?: unknown;
  expose?: unknown;
  message?: unknown;
  limit?: unknown;
  /** zlib's error code, when a compressed body could not be decompressed. */
  code?: unknown;
}

/** Who reads the answer: GraphQL clients expect `{ errors: [...] }`, the REST routes answer `{ error }`. */
export type ErrorShape = 'graphql' | 'rest';

function kilobytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.ceil(bytes / 1024)} kB`;
}

/** The words for a refused request, by the body parser's error type where it says more than its message. */
function describe(error: HttpError, shape: ErrorShape): string {
  switch (error.type) {
    case 'entity.parse.failed':
      return shape === 'graphql'
        ? 'The request body is not a JSON object; send {"query": "…", "variables": {…}} as application/json.'
        : 'The request body is not a JSON object.';
    case 'entity.too.large':
      return typeof error.limit === 'number'
        ? `The request body is larger than the limit of ${kilobytes(error.limit)}.`
        : 'The request body is too large.';
    case 'charset.unsupported':
      return 'The request body’s character set is not supported; send UTF-8.';
    case 'encoding.unsupported':
      return 'The request body’s content encoding is not supported; send it uncompressed, or with gzip, deflate or br.';
    case 'request.aborted':
      return 'The request was interrupted before its body arrived; send it again.';
    default:
      if (typeof error.code === 'string' && error.code.startsWith('Z_')) {
        return 'The request body could not be decompressed; check that its Content-Encoding says how it was compressed.';
      }
      return typeof error.message === 'string' && error.message !== '' ? error.message : 'The request is not valid.';
  }
}

function send(response: express.Response, status: number, message: string, shape: ErrorShape): void {
  if (shape === 'graphql') {
    response.status(status).json({ errors: [{ message, extensions: { code: status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR' } }] });
  } else {
    response.status(status).json({ error: message });
  }
}

/**
 * Answers the API's errors as JSON instead of Express's HTML page. A refused request (a 4xx, e.g. a
 * body that is not JSON or too large) is the client's mistake: it gets its status and words, and
 * nothing is logged. Anything else is a bug: logged, and answered without internals.
 */
export function apiErrorHandler(shape: ErrorShape): express.ErrorRequestHandler {
  return (error: unknown, request, response, next) => {
    if (response.headersSent) {
      next(error);
      return;
    }
    const httpError = (error && typeof error === 'object' ? error : {}) as HttpError;
    const status = typeof httpError.status === 'number' ? httpError.status : 500;
    if (status >= 400 && status < 500 && httpError.expose !== false) {
      send(response, status, describe(httpError, shape), shape);
      return;
    }
    console.error(`Unexpected error in ${request.method} ${request.originalUrl}:`, error);
    send(response, 500, 'Internal server error', shape);
  };
}

/** An API path that does not exist is a 404 in JSON, not the dashboard's page. */
export function apiNotFound(): express.RequestHandler {
  return (request, response) => {
    response.status(404).json({ error: `There is no ${request.method} ${request.originalUrl.split('?')[0]} in this API.` });
  };
}
