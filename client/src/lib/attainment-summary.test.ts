import { describe, expect, test } from 'vitest';
import type { AttainmentStatus } from '../graphql/generated/graphql';
import { findGoal, flattenGoals, offTrackGoals, trendIndicator, type GoalNode } from './attainment-summary';

function indicator(code: string, weight: number, progressShare: number | null, valueCount: number) {
  return {
    indicator: { code, name: { fi: code, sv: null, en: null }, unit: '%', decimals: 1, direction: 'HIGHER_IS_BETTER' as const },
    weight,
    status: 'ON_TRACK' as const,
    score: 1,
    ratio: 1,
    method: 'WITH_TARGET' as const,
    notAvailableReason: null,
    baseline: null,
    latest: null,
    target: null,
    targetTrajectory: [],
    targetArea: null,
    progressShare,
    projected: null,
    growthRate: null,
    requiredGrowthRate: null,
    values: Array.from({ length: valueCount }, (_, index) => ({ period: String(2020 + index), value: index })),
    seriesSource: 'OWN' as const,
    coverage: 1,
    aggregatedAreaCount: null,
    memberAreaCount: null,
    explanation: '',
  };
}

function goal(id: string, status: AttainmentStatus, score: number | null, indicators: ReturnType<typeof indicator>[] = [], subGoals: GoalNode[] = []): GoalNode {
  return {
    goal: { id, title: { fi: `Tavoite ${id}`, sv: null, en: null }, owner: null },
    status,
    score,
    coverage: 1,
    availableCount: 1,
    partCount: 1,
    notAvailableReason: null,
    indicators,
    subGoals,
  };
}

describe('attainment summaries', () => {
  test('the trend shows the weightiest indicator that has a series', () => {
    const node = goal('1', 'ON_TRACK', 3, [indicator('light', 1, null, 5), indicator('heavy-but-empty', 3, null, 1), indicator('heavy', 2, null, 4)]);
    expect(trendIndicator(node)?.indicator.code).toBe('heavy');
    expect(trendIndicator(goal('2', 'NOT_AVAILABLE', null))).toBeNull();
  });

  test('flattening puts sub-goals right after their parent', () => {
    const tree = [goal('1', 'ON_TRACK', 3, [], [goal('1a', 'DETERIORATING', -4)]), goal('2', 'LIMITED_PROGRESS', -1)];
    expect(flattenGoals(tree).map((flat) => [flat.node.goal.id, flat.depth, flat.parentId])).toEqual([
      ['1', 0, null],
      ['1a', 1, '1'],
      ['2', 0, null],
    ]);
    expect(findGoal(tree, '1a')?.status).toBe('DETERIORATING');
    expect(findGoal(tree, 'x')).toBeNull();
  });

  test('off-track goals are listed worst first; not available is not off track', () => {
    const tree = [
      goal('1', 'NEEDS_ACCELERATION', 1),
      goal('2', 'DETERIORATING', -3),
      goal('3', 'NOT_AVAILABLE', null),
      goal('4', 'LIMITED_PROGRESS', -1),
      goal('5', 'DETERIORATING', -4.5),
      goal('6', 'TARGET_ACHIEVED', 5),
    ];
    expect(offTrackGoals(tree).map((node) => node.goal.id)).toEqual(['5', '2', '4', '1']);
  });
});
