/**
 * The closed set of errors the API reports. Services throw `AppError`s; `formatError` in
 * graphql/format-error.ts is the one place they become GraphQL errors with `extensions.code`.
 */
export type ErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'UNAUTHENTICATED' | 'FORBIDDEN';

export interface FieldProblem {
  /** Dotted path of the input field, e.g. `input.name.fi` or `input.points.1.period`. */
  field: string;
  reason: string;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly problems: FieldProblem[] = [],
    /** More for a client to act on, sent as `extensions` beside the code (e.g. a refused target's warnings). */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** Bad input in one or more fields; the message names each field and why. */
export function badInput(problems: FieldProblem[] | FieldProblem, details: Record<string, unknown> = {}): AppError {
  const list = Array.isArray(problems) ? problems : [problems];
  const message = list.map((problem) => `${problem.field}: ${problem.reason}`).join('; ');
  return new AppError('BAD_USER_INPUT', message, list, details);
}

/**
 * Something addressed by id or code does not exist. `field` names the argument or input field that
 * pointed at it, so a form can show the error in place. The caller says which it was: municipality
 * codes are digits too, so the key cannot tell.
 */
export function notFound(what: string, key: string | number, field: string, by: 'id' | 'code' = 'id'): AppError {
  const reason = `no ${what} has the ${by} ${JSON.stringify(String(key))}`;
  return new AppError('NOT_FOUND', `${field}: ${reason}`, [{ field, reason }]);
}

/** The request is valid but the data's current state forbids it (e.g. deleting something in use). */
export function conflict(message: string): AppError {
  return new AppError('CONFLICT', message);
}
