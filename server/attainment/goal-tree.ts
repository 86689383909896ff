import type { Goal, GoalIndicatorLink, Perspective } from '../strategy/strategy-model';
import type { GoalAttainment, IndicatorAttainment, PerspectiveAttainment } from './attainment-model';
import { rollUp, type RollUpPart, type RollUpResult, type Thresholds } from './method';

export interface GoalTreeInput {
  perspectives: readonly Perspective[];
  /** All goals of the strategy, in display order. */
  goals: readonly Goal[];
  linksByGoal: ReadonlyMap<number, readonly GoalIndicatorLink[]>;
  /** Judges one indicator of one goal. */
  judge: (link: GoalIndicatorLink) => IndicatorAttainment;
  /** Goals to show (e.g. those of one service area); a goal is shown with its whole subtree. */
  includeGoal: (goal: Goal) => boolean;
  /** Whether perspectives with no goals shown are listed (as not available) or left out. */
  keepEmptyPerspectives: boolean;
  thresholds: Thresholds;
}

/** A sub-goal counts as much as one indicator of weight 1 in its parent's roll-up. */
const SUB_GOAL_WEIGHT = 1;

function asPart(result: RollUpResult, weight: number): RollUpPart {
  return { weight, score: result.score, status: result.status };
}

/**
 * Rolls indicator judgements up the goal tree: each goal from its indicators (by link weight) and
 * sub-goals, each perspective from its top-level goals, the strategy from its perspectives (each of
 * weight 1, so a perspective with many goals does not outweigh one with few).
 */
export function rollUpStrategy(input: GoalTreeInput): { perspectives: PerspectiveAttainment[]; result: RollUpResult } {
  const childrenByParent = new Map<number, Goal[]>();
  for (const goal of input.goals) {
    if (goal.parentGoalId === null) continue;
    const siblings = childrenByParent.get(goal.parentGoalId) ?? [];
    siblings.push(goal);
    childrenByParent.set(goal.parentGoalId, siblings);
  }
  const goalIds = new Set(input.goals.map((goal) => goal.id));

  const matchesInSubtree = (goal: Goal): boolean =>
    input.includeGoal(goal) || (childrenByParent.get(goal.id) ?? []).some(matchesInSubtree);

  const judgeGoal = (goal: Goal): GoalAttainment => {
    const indicators = (input.linksByGoal.get(goal.id) ?? []).map(input.judge);
    const subGoals = (childrenByParent.get(goal.id) ?? []).map(judgeGoal);
    const parts = [
      ...indicators.map((indicator) => ({ weight: indicator.weight, score: indicator.judgement.score, status: indicator.judgement.status })),
      ...subGoals.map((subGoal) => asPart(subGoal.result, SUB_GOAL_WEIGHT)),
    ];
    const result = rollUp(parts, input.thresholds);
    const notAvailableReason = parts.length === 0 ? 'NO_DATA' : result.status === 'NOT_AVAILABLE' ? 'LOW_COVERAGE' : null;
    return { goalId: goal.id, result, notAvailableReason, indicators, subGoals };
  };

  const perspectives: PerspectiveAttainment[] = [];
  for (const perspective of input.perspectives) {
    const topLevel = input.goals.filter(
      (goal) =>
        goal.perspectiveId === perspective.id &&
        (goal.parentGoalId === null || !goalIds.has(goal.parentGoalId)) &&
        matchesInSubtree(goal),
    );
    if (topLevel.length === 0 && !input.keepEmptyPerspectives) continue;
    const goals = topLevel.map(judgeGoal);
    const result = rollUp(
      goals.map((goal) => asPart(goal.result, 1)),
      input.thresholds,
    );
    perspectives.push({ perspectiveId: perspective.id, result, goals });
  }
  const result = rollUp(
    perspectives.map((perspective) => asPart(perspective.result, 1)),
    input.thresholds,
  );
  return { perspectives, result };
}

/** Every goal of a judged tree, parents before their sub-goals. */
export function flattenGoals(goals: readonly GoalAttainment[]): GoalAttainment[] {
  return goals.flatMap((goal) => [goal, ...flattenGoals(goal.subGoals)]);
}
