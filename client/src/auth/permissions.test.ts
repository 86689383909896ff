import { describe, expect, test } from 'vitest';
import { can, canWriteAssessment, safeReturnTo, signInPath, type ViewerLike } from './permissions';

const owner: ViewerLike = { id: '3', username: 'owner', displayName: 'Olli Omistaja', role: 'GOAL_OWNER', permissions: ['WRITE_ASSESSMENTS'] };
const board: ViewerLike = { id: '4', username: 'board', displayName: 'Hilkka Hallitus', role: 'BOARD', permissions: ['OPEN_REVIEWS', 'APPROVE_REVIEWS'] };

describe('can', () => {
  test.each([
    [null, 'LOAD_DATA', false],
    [owner, 'WRITE_ASSESSMENTS', true],
    [owner, 'APPROVE_REVIEWS', false],
    [board, 'APPROVE_REVIEWS', true],
    [board, 'READ_AUDIT', false],
  ] as const)('%o may %s: %s', (viewer, permission, expected) => {
    expect(can(viewer, permission)).toBe(expected);
  });
});

describe('canWriteAssessment', () => {
  const draft = { status: 'DRAFT' } as const;
  test('the owner, on their own goal, in a draft', () => {
    expect(canWriteAssessment(owner, { ownerUsername: 'owner' }, draft)).toBe(true);
  });
  test.each([
    ['another owner’s goal', owner, { ownerUsername: 'someone' }, draft],
    ['a goal without an owning user', owner, { ownerUsername: null }, draft],
    ['an approved review', owner, { ownerUsername: 'owner' }, { status: 'APPROVED' } as const],
    ['a user without the permission, even if named owner', { ...board, username: 'owner' }, { ownerUsername: 'owner' }, draft],
    ['nobody signed in', null, { ownerUsername: 'owner' }, draft],
  ])('not for %s', (_case, viewer, goal, review) => {
    expect(canWriteAssessment(viewer, goal, review)).toBe(false);
  });
});

describe('safeReturnTo', () => {
  test.each([
    ['/reviews/2?strategy=1', '/reviews/2?strategy=1'],
    ['/', '/'],
    [null, '/'],
    ['', '/'],
    ['https://evil.example/', '/'],
    ['//evil.example/x', '/'],
    ['/\\evil.example', '/'],
    ['javascript:alert(1)', '/'],
    ['/sign-in?returnTo=/x', '/'],
    ['/sign-in', '/'],
  ])('%s → %s', (input, expected) => {
    expect(safeReturnTo(input)).toBe(expected);
  });
});

describe('signInPath', () => {
  test('carries the way back, encoded', () => {
    expect(signInPath('/reviews/2?strategy=1')).toBe('/sign-in?returnTo=%2Freviews%2F2%3Fstrategy%3D1');
  });
  test('the front page needs no way back', () => {
    expect(signInPath('/')).toBe('/sign-in');
  });
});
