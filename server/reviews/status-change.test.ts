import { expect, test } from 'vitest';
import { statusChange } from './review-service';

test.each([
  ['ON_TRACK', 'TARGET_ACHIEVED', 'IMPROVED'],
  ['DETERIORATING', 'LIMITED_PROGRESS', 'IMPROVED'],
  ['ON_TRACK', 'NEEDS_ACCELERATION', 'WORSENED'],
  // A target met while worsening ranks where its score (0–2.5) lies: below on track, above needs acceleration.
  ['TARGET_ACHIEVED', 'TARGET_ACHIEVED_WORSENING', 'WORSENED'],
  ['ON_TRACK', 'TARGET_ACHIEVED_WORSENING', 'WORSENED'],
  ['NEEDS_ACCELERATION', 'TARGET_ACHIEVED_WORSENING', 'IMPROVED'],
  ['LIMITED_PROGRESS', 'LIMITED_PROGRESS', 'UNCHANGED'],
  [null, 'ON_TRACK', 'NEW'],
  ['NOT_AVAILABLE', 'DETERIORATING', 'NEW'],
  ['ON_TRACK', 'NOT_AVAILABLE', 'WORSENED'],
  ['NOT_AVAILABLE', 'NOT_AVAILABLE', 'UNCHANGED'],
  [null, 'NOT_AVAILABLE', 'UNCHANGED'],
] as const)('%s → %s is %s', (previous, current, change) => {
  expect(statusChange(previous, current)).toBe(change);
});
