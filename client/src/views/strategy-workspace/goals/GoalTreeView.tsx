import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useParams } from 'react-router';
import type { CombinedError } from 'urql';
import { useViewer } from '../../../auth/viewer';
import { ActionError } from '../../../components/AccessMessage';
import { useFormat } from '../../../lib/format';
import { fieldProblemsByPath } from '../../../lib/graphql-errors';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { EMPTY_TEXT, type LocalizedDraft, draftFromText, isBlank, sameDraft, textInput } from '../shared/drafts';
import { LocalizedTextFields } from '../shared/LocalizedTextFields';
import { problemText, type ShownProblem } from '../shared/problems';
import { useToast } from '../shared/toasts';
import { useUnsavedChanges } from '../shared/unsaved-changes';
import { useWorkspace, type WorkspaceGoal, type WorkspacePerspective, type WorkspaceStrategy } from '../workspace-query';
import { useCreatePerspectiveMutation, useUpdatePerspectiveMutation } from './goal-queries';
import { buildGoalTree, type GoalNode, weightShares } from './goal-tree';
import { useGoalTreeActions } from './use-goal-tree-actions';

/**
 * `/strategies/:id/goals`: the perspectives and the goal tree, with the goal being edited beside it
 * (`goals/:goalId`, `goals/new/:perspectiveId`, `goals/:goalId/new` for a sub-goal). Everything
 * moves by keyboard: each perspective and goal has "move up" and "move down".
 */
export function GoalTreeView() {
  const { t } = useTranslation();
  const format = useFormat();
  const { can } = useViewer();
  const workspace = useWorkspace();
  const { strategy } = workspace;
  const { goalId } = useParams();
  const mayEdit = can('EDIT_STRATEGY');
  const tree = useMemo(() => buildGoalTree(strategy.perspectives, strategy.goals), [strategy]);
  const actions = useGoalTreeActions(strategy);
  const [problem, setProblem] = useState<string | null>(null);
  // After a move the buttons are re-rendered in their new place: focus goes back to the one pressed.
  const refocus = useRef<string | null>(null);
  useDocumentTitle(`${t('workspace.tabs.goals')}: ${format.text(strategy.name)}`);

  useEffect(() => {
    if (!refocus.current) return;
    const button = document.getElementById(refocus.current) as HTMLButtonElement | null;
    if (button && !button.disabled) button.focus();
    else document.getElementById(refocus.current.replace(/-(up|down)$/, (_, direction: string) => (direction === 'up' ? '-down' : '-up')))?.focus();
    refocus.current = null;
  });

  const run = async (action: () => Promise<string | null>, buttonId?: string) => {
    setProblem(null);
    const error = await action();
    if (error) setProblem(error);
    else if (buttonId) refocus.current = buttonId;
  };

  return (
    <div className="goal-workspace">
      <div className="goal-workspace__tree">
        {problem && (
          <p className="state state--error" role="alert">
            {problem}
          </p>
        )}
        {tree.length === 0 ? (
          <div className="state state--empty workspace-empty" data-testid="goals-empty">
            <p className="state__title">{t('workspace.goals.emptyTitle')}</p>
            <p>{mayEdit ? t('workspace.goals.emptyBody') : t('workspace.goals.emptyBodyReadOnly')}</p>
          </div>
        ) : (
          tree.map((node, index) => (
            <PerspectiveSection
              key={node.perspective.id}
              strategy={strategy}
              perspective={node.perspective}
              goals={node.goals}
              first={index === 0}
              last={index === tree.length - 1}
              selectedGoalId={goalId ?? null}
              mayEdit={mayEdit}
              onMove={(delta) => run(() => actions.movePerspective(node.perspective, delta), `perspective-${node.perspective.id}-${delta < 0 ? 'up' : 'down'}`)}
              onDelete={() =>
                node.goals.length > 0
                  ? setProblem(t('workspace.goals.perspectiveNotEmpty', { name: format.text(node.perspective.name) }))
                  : run(() => actions.removePerspective(node.perspective))
              }
              onMoveGoal={(goal, delta) => run(() => actions.moveGoal(goal, delta), `goal-${goal.id}-${delta < 0 ? 'up' : 'down'}`)}
              onDeleteGoal={(goal) => {
                if (strategy.goals.some((other) => other.parent?.id === goal.id)) {
                  setProblem(t('workspace.goals.goalHasSubGoals', { name: format.text(goal.title) }));
                  return;
                }
                if (goal.assessments.length > 0 && !window.confirm(t('workspace.goals.deleteWithAssessments', { name: format.text(goal.title), count: goal.assessments.length }))) return;
                void run(() => actions.removeGoal(goal));
              }}
            />
          ))
        )}
        {mayEdit && <AddPerspectiveForm strategyId={strategy.id} />}
      </div>
      <div className="goal-workspace__editor">
        <Outlet context={workspace} />
      </div>
    </div>
  );
}

