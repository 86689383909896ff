import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { ActionError } from '../../components/AccessMessage';
import { LANGUAGES } from '../../i18n/resources';
import { useFormat } from '../../lib/format';
import { hasErrorCode } from '../../lib/graphql-errors';
import { type DraftProblem, type GoalGroup, type PromiseDraft, type PromiseField, PROMISE_TEXT_MAX, serverProblems, validateDraft } from './promise-editor';

interface PromiseItemFormProps {
  /** For ids and the heading: an item's id, or 'new'. */
  formKey: string;
  draft: PromiseDraft;
  onChange: (draft: PromiseDraft) => void;
  goalGroups: readonly GoalGroup[];
  dirty: boolean;
  /** Sends the draft; answers the server's error, or null when saved. */
  onSave: () => Promise<CombinedError | null>;
  onCancel: () => void;
}

/**
 * One promise item's texts (Finnish required, Swedish and English optional) and the goals that keep
 * it. Problems are listed at the top (focused) and each is said next to its field, in the user's
 * language; the server's own field problems are placed the same way.
 */
export function PromiseItemForm({ formKey, draft, onChange, goalGroups, dirty, onSave, onCancel }: PromiseItemFormProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [problems, setProblems] = useState<Partial<Record<PromiseField, DraftProblem>>>({});
  const [error, setError] = useState<CombinedError | null>(null);
  const [saving, setSaving] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const summary = useRef<HTMLDivElement>(null);
  const firstField = useRef<HTMLTextAreaElement>(null);
  const id = (field: PromiseField | 'heading' | 'summary' | 'goals-hint' | 'text-hint') => `promise-item-${formKey}-${field}`;

  // The form opens with the cursor in its first field, as a keyboard user expects after "Edit".
  useEffect(() => {
    firstField.current?.focus();
  }, []);
  useEffect(() => {
    if (attempt > 0 && Object.keys(problems).length > 0) summary.current?.focus();
  }, [attempt, problems]);

  const message = (problem: DraftProblem): string => {
    if (problem.kind === 'required') return t('promise.editor.textRequired');
    if (problem.kind === 'tooLong') return t('promise.editor.textTooLong', { max: PROMISE_TEXT_MAX, length: problem.length });
    return t('promise.editor.serverProblem', { reason: problem.reason });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    setError(null);
    const found = validateDraft(draft);
    setProblems(found);
    setAttempt((count) => count + 1);
    if (Object.keys(found).length > 0) return;
    setSaving(true);
    const failure = await onSave();
    setSaving(false);
    if (!failure) return;
    const extensions = failure.graphQLErrors.flatMap((graphQLError) => {
      const listed = graphQLError.extensions?.problems;
      if (Array.isArray(listed)) return listed as Array<{ field: string; reason: string }>;
      const { field, reason } = graphQLError.extensions ?? {};
      return typeof field === 'string' && typeof reason === 'string' ? [{ field, reason }] : [];
    });
    const placed = hasErrorCode(failure, 'BAD_USER_INPUT') ? serverProblems(extensions) : {};
    if (Object.keys(placed).length > 0) {
      setProblems(placed);
      setAttempt((count) => count + 1);
    } else {
      setError(failure);
    }
  };

  const problemList = (Object.entries(problems) as Array<[PromiseField, DraftProblem]>).map(([field, problem]) => ({ field, text: message(problem) }));
  const describedBy = (field: PromiseField, hint?: string) => [hint, problems[field] ? `${id(field)}-error` : null].filter(Boolean).join(' ') || undefined;
  // A problem goes once its field is edited: it described what was there, not what is being typed.
  const edit = (field: PromiseField, next: PromiseDraft) => {
    onChange(next);
    if (problems[field]) setProblems(({ [field]: _fixed, ...rest }) => rest);
  };
  const toggleGoal = (goalId: string, checked: boolean) =>
    edit('goalIds', { ...draft, goalIds: checked ? [...draft.goalIds, goalId] : draft.goalIds.filter((candidate) => candidate !== goalId) });
  const labelKey = { fi: 'promise.editor.textFi', sv: 'promise.editor.textSv', en: 'promise.editor.textEn' } as const;

  return (
    <form className="form promise-form" onSubmit={submit} noValidate aria-labelledby={id('heading')} data-testid="promise-item-form">
      <h3 id={id('heading')}>
        {formKey === 'new' ? t('promise.editor.newHeading') : t('promise.editor.editHeading')}
        {dirty && <span className="promise-form__dirty"> · {t('promise.editor.unsavedMarker')}</span>}
      </h3>
      {problemList.length > 0 && (
        <div className="error-summary" role="alert" tabIndex={-1} ref={summary} aria-labelledby={id('summary')}>
          <p id={id('summary')} className="error-summary__title">
            {t('form.errorSummary')}
          </p>
          <ul>
            {problemList.map(({ field, text }) => (
              <li key={field}>
                <a href={`#${field === 'goalIds' ? `${id('goalIds')}-first` : id(field)}`}>{text}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <p id={id('text-hint')} className="hint">
        {t('promise.editor.textHint')}
      </p>
      {LANGUAGES.map((language) => (
        <div className="form__field" key={language}>
          <label htmlFor={id(language)}>
            {t(labelKey[language])}
            {language === 'fi' ? '' : ` ${t('promise.editor.optional')}`}
          </label>
          {problems[language] && (
            <p id={`${id(language)}-error`} className="form__error">
              {message(problems[language])}
            </p>
          )}
          <textarea
            id={id(language)}
            ref={language === 'fi' ? firstField : undefined}
            lang={language}
            rows={2}
            value={draft[language]}
            onChange={(event) => edit(language, { ...draft, [language]: event.target.value })}
            aria-describedby={describedBy(language, language === 'fi' ? id('text-hint') : undefined)}
            aria-invalid={problems[language] ? true : undefined}
            required={language === 'fi'}
          />
        </div>
      ))}
      <fieldset className="promise-form__goals" aria-describedby={describedBy('goalIds', id('goals-hint'))}>
        <legend>{t('promise.editor.goals')}</legend>
        <p id={id('goals-hint')} className="hint">
          {t('promise.editor.goalsHint')}
        </p>
        {problems.goalIds && (
          <p id={`${id('goalIds')}-error`} className="form__error">
            {message(problems.goalIds)}
          </p>
        )}
        {goalGroups
          .filter((group) => group.goals.length > 0)
          .map((group, groupIndex) => (
            <fieldset key={group.perspective.id} className="promise-form__perspective">
              <legend>{format.text(group.perspective.name)}</legend>
              <ul className="plain-list">
                {group.goals.map((goal, goalIndex) => {
                  const checkboxId = groupIndex === 0 && goalIndex === 0 ? `${id('goalIds')}-first` : `${id('goalIds')}-${goal.id}`;
                  return (
                    <li key={goal.id} className={`promise-form__goal promise-form__goal--depth-${Math.min(goal.depth, 2)}`}>
                      <input
                        type="checkbox"
                        id={checkboxId}
                        checked={draft.goalIds.includes(goal.id)}
                        onChange={(event) => toggleGoal(goal.id, event.target.checked)}
                      />{' '}
                      <label htmlFor={checkboxId}>
                        {format.text(goal.title)}
                        {goal.depth > 0 && <span className="muted"> ({t('promise.editor.subGoal')})</span>}
                      </label>
                    </li>
                  );
                })}
              </ul>
            </fieldset>
          ))}
      </fieldset>
      <div className="actions">
        <button type="submit" className="button" disabled={saving}>
          {saving ? t('promise.editor.saving') : t('promise.editor.save')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel} disabled={saving}>
          {t('common.cancel')}
        </button>
      </div>
      {error && <ActionError error={error} needs="EDIT_STRATEGY" prefix={t('promise.editor.saveFailed')} />}
    </form>
  );
}
