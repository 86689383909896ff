import type { CreateGoalInput, UpdateGoalInput } from '../../../graphql/generated/graphql';
import { type LocalizedDraft, draftFromText, EMPTY_TEXT, isBlank, optionalTextInput, textInput } from '../shared/drafts';
import type { Problem } from '../shared/problems';
import type { WorkspaceGoal } from '../workspace-query';

export interface GoalDraft {
  title: LocalizedDraft;
  description: LocalizedDraft;
  perspectiveId: string;
  /** '' for a top-level goal. */
  parentGoalId: string;
  owner: string;
  /** '' for no owning user. */
  ownerUserId: string;
  serviceAreaIds: string[];
  /** One national goal per line, as typed. */
  nationalGoals: string;
}

export type GoalField = 'title.fi' | 'description.fi' | 'perspectiveId' | 'parentGoalId' | 'owner' | 'ownerUserId' | 'serviceAreaIds' | 'nationalGoals';

export function newGoalDraft(perspectiveId: string, parentGoalId: string | null): GoalDraft {
  return { title: EMPTY_TEXT, description: EMPTY_TEXT, perspectiveId, parentGoalId: parentGoalId ?? '', owner: '', ownerUserId: '', serviceAreaIds: [], nationalGoals: '' };
}

export function goalDraftFrom(goal: WorkspaceGoal): GoalDraft {
  return {
    title: draftFromText(goal.title),
    description: draftFromText(goal.description),
    perspectiveId: goal.perspective.id,
    parentGoalId: goal.parent?.id ?? '',
    owner: goal.owner ?? '',
    ownerUserId: goal.ownerUser?.id ?? '',
    serviceAreaIds: goal.serviceAreas.map((serviceArea) => serviceArea.id).sort(),
    nationalGoals: goal.nationalGoals.join('\n'),
  };
}

export function nationalGoalList(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

export function validateGoal(draft: GoalDraft): Partial<Record<GoalField, Problem>> {
  const problems: Partial<Record<GoalField, Problem>> = {};
  if (!draft.title.fi.trim()) problems['title.fi'] = { key: isBlank(draft.title) ? 'required' : 'finnishRequired' };
  if (!isBlank(draft.description) && !draft.description.fi.trim()) problems['description.fi'] = { key: 'finnishRequired' };
  if (!draft.perspectiveId) problems.perspectiveId = { key: 'required' };
  return problems;
}

export function createGoalInput(draft: GoalDraft): CreateGoalInput {
  return {
    perspectiveId: draft.perspectiveId,
    parentGoalId: draft.parentGoalId || null,
    title: textInput(draft.title),
    description: optionalTextInput(draft.description),
    owner: draft.owner.trim() || null,
    ownerUserId: draft.ownerUserId || null,
    serviceAreaIds: draft.serviceAreaIds,
    nationalGoals: nationalGoalList(draft.nationalGoals),
  };
}

/**
 * The update of a goal: its place (perspective, parent) only when it changed, because a goal moved
 * goes last among its new siblings and an unchanged place must keep its order.
 */
export function updateGoalInput(draft: GoalDraft, saved: GoalDraft): UpdateGoalInput {
  const { perspectiveId, parentGoalId, ...rest } = createGoalInput(draft);
  const moved = draft.perspectiveId !== saved.perspectiveId || draft.parentGoalId !== saved.parentGoalId;
  return moved ? { ...rest, perspectiveId, parentGoalId } : rest;
}
