import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { ActionError } from '../../components/AccessMessage';
import { STATUSES_IN_ORDER } from '../../components/status';
import type { AttainmentStatus } from '../../graphql/generated/graphql';
import { fieldProblems, hasErrorCode } from '../../lib/graphql-errors';
import { useFormat } from '../../lib/format';
import { useWriteAssessmentMutation } from './review-queries';
import {
  type AssessmentDraft,
  type AssessmentField,
  assessmentInput,
  draftFromAssessment,
  type ReviewGoal,
  validateAssessment,
} from './review-report';

/**
 * The goal owner's assessment of one goal in a draft review: an optional status of their own (with
 * the reason, which is then required) and the narrative. Problems are listed at the top (focused)
 * and next to each field; the server's field problems are shown the same way.
 */
export function AssessmentForm({ reviewId, goal, onSaved }: { reviewId: string; goal: ReviewGoal; onSaved: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [draft, setDraft] = useState<AssessmentDraft>(() => draftFromAssessment(goal.assessment));
  const [problems, setProblems] = useState<Partial<Record<AssessmentField, string>>>({});
  const [error, setError] = useState<CombinedError | null>(null);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [{ fetching }, writeAssessment] = useWriteAssessmentMutation();
  const summary = useRef<HTMLDivElement>(null);
  const [attempt, setAttempt] = useState(0);
  const id = (field: AssessmentField | 'summary' | 'heading') => `assessment-${goal.goalId}-${field}`;

  useEffect(() => {
    if (attempt > 0 && Object.keys(problems).length > 0) summary.current?.focus();
  }, [attempt, problems]);

  const set = <Field extends AssessmentField>(field: Field, value: AssessmentDraft[Field]) => {
    setDraft((previous) => ({ ...previous, [field]: value }));
    setSavedAt(null);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setSavedAt(null);
    const found = validateAssessment(draft);
    const messages: Partial<Record<AssessmentField, string>> = {};
    for (const [field, problem] of Object.entries(found) as Array<[AssessmentField, string]>) messages[field] = t(`review.form.${problem as 'reasonRequired' | 'narrativeRequired'}`);
    setProblems(messages);
    setAttempt((count) => count + 1);
    if (Object.keys(messages).length > 0) return;
    const result = await writeAssessment({ input: assessmentInput(reviewId, goal.goalId, draft) });
    if (result.error) {
      const fromServer = fieldProblems(result.error);
      const known = (['statusOverride', 'overrideReason', 'narrative'] as const).filter((field) => fromServer[field]);
      if (hasErrorCode(result.error, 'BAD_USER_INPUT') && known.length > 0) {
        setProblems(Object.fromEntries(known.map((field) => [field, fromServer[field]])));
        setAttempt((count) => count + 1);
      } else {
        setError(result.error);
      }
      return;
    }
    setSavedAt(result.data?.writeAssessment.writtenAt ?? new Date().toISOString());
    onSaved();
  };

  const overrideOptions = STATUSES_IN_ORDER.filter((status) => status !== goal.status || status === draft.statusOverride);
  const problemList = Object.entries(problems) as Array<[AssessmentField, string]>;
  const describedBy = (field: AssessmentField, hint?: string) => [hint, problems[field] ? `${id(field)}-error` : null].filter(Boolean).join(' ') || undefined;

  return (
    <form className="form assessment-form" onSubmit={submit} noValidate aria-labelledby={id('heading')} data-testid="assessment-form">
      <h4 id={id('heading')}>{goal.assessment ? t('review.form.editHeading') : t('review.form.writeHeading')}</h4>
      {problemList.length > 0 && (
        <div className="error-summary" role="alert" tabIndex={-1} ref={summary} aria-labelledby={id('summary')}>
          <p id={id('summary')} className="error-summary__title">
            {t('form.errorSummary')}
          </p>
          <ul>
            {problemList.map(([field, message]) => (
              <li key={field}>
                <a href={`#${id(field)}`}>{message}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="form__field">
        <label htmlFor={id('statusOverride')}>{t('review.form.status')}</label>
        <p id={`${id('statusOverride')}-hint`} className="hint">
          {t('review.form.statusHint')}
        </p>
        {problems.statusOverride && (
          <p id={`${id('statusOverride')}-error`} className="form__error">
            {problems.statusOverride}
          </p>
        )}
        <select
          id={id('statusOverride')}
          value={draft.statusOverride}
          onChange={(event) => set('statusOverride', event.target.value as AttainmentStatus | '')}
          aria-describedby={describedBy('statusOverride', `${id('statusOverride')}-hint`)}
          aria-invalid={problems.statusOverride ? true : undefined}
        >
          <option value="">{t('review.form.noOverride', { status: t(`status.${goal.status}`) })}</option>
          {overrideOptions.map((status) => (
            <option key={status} value={status}>
              {t(`status.${status}`)}
            </option>
          ))}
        </select>
      </div>
      {draft.statusOverride && (
        <div className="form__field">
          <label htmlFor={id('overrideReason')}>{t('review.form.reason')}</label>
          <p id={`${id('overrideReason')}-hint`} className="hint">
            {t('review.form.reasonHint')}
          </p>
          {problems.overrideReason && (
            <p id={`${id('overrideReason')}-error`} className="form__error">
              {problems.overrideReason}
            </p>
          )}
          <textarea
            id={id('overrideReason')}
            rows={2}
            value={draft.overrideReason}
            onChange={(event) => set('overrideReason', event.target.value)}
            aria-describedby={describedBy('overrideReason', `${id('overrideReason')}-hint`)}
            aria-invalid={problems.overrideReason ? true : undefined}
            required
          />
        </div>
      )}
      <div className="form__field">
        <label htmlFor={id('narrative')}>{t('review.form.narrative')}</label>
        <p id={`${id('narrative')}-hint`} className="hint">
          {t('review.form.narrativeHint')}
        </p>
        {problems.narrative && (
          <p id={`${id('narrative')}-error`} className="form__error">
            {problems.narrative}
          </p>
        )}
        <textarea
          id={id('narrative')}
          rows={5}
          value={draft.narrative}
          onChange={(event) => set('narrative', event.target.value)}
          aria-describedby={describedBy('narrative', `${id('narrative')}-hint`)}
          aria-invalid={problems.narrative ? true : undefined}
          required
        />
      </div>
      <div className="actions">
        <button type="submit" className="button" disabled={fetching}>
          {fetching ? t('review.form.saving') : t('review.form.save')}
        </button>
        <span role="status" className="form__saved">
          {savedAt ? t('review.form.saved', { time: format.dateTime(savedAt) }) : ''}
        </span>
      </div>
      {error && <ActionError error={error} needs="WRITE_ASSESSMENTS" prefix={t('review.form.saveFailed')} />}
    </form>
  );
}
