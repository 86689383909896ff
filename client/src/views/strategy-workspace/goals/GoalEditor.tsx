import type { TFunction } from 'i18next';
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { CombinedError } from 'urql';
import { useViewer } from '../../../auth/viewer';
import { ActionError } from '../../../components/AccessMessage';
import { NotFound } from '../../../components/NotFound';
import { useFormat } from '../../../lib/format';
import { errorMessage, fieldProblemsByPath } from '../../../lib/graphql-errors';
import { describedBy, ErrorSummary, FieldProblem } from '../shared/ErrorSummary';
import { sameDraft } from '../shared/drafts';
import { LocalizedTextFields } from '../shared/LocalizedTextFields';
import { problemText, type ShownProblem } from '../shared/problems';
import { IDLE, SaveStatus, type SaveState } from '../shared/SaveStatus';
import { useToast } from '../shared/toasts';
import { useUnsavedChanges } from '../shared/unsaved-changes';
import { useWorkspace, type WorkspaceGoal, type WorkspaceStrategy } from '../workspace-query';
import { createGoalInput, type GoalDraft, type GoalField, goalDraftFrom, newGoalDraft, updateGoalInput, validateGoal } from './goal-form';
import { useCreateGoalMutation, useGoalOwnerCandidatesQuery, useUpdateGoalMutation } from './goal-queries';
import { buildGoalTree, parentChoices, subtreeIds } from './goal-tree';
import { GoalIndicatorLinks } from './GoalIndicatorLinks';

/** `goals/:goalId`: one goal's fields, its place in the tree, and its indicators with weights. */
export function EditGoalView() {
  const { t } = useTranslation();
  const { strategy } = useWorkspace();
  const { goalId } = useParams();
  const goal = strategy.goals.find((candidate) => candidate.id === goalId);
  if (!goal) return <NotFound message={t('workspace.goals.notFound')} />;
  return (
    <>
      <GoalEditor key={goal.id} strategy={strategy} goal={goal} initial={goalDraftFrom(goal)} />
      <GoalIndicatorLinks key={`links-${goal.id}`} goal={goal} />
    </>
  );
}

/** `goals/new/:perspectiveId` (a top-level goal) and `goals/:goalId/new` (a sub-goal of that goal). */
export function NewGoalView() {
  const { t } = useTranslation();
  const { strategy } = useWorkspace();
  const { perspectiveId, goalId } = useParams();
  const parent = goalId ? strategy.goals.find((candidate) => candidate.id === goalId) : undefined;
  const perspective = parent?.perspective.id ?? perspectiveId;
  if (!perspective || !strategy.perspectives.some((candidate) => candidate.id === perspective) || (goalId && !parent)) {
    return <NotFound message={t('workspace.goals.notFound')} />;
  }
  const key = `new-${perspective}-${parent?.id ?? ''}`;
  return <GoalEditor key={key} strategy={strategy} initial={newGoalDraft(perspective, parent?.id ?? null)} />;
}

