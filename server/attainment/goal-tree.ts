import type { Goal, GoalIndicatorLink, Perspective, ServicePromiseItem } from '../strategy/strategy-model';
import type { GoalAttainment, IndicatorAttainment, PerspectiveAttainment, PromiseItemAttainment } from './attainment-model';
import { rollUp, type RollUpPart, type RollUpResult, type Thresholds } from './method';

/** Which goals a judged tree shows, and how they nest: the same for every area a heat map judges. */
export interface GoalTreeShape {
  perspectives: readonly Perspective[];
  /** All goals of the strategy, in display order. */
  goals: readonly Goal[];
  linksByGoal: ReadonlyMap<number, readonly GoalIndicatorLink[]>;
  /** Goals to show (e.g. those of one service area); a goal is shown with its whole subtree. */
  includeGoal: (goal: Goal) => boolean;
  /** Whether perspectives with no goals shown are listed (as not available) or left out. */
  keepEmptyPerspectives: boolean;
}

export interface GoalTreeInput extends GoalTreeShape {
  /** Judges one indicator of one goal. */
  judge: (link: GoalIndicatorLink) => IndicatorAttainment;
  thresholds: Thresholds;
}

/** A sub-goal counts as much as one indicator of weight 1 in its parent's roll-up. */
const SUB_GOAL_WEIGHT = 1;
const NO_LINKS: readonly GoalIndicatorLink[] = Object.freeze([]);
const NO_GOALS: readonly Goal[] = Object.freeze([]);

/** A judged goal or perspective as a part of the level above: its coverage goes up with it, so each level says how much of it is known. */
function asPart(result: RollUpResult, weight: number): RollUpPart {
  return { weight, score: result.score, status: result.status, coverage: result.coverage };
}

/**
 * Works out the tree once (which goals are shown, under which perspective and parent); the
 * returned function then rolls up one area's judgements. A heat map judges hundreds of areas.
 */
export function planGoalTree(shape: GoalTreeShape): {
  /** The goals shown, in display order: perspective by perspective, each goal before its sub-goals. */
  goalIds: number[];
  rollUp: (judge: GoalTreeInput['judge'], thresholds: Thresholds) => { perspectives: PerspectiveAttainment[]; result: RollUpResult };
} {
  const childrenByParent = new Map<number, Goal[]>();
  for (const goal of shape.goals) {
    if (goal.parentGoalId === null) continue;
    const siblings = childrenByParent.get(goal.parentGoalId) ?? [];
    siblings.push(goal);
    childrenByParent.set(goal.parentGoalId, siblings);
  }
  const strategyGoalIds = new Set(shape.goals.map((goal) => goal.id));
  const matchesInSubtree = (goal: Goal): boolean =>
    shape.includeGoal(goal) || (childrenByParent.get(goal.id) ?? []).some(matchesInSubtree);
  const shownPerspectives = shape.perspectives
    .map((perspective) => ({
      perspective,
      topLevel: shape.goals.filter(
        (goal) =>
          goal.perspectiveId === perspective.id &&
          (goal.parentGoalId === null || !strategyGoalIds.has(goal.parentGoalId)) &&
          matchesInSubtree(goal),
      ),
    }))
    .filter(({ topLevel }) => topLevel.length > 0 || shape.keepEmptyPerspectives);

  const subtreeIds = (goal: Goal): number[] => [goal.id, ...(childrenByParent.get(goal.id) ?? NO_GOALS).flatMap(subtreeIds)];
  const shownGoalIds = shownPerspectives.flatMap(({ topLevel }) => topLevel.flatMap(subtreeIds));

  const rollUpArea = (judge: GoalTreeInput['judge'], thresholds: Thresholds) => {
    const judgeGoal = (goal: Goal): GoalAttainment => {
      const indicators = (shape.linksByGoal.get(goal.id) ?? NO_LINKS).map(judge);
      const subGoals = (childrenByParent.get(goal.id) ?? NO_GOALS).map(judgeGoal);
      const parts = [
        ...indicators.map((indicator) => ({
          weight: indicator.weight,
          score: indicator.judgement.score,
          status: indicator.judgement.status,
          coverage: indicator.coverage,
        })),
        ...subGoals.map((subGoal) => asPart(subGoal.result, SUB_GOAL_WEIGHT)),
      ];
      const result = rollUp(parts, thresholds);
      const notAvailableReason = parts.length === 0 ? 'NO_DATA' : result.status === 'NOT_AVAILABLE' ? 'LOW_COVERAGE' : null;
      return { goalId: goal.id, result, notAvailableReason, indicators, subGoals };
    };
    const perspectives = shownPerspectives.map(({ perspective, topLevel }): PerspectiveAttainment => {
      const goals = topLevel.map(judgeGoal);
      const result = rollUp(
        goals.map((goal) => asPart(goal.result, 1)),
        thresholds,
      );
      return { perspectiveId: perspective.id, result, goals };
    });
    const result = rollUp(
      perspectives.map((perspective) => asPart(perspective.result, 1)),
      thresholds,
    );
    return { perspectives, result };
  };
  return { goalIds: shownGoalIds, rollUp: rollUpArea };
}

/**
 * Rolls indicator judgements up the goal tree: each goal from its indicators (by link weight) and
 * sub-goals, each perspective from its top-level goals, the strategy from its perspectives (each of
 * weight 1, so a perspective with many goals does not outweigh one with few).
 */
export function rollUpStrategy(input: GoalTreeInput): { perspectives: PerspectiveAttainment[]; result: RollUpResult } {
  return planGoalTree(input).rollUp(input.judge, input.thresholds);
}

/** Every goal of a judged tree, parents before their sub-goals. */
export function flattenGoals(goals: readonly GoalAttainment[]): GoalAttainment[] {
  return goals.flatMap((goal) => [goal, ...flattenGoals(goal.subGoals)]);
}

/**
 * Judges service promise items by the goals that keep them, with the rule a goal applies to its
 * sub-goals (METHOD.md, "The service promise"): the mean of the goals' scores, each of weight 1;
 * status from the score, achieved only when every goal is; not available below the minimum coverage.
 * Goals not in the judged tree (outside a chosen service area) are left out of the item.
 */
export function rollUpPromise(
  items: readonly ServicePromiseItem[],
  links: ReadonlyArray<{ servicePromiseItemId: number; goalId: number }>,
  judgedGoals: readonly GoalAttainment[],
  thresholds: Thresholds,
): PromiseItemAttainment[] {
  return items.map((item) => {
    const linked = new Set(links.filter((link) => link.servicePromiseItemId === item.id).map((link) => link.goalId));
    // In the tree's display order, whatever order the links were made in.
    const goals = judgedGoals.filter((goal) => linked.has(goal.goalId));
    const result = rollUp(
      goals.map((goal) => asPart(goal.result, SUB_GOAL_WEIGHT)),
      thresholds,
    );
    return { item, result, goals };
  });
}
