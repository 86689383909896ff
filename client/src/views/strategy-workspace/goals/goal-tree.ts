/**
 * The goal tree as the workspace shows and edits it: perspectives in their order, each with its
 * top-level goals and their sub-goals in theirs. Pure functions, so the orders sent to the server
 * (reorderPerspectives, reorderGoals take every sibling in the new order) are tested on their own.
 */

interface TreeGoal {
  id: string;
  sortOrder: number;
  perspective: { id: string };
  parent?: { id: string } | null;
}

interface TreePerspective {
  id: string;
  sortOrder: number;
}

export interface GoalNode<Goal extends TreeGoal> {
  goal: Goal;
  children: GoalNode<Goal>[];
  depth: number;
}

export interface PerspectiveNode<Perspective extends TreePerspective, Goal extends TreeGoal> {
  perspective: Perspective;
  goals: GoalNode<Goal>[];
}

const bySortOrder = (a: { sortOrder: number; id: string }, b: { sortOrder: number; id: string }) => a.sortOrder - b.sortOrder || Number(a.id) - Number(b.id);

export function buildGoalTree<Perspective extends TreePerspective, Goal extends TreeGoal>(
  perspectives: ReadonlyArray<Perspective>,
  goals: ReadonlyArray<Goal>,
): PerspectiveNode<Perspective, Goal>[] {
  const childrenOf = new Map<string | null, Goal[]>();
  const ids = new Set(goals.map((goal) => goal.id));
  for (const goal of goals) {
    // A parent outside the list (another strategy's, or gone) leaves the goal at the top level, shown.
    const parentId = goal.parent && ids.has(goal.parent.id) ? goal.parent.id : null;
    const key = parentId ?? `top:${goal.perspective.id}`;
    childrenOf.set(key, [...(childrenOf.get(key) ?? []), goal]);
  }
  const nodes = (key: string, depth: number, seen: Set<string>): GoalNode<Goal>[] =>
    [...(childrenOf.get(key) ?? [])]
      .sort(bySortOrder)
      .filter((goal) => !seen.has(goal.id))
      .map((goal) => {
        const inner = new Set(seen).add(goal.id);
        return { goal, depth, children: nodes(goal.id, depth + 1, inner) };
      });
  return [...perspectives].sort(bySortOrder).map((perspective) => ({ perspective, goals: nodes(`top:${perspective.id}`, 0, new Set()) }));
}

/** The order after moving `id` one place up (-1) or down (+1), or null when it cannot move further. */
export function moveInOrder(ids: ReadonlyArray<string>, id: string, delta: -1 | 1): string[] | null {
  const index = ids.indexOf(id);
  const target = index + delta;
  if (index < 0 || target < 0 || target >= ids.length) return null;
  const next = [...ids];
  next[index] = ids[target] as string;
  next[target] = id;
  return next;
}

/** The goal's siblings in display order: the goals under the same parent, or the perspective's top level. */
export function siblingIds<Goal extends TreeGoal>(goals: ReadonlyArray<Goal>, goal: Goal): string[] {
  const parentId = goal.parent?.id ?? null;
  return goals
    .filter((other) => (parentId === null ? !other.parent && other.perspective.id === goal.perspective.id : other.parent?.id === parentId))
    .sort(bySortOrder)
    .map((other) => other.id);
}

/** The goal and everything under it: none of these can become its parent. */
export function subtreeIds<Goal extends TreeGoal>(goals: ReadonlyArray<Goal>, rootId: string): Set<string> {
  const found = new Set([rootId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const goal of goals) {
      if (goal.parent && found.has(goal.parent.id) && !found.has(goal.id)) {
        found.add(goal.id);
        grew = true;
      }
    }
  }
  return found;
}

/**
 * The goals a goal can be placed under in a perspective: that perspective's goals, except the goal
 * itself and its own sub-goals (the server refuses a loop too), in tree order with their depth.
 */
export function parentChoices<Perspective extends TreePerspective, Goal extends TreeGoal>(
  tree: ReadonlyArray<PerspectiveNode<Perspective, Goal>>,
  perspectiveId: string,
  excluded: ReadonlySet<string>,
): Array<{ goal: Goal; depth: number }> {
  const choices: Array<{ goal: Goal; depth: number }> = [];
  const walk = (nodes: ReadonlyArray<GoalNode<Goal>>) => {
    for (const node of nodes) {
      if (excluded.has(node.goal.id)) continue;
      choices.push({ goal: node.goal, depth: node.depth });
      walk(node.children);
    }
  };
  walk(tree.find((node) => node.perspective.id === perspectiveId)?.goals ?? []);
  return choices;
}

/** Each linked indicator's share of its goal: its weight over the sum of the goal's weights. */
export function weightShares(weights: ReadonlyArray<number>): number[] {
  const total = weights.reduce((sum, weight) => sum + (weight > 0 ? weight : 0), 0);
  return weights.map((weight) => (total > 0 && weight > 0 ? weight / total : 0));
}