function GoalEditor({ strategy, goal, initial }: { strategy: WorkspaceStrategy; goal?: WorkspaceGoal; initial: GoalDraft }) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const { can } = useViewer();
  const { notify } = useToast();
  const [saved, setSaved] = useState(initial);
  const [draft, setDraft] = useState(initial);
  const [problems, setProblems] = useState<Partial<Record<string, ShownProblem>>>({});
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<SaveState>(IDLE);
  const [error, setError] = useState<CombinedError | null>(null);
  const [, createGoal] = useCreateGoalMutation();
  const [, updateGoal] = useUpdateGoalMutation();
  const dirty = !sameDraft(draft, saved);
  const { allowNextNavigation } = useUnsavedChanges(goal ? `goal-${goal.id}` : 'new-goal', dirty);
  const mayEdit = can('EDIT_STRATEGY');
  const base = `/strategies/${strategy.id}/goals`;
  const tree = useMemo(() => buildGoalTree(strategy.perspectives, strategy.goals), [strategy]);
  const excluded = useMemo(() => (goal ? subtreeIds(strategy.goals, goal.id) : new Set<string>()), [strategy.goals, goal]);
  const parents = parentChoices(tree, draft.perspectiveId, excluded);
  const id = (field: string) => `goal-${field.replace('.', '-')}`;

  const change = (next: Partial<GoalDraft>) => {
    setDraft((previous) => ({ ...previous, ...next }));
    if (state.kind !== 'saving') setState(IDLE);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const found = validateGoal(draft);
    setProblems(found);
    setAttempt((count) => count + 1);
    if (Object.keys(found).length > 0) return;
    setState({ kind: 'saving' });
    const result = goal ? await updateGoal({ id: goal.id, input: updateGoalInput(draft, saved) }) : await createGoal({ input: createGoalInput(draft) });
    if (result.error) {
      const fromServer = fieldProblemsByPath(result.error);
      if (Object.keys(fromServer).length > 0) {
        setProblems(Object.fromEntries(Object.entries(fromServer).map(([path, reason]) => [path, { server: reason }])));
        setAttempt((count) => count + 1);
      } else setError(result.error);
      setState({ kind: 'error', message: errorMessage(result.error) });
      return;
    }
    if (goal && draft.perspectiveId !== saved.perspectiveId) {
      // Sub-goals belong to their parent's perspective: they move with it, in their order.
      const moved = strategy.goals.filter((other) => excluded.has(other.id) && other.id !== goal.id).sort((a, b) => a.sortOrder - b.sortOrder);
      for (const subGoal of moved) {
        const followed = await updateGoal({ id: subGoal.id, input: { perspectiveId: draft.perspectiveId } });
        if (followed.error) {
          setState({ kind: 'error', message: errorMessage(followed.error) });
          return;
        }
      }
    }
    setSaved(draft);
    setProblems({});
    setState({ kind: 'saved' });
    if (!goal && result.data && 'createGoal' in result.data) {
      notify(t('workspace.goals.goalAdded', { name: draft.title.fi.trim() }));
      allowNextNavigation();
      navigate(`${base}/${result.data.createGoal.id}`);
    }
  };

  const message = (field: string) => (problems[field] ? problemText(t, problems[field] as ShownProblem) : undefined);
  const languageProblems = (prefix: string) => ({ fi: message(`${prefix}.fi`), sv: message(`${prefix}.sv`), en: message(`${prefix}.en`) });
  const summary = Object.entries(problems)
    .filter((entry): entry is [string, ShownProblem] => entry[1] !== undefined)
    .map(([field, problem]) => ({ fieldId: id(field), message: `${fieldLabel(t, field as GoalField)}: ${problemText(t, problem)}` }));
  const parentGoal = draft.parentGoalId ? strategy.goals.find((candidate) => candidate.id === draft.parentGoalId) : undefined;
  const heading = goal ? t('workspace.goals.editHeading', { name: format.text(goal.title) }) : parentGoal ? t('workspace.goals.newSubGoalHeading', { name: format.text(parentGoal.title) }) : t('workspace.goals.newHeading');

  if (!mayEdit) return <GoalFacts goal={goal} />;

  return (
    <section className="panel goal-editor" aria-labelledby="goal-editor-heading" data-testid="goal-editor">
      <h2 id="goal-editor-heading">{heading}</h2>
      <form className="form" onSubmit={submit} noValidate>
        <ErrorSummary id="goal-problems" problems={summary} attempt={attempt} />
        <LocalizedTextFields id="goal-title" label={t('workspace.goals.title')} value={draft.title} onChange={(title) => change({ title })} problems={languageProblems('title')} />
        <LocalizedTextFields
          id="goal-description"
          label={t('goal.description')}
          value={draft.description}
          onChange={(description) => change({ description })}
          problems={languageProblems('description')}
          required={false}
          multiline
        />
        <fieldset className="form__group">
          <legend>{t('workspace.goals.place')}</legend>
          <div className="form__row">
            <div className="form__field">
              <label htmlFor={id('perspectiveId')}>{t('workspace.goals.perspective')}</label>
              <FieldProblem fieldId={id('perspectiveId')} message={message('perspectiveId')} />
              <select
                id={id('perspectiveId')}
                value={draft.perspectiveId}
                // A parent belongs to one perspective: moving the goal elsewhere makes it top-level there.
                onChange={(event) => change({ perspectiveId: event.target.value, parentGoalId: '' })}
                {...describedBy(id('perspectiveId'), message('perspectiveId'))}
              >
                {tree.map((node) => (
                  <option key={node.perspective.id} value={node.perspective.id}>
                    {format.text(node.perspective.name)}
                  </option>
                ))}
              </select>
            </div>
            <div className="form__field">
              <label htmlFor={id('parentGoalId')}>{t('workspace.goals.parent')}</label>
              <FieldProblem fieldId={id('parentGoalId')} message={message('parentGoalId')} />
              <select id={id('parentGoalId')} value={draft.parentGoalId} onChange={(event) => change({ parentGoalId: event.target.value })} {...describedBy(id('parentGoalId'), message('parentGoalId'))}>
                <option value="">{t('workspace.goals.noParent')}</option>
                {parents.map((choice) => (
                  <option key={choice.goal.id} value={choice.goal.id}>
                    {`${'— '.repeat(choice.depth)}${format.text(choice.goal.title)}`}
                  </option>
                ))}
              </select>
            </div>
          </div>
          {goal && (draft.perspectiveId !== saved.perspectiveId || draft.parentGoalId !== saved.parentGoalId) && <p className="hint">{t('workspace.goals.movesLast')}</p>}
        </fieldset>
        <fieldset className="form__group">
          <legend>{t('workspace.goals.ownership')}</legend>
          <div className="form__row">
            <div className="form__field">
              <label htmlFor={id('owner')}>{t('workspace.goals.ownerTitle')}</label>
              <p id={`${id('owner')}-hint`} className="hint">
                {t('workspace.goals.ownerTitleHint')}
              </p>
              <FieldProblem fieldId={id('owner')} message={message('owner')} />
              <input id={id('owner')} type="text" size={36} value={draft.owner} onChange={(event) => change({ owner: event.target.value })} {...describedBy(id('owner'), message('owner'), `${id('owner')}-hint`)} />
            </div>
            <OwnerUserField fieldId={id('ownerUserId')} value={draft.ownerUserId} current={goal?.ownerUser ?? null} onChange={(ownerUserId) => change({ ownerUserId })} problem={message('ownerUserId')} />
          </div>
        </fieldset>
        <ServiceAreaChoices fieldId={id('serviceAreaIds')} value={draft.serviceAreaIds} onChange={(serviceAreaIds) => change({ serviceAreaIds })} problem={message('serviceAreaIds')} />
        <div className="form__field">
          <label htmlFor={id('nationalGoals')}>{t('goal.nationalGoals')}</label>
          <p id={`${id('nationalGoals')}-hint`} className="hint">
            {t('workspace.goals.nationalGoalsHint')}
          </p>
          <FieldProblem fieldId={id('nationalGoals')} message={message('nationalGoals')} />
          <textarea id={id('nationalGoals')} rows={3} value={draft.nationalGoals} onChange={(event) => change({ nationalGoals: event.target.value })} {...describedBy(id('nationalGoals'), message('nationalGoals'), `${id('nationalGoals')}-hint`)} />
        </div>
        <div className="actions">
          <button type="submit" className="button" disabled={state.kind === 'saving'}>
            {goal ? t('workspace.goals.save') : t('workspace.goals.create')}
          </button>
          <Link to={base} className="button button--secondary">
            {goal ? t('workspace.goals.close') : t('common.cancel')}
          </Link>
          {dirty && state.kind !== 'saving' && <span className="muted">{t('workspace.save.unsaved')}</span>}
          <SaveStatus state={state} />
        </div>
        {error && <ActionError error={error} needs="EDIT_STRATEGY" />}
      </form>
    </section>
  );
}

