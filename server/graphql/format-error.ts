import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { AppError } from '../errors';

/** The most tokens (names, punctuation, values) a query may have; the dashboard's largest has about 200. */
export const MAX_QUERY_TOKENS = 5_000;

/** A quoted value longer than 100 characters in a message: its start, and the rest. */
const LONG_QUOTE = /"((?:[^"\\]|\\.){100})(?:[^"\\]|\\.)+"/g;

/**
 * graphql-js quotes a variable's whole value when it cannot read it ("Variable "$first" got invalid
 * value "…""), so an oversized value would come back in full, maybe twice: quotes are cut short.
 */
function abbreviateQuotes(message: string): string {
  return message.replace(LONG_QUOTE, '"$1…"');
}

/** The HTTP status Apollo set on an error it raised itself (`extensions.http`), or 500. */
function httpStatusOf(error: unknown): number {
  const http = (error as { extensions?: { http?: { status?: unknown } } } | null)?.extensions?.http;
  return typeof http?.status === 'number' && http.status >= 400 ? http.status : 500;
}

/**
 * The one place errors become what clients see. AppErrors keep their code and field problems;
 * GraphQL's own errors (syntax, validation, variables) pass through; anything else is a bug, so it
 * is logged and reported without internals.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof AppError) {
    const [first] = original.problems;
    return {
      ...formatted,
      message: original.message,
      extensions: {
        ...original.details,
        code: original.code,
        ...(first ? { field: first.field, reason: first.reason, problems: original.problems } : {}),
      },
    };
  }
  const code = formatted.extensions?.code;
  // graphql-js words its token limit as a syntax error ("Document contains more that 5000 tokens").
  if (code === 'GRAPHQL_PARSE_FAILED' && formatted.message.includes(`${MAX_QUERY_TOKENS} tokens`)) {
    return {
      ...formatted,
      message: `The query is too large: it has more than ${MAX_QUERY_TOKENS} tokens (names, values and punctuation). Ask for less in one query, or send values as variables.`,
    };
  }
  if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') return { ...formatted, message: abbreviateQuotes(formatted.message) };
  // Apollo refuses some requests with a 4xx status but no code of their own, so it fills in
  // INTERNAL_SERVER_ERROR (a persisted query whose hash does not match it): the request's fault, not a bug.
  if (httpStatusOf(original) < 500) {
    return { ...formatted, message: abbreviateQuotes(formatted.message), extensions: { ...formatted.extensions, code: 'BAD_REQUEST' } };
  }
  console.error('Unexpected error in GraphQL request:', original);
  return {
    message: 'Internal server error',
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
