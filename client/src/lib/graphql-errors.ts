import type { CombinedError } from 'urql';

/** The API's closed set of error codes (`extensions.code`, see schema.graphql). */
export type ApiErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'COST_LIMIT_EXCEEDED'
  | 'TOO_MANY_REQUESTS'
  | 'INTERNAL_SERVER_ERROR';

/** What a person can do about an access error: sign in, or sign in as someone else. */
export type AccessProblem = 'UNAUTHENTICATED' | 'FORBIDDEN';

type ErrorLike = Pick<CombinedError, 'graphQLErrors' | 'response'> & { message: string; networkError?: Error };

function codes(error: ErrorLike): string[] {
  return error.graphQLErrors.map((graphQLError) => graphQLError.extensions?.code).filter((code): code is string => typeof code === 'string');
}

/**
 * The access problem behind an error, if any. Besides GraphQL's `extensions.code`, an HTTP 401 or
 * 403 from the endpoint itself (a server that refuses the whole request) counts too.
 */
export function accessProblem(error: ErrorLike | null | undefined): AccessProblem | null {
  if (!error) return null;
  const found = codes(error);
  if (found.includes('UNAUTHENTICATED')) return 'UNAUTHENTICATED';
  if (found.includes('FORBIDDEN')) return 'FORBIDDEN';
  const status = (error.response as { status?: unknown } | undefined)?.status;
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  return null;
}

export function hasErrorCode(error: ErrorLike | null | undefined, code: ApiErrorCode): boolean {
  return !!error && codes(error).includes(code);
}

/** The server's own words for the first error (without urql's "[GraphQL]" prefix). */
export function errorMessage(error: ErrorLike): string {
  return error.graphQLErrors[0]?.message ?? error.networkError?.message ?? error.message;
}

/**
 * Field problems of a BAD_USER_INPUT error, keyed by the input field's last name
 * (`input.overrideReason` → `overrideReason`), so a form can show each next to its field.
 */
export function fieldProblems(error: ErrorLike | null | undefined): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!error) return problems;
  for (const graphQLError of error.graphQLErrors) {
    if (graphQLError.extensions?.code !== 'BAD_USER_INPUT') continue;
    const listed = graphQLError.extensions.problems;
    const entries: Array<{ field?: unknown; reason?: unknown }> = Array.isArray(listed)
      ? listed
      : [{ field: graphQLError.extensions.field, reason: graphQLError.extensions.reason }];
    for (const entry of entries) {
      if (typeof entry.field !== 'string' || typeof entry.reason !== 'string') continue;
      const name = entry.field.split('.').pop() ?? entry.field;
      problems[name] ??= entry.reason;
    }
  }
  return problems;
}

/**
 * Field problems of a BAD_USER_INPUT error by their path under `root` (`input.name.sv` → `name.sv`,
 * `input.points.1.value` → `points.1.value`), for forms whose fields share last names (a name and a
 * vision both have `fi`). Problems outside `root` keep their whole path (`id`).
 */
export function fieldProblemsByPath(error: ErrorLike | null | undefined, root = 'input'): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!error) return problems;
  for (const graphQLError of error.graphQLErrors) {
    if (graphQLError.extensions?.code !== 'BAD_USER_INPUT') continue;
    const listed = graphQLError.extensions.problems;
    const entries: Array<{ field?: unknown; reason?: unknown }> = Array.isArray(listed)
      ? listed
      : [{ field: graphQLError.extensions.field, reason: graphQLError.extensions.reason }];
    for (const entry of entries) {
      if (typeof entry.field !== 'string' || typeof entry.reason !== 'string') continue;
      const path = entry.field.startsWith(`${root}.`) ? entry.field.slice(root.length + 1) : entry.field;
      problems[path] ??= entry.reason;
    }
  }
  return problems;
}
