import type { TFunction } from 'i18next';
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { ActionError } from '../../components/AccessMessage';
import { QueryBoundary } from '../../components/QueryState';
import type { Language } from '../../i18n/resources';
import { fieldProblemsByPath, hasErrorCode } from '../../lib/graphql-errors';
import { useFormat } from '../../lib/format';
import { describedBy, ErrorSummary, FieldProblem } from './shared/ErrorSummary';
import { sameDraft } from './shared/drafts';
import { LocalizedTextFields } from './shared/LocalizedTextFields';
import { problemText, type ShownProblem } from './shared/problems';
import { IDLE, SaveStatus, type SaveState } from './shared/SaveStatus';
import { useUnsavedChanges } from './shared/unsaved-changes';
import { useOrganisationOptionsQuery } from './strategy-queries';
import { STRATEGY_FIELDS, type StrategyDraft, type StrategyField, validateStrategy } from './strategy-form';

const FIELD_ID: Record<StrategyField, string> = {
  organisationCode: 'strategy-organisation',
  'name.fi': 'strategy-name-fi',
  'vision.fi': 'strategy-vision-fi',
  startYear: 'strategy-start-year',
  endYear: 'strategy-end-year',
  baselineYear: 'strategy-baseline-year',
};

/**
 * A strategy's own fields: its organisation (any county or region), name and vision in three
 * languages, council term and baseline year. Used to create a strategy and to edit one; `save`
 * answers the server's error, or null when saved.
 */
export function StrategyForm({
  initial,
  submitLabel,
  save,
  onSaved,
  organisationName,
}: {
  /** Shown instead of the organisation choice when the organisation cannot change (a copy keeps its own). */
  organisationName?: string;
  initial: StrategyDraft;
  submitLabel: string;
  save: (draft: StrategyDraft) => Promise<CombinedError | null>;
  onSaved?: (allowNextNavigation: () => void) => void;
}) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState(initial);
  const [draft, setDraft] = useState(initial);
  const [problems, setProblems] = useState<Partial<Record<string, ShownProblem>>>({});
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<SaveState>(IDLE);
  const [error, setError] = useState<CombinedError | null>(null);
  const dirty = !sameDraft(draft, saved);
  const { allowNextNavigation } = useUnsavedChanges('strategy-form', dirty);

  const change = (next: Partial<StrategyDraft>) => {
    setDraft((previous) => ({ ...previous, ...next }));
    if (state.kind !== 'saving') setState(IDLE);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const found = validateStrategy(draft);
    setProblems(found);
    setAttempt((count) => count + 1);
    if (Object.keys(found).length > 0) return;
    setState({ kind: 'saving' });
    const failure = await save(draft);
    if (failure) {
      const fromServer = fieldProblemsByPath(failure);
      const known = Object.entries(fromServer).filter(([path]) => (STRATEGY_FIELDS as readonly string[]).includes(path) || path.startsWith('name.') || path.startsWith('vision.'));
      if (hasErrorCode(failure, 'BAD_USER_INPUT') || hasErrorCode(failure, 'NOT_FOUND')) {
        if (known.length > 0) {
          setProblems(Object.fromEntries(known.map(([path, reason]) => [path, { server: reason }])));
          setAttempt((count) => count + 1);
        }
      }
      if (known.length === 0) setError(failure);
      setState({ kind: 'error', message: failure.graphQLErrors[0]?.message ?? failure.message });
      return;
    }
    setSaved(draft);
    setProblems({});
    setState({ kind: 'saved' });
    onSaved?.(allowNextNavigation);
  };

  const message = (field: string) => {
    const problem = problems[field];
    return problem ? problemText(t, problem) : undefined;
  };
  const languageProblems = (prefix: 'name' | 'vision'): Partial<Record<Language, string>> => ({
    fi: message(`${prefix}.fi`),
    sv: message(`${prefix}.sv`),
    en: message(`${prefix}.en`),
  });
  const summary = Object.entries(problems)
    .filter((entry): entry is [string, ShownProblem] => entry[1] !== undefined)
    .map(([field, problem]) => ({
      fieldId: FIELD_ID[field as StrategyField] ?? `strategy-${field.replace('.', '-')}`,
      message: `${fieldLabel(t, field)}: ${problemText(t, problem)}`,
    }));

  const yearField = (field: 'startYear' | 'endYear' | 'baselineYear', hint?: string) => {
    const id = FIELD_ID[field];
    return (
      <div className="form__field">
        <label htmlFor={id}>{t(`workspace.strategy.${field}`)}</label>
        {hint && (
          <p id={`${id}-hint`} className="hint">
            {hint}
          </p>
        )}
        <FieldProblem fieldId={id} message={message(field)} />
        <input
          id={id}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          size={6}
          value={draft[field]}
          onChange={(event) => change({ [field]: event.target.value })}
          required
          {...describedBy(id, message(field), hint ? `${id}-hint` : undefined)}
        />
      </div>
    );
  };

  return (
    <form className="form workspace-form" onSubmit={submit} noValidate data-testid="strategy-form">
      <ErrorSummary id="strategy-form-problems" problems={summary} attempt={attempt} />
      {organisationName ? (
        <p>
          <span className="form__label">{t('workspace.strategy.organisation')}:</span> {organisationName}
        </p>
      ) : (
        <OrganisationSelect value={draft.organisationCode} onChange={(organisationCode) => change({ organisationCode })} problem={message('organisationCode')} />
      )}
      <LocalizedTextFields id="strategy-name" label={t('workspace.strategy.name')} value={draft.name} onChange={(name) => change({ name })} problems={languageProblems('name')} />
      <LocalizedTextFields
        id="strategy-vision"
        label={t('workspace.strategy.vision')}
        value={draft.vision}
        onChange={(vision) => change({ vision })}
        problems={languageProblems('vision')}
        required={false}
        multiline
      />
      <fieldset className="form__group">
        <legend>{t('workspace.strategy.term')}</legend>
        <div className="form__row">
          {yearField('startYear')}
          {yearField('endYear')}
          {yearField('baselineYear', t('workspace.strategy.baselineYearHint'))}
        </div>
      </fieldset>
      <div className="actions">
        <button type="submit" className="button" disabled={state.kind === 'saving'}>
          {submitLabel}
        </button>
        {dirty && state.kind !== 'saving' && <span className="muted">{t('workspace.save.unsaved')}</span>}
        <SaveStatus state={state} />
      </div>
      {error && <ActionError error={error} needs="EDIT_STRATEGY" />}
    </form>
  );
}

