import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { ActionError } from '../../../components/AccessMessage';
import type { SotkanetCatalogueQuery } from '../../../graphql/generated/graphql';
import { useFormat } from '../../../lib/format';
import { errorMessage, fieldProblemsByPath } from '../../../lib/graphql-errors';
import { ErrorSummary } from '../shared/ErrorSummary';
import { problemText, type ShownProblem } from '../shared/problems';
import { IDLE, SaveStatus, type SaveState } from '../shared/SaveStatus';
import { useWorkspace } from '../workspace-query';
import { useCreateIndicatorFromSotkanetMutation } from './catalogue-queries';
import { detailsLabel, IndicatorDetailsFields } from './IndicatorDetailsFields';
import { type DetailsField, newDetailsDraft, sotkanetInput, validateDetails } from './indicator-form';
import { useAfterIndicatorCreated } from './use-create-indicator';

export type CatalogueEntry = SotkanetCatalogueQuery['sotkanetCatalogue']['edges'][number]['node'];

const DETAILS_FIELDS: readonly DetailsField[] = ['direction', 'unit', 'decimals', 'naturalLimit', 'minValue', 'maxValue', 'weight'];

/**
 * Adding an indicator from Sotkanet's catalogue: its names come from Sotkanet, and the dialog asks
 * what Sotkanet does not say — which way is better, the unit, the natural limit — before creating
 * it (createIndicatorFromSotkanet), and optionally links it to a goal.
 */
export function SotkanetIndicatorDialog({ entry, onClose }: { entry: CatalogueEntry; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { strategy, serviceAreas } = useWorkspace();
  const dialog = useRef<HTMLDialogElement>(null);
  const title = format.text(entry.title);
  const [draft, setDraft] = useState(() => newDetailsDraft(entry.title.fi));
  const unitGuessed = draft.unit !== '' && draft.unit === newDetailsDraft(entry.title.fi).unit;
  const [problems, setProblems] = useState<Partial<Record<string, ShownProblem>>>({});
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<SaveState>(IDLE);
  const [error, setError] = useState<CombinedError | null>(null);
  const [createdCode, setCreatedCode] = useState<string | null>(null);
  const [, createIndicator] = useCreateIndicatorFromSotkanetMutation();
  const afterCreated = useAfterIndicatorCreated(strategy.goals);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (typeof element.showModal === 'function') element.showModal();
    else element.setAttribute('open', '');
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const found = validateDetails(draft);
    setProblems(found);
    setAttempt((count) => count + 1);
    if (Object.keys(found).length > 0) return;
    setState({ kind: 'saving' });
    if (!createdCode) {
      const result = await createIndicator({ input: sotkanetInput(entry.sotkanetId, draft) });
      if (!result.data) {
        const fromServer = result.error ? fieldProblemsByPath(result.error) : {};
        const known = DETAILS_FIELDS.filter((field) => fromServer[field]);
        if (known.length > 0) {
          setProblems(Object.fromEntries(known.map((field) => [field, { server: fromServer[field] as string }])));
          setAttempt((count) => count + 1);
        } else if (result.error) setError(result.error);
        setState({ kind: 'error', message: result.error ? errorMessage(result.error) : '' });
        return;
      }
      setCreatedCode(result.data.createIndicatorFromSotkanet.code);
      const linkError = await afterCreated(result.data.createIndicatorFromSotkanet, draft);
      if (linkError) {
        // The indicator exists: a second try only links it.
        setError(linkError);
        setState({ kind: 'error', message: errorMessage(linkError) });
        return;
      }
    } else {
      const linkError = await afterCreated({ code: createdCode, name: entry.title }, draft);
      if (linkError) {
        setError(linkError);
        setState({ kind: 'error', message: errorMessage(linkError) });
        return;
      }
    }
    onClose();
  };

  const messages = Object.fromEntries(Object.entries(problems).map(([field, problem]) => [field, problem ? problemText(t, problem) : undefined])) as Partial<Record<DetailsField, string>>;
  const summary = Object.entries(messages)
    .filter((entry): entry is [string, string] => Boolean(entry[1]))
    .map(([field, message]) => ({ fieldId: `sotkanet-${field}`, message: `${detailsLabel(t, field as DetailsField)}: ${message}` }));

  return (
    <dialog
      ref={dialog}
      className="workspace-dialog workspace-dialog--wide"
      aria-labelledby="sotkanet-dialog-title"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      data-testid="sotkanet-dialog"
    >
      <h2 id="sotkanet-dialog-title">{t('workspace.indicators.dialogTitle', { id: entry.sotkanetId })}</h2>
      <p className="sotkanet-dialog__name">
        <strong>{title}</strong>
        {entry.organization && <span className="muted"> · {entry.organization}</span>}
      </p>
      <p className="notice notice--warning">{t('workspace.indicators.confirmIntro')}</p>
      <form className="form" onSubmit={submit} noValidate>
        <ErrorSummary id="sotkanet-problems" problems={summary} attempt={attempt} />
        <IndicatorDetailsFields
          idPrefix="sotkanet"
          draft={draft}
          onChange={(next) => {
            setDraft((previous) => ({ ...previous, ...next }));
            setState(IDLE);
          }}
          messages={messages}
          serviceAreas={serviceAreas}
          goals={strategy.goals}
          unitGuessed={unitGuessed}
        />
        <div className="actions">
          <button type="submit" className="button" disabled={state.kind === 'saving'}>
            {createdCode ? t('workspace.indicators.linkOnly') : t('workspace.indicators.create')}
          </button>
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <SaveStatus state={state} />
        </div>
        {error && <ActionError error={error} needs="EDIT_INDICATORS" />}
      </form>
    </dialog>
  );
}
