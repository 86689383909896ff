import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { useFormat } from '../../../lib/format';
import { useLinkIndicatorMutation } from '../goals/goal-queries';
import { useToast } from '../shared/toasts';
import type { WorkspaceGoal } from '../workspace-query';
import { type IndicatorDetailsDraft, linkAfterCreate } from './indicator-form';

/**
 * After an indicator is created: link it to the goal chosen in the form (if any) and say so. Answers
 * the link's error: the indicator exists then, and the form says the link failed.
 */
export function useAfterIndicatorCreated(goals: ReadonlyArray<WorkspaceGoal>) {
  const { t } = useTranslation();
  const format = useFormat();
  const { notify } = useToast();
  const [, linkIndicator] = useLinkIndicatorMutation();
  return async (indicator: { code: string; name: { fi: string; sv?: string | null; en?: string | null } }, draft: IndicatorDetailsDraft): Promise<CombinedError | null> => {
    const link = linkAfterCreate(draft);
    const name = format.text(indicator.name);
    if (!link) {
      notify(t('workspace.indicators.created', { name, code: indicator.code }));
      return null;
    }
    const result = await linkIndicator({ input: { goalId: link.goalId, indicatorCode: indicator.code, weight: link.weight } });
    if (result.error) return result.error;
    const goal = goals.find((candidate) => candidate.id === link.goalId);
    notify(t('workspace.indicators.createdAndLinked', { name, code: indicator.code, goal: goal ? format.text(goal.title) : link.goalId }));
    return null;
  };
}
