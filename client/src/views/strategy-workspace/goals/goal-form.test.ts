import { expect, test } from 'vitest';
import { createGoalInput, type GoalDraft, newGoalDraft, updateGoalInput, validateGoal } from './goal-form';

const draft: GoalDraft = {
  ...newGoalDraft('p1', null),
  title: { fi: ' Hoitoon pääsy nopeutuu ', sv: 'Snabbare tillgång till vård', en: '' },
  owner: ' Perusterveydenhuollon johtaja ',
  serviceAreaIds: ['3'],
  nationalGoals: 'Hallitusohjelma 4.2\n\n  STM:n tavoite 7  \n',
};

test('a goal needs a title in Finnish, and a translated description needs the Finnish one', () => {
  expect(validateGoal(draft)).toEqual({});
  expect(validateGoal({ ...draft, title: { fi: '', sv: '', en: '' } })).toEqual({ 'title.fi': { key: 'required' } });
  expect(validateGoal({ ...draft, title: { fi: '', sv: 'Mål', en: '' } })).toEqual({ 'title.fi': { key: 'finnishRequired' } });
  expect(validateGoal({ ...draft, description: { fi: '', sv: '', en: 'Why' } })).toEqual({ 'description.fi': { key: 'finnishRequired' } });
});

test('the create input trims, sends empty choices as null and one national goal per non-empty line', () => {
  expect(createGoalInput(draft)).toEqual({
    perspectiveId: 'p1',
    parentGoalId: null,
    title: { fi: 'Hoitoon pääsy nopeutuu', sv: 'Snabbare tillgång till vård', en: null },
    description: null,
    owner: 'Perusterveydenhuollon johtaja',
    ownerUserId: null,
    serviceAreaIds: ['3'],
    nationalGoals: ['Hallitusohjelma 4.2', 'STM:n tavoite 7'],
  });
});

test('an update sends the goal’s place only when it moved, so its order is kept otherwise', () => {
  expect(updateGoalInput(draft, draft)).not.toHaveProperty('perspectiveId');
  expect(updateGoalInput(draft, draft)).not.toHaveProperty('parentGoalId');
  expect(updateGoalInput({ ...draft, parentGoalId: '7' }, draft)).toMatchObject({ perspectiveId: 'p1', parentGoalId: '7' });
  expect(updateGoalInput(draft, { ...draft, parentGoalId: '7' })).toMatchObject({ perspectiveId: 'p1', parentGoalId: null });
});
