import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { CombinedError } from 'urql';
import { useViewer } from '../../auth/viewer';
import { ActionError } from '../../components/AccessMessage';
import { useFormat } from '../../lib/format';
import { errorMessage, fieldProblemsByPath, hasErrorCode } from '../../lib/graphql-errors';
import { useDocumentTitle } from '../../lib/use-document-title';
import { describedBy, ErrorSummary, FieldProblem } from './shared/ErrorSummary';
import { decimalText, sameDraft } from './shared/drafts';
import { problemText, type ShownProblem } from './shared/problems';
import { IDLE, SaveStatus, type SaveState } from './shared/SaveStatus';
import { useToast } from './shared/toasts';
import { useUnsavedChanges } from './shared/unsaved-changes';
import { strategyDraftFrom, strategyInput } from './strategy-form';
import { StrategyForm } from './StrategyForm';
import { useDeleteStrategyMutation, useUpdateStrategyMutation } from './strategy-queries';
import { DEFAULT_THRESHOLDS, isDefaultThresholds, THRESHOLD_FIELDS, type ThresholdField, thresholdsDraft, validateThresholds } from './thresholds-form';
import { useWorkspace, type WorkspaceStrategy } from './workspace-query';

/** The workspace's first tab: the strategy's own fields, its thresholds, and deleting it. */
export function StrategySettingsView() {
  const { t } = useTranslation();
  const format = useFormat();
  const { can } = useViewer();
  const { strategy } = useWorkspace();
  const [, updateStrategy] = useUpdateStrategyMutation();
  useDocumentTitle(`${t('workspace.tabs.details')}: ${format.text(strategy.name)}`);
  const mayEdit = can('EDIT_STRATEGY');
  return (
    <>
      <NextStep strategy={strategy} />
      <section className="panel" aria-labelledby="strategy-details-heading">
        <h2 id="strategy-details-heading">{t('workspace.details.heading')}</h2>
        {mayEdit ? (
          <StrategyForm
            key={strategy.id}
            initial={strategyDraftFrom(strategy)}
            submitLabel={t('workspace.details.save')}
            save={async (draft) => (await updateStrategy({ id: strategy.id, input: strategyInput(draft) })).error ?? null}
          />
        ) : (
          <StrategyFacts strategy={strategy} />
        )}
      </section>
      {mayEdit && <ThresholdsPanel strategy={strategy} />}
      {mayEdit && <DeleteStrategyPanel strategy={strategy} />}
    </>
  );
}

/** What to do next in a strategy that is not complete yet, as a link to the place to do it. */
function NextStep({ strategy }: { strategy: WorkspaceStrategy }) {
  const { t } = useTranslation();
  const base = `/strategies/${strategy.id}`;
  let step: { text: string; to: string; link: string } | null = null;
  if (strategy.perspectives.length === 0 || strategy.goals.length === 0) step = { text: t('workspace.next.goals'), to: `${base}/goals`, link: t('workspace.tabs.goals') };
  else if (!strategy.goals.some((goal) => goal.indicators.length > 0)) step = { text: t('workspace.next.indicators'), to: `${base}/indicators`, link: t('workspace.tabs.indicators') };
  if (!step) return null;
  return (
    <div className="notice notice--next" data-testid="next-step">
      <p className="notice__title">{t('workspace.next.title')}</p>
      <p>
        {step.text} <Link to={step.to}>{step.link}</Link>
      </p>
    </div>
  );
}

function StrategyFacts({ strategy }: { strategy: WorkspaceStrategy }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <dl className="metadata-list">
      <div>
        <dt>{t('workspace.strategy.organisation')}</dt>
        <dd>{format.text(strategy.organisation.name)}</dd>
      </div>
      <div>
        <dt>{t('workspace.strategy.term')}</dt>
        <dd>{t('workspace.strategy.termYears', { start: strategy.startYear, end: strategy.endYear })}</dd>
      </div>
      <div>
        <dt>{t('workspace.strategy.baselineYear')}</dt>
        <dd>{strategy.baselineYear}</dd>
      </div>
      {strategy.vision && (
        <div>
          <dt>{t('workspace.strategy.vision')}</dt>
          <dd>{format.text(strategy.vision)}</dd>
        </div>
      )}
    </dl>
  );
}

