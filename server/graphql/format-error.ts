import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { AppError } from '../errors';

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
  if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') return formatted;
  console.error('Unexpected error in GraphQL request:', original);
  return {
    message: 'Internal server error',
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