function fieldLabel(t: TFunction, field: string): string {
  const [head, language] = field.split('.') as [string, Language | undefined];
  if (head === 'name' || head === 'vision') {
    return t(`workspace.text.${language ?? 'fi'}`, { field: t(`workspace.strategy.${head}`) });
  }
  if (head === 'organisationCode') return t('workspace.strategy.organisation');
  if (head === 'startYear' || head === 'endYear' || head === 'baselineYear') return t(`workspace.strategy.${head}`);
  return field;
}

/** Counties first, then regions, each in alphabetical order of the UI's language. */
function OrganisationSelect({ value, onChange, problem }: { value: string; onChange: (code: string) => void; problem?: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [result, reexecute] = useOrganisationOptionsQuery();
  const id = FIELD_ID.organisationCode;
  const sort = useMemo(() => {
    const collator = new Intl.Collator(format.locale);
    return <Area extends { name: { fi: string; sv?: string | null; en?: string | null } }>(areas: ReadonlyArray<Area>) =>
      [...areas].sort((a, b) => collator.compare(format.text(a.name), format.text(b.name)));
  }, [format]);
  return (
    <div className="form__field">
      <label htmlFor={id}>{t('workspace.strategy.organisation')}</label>
      <p id={`${id}-hint`} className="hint">
        {t('workspace.strategy.organisationHint')}
      </p>
      <FieldProblem fieldId={id} message={problem} />
      <QueryBoundary result={result} onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
        {(data) => (
          <select id={id} value={value} onChange={(event) => onChange(event.target.value)} required {...describedBy(id, problem, `${id}-hint`)}>
            <option value="">{t('workspace.strategy.chooseOrganisation')}</option>
            <optgroup label={t('workspace.strategy.counties')}>
              {sort(data.counties).map((area) => (
                <option key={area.code} value={area.code}>
                  {format.text(area.name)} ({area.code})
                </option>
              ))}
            </optgroup>
            <optgroup label={t('workspace.strategy.regions')}>
              {sort(data.regions).map((area) => (
                <option key={area.code} value={area.code}>
                  {format.text(area.name)} ({area.code})
                </option>
              ))}
            </optgroup>
          </select>
        )}
      </QueryBoundary>
    </div>
  );
}
