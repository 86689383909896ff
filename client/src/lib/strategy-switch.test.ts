import { describe, expect, test } from 'vitest';
import { strategyIdInPath, strategySwitchTarget } from './strategy-switch';

describe('strategyIdInPath', () => {
  test.each([
    ['/strategies/7', '7'],
    ['/strategies/7/promise', '7'],
    ['/strategies/7/goals/3', '7'],
    ['/strategies', null],
    ['/strategies/new', null],
    ['/strategies/newest', 'newest'],
    ['/strategies/', null],
    ['/', null],
    ['/goals/7', null],
  ])('%s → %s', (pathname, expected) => {
    expect(strategyIdInPath(pathname)).toBe(expected);
  });
});

describe('strategySwitchTarget', () => {
  test.each([
    // The same view of the other strategy; the municipality (the old county's) is dropped, the rest kept.
    ['/', '?area=740&serviceArea=2&asOf=2025Q2', '/', '?serviceArea=2&asOf=2025Q2&strategy=9'],
    ['/matrix', '?strategy=1', '/matrix', '?strategy=9'],
    ['/indicators/sotkanet%3A1244', '?area=740&scope=finland', '/indicators/sotkanet%3A1244', '?scope=finland&strategy=9'],
    // One goal or review belongs to the old strategy: its list instead.
    ['/goals/5', '?strategy=1&area=740', '/', '?strategy=9'],
    ['/reviews/3', '', '/reviews', '?strategy=9'],
    // Under /strategies/:id the path names the strategy; a query parameter would say it twice.
    ['/strategies/1/promise', '?strategy=1', '/strategies/9/promise', ''],
    ['/strategies/1', '', '/strategies/9', ''],
    ['/strategies/1/goals/4', '', '/strategies/9', ''],
    ['/strategies', '', '/strategies', '?strategy=9'],
    ['/strategies/new', '', '/strategies/new', '?strategy=9'],
    ['/strategies/1/goals', '', '/strategies/9/goals', ''],
  ])('%s%s → %s%s', (pathname, search, expectedPath, expectedSearch) => {
    expect(strategySwitchTarget(pathname, search, '9')).toEqual({ pathname: expectedPath, search: expectedSearch });
  });
});