function fieldLabel(t: TFunction, field: string): string {
  const [head, language] = field.split('.');
  if (head === 'title') return t(`workspace.text.${(language ?? 'fi') as 'fi'}`, { field: t('workspace.goals.title') });
  if (head === 'description') return t(`workspace.text.${(language ?? 'fi') as 'fi'}`, { field: t('goal.description') });
  const labels: Record<string, string> = {
    perspectiveId: t('workspace.goals.perspective'),
    parentGoalId: t('workspace.goals.parent'),
    owner: t('workspace.goals.ownerTitle'),
    ownerUserId: t('workspace.goals.ownerUser'),
    serviceAreaIds: t('goal.serviceAreas'),
    nationalGoals: t('goal.nationalGoals'),
  };
  return labels[head ?? ''] ?? field;
}

/**
 * The user who writes the goal's assessments. Only an admin may list users, so others see who it is
 * and that an admin chooses.
 */
function OwnerUserField({
  fieldId,
  value,
  current,
  onChange,
  problem,
}: {
  fieldId: string;
  value: string;
  current: { id: string; displayName: string; username: string } | null;
  onChange: (id: string) => void;
  problem?: string;
}) {
  const { t } = useTranslation();
  const { can } = useViewer();
  const mayList = can('MANAGE_USERS');
  const [result] = useGoalOwnerCandidatesQuery(!mayList);
  if (!mayList || !result.data) {
    return (
      <div className="form__field">
        <span className="form__label">{t('workspace.goals.ownerUser')}</span>
        <p>{current ? `${current.displayName} (${current.username})` : t('workspace.goals.noOwnerUser')}</p>
        {!mayList && <p className="hint">{t('workspace.goals.ownerUserAdminOnly')}</p>}
      </div>
    );
  }
  // Assessments are written by goal owners; the current choice stays listed whatever its role now.
  const candidates = result.data.users.filter((user) => (user.role === 'GOAL_OWNER' && !user.disabled) || user.id === value);
  return (
    <div className="form__field">
      <label htmlFor={fieldId}>{t('workspace.goals.ownerUser')}</label>
      <p id={`${fieldId}-hint`} className="hint">
        {t('workspace.goals.ownerUserHint')}
      </p>
      <FieldProblem fieldId={fieldId} message={problem} />
      <select id={fieldId} value={value} onChange={(event) => onChange(event.target.value)} {...describedBy(fieldId, problem, `${fieldId}-hint`)}>
        <option value="">{t('workspace.goals.noOwnerUser')}</option>
        {candidates.map((user) => (
          <option key={user.id} value={user.id}>
            {user.displayName} ({user.username})
          </option>
        ))}
      </select>
    </div>
  );
}

