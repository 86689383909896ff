import { describe, expect, test } from 'vitest';
import {
  draftFromItem,
  draftInput,
  goalOptionsByPerspective,
  insertId,
  isDirty,
  missingTranslations,
  moveId,
  PROMISE_TEXT_MAX,
  serverProblems,
  validateDraft,
} from './promise-editor';

const text = (fi: string, sv: string | null = null, en: string | null = null) => ({ fi, sv, en });

describe('drafts', () => {
  const item = { text: text('Hoitoon viikossa', 'Vård inom en vecka', null), goals: [{ id: '3' }, { id: '5' }] };

  test('an item becomes a draft with empty strings for missing translations', () => {
    expect(draftFromItem(item)).toEqual({ fi: 'Hoitoon viikossa', sv: 'Vård inom en vecka', en: '', goalIds: ['3', '5'] });
    expect(draftFromItem(null)).toEqual({ fi: '', sv: '', en: '', goalIds: [] });
  });

  test.each([
    ['nothing changed', { fi: 'Hoitoon viikossa', sv: 'Vård inom en vecka', en: '', goalIds: ['3', '5'] }, false],
    ['only spaces around the text, which the server trims', { fi: ' Hoitoon viikossa ', sv: 'Vård inom en vecka', en: '  ', goalIds: ['3', '5'] }, false],
    ['the same goals in another order', { fi: 'Hoitoon viikossa', sv: 'Vård inom en vecka', en: '', goalIds: ['5', '3'] }, false],
    ['a translation added', { fi: 'Hoitoon viikossa', sv: 'Vård inom en vecka', en: 'Care within a week', goalIds: ['3', '5'] }, true],
    ['a goal unticked', { fi: 'Hoitoon viikossa', sv: 'Vård inom en vecka', en: '', goalIds: ['3'] }, true],
    ['a goal swapped for another', { fi: 'Hoitoon viikossa', sv: 'Vård inom en vecka', en: '', goalIds: ['3', '6'] }, true],
  ])('dirty when %s: %s', (_case, draft, expected) => {
    expect(isDirty(draft, draftFromItem(item))).toBe(expected);
  });

  test('the input trims and sends an empty translation as null', () => {
    expect(draftInput({ fi: ' Hoitoon ', sv: ' ', en: 'Care ', goalIds: ['3'] })).toEqual({ text: { fi: 'Hoitoon', sv: null, en: 'Care' }, goalIds: ['3'] });
  });
});

describe('validateDraft', () => {
  const long = 'x'.repeat(PROMISE_TEXT_MAX + 1);
  test.each([
    ['Finnish given', { fi: 'Lupaus', sv: '', en: '' }, {}],
    ['Finnish missing', { fi: '', sv: 'Löfte', en: '' }, { fi: { kind: 'required' } }],
    ['Finnish blank', { fi: '   ', sv: '', en: '' }, { fi: { kind: 'required' } }],
    ['exactly the limit', { fi: 'x'.repeat(PROMISE_TEXT_MAX), sv: '', en: '' }, {}],
    ['the limit counted after trimming', { fi: ` ${'x'.repeat(PROMISE_TEXT_MAX)} `, sv: '', en: '' }, {}],
    ['Swedish over the limit', { fi: 'Lupaus', sv: long, en: '' }, { sv: { kind: 'tooLong', length: PROMISE_TEXT_MAX + 1 } }],
  ])('%s', (_case, texts, expected) => {
    expect(validateDraft({ ...texts, goalIds: [] })).toEqual(expected);
  });
});

test('server problems land on the form’s fields; others are left for the save’s error', () => {
  expect(
    serverProblems([
      { field: 'input.text.sv', reason: 'must be at most 1000 characters' },
      { field: 'input.goalIds.1', reason: 'goal 9 belongs to another strategy' },
      { field: 'input.goalIds.2', reason: 'no goal has the id "99"' },
      { field: 'id', reason: 'no item' },
    ]),
  ).toEqual({
    sv: { kind: 'server', reason: 'must be at most 1000 characters' },
    goalIds: { kind: 'server', reason: 'goal 9 belongs to another strategy' },
  });
});

describe('order', () => {
  test.each([
    [1, -1, ['b', 'a', 'c']],
    [1, 1, ['a', 'c', 'b']],
    [0, -1, ['a', 'b', 'c']],
    [2, 1, ['a', 'b', 'c']],
  ] as const)('moving index %i by %i', (index, delta, expected) => {
    expect(moveId(['a', 'b', 'c'], index, delta)).toEqual(expected);
  });

  test.each([
    [0, ['x', 'a', 'b']],
    [1, ['a', 'x', 'b']],
    [2, ['a', 'b', 'x']],
    [9, ['a', 'b', 'x']],
  ])('a restored item goes back to index %i', (index, expected) => {
    expect(insertId(['a', 'b'], 'x', index)).toEqual(expected);
  });
});

test('missing translations are named', () => {
  expect(missingTranslations(text('a', 'b', 'c'))).toEqual([]);
  expect(missingTranslations(text('a', ' ', null))).toEqual(['sv', 'en']);
});

test('goals are grouped by perspective with each sub-goal under its parent', () => {
  const perspectives = [
    { id: 'p1', name: text('Vaikuttavuus') },
    { id: 'p2', name: text('Talous') },
    { id: 'p3', name: text('Tyhjä') },
  ];
  const goal = (id: string, perspective: string, parent: string | null = null) => ({ id, title: text(`Tavoite ${id}`), perspective: { id: perspective }, parent: parent ? { id: parent } : null });
  // Display order as the server gives it: a sub-goal may come after goals that are not its parent.
  const options = goalOptionsByPerspective(perspectives, [goal('1', 'p1'), goal('2', 'p2'), goal('3', 'p1'), goal('4', 'p1', '1'), goal('5', 'p1', '4')]);
  expect(options.map((group) => [group.perspective.id, group.goals.map((option) => `${option.id}@${option.depth}`)])).toEqual([
    ['p1', ['1@0', '4@1', '5@2', '3@0']],
    ['p2', ['2@0']],
    ['p3', []],
  ]);
});
