import type { TFunction } from 'i18next';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { ActionError } from '../../../components/AccessMessage';
import type { Frequency } from '../../../graphql/generated/graphql';
import type { Language } from '../../../i18n/resources';
import { errorMessage, fieldProblemsByPath } from '../../../lib/graphql-errors';
import { describedBy, ErrorSummary, FieldProblem } from '../shared/ErrorSummary';
import { sameDraft } from '../shared/drafts';
import { LocalizedTextFields } from '../shared/LocalizedTextFields';
import { problemText, type ShownProblem } from '../shared/problems';
import { IDLE, SaveStatus, type SaveState } from '../shared/SaveStatus';
import { useUnsavedChanges } from '../shared/unsaved-changes';
import { useWorkspace } from '../workspace-query';
import { useCreateInternalIndicatorMutation } from './catalogue-queries';
import { detailsLabel, IndicatorDetailsFields } from './IndicatorDetailsFields';
import { type DetailsField, type InternalIndicatorDraft, internalInput, newInternalDraft, validateInternal } from './indicator-form';
import { useAfterIndicatorCreated } from './use-create-indicator';

const FREQUENCIES: readonly Frequency[] = ['YEAR', 'QUARTER', 'MONTH'];

/** An indicator of the organisation's own (waiting times, customer satisfaction…), not from Sotkanet. */
export function InternalIndicatorForm() {
  const { t } = useTranslation();
  const { strategy, serviceAreas } = useWorkspace();
  const [initial, setInitial] = useState(newInternalDraft);
  const [draft, setDraft] = useState(initial);
  const [problems, setProblems] = useState<Partial<Record<string, ShownProblem>>>({});
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<SaveState>(IDLE);
  const [error, setError] = useState<CombinedError | null>(null);
  const [, createIndicator] = useCreateInternalIndicatorMutation();
  const afterCreated = useAfterIndicatorCreated(strategy.goals);
  useUnsavedChanges('internal-indicator', !sameDraft(draft, initial));
  const change = (next: Partial<InternalIndicatorDraft>) => {
    setDraft((previous) => ({ ...previous, ...next }));
    if (state.kind !== 'saving') setState(IDLE);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const found = validateInternal(draft);
    setProblems(found);
    setAttempt((count) => count + 1);
    if (Object.keys(found).length > 0) return;
    setState({ kind: 'saving' });
    const result = await createIndicator({ input: internalInput(draft) });
    if (!result.data) {
      const fromServer = result.error ? fieldProblemsByPath(result.error) : {};
      if (Object.keys(fromServer).length > 0) {
        setProblems(Object.fromEntries(Object.entries(fromServer).map(([path, reason]) => [path, { server: reason }])));
        setAttempt((count) => count + 1);
      } else if (result.error) setError(result.error);
      setState({ kind: 'error', message: result.error ? errorMessage(result.error) : '' });
      return;
    }
    const linkError = await afterCreated(result.data.createIndicator, draft);
    if (linkError) {
      setError(linkError);
      setState({ kind: 'error', message: errorMessage(linkError) });
      return;
    }
    const fresh = newInternalDraft();
    setInitial(fresh);
    setDraft(fresh);
    setProblems({});
    setState({ kind: 'saved' });
  };

  const message = (field: string) => (problems[field] ? problemText(t, problems[field] as ShownProblem) : undefined);
  const languageProblems = (prefix: string): Partial<Record<Language, string>> => ({ fi: message(`${prefix}.fi`), sv: message(`${prefix}.sv`), en: message(`${prefix}.en`) });
  const details = Object.fromEntries((['direction', 'unit', 'decimals', 'naturalLimit', 'minValue', 'maxValue', 'weight'] as const).map((field) => [field, message(field)])) as Partial<
    Record<DetailsField, string>
  >;
  const summary = Object.keys(problems)
    .filter((field) => problems[field])
    .map((field) => ({ fieldId: `internal-${field.replace('.', '-')}`, message: `${labelOf(t, field)}: ${message(field)}` }));

  return (
    <section className="panel" aria-labelledby="internal-indicator-heading">
      <h2 id="internal-indicator-heading">{t('workspace.indicators.internalHeading')}</h2>
      <p>{t('workspace.indicators.internalIntro')}</p>
      <form className="form workspace-form" onSubmit={submit} noValidate data-testid="internal-indicator-form">
        <ErrorSummary id="internal-problems" problems={summary} attempt={attempt} />
        <div className="form__row">
          <div className="form__field">
            <label htmlFor="internal-code">{t('indicator.code')}</label>
            <p id="internal-code-hint" className="hint">
              {t('workspace.indicators.codeHint')}
            </p>
            <FieldProblem fieldId="internal-code" message={message('code')} />
            <input id="internal-code" type="text" size={32} autoComplete="off" spellCheck={false} value={draft.code} onChange={(event) => change({ code: event.target.value })} {...describedBy('internal-code', message('code'), 'internal-code-hint')} />
          </div>
          <div className="form__field">
            <label htmlFor="internal-frequency">{t('indicator.frequency')}</label>
            <select id="internal-frequency" value={draft.frequency} onChange={(event) => change({ frequency: event.target.value as Frequency })}>
              {FREQUENCIES.map((frequency) => (
                <option key={frequency} value={frequency}>
                  {t(`frequency.${frequency}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="form__field">
            <label htmlFor="internal-source">{t('indicator.source')}</label>
            <FieldProblem fieldId="internal-source" message={message('source')} />
            <input id="internal-source" type="text" size={20} value={draft.source} onChange={(event) => change({ source: event.target.value })} {...describedBy('internal-source', message('source'))} />
          </div>
        </div>
        <LocalizedTextFields id="internal-name" label={t('indicator.name')} value={draft.name} onChange={(name) => change({ name })} problems={languageProblems('name')} />
        <LocalizedTextFields id="internal-definition" label={t('indicator.definition')} value={draft.definition} onChange={(definition) => change({ definition })} problems={languageProblems('definition')} required={false} multiline />
        <IndicatorDetailsFields idPrefix="internal" draft={draft} onChange={change} messages={details} serviceAreas={serviceAreas} goals={strategy.goals} />
        <div className="actions">
          <button type="submit" className="button" disabled={state.kind === 'saving'}>
            {t('workspace.indicators.createInternal')}
          </button>
          <SaveStatus state={state} />
        </div>
        {error && <ActionError error={error} needs="EDIT_INDICATORS" />}
      </form>
    </section>
  );
}

function labelOf(t: TFunction, field: string): string {
  const [head, language] = field.split('.');
  if (head === 'name') return t(`workspace.text.${(language ?? 'fi') as Language}`, { field: t('indicator.name') });
  if (head === 'definition') return t(`workspace.text.${(language ?? 'fi') as Language}`, { field: t('indicator.definition') });
  if (head === 'code') return t('indicator.code');
  if (head === 'source') return t('indicator.source');
  const details: readonly string[] = ['direction', 'unit', 'decimals', 'naturalLimit', 'minValue', 'maxValue', 'weight'];
  return head && details.includes(head) ? detailsLabel(t, head as DetailsField) : field;
}
