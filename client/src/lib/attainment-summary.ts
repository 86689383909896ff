import type { TFunction } from 'i18next';
import type { GoalAttainmentFieldsFragment, IndicatorAttainmentFieldsFragment, StrategyAttainmentQuery } from '../graphql/generated/graphql';
import { isOffTrack, severityRank } from '../components/status';
import type { Formatters } from './format';

/** A goal of the attainment tree with its sub-goals (the query nests them three levels deep). */
export type GoalNode = GoalAttainmentFieldsFragment & { subGoals?: ReadonlyArray<GoalNode> };

export interface FlatGoal {
  node: GoalNode;
  depth: number;
  parentId: string | null;
}

/** Goals in display order, parents before their sub-goals. */
export function flattenGoals(goals: ReadonlyArray<GoalNode>, depth = 0, parentId: string | null = null): FlatGoal[] {
  return goals.flatMap((node) => [{ node, depth, parentId }, ...flattenGoals(node.subGoals ?? [], depth + 1, node.goal.id)]);
}

export function findGoal(goals: ReadonlyArray<GoalNode>, goalId: string): GoalNode | null {
  return flattenGoals(goals).find((flat) => flat.node.goal.id === goalId)?.node ?? null;
}

/** The series a goal's sparkline shows: its weightiest indicator with at least two values. */
export function trendIndicator(goal: GoalNode): IndicatorAttainmentFieldsFragment | null {
  const candidates = [...goal.indicators, ...(goal.subGoals ?? []).flatMap((subGoal) => subGoal.indicators)];
  let best: IndicatorAttainmentFieldsFragment | null = null;
  for (const indicator of candidates) {
    if (indicator.values.length < 2) continue;
    if (!best || indicator.weight > best.weight) best = indicator;
  }
  return best;
}

/** Goals that need action, worst first; sub-goals included, since they may be what drags a parent down. */
export function offTrackGoals(goals: ReadonlyArray<GoalNode>): GoalNode[] {
  return flattenGoals(goals)
    .map((flat) => flat.node)
    .filter((node) => isOffTrack(node.status))
    .sort((a, b) => severityRank(a.status) - severityRank(b.status) || (a.score ?? 0) - (b.score ?? 0));
}

/** What a judgement is about, as the overview and the goal view name it: area · service area · as of. */
export function attainmentScope(
  attainment: Pick<StrategyAttainmentQuery['attainment'], 'area' | 'serviceArea' | 'asOfPeriod'>,
  t: TFunction,
  format: Formatters,
): string {
  return t('overview.areaSummary', {
    area: format.text(attainment.area.name),
    serviceArea: attainment.serviceArea ? format.text(attainment.serviceArea.name) : t('filters.allServiceAreas'),
    asOf: attainment.asOfPeriod ? t('filters.quarterEnd', { period: format.period(attainment.asOfPeriod) }) : t('filters.latest'),
  });
}