function ThresholdsPanel({ strategy }: { strategy: WorkspaceStrategy }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [, updateStrategy] = useUpdateStrategyMutation();
  const current = strategy.thresholds;
  const asText = (value: number) => decimalText(value, format.locale);
  const [saved, setSaved] = useState(() => thresholdsDraft(current, asText));
  const [draft, setDraft] = useState(saved);
  const [problems, setProblems] = useState<Partial<Record<ThresholdField, ShownProblem>>>({});
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<SaveState>(IDLE);
  const [error, setError] = useState<CombinedError | null>(null);
  const dirty = !sameDraft(draft, saved);
  useUnsavedChanges('strategy-thresholds', dirty);
  const own = !isDefaultThresholds(current);

  const send = async (thresholds: typeof DEFAULT_THRESHOLDS | null, nextDraft: typeof draft) => {
    setState({ kind: 'saving' });
    setError(null);
    const result = await updateStrategy({ id: strategy.id, input: { thresholds } });
    if (result.error) {
      const fromServer = fieldProblemsByPath(result.error);
      const known = THRESHOLD_FIELDS.filter((field) => fromServer[`thresholds.${field}`]);
      if (known.length > 0) {
        setProblems(Object.fromEntries(known.map((field) => [field, { server: fromServer[`thresholds.${field}`] as string }])));
        setAttempt((count) => count + 1);
      } else setError(result.error);
      setState({ kind: 'error', message: errorMessage(result.error) });
      return;
    }
    setSaved(nextDraft);
    setDraft(nextDraft);
    setProblems({});
    setState({ kind: 'saved' });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { input, problems: found } = validateThresholds(draft);
    setProblems(found);
    setAttempt((count) => count + 1);
    if (!input) return;
    await send(input, draft);
  };

  const id = (field: ThresholdField) => `threshold-${field}`;
  const message = (field: ThresholdField) => (problems[field] ? problemText(t, problems[field]) : undefined);
  const field = (name: ThresholdField) => (
    <div className="form__field" key={name}>
      <label htmlFor={id(name)}>{t(`workspace.thresholds.${name}`)}</label>
      <FieldProblem fieldId={id(name)} message={message(name)} />
      <input
        id={id(name)}
        type="text"
        inputMode="decimal"
        size={8}
        value={draft[name]}
        onChange={(event) => {
          setDraft((previous) => ({ ...previous, [name]: event.target.value }));
          setState(IDLE);
        }}
        {...describedBy(id(name), message(name))}
      />
    </div>
  );
  const summary = THRESHOLD_FIELDS.filter((name) => problems[name]).map((name) => ({
    fieldId: id(name),
    message: `${t(`workspace.thresholds.${name}`)}: ${message(name)}`,
  }));

  return (
    <section className="panel" aria-labelledby="thresholds-heading">
      <h2 id="thresholds-heading">{t('workspace.thresholds.heading')}</h2>
      <p>{own ? t('workspace.thresholds.own') : t('workspace.thresholds.defaults')}</p>
      <details open={own || dirty}>
        <summary>{t('workspace.thresholds.show')}</summary>
        <form className="form" onSubmit={submit} noValidate>
          <ErrorSummary id="thresholds-problems" problems={summary} attempt={attempt} />
          <p className="hint">{t('workspace.thresholds.hint')}</p>
          <fieldset className="form__group">
            <legend>{t('workspace.thresholds.withTarget')}</legend>
            <div className="form__row">{(['withTargetHigh', 'withTargetMedium', 'withTargetLow'] as const).map(field)}</div>
          </fieldset>
          <fieldset className="form__group">
            <legend>{t('workspace.thresholds.withoutTarget')}</legend>
            <div className="form__row">{(['withoutTargetHigh', 'withoutTargetMedium', 'withoutTargetLow'] as const).map(field)}</div>
          </fieldset>
          {field('minimumCoverage')}
          <div className="actions">
            <button type="submit" className="button" disabled={state.kind === 'saving'}>
              {t('workspace.thresholds.save')}
            </button>
            {own && (
              <button type="button" className="button button--secondary" disabled={state.kind === 'saving'} onClick={() => send(null, thresholdsDraft(DEFAULT_THRESHOLDS, asText))}>
                {t('workspace.thresholds.reset')}
              </button>
            )}
            <SaveStatus state={state} />
          </div>
          {error && <ActionError error={error} needs="EDIT_STRATEGY" />}
        </form>
      </details>
    </section>
  );
}

/**
 * Deleting takes the whole strategy with it, so it asks first; the server refuses while approved
 * reviews exist (an approved review is kept exactly as approved), and the refusal is explained.
 */
function DeleteStrategyPanel({ strategy }: { strategy: WorkspaceStrategy }) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const { notify } = useToast();
  const [{ fetching }, deleteStrategy] = useDeleteStrategyMutation();
  const [error, setError] = useState<CombinedError | null>(null);
  const name = format.text(strategy.name);
  const remove = async () => {
    const drafts = strategy.reviewCount - strategy.approvedReviewCount;
    const question = drafts > 0 ? `${t('workspace.delete.confirm', { name })} ${t('workspace.delete.drafts', { count: drafts })}` : t('workspace.delete.confirm', { name });
    if (!window.confirm(question)) return;
    setError(null);
    const result = await deleteStrategy({ id: strategy.id }, { additionalTypenames: ['Strategy'] });
    if (result.error) {
      setError(result.error);
      return;
    }
    notify(t('workspace.delete.done', { name }));
    navigate('/strategies');
  };
  return (
    <section className="panel panel--danger" aria-labelledby="delete-strategy-heading">
      <h2 id="delete-strategy-heading">{t('workspace.delete.heading')}</h2>
      <p>{t('workspace.delete.intro')}</p>
      {strategy.approvedReviewCount > 0 ? (
        // Approved reviews are kept exactly as approved: a strategy that has them is not deleted.
        <div className="notice notice--warning" data-testid="delete-refused">
          <p className="notice__title">{t('workspace.delete.blocked', { count: strategy.approvedReviewCount })}</p>
          <p>{t('workspace.delete.refusedWhy')}</p>
          <p>
            <Link to={`/strategies/${strategy.id}/copy`}>{t('workspace.tabs.copy')}</Link>
          </p>
        </div>
      ) : (
        <button type="button" className="button button--danger" disabled={fetching} onClick={remove}>
          {t('workspace.delete.submit', { name })}
        </button>
      )}
      {error &&
        (hasErrorCode(error, 'CONFLICT') ? (
          <div className="state state--error" role="alert">
            <p className="state__title">{t('workspace.delete.refused')}</p>
            <p>{t('workspace.delete.refusedWhy')}</p>
            <p className="state__detail">{errorMessage(error)}</p>
          </div>
        ) : (
          <ActionError error={error} needs="EDIT_STRATEGY" />
        ))}
    </section>
  );
}
