import { describe, expect, test } from 'vitest';
import { buildGoalTree, moveInOrder, parentChoices, siblingIds, subtreeIds, weightShares } from './goal-tree';

const perspectives = [
  { id: 'p2', sortOrder: 1 },
  { id: 'p1', sortOrder: 0 },
];
const goal = (id: string, perspective: string, sortOrder: number, parent: string | null = null) => ({ id, sortOrder, perspective: { id: perspective }, parent: parent ? { id: parent } : null });
const goals = [goal('1', 'p1', 1), goal('2', 'p1', 0), goal('3', 'p1', 0, '1'), goal('4', 'p2', 0), goal('5', 'p1', 1, '1'), goal('6', 'p1', 0, '3')];

describe('buildGoalTree', () => {
  test('perspectives and siblings in their sort order, sub-goals under their parents with their depth', () => {
    const tree = buildGoalTree(perspectives, goals);
    expect(tree.map((node) => node.perspective.id)).toEqual(['p1', 'p2']);
    const [first] = tree;
    expect(first?.goals.map((node) => node.goal.id)).toEqual(['2', '1']);
    expect(first?.goals[1]?.children.map((node) => [node.goal.id, node.depth])).toEqual([
      ['3', 1],
      ['5', 1],
    ]);
    expect(first?.goals[1]?.children[0]?.children.map((node) => [node.goal.id, node.depth])).toEqual([['6', 2]]);
    expect(tree[1]?.goals.map((node) => node.goal.id)).toEqual(['4']);
  });

  test('an empty perspective is kept, and a goal whose parent is unknown is shown at the top', () => {
    const tree = buildGoalTree([...perspectives, { id: 'p3', sortOrder: 2 }], [goal('9', 'p2', 0, '404')]);
    expect(tree.map((node) => node.goals.map((child) => child.goal.id))).toEqual([[], ['9'], []]);
  });
});

describe('moving', () => {
  test.each([
    [['a', 'b', 'c'], 'b', -1, ['b', 'a', 'c']],
    [['a', 'b', 'c'], 'b', 1, ['a', 'c', 'b']],
    [['a', 'b', 'c'], 'a', -1, null],
    [['a', 'b', 'c'], 'c', 1, null],
    [['a'], 'x', 1, null],
  ] as const)('%j: %s by %i → %j', (ids, id, delta, expected) => {
    expect(moveInOrder(ids, id, delta)).toEqual(expected);
  });

  test('siblings are the goals under the same parent, or the perspective’s top-level goals', () => {
    expect(siblingIds(goals, goals[0]!)).toEqual(['2', '1']);
    expect(siblingIds(goals, goals[4]!)).toEqual(['3', '5']);
    expect(siblingIds(goals, goals[3]!)).toEqual(['4']);
  });
});

describe('parents', () => {
  test('a goal cannot go under itself or its own sub-goals', () => {
    expect([...subtreeIds(goals, '1')].sort()).toEqual(['1', '3', '5', '6']);
    const tree = buildGoalTree(perspectives, goals);
    expect(parentChoices(tree, 'p1', subtreeIds(goals, '1')).map((choice) => choice.goal.id)).toEqual(['2']);
    expect(parentChoices(tree, 'p1', subtreeIds(goals, '5')).map((choice) => [choice.goal.id, choice.depth])).toEqual([
      ['2', 0],
      ['1', 0],
      ['3', 1],
      ['6', 2],
    ]);
  });
});

test('weights become shares of the goal: 2 of 4 is a half', () => {
  expect(weightShares([2, 1, 1])).toEqual([0.5, 0.25, 0.25]);
  expect(weightShares([1])).toEqual([1]);
  expect(weightShares([])).toEqual([]);
  expect(weightShares([0, 0])).toEqual([0, 0]);
});
