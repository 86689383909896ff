import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The problems of a form that could not be saved, listed at its top with links to the fields, and
 * focused on each attempt so a keyboard or screen-reader user learns what went wrong.
 */
export function ErrorSummary({ id, problems, attempt }: { id: string; problems: ReadonlyArray<{ fieldId: string; message: string }>; attempt: number }) {
  const { t } = useTranslation();
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (attempt > 0 && problems.length > 0) summary.current?.focus();
  }, [attempt, problems.length]);
  if (problems.length === 0) return null;
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={summary} aria-labelledby={`${id}-title`}>
      <p id={`${id}-title`} className="error-summary__title">
        {t('form.errorSummary')}
      </p>
      <ul>
        {problems.map((problem) => (
          <li key={problem.fieldId}>
            <a href={`#${problem.fieldId}`}>{problem.message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A field's problem, placed between its label and its input, and named by the input's aria-describedby. */
export function FieldProblem({ fieldId, message }: { fieldId: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={`${fieldId}-error`} className="form__error">
      {message}
    </p>
  );
}

/** aria attributes of an input with an optional hint and problem. */
export function describedBy(fieldId: string, message: string | undefined, hintId?: string) {
  const ids = [hintId, message ? `${fieldId}-error` : null].filter(Boolean).join(' ');
  return { 'aria-invalid': message ? true : undefined, 'aria-describedby': ids || undefined } as const;
}