function ServiceAreaChoices({ fieldId, value, onChange, problem }: { fieldId: string; value: string[]; onChange: (ids: string[]) => void; problem?: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { serviceAreas } = useWorkspace();
  const toggle = (id: string, checked: boolean) => onChange(checked ? [...value, id].sort() : value.filter((other) => other !== id));
  return (
    <fieldset className="form__group" id={fieldId} aria-describedby={problem ? `${fieldId}-error` : undefined}>
      <legend>{t('goal.serviceAreas')}</legend>
      <FieldProblem fieldId={fieldId} message={problem} />
      <ul className="checkbox-list">
        {serviceAreas.map((serviceArea) => (
          <li key={serviceArea.id} className="checkbox-field">
            <input id={`${fieldId}-${serviceArea.id}`} type="checkbox" checked={value.includes(serviceArea.id)} onChange={(event) => toggle(serviceArea.id, event.target.checked)} />
            <label htmlFor={`${fieldId}-${serviceArea.id}`}>{format.text(serviceArea.name)}</label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/** A goal as a reader without editing rights sees it beside the tree. */
function GoalFacts({ goal }: { goal?: WorkspaceGoal }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!goal) return null;
  return (
    <section className="panel" aria-labelledby="goal-facts-heading">
      <h2 id="goal-facts-heading">{format.text(goal.title)}</h2>
      {goal.description && <p>{format.text(goal.description)}</p>}
      <dl className="metadata-list">
        <div>
          <dt>{t('goal.owner')}</dt>
          <dd>{[goal.owner, goal.ownerUser?.displayName].filter(Boolean).join(' · ') || t('common.noValue')}</dd>
        </div>
        <div>
          <dt>{t('goal.nationalGoals')}</dt>
          <dd>{goal.nationalGoals.join('; ') || t('common.noValue')}</dd>
        </div>
      </dl>
    </section>
  );
}