/** Shown beside the tree when no goal is chosen. */
export function GoalTreeHint() {
  const { t } = useTranslation();
  const { can } = useViewer();
  const { strategy } = useWorkspace();
  if (!can('EDIT_STRATEGY') || strategy.perspectives.length === 0) return null;
  return <p className="muted goal-workspace__hint">{strategy.goals.length === 0 ? t('workspace.goals.hintFirstGoal') : t('workspace.goals.hintChoose')}</p>;
}

function PerspectiveSection({
  strategy,
  perspective,
  goals,
  first,
  last,
  selectedGoalId,
  mayEdit,
  onMove,
  onDelete,
  onMoveGoal,
  onDeleteGoal,
}: {
  strategy: WorkspaceStrategy;
  perspective: WorkspacePerspective;
  goals: GoalNode<WorkspaceGoal>[];
  first: boolean;
  last: boolean;
  selectedGoalId: string | null;
  mayEdit: boolean;
  onMove: (delta: -1 | 1) => void;
  onDelete: () => void;
  onMoveGoal: (goal: WorkspaceGoal, delta: -1 | 1) => void;
  onDeleteGoal: (goal: WorkspaceGoal) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [renaming, setRenaming] = useState(false);
  const name = format.text(perspective.name);
  const headingId = `perspective-${perspective.id}-heading`;
  const base = `/strategies/${strategy.id}/goals`;
  return (
    <section className="perspective-editor" aria-labelledby={headingId} data-perspective-id={perspective.id}>
      <header className="perspective-editor__header">
        <h2 id={headingId}>{name}</h2>
        {mayEdit && (
          <div className="tree-actions">
            <button type="button" className="button button--small button--secondary" onClick={() => setRenaming((open) => !open)} aria-expanded={renaming} aria-label={`${t('workspace.goals.rename')}: ${name}`}>
              {t('workspace.goals.rename')}
            </button>
            <MoveButtons idPrefix={`perspective-${perspective.id}`} name={name} first={first} last={last} onMove={onMove} />
            <button type="button" className="button button--small button--secondary" onClick={onDelete} aria-label={`${t('workspace.goals.delete')}: ${name}`}>
              {t('workspace.goals.delete')}
            </button>
          </div>
        )}
      </header>
      {renaming && <RenamePerspectiveForm perspective={perspective} onDone={() => setRenaming(false)} />}
      {goals.length === 0 ? (
        <p className="muted">{t('workspace.goals.perspectiveEmpty')}</p>
      ) : (
        <GoalList nodes={goals} base={base} selectedGoalId={selectedGoalId} mayEdit={mayEdit} onMove={onMoveGoal} onDelete={onDeleteGoal} />
      )}
      {mayEdit && (
        <p>
          <Link className="button button--small" to={`${base}/new/${perspective.id}`} aria-label={`${t('workspace.goals.addGoal')}: ${name}`}>
            {t('workspace.goals.addGoal')}
          </Link>
        </p>
      )}
    </section>
  );
}

function GoalList({
  nodes,
  base,
  selectedGoalId,
  mayEdit,
  onMove,
  onDelete,
}: {
  nodes: GoalNode<WorkspaceGoal>[];
  base: string;
  selectedGoalId: string | null;
  mayEdit: boolean;
  onMove: (goal: WorkspaceGoal, delta: -1 | 1) => void;
  onDelete: (goal: WorkspaceGoal) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <ol className="goal-tree">
      {nodes.map((node, index) => {
        const { goal } = node;
        const title = format.text(goal.title);
        const shares = weightShares(goal.indicators.map((link) => link.weight));
        return (
          <li key={goal.id} data-goal-id={goal.id}>
            <div className={`goal-tree__item${goal.id === selectedGoalId ? ' is-selected' : ''}`}>
              <div className="goal-tree__title">
                <Link to={`${base}/${goal.id}`} aria-current={goal.id === selectedGoalId ? 'true' : undefined}>
                  {title}
                </Link>
                {node.depth > 0 && <span className="goal-tree__badge">{t('overview.subGoal')}</span>}
                <span className="muted goal-tree__meta">
                  {[goal.owner, goal.ownerUser?.displayName].filter(Boolean).join(' · ')}
                  {goal.owner || goal.ownerUser ? ' · ' : ''}
                  {t('workspace.goals.indicatorCount', { count: goal.indicators.length })}
                </span>
              </div>
              {goal.indicators.length > 0 && (
                <ul className="goal-tree__indicators">
                  {goal.indicators.map((link, linkIndex) => (
                    <li key={link.indicator.code}>
                      {format.text(link.indicator.name)}{' '}
                      <span className="muted">
                        {t('workspace.links.shareShort', { share: format.percent(shares[linkIndex] ?? 0), weight: format.number(link.weight, link.weight % 1 === 0 ? 0 : 1) })}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
              {mayEdit && (
                <div className="tree-actions">
                  <MoveButtons idPrefix={`goal-${goal.id}`} name={title} first={index === 0} last={index === nodes.length - 1} onMove={(delta) => onMove(goal, delta)} />
                  <Link className="button button--small button--secondary" to={`${base}/${goal.id}/new`} aria-label={`${t('workspace.goals.addSubGoal')}: ${title}`}>
                    {t('workspace.goals.addSubGoal')}
                  </Link>
                  <button type="button" className="button button--small button--secondary" onClick={() => onDelete(goal)} aria-label={`${t('workspace.goals.delete')}: ${title}`}>
                    {t('workspace.goals.delete')}
                  </button>
                </div>
              )}
            </div>
            {node.children.length > 0 && <GoalList nodes={node.children} base={base} selectedGoalId={selectedGoalId} mayEdit={mayEdit} onMove={onMove} onDelete={onDelete} />}
          </li>
        );
      })}
    </ol>
  );
}

/** "Move up" and "move down" as buttons, so the order changes from the keyboard as well as by pointer. */
function MoveButtons({ idPrefix, name, first, last, onMove }: { idPrefix: string; name: string; first: boolean; last: boolean; onMove: (delta: -1 | 1) => void }) {
  const { t } = useTranslation();
  return (
    <>
      <button id={`${idPrefix}-up`} type="button" className="button button--small button--secondary" disabled={first} onClick={() => onMove(-1)} aria-label={`${t('workspace.goals.moveUp')}: ${name}`}>
        <span aria-hidden="true">↑</span> {t('workspace.goals.up')}
      </button>
      <button id={`${idPrefix}-down`} type="button" className="button button--small button--secondary" disabled={last} onClick={() => onMove(1)} aria-label={`${t('workspace.goals.moveDown')}: ${name}`}>
        <span aria-hidden="true">↓</span> {t('workspace.goals.down')}
      </button>
    </>
  );
}

function usePerspectiveNameForm(initial: LocalizedDraft, key: string) {
  const [name, setName] = useState(initial);
  const [problems, setProblems] = useState<Record<string, ShownProblem>>({});
  const [error, setError] = useState<CombinedError | null>(null);
  const dirty = !sameDraft(name, initial);
  useUnsavedChanges(key, dirty);
  const check = (): boolean => {
    if (name.fi.trim()) return true;
    setProblems({ fi: { key: isBlank(name) ? 'required' : 'finnishRequired' } });
    return false;
  };
  const failed = (failure: CombinedError) => {
    const fromServer = fieldProblemsByPath(failure);
    const known = Object.entries(fromServer).filter(([path]) => path.startsWith('name.'));
    if (known.length > 0) setProblems(Object.fromEntries(known.map(([path, reason]) => [path.slice('name.'.length), { server: reason }])));
    else setError(failure);
  };
  return { name, setName, problems, setProblems, error, setError, check, failed };
}

function RenamePerspectiveForm({ perspective, onDone }: { perspective: WorkspacePerspective; onDone: () => void }) {
  const { t } = useTranslation();
  const form = usePerspectiveNameForm(draftFromText(perspective.name), `perspective-${perspective.id}`);
  const [{ fetching }, updatePerspective] = useUpdatePerspectiveMutation();
  const { notify } = useToast();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    form.setError(null);
    if (!form.check()) return;
    const result = await updatePerspective({ id: perspective.id, input: { name: textInput(form.name) } });
    if (result.error) return form.failed(result.error);
    notify(t('workspace.save.saved'));
    onDone();
  };
  return (
    <form className="form perspective-editor__rename" onSubmit={submit} noValidate>
      <LocalizedTextFields
        id={`perspective-${perspective.id}-name`}
        label={t('workspace.goals.perspectiveName')}
        value={form.name}
        onChange={form.setName}
        problems={Object.fromEntries(Object.entries(form.problems).map(([language, problem]) => [language, problemText(t, problem)]))}
      />
      <div className="actions">
        <button type="submit" className="button button--small" disabled={fetching}>
          {fetching ? t('workspace.save.saving') : t('workspace.goals.saveName')}
        </button>
        <button type="button" className="button button--small button--secondary" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
      {form.error && <ActionError error={form.error} needs="EDIT_STRATEGY" />}
    </form>
  );
}

function AddPerspectiveForm({ strategyId }: { strategyId: string }) {
  const { t } = useTranslation();
  const form = usePerspectiveNameForm(EMPTY_TEXT, 'new-perspective');
  const [{ fetching }, createPerspective] = useCreatePerspectiveMutation();
  const { notify } = useToast();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    form.setError(null);
    form.setProblems({});
    if (!form.check()) {
      document.getElementById('new-perspective-name-fi')?.focus();
      return;
    }
    const result = await createPerspective({ input: { strategyId, name: textInput(form.name) } });
    if (result.error) return form.failed(result.error);
    notify(t('workspace.goals.perspectiveAdded', { name: form.name.fi.trim() }));
    form.setName(EMPTY_TEXT);
  };
  return (
    <section className="panel add-perspective" aria-labelledby="add-perspective-heading">
      <h2 id="add-perspective-heading">{t('workspace.goals.addPerspective')}</h2>
      <p className="hint">{t('workspace.goals.addPerspectiveHint')}</p>
      <form className="form" onSubmit={submit} noValidate>
        <LocalizedTextFields
          id="new-perspective-name"
          label={t('workspace.goals.perspectiveName')}
          value={form.name}
          onChange={form.setName}
          problems={Object.fromEntries(Object.entries(form.problems).map(([language, problem]) => [language, problemText(t, problem)]))}
        />
        <div className="actions">
          <button type="submit" className="button" disabled={fetching}>
            {fetching ? t('workspace.save.saving') : t('workspace.goals.addPerspective')}
          </button>
        </div>
        {form.error && <ActionError error={form.error} needs="EDIT_STRATEGY" />}
      </form>
    </section>
  );
}
