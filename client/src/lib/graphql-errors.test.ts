import { GraphQLError } from 'graphql';
import { CombinedError } from 'urql';
import { describe, expect, test } from 'vitest';
import { accessProblem, errorMessage, fieldProblems, fieldProblemsByPath, hasErrorCode } from './graphql-errors';

function graphQLError(message: string, extensions: Record<string, unknown>): CombinedError {
  return new CombinedError({ graphQLErrors: [new GraphQLError(message, { extensions })] });
}

describe('accessProblem', () => {
  test.each([
    [graphQLError('Sign in first', { code: 'UNAUTHENTICATED' }), 'UNAUTHENTICATED'],
    [graphQLError('Only the board approves reviews', { code: 'FORBIDDEN' }), 'FORBIDDEN'],
    [graphQLError('narrative: required', { code: 'BAD_USER_INPUT' }), null],
    [new CombinedError({ networkError: new Error('offline') }), null],
    [new CombinedError({ networkError: new Error('Unauthorized'), response: { status: 401 } }), 'UNAUTHENTICATED'],
    [new CombinedError({ networkError: new Error('Forbidden'), response: { status: 403 } }), 'FORBIDDEN'],
    [null, null],
  ])('%#: %s', (error, expected) => {
    expect(accessProblem(error)).toBe(expected);
  });
});

describe('errorMessage and codes', () => {
  test('the server’s words, without urql’s prefix', () => {
    const error = graphQLError('The review is approved already', { code: 'CONFLICT' });
    expect(errorMessage(error)).toBe('The review is approved already');
    expect(hasErrorCode(error, 'CONFLICT')).toBe(true);
    expect(hasErrorCode(error, 'FORBIDDEN')).toBe(false);
  });
});

describe('fieldProblems', () => {
  test('keys each problem by the input field’s last name; the first problem per field wins', () => {
    const error = graphQLError('input.overrideReason: required with a status override', {
      code: 'BAD_USER_INPUT',
      field: 'input.overrideReason',
      reason: 'required with a status override',
      problems: [
        { field: 'input.overrideReason', reason: 'required with a status override' },
        { field: 'input.narrative', reason: 'must not be empty' },
        { field: 'input.narrative', reason: 'second' },
      ],
    });
    expect(fieldProblems(error)).toEqual({ overrideReason: 'required with a status override', narrative: 'must not be empty' });
  });

  test('a single field and reason without a list', () => {
    expect(fieldProblems(graphQLError('x', { code: 'BAD_USER_INPUT', field: 'input.username', reason: 'is taken' }))).toEqual({ username: 'is taken' });
  });

  test('other errors have no field problems', () => {
    expect(fieldProblems(graphQLError('no', { code: 'FORBIDDEN' }))).toEqual({});
    expect(fieldProblems(undefined)).toEqual({});
  });
});

describe('fieldProblemsByPath', () => {
  test('keeps the path under input, so a name’s and a vision’s Finnish stay apart', () => {
    const error = graphQLError('two problems', {
      code: 'BAD_USER_INPUT',
      problems: [
        { field: 'input.name.fi', reason: 'must not be empty' },
        { field: 'input.vision.fi', reason: 'must be at most 5000 characters' },
        { field: 'id', reason: 'no strategy has the id "9"' },
      ],
    });
    expect(fieldProblemsByPath(error)).toEqual({ 'name.fi': 'must not be empty', 'vision.fi': 'must be at most 5000 characters', id: 'no strategy has the id "9"' });
  });
  test('reads a single field and reason, and nothing from other codes', () => {
    expect(fieldProblemsByPath(graphQLError('x', { code: 'BAD_USER_INPUT', field: 'input.points.1.value', reason: 'must be a finite number' }))).toEqual({
      'points.1.value': 'must be a finite number',
    });
    expect(fieldProblemsByPath(graphQLError('x', { code: 'CONFLICT', field: 'input.name', reason: 'r' }))).toEqual({});
  });
});
