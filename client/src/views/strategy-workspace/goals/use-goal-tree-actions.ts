import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { useFormat } from '../../../lib/format';
import { errorMessage } from '../../../lib/graphql-errors';
import { useToast } from '../shared/toasts';
import type { WorkspaceGoal, WorkspacePerspective, WorkspaceStrategy } from '../workspace-query';
import { createGoalInput, goalDraftFrom } from './goal-form';
import {
  useCreateGoalMutation,
  useCreatePerspectiveMutation,
  useDeleteGoalMutation,
  useDeletePerspectiveMutation,
  useLinkIndicatorMutation,
  useReorderGoalsMutation,
  useReorderPerspectivesMutation,
  useRestorePromiseGoalsMutation,
  useUnlinkIndicatorMutation,
} from './goal-queries';
import { moveInOrder, siblingIds } from './goal-tree';

// Deletes answer only an id, which the document cache cannot place: these are the types they change.
const PERSPECTIVES = { additionalTypenames: ['Perspective', 'Strategy'] };
const GOALS = { additionalTypenames: ['Goal', 'Perspective', 'GoalIndicator', 'ServicePromiseItem'] };

const failure = (error: CombinedError | undefined) => (error ? errorMessage(error) : null);

/**
 * The goal tree's quick actions: moving perspectives and goals up and down (the server takes the
 * whole new order of the siblings), and deleting with an undo that recreates what was deleted —
 * a perspective (only an empty one can go), a goal with its indicator links, promise links and
 * place, or one indicator link.
 */
export function useGoalTreeActions(strategy: WorkspaceStrategy) {
  const { t } = useTranslation();
  const format = useFormat();
  const { notify } = useToast();
  const [, reorderPerspectives] = useReorderPerspectivesMutation();
  const [, reorderGoals] = useReorderGoalsMutation();
  const [, createPerspective] = useCreatePerspectiveMutation();
  const [, deletePerspective] = useDeletePerspectiveMutation();
  const [, createGoal] = useCreateGoalMutation();
  const [, deleteGoal] = useDeleteGoalMutation();
  const [, linkIndicator] = useLinkIndicatorMutation();
  const [, unlinkIndicator] = useUnlinkIndicatorMutation();
  const [, restorePromiseGoals] = useRestorePromiseGoalsMutation();

  const perspectiveOrder = () => [...strategy.perspectives].sort((a, b) => a.sortOrder - b.sortOrder).map((perspective) => perspective.id);

  /** Answers an error message, or null when moved. */
  const movePerspective = async (perspective: WorkspacePerspective, delta: -1 | 1): Promise<string | null> => {
    const ids = moveInOrder(perspectiveOrder(), perspective.id, delta);
    if (!ids) return null;
    const result = await reorderPerspectives({ strategyId: strategy.id, ids }, PERSPECTIVES);
    if (result.error) return errorMessage(result.error);
    notify(t('workspace.goals.moved', { name: format.text(perspective.name), position: ids.indexOf(perspective.id) + 1, count: ids.length }));
    return null;
  };

  const moveGoal = async (goal: WorkspaceGoal, delta: -1 | 1): Promise<string | null> => {
    const ids = moveInOrder(siblingIds(strategy.goals, goal), goal.id, delta);
    if (!ids) return null;
    const result = await reorderGoals({ perspectiveId: goal.perspective.id, parentGoalId: goal.parent?.id ?? null, ids }, GOALS);
    if (result.error) return errorMessage(result.error);
    notify(t('workspace.goals.moved', { name: format.text(goal.title), position: ids.indexOf(goal.id) + 1, count: ids.length }));
    return null;
  };

  const removePerspective = async (perspective: WorkspacePerspective): Promise<string | null> => {
    const order = perspectiveOrder();
    const result = await deletePerspective({ id: perspective.id }, PERSPECTIVES);
    if (result.error) return errorMessage(result.error);
    notify(t('workspace.goals.perspectiveDeleted', { name: format.text(perspective.name) }), async () => {
      const created = await createPerspective({ input: { strategyId: strategy.id, name: { fi: perspective.name.fi, sv: perspective.name.sv ?? null, en: perspective.name.en ?? null } } });
      if (!created.data) return failure(created.error) ?? t('workspace.toast.unknownError');
      const newId = created.data.createPerspective.id;
      // Back in its old place; the others may have changed meanwhile, and then it stays last.
      const ids = order.map((id) => (id === perspective.id ? newId : id));
      await reorderPerspectives({ strategyId: strategy.id, ids }, PERSPECTIVES);
      return null;
    });
    return null;
  };

  const removeGoal = async (goal: WorkspaceGoal): Promise<string | null> => {
    const siblings = siblingIds(strategy.goals, goal);
    const result = await deleteGoal({ id: goal.id }, GOALS);
    if (result.error) return errorMessage(result.error);
    const title = format.text(goal.title);
    // A goal with assessments cannot be brought back whole (they go with it), so no undo is offered.
    const undo =
      goal.assessments.length > 0
        ? undefined
        : async () => {
            const created = await createGoal({ input: createGoalInput(goalDraftFrom(goal)) });
            if (!created.data) return failure(created.error) ?? t('workspace.toast.unknownError');
            const newId = created.data.createGoal.id;
            for (const link of goal.indicators) {
              const linked = await linkIndicator({ input: { goalId: newId, indicatorCode: link.indicator.code, weight: link.weight } });
              if (linked.error) return errorMessage(linked.error);
            }
            for (const item of goal.servicePromiseItems) {
              const goalIds = item.goals.map((other) => (other.id === goal.id ? newId : other.id));
              const restored = await restorePromiseGoals({ id: item.id, goalIds });
              if (restored.error) return errorMessage(restored.error);
            }
            await reorderGoals(
              { perspectiveId: goal.perspective.id, parentGoalId: goal.parent?.id ?? null, ids: siblings.map((id) => (id === goal.id ? newId : id)) },
              GOALS,
            );
            return null;
          };
    notify(t('workspace.goals.goalDeleted', { name: title }), undo);
    return null;
  };

  const unlink = async (goal: WorkspaceGoal, link: WorkspaceGoal['indicators'][number]): Promise<string | null> => {
    const result = await unlinkIndicator({ goalId: goal.id, indicatorCode: link.indicator.code });
    if (result.error) return errorMessage(result.error);
    notify(t('workspace.links.unlinked', { indicator: format.text(link.indicator.name), goal: format.text(goal.title) }), async () => {
      const linked = await linkIndicator({ input: { goalId: goal.id, indicatorCode: link.indicator.code, weight: link.weight } });
      return failure(linked.error);
    });
    return null;
  };

  return { movePerspective, moveGoal, removePerspective, removeGoal, unlink };
}
