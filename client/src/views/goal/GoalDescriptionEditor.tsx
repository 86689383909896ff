import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useViewer } from '../../auth/viewer';
import { graphql } from '../../graphql/generated';
import { errorMessage, fieldProblemsByPath } from '../../lib/graphql-errors';
import type { LocalizedText } from '../../lib/format';
import { draftFromText, optionalTextInput, sameDraft } from '../strategy-workspace/shared/drafts';
import { LocalizedTextFields } from '../strategy-workspace/shared/LocalizedTextFields';
import { IDLE, SaveStatus, type SaveState } from '../strategy-workspace/shared/SaveStatus';

export const UpdateGoalDescriptionDocument = graphql(`
  mutation UpdateGoalDescription($id: ID!, $description: LocalizedTextInput) {
    updateGoalDescription(id: $id, description: $description) {
      id
      description {
        fi
        sv
        en
      }
    }
  }
`);

/**
 * A goal's owner knows best what it aims at: the user who writes its assessments may rewrite its
 * description (in fi/sv/en) here, as may strategy editors; nobody else sees the button.
 */
export function GoalDescriptionEditor({ goal }: { goal: { id: string; description?: LocalizedText | null; ownerUser?: { id: string } | null } }) {
  const { t } = useTranslation();
  const { viewer, can } = useViewer();
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState(() => draftFromText(goal.description));
  const [problem, setProblem] = useState<string | null>(null);
  const [state, setState] = useState<SaveState>(IDLE);
  const [, updateDescription] = useMutation(UpdateGoalDescriptionDocument);
  const mayEdit = can('EDIT_STRATEGY') || (can('WRITE_ASSESSMENTS') && !!viewer && viewer.id === goal.ownerUser?.id);
  if (!mayEdit) return null;
  const saved = draftFromText(goal.description);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    if (!draft.fi.trim() && (draft.sv.trim() || draft.en.trim())) {
      setProblem(t('workspace.problem.finnishRequired'));
      return;
    }
    setState({ kind: 'saving' });
    const result = await updateDescription({ id: goal.id, description: optionalTextInput(draft) });
    if (result.error) {
      const fromServer = fieldProblemsByPath(result.error, 'description');
      setProblem(fromServer.fi ?? fromServer.sv ?? fromServer.en ?? null);
      setState({ kind: 'error', message: errorMessage(result.error) });
      return;
    }
    setState({ kind: 'saved' });
    setOpen(false);
  };

  if (!open) {
    return (
      <p>
        <button
          type="button"
          className="button button--small button--secondary"
          onClick={() => {
            setDraft(saved);
            setState(IDLE);
            setOpen(true);
          }}
        >
          {t('workspace.description.edit')}
        </button>{' '}
        <SaveStatus state={state} />
      </p>
    );
  }
  return (
    <form className="form goal-description-form" onSubmit={submit} noValidate aria-label={t('workspace.description.edit')}>
      <LocalizedTextFields id="goal-description-edit" label={t('goal.description')} value={draft} onChange={setDraft} problems={{ fi: problem ?? undefined }} required={false} multiline />
      <div className="actions">
        <button type="submit" className="button button--small" disabled={state.kind === 'saving' || sameDraft(draft, saved)}>
          {t('workspace.description.save')}
        </button>
        <button type="button" className="button button--small button--secondary" onClick={() => setOpen(false)}>
          {t('common.cancel')}
        </button>
        <SaveStatus state={state} />
      </div>
    </form>
  );
}
