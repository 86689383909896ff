import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useOutletContext, useParams } from 'react-router';
import { type CombinedError, useClient } from 'urql';
import { ActionError } from '../../../components/AccessMessage';
import { NotFound } from '../../../components/NotFound';
import { TimeSeriesFigure } from '../../../components/TimeSeriesChart';
import type { TargetWarningCode } from '../../../graphql/generated/graphql';
import { useFormat } from '../../../lib/format';
import { errorMessage, fieldProblemsByPath } from '../../../lib/graphql-errors';
import { describedBy, ErrorSummary, FieldProblem } from '../shared/ErrorSummary';
import { sameDraft } from '../shared/drafts';
import { problemText, type ShownProblem } from '../shared/problems';
import { IDLE, SaveStatus, type SaveState } from '../shared/SaveStatus';
import { useToast } from '../shared/toasts';
import { useDebouncedValue } from '../shared/use-debounced-value';
import { useUnsavedChanges } from '../shared/unsaved-changes';
import type { WorkspaceOutlet } from '../workspace-query';
import {
  ACKNOWLEDGEABLE,
  checkInput,
  createTargetInput,
  givenBaseline,
  newTargetDraft,
  previewPoints,
  type TargetDraft,
  targetDraftFrom,
  updateTargetInput,
  validateTarget,
  warningFieldIndex,
} from './target-form';
import { CheckTargetDocument, useCheckTargetQuery, useCreateTargetMutation, useTargetSeriesQuery, useUpdateTargetMutation } from './target-queries';
import { scopeLabel, type TargetIndicator } from './TargetsView';

type Warning = { code: TargetWarningCode; pointIndex?: number | null; message: string };

/** `targets/:indicatorCode/new` and `targets/:indicatorCode/:targetId`: the target form with its live preview. */
export function TargetEditorView() {
  const { t } = useTranslation();
  const format = useFormat();
  const context = useOutletContext<WorkspaceOutlet & { indicator: TargetIndicator }>();
  const { targetId } = useParams();
  const { strategy, indicator } = context;
  if (targetId === 'new') {
    return <TargetEditor key="new" context={context} initial={newTargetDraft(indicator.frequency, strategy.endYear)} />;
  }
  const target = indicator.targets.find((candidate) => candidate.id === targetId);
  if (!target) return <NotFound message={t('workspace.targets.notFound')} />;
  return <TargetEditor key={target.id} context={context} targetId={target.id} initial={targetDraftFrom(target, format.locale)} />;
}

function TargetEditor({ context, targetId, initial }: { context: WorkspaceOutlet & { indicator: TargetIndicator }; targetId?: string; initial: TargetDraft }) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const client = useClient();
  const { notify } = useToast();
  const { strategy, serviceAreas, indicator } = context;
  const [saved, setSaved] = useState(initial);
  const [draft, setDraft] = useState(initial);
  const [problems, setProblems] = useState<Partial<Record<string, ShownProblem>>>({});
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<SaveState>(IDLE);
  const [error, setError] = useState<CombinedError | null>(null);
  const [, createTarget] = useCreateTargetMutation();
  const [, updateTarget] = useUpdateTargetMutation();
  const dirty = !sameDraft(draft, saved);
  const { allowNextNavigation } = useUnsavedChanges(`target-${targetId ?? 'new'}`, dirty);
  const listPath = `/strategies/${strategy.id}/targets/${encodeURIComponent(indicator.code)}`;

  // The live check, once per pause in typing.
  const input = useDebouncedValue(checkInput(strategy.id, indicator.code, draft, indicator.frequency), 400);
  const [check] = useCheckTargetQuery(input);
  const checked = check.data?.checkTarget;
  const warnings: Warning[] = checked?.warnings ?? [];

  const areaCode = draft.areaCode || strategy.organisation.code;
  const [series] = useTargetSeriesQuery(indicator.code, areaCode, draft.serviceAreaId || null);
  const points = previewPoints(draft, indicator.frequency);
  const given = givenBaseline(draft);
  const baseline = given.period && given.value !== null ? { period: given.period, value: given.value } : (checked?.baseline ?? null);

  const change = (next: Partial<TargetDraft>) => {
    setDraft((previous) => ({ ...previous, ...next }));
    if (state.kind !== 'saving') setState(IDLE);
  };
  const setPoint = (index: number, next: Partial<{ period: string; value: string }>) =>
    change({ points: draft.points.map((point, other) => (other === index ? { ...point, ...next } : point)) });

  const municipalities = useMemo(() => {
    const collator = new Intl.Collator(format.locale);
    return [...strategy.organisation.children].sort((a, b) => collator.compare(format.text(a.name), format.text(b.name)));
  }, [strategy, format]);

  const warningText = (warning: Warning) => {
    const index = warningFieldIndex(draft, indicator.frequency, warning.pointIndex);
    const point = index === null ? null : draft.points[index];
    const quantity = (value: number | null | undefined) => format.quantity(value, indicator.unit, indicator.decimals);
    return t(`workspace.targets.warning.${warning.code}`, {
      period: point ? point.period : draft.baselinePeriod,
      value: point ? point.value : draft.baselineValue,
      baseline: baseline ? `${quantity(baseline.value)} (${format.period(baseline.period)})` : t('common.noValue'),
      baselinePeriod: baseline ? format.period(baseline.period) : t('common.noValue'),
      direction: t(`direction.${indicator.direction}`).toLowerCase(),
      limit: quantity(indicator.naturalLimit),
      min: quantity(indicator.minValue),
      max: quantity(indicator.maxValue),
    });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const found: Partial<Record<string, ShownProblem>> = validateTarget(draft, indicator.frequency);
    if (Object.keys(found).length > 0) {
      setProblems(found);
      setAttempt((count) => count + 1);
      return;
    }
    setState({ kind: 'saving' });
    // Judged on what is saved, not on the last check while typing, which may be a keystroke behind.
    const finalCheck = await client.query(CheckTargetDocument, { input: createTargetInput(strategy.id, indicator.code, draft) }, { requestPolicy: 'network-only' }).toPromise();
    if (finalCheck.error) {
      reportServerProblems(finalCheck.error);
      return;
    }
    const current = finalCheck.data?.checkTarget.warnings ?? [];
    const blocking = current.filter((warning) => !ACKNOWLEDGEABLE.has(warning.code));
    const unconfirmed = current.filter((warning) => ACKNOWLEDGEABLE.has(warning.code) && !draft.acknowledged.includes(warning.code));
    if (blocking.length > 0 || unconfirmed.length > 0) {
      const next: Partial<Record<string, ShownProblem>> = {};
      for (const warning of [...blocking, ...unconfirmed]) {
        const index = warningFieldIndex(draft, indicator.frequency, warning.pointIndex);
        const field = index === null ? 'baselineValue' : `points.${index}.value`;
        next[field] ??= { server: blocking.includes(warning) ? warningText(warning) : t('workspace.targets.confirmFirst', { warning: warningText(warning) }) };
      }
      setProblems(next);
      setAttempt((count) => count + 1);
      setState(IDLE);
      return;
    }
    // Only warnings that are there now are acknowledged: a box ticked for a fixed value means nothing.
    const present = new Set(current.map((warning) => warning.code));
    const toSave = { ...draft, acknowledged: draft.acknowledged.filter((code) => present.has(code)) };
    const result = targetId
      ? await updateTarget({ id: targetId, input: updateTargetInput(toSave) })
      : await createTarget({ input: createTargetInput(strategy.id, indicator.code, toSave) });
    if (result.error) {
      reportServerProblems(result.error);
      return;
    }
    setSaved(draft);
    setProblems({});
    setState({ kind: 'saved' });
    notify(t('workspace.targets.saved', { scope: scopeLabel(t, format, strategy, scopeOf(draft)) }));
    allowNextNavigation();
    navigate(listPath);
  };

  const reportServerProblems = (failure: CombinedError) => {
    const fromServer = fieldProblemsByPath(failure);
    const shown = Object.entries(fromServer).filter(([path]) => path !== 'points' || fromServer.points !== 'UNACKNOWLEDGED_WARNING');
    if (fromServer.points === 'UNACKNOWLEDGED_WARNING') {
      shown.push(['points', t('workspace.targets.unacknowledged')]);
    }
    if (shown.length > 0) {
      setProblems(Object.fromEntries(shown.map(([path, reason]) => [path, { server: reason }])));
      setAttempt((count) => count + 1);
    } else setError(failure);
    setState({ kind: 'error', message: errorMessage(failure) });
  };

  const scopeOf = (value: TargetDraft) => ({
    area: value.areaCode ? (strategy.organisation.children.find((child) => child.code === value.areaCode) ?? null) : null,
    serviceArea: value.serviceAreaId ? (serviceAreas.find((serviceArea) => serviceArea.id === value.serviceAreaId) ?? null) : null,
  });

  const message = (field: string) => (problems[field] ? problemText(t, problems[field] as ShownProblem) : undefined);
  const id = (field: string) => `target-${field.replaceAll('.', '-')}`;
  const summary = Object.keys(problems)
    .filter((field) => problems[field])
    .map((field) => ({ fieldId: field === 'points' ? id('points.0.period') : id(field), message: `${fieldLabel(field)}: ${message(field)}` }));
  function fieldLabel(field: string): string {
    if (field === 'baselinePeriod') return t('workspace.targets.baselinePeriod');
    if (field === 'baselineValue') return t('workspace.targets.baselineValue');
    const match = /^points\.(\d+)\.(period|value)$/.exec(field);
    if (match) return t(match[2] === 'period' ? 'workspace.targets.pointPeriod' : 'workspace.targets.pointValue', { number: Number(match[1]) + 1 });
    return t('chart.targetTrajectory');
  }

  // Each warning next to its field; one confirmation box per kind, at its first occurrence.
  const warningsAt = (index: number | null) => warnings.filter((warning) => warningFieldIndex(draft, indicator.frequency, warning.pointIndex) === index);
  const firstOf = new Map<TargetWarningCode, Warning>();
  for (const warning of warnings) if (!firstOf.has(warning.code)) firstOf.set(warning.code, warning);
  const warningList = (index: number | null) => {
    const here = warningsAt(index);
    if (here.length === 0) return null;
    return (
      <ul className="target-warnings" data-testid="target-warnings">
        {here.map((warning) => (
          <li key={`${warning.code}-${warning.pointIndex ?? 'baseline'}`} className={ACKNOWLEDGEABLE.has(warning.code) ? 'target-warning' : 'target-warning target-warning--blocking'}>
            <p>
              <strong>{ACKNOWLEDGEABLE.has(warning.code) ? t('workspace.targets.warningLabel') : t('workspace.targets.blockingLabel')}</strong> {warningText(warning)}
            </p>
            {ACKNOWLEDGEABLE.has(warning.code) && firstOf.get(warning.code) === warning && (
              <div className="checkbox-field">
                <input
                  id={`acknowledge-${warning.code}`}
                  type="checkbox"
                  checked={draft.acknowledged.includes(warning.code)}
                  onChange={(event) =>
                    change({ acknowledged: event.target.checked ? [...draft.acknowledged, warning.code].sort() : draft.acknowledged.filter((code) => code !== warning.code) })
                  }
                />
                <label htmlFor={`acknowledge-${warning.code}`}>{t(`workspace.targets.acknowledge.${warning.code as 'WORSE_THAN_BASELINE' | 'OUTSIDE_NATURAL_LIMIT'}`)}</label>
              </div>
            )}
          </li>
        ))}
      </ul>
    );
  };

  const title = targetId ? t('workspace.targets.editHeading', { scope: scopeLabel(t, format, strategy, scopeOf(saved)) }) : t('workspace.targets.newHeading');
  const name = format.text(indicator.name);
  const areaName = draft.areaCode ? format.text(scopeOf(draft).area?.name ?? strategy.organisation.name) : format.text(strategy.organisation.name);
  const lastPoint = points[points.length - 1];

  return (
    <section className="panel target-editor" aria-labelledby="target-editor-heading" data-testid="target-editor">
      <h2 id="target-editor-heading">{title}</h2>
      <div className="target-editor__grid">
        <form className="form" onSubmit={submit} noValidate>
          <ErrorSummary id="target-problems" problems={summary} attempt={attempt} />
          {!targetId && (
            <fieldset className="form__group">
              <legend>{t('workspace.targets.scope')}</legend>
              <p className="hint">{t('workspace.targets.scopeHint')}</p>
              <div className="form__row">
                <div className="form__field">
                  <label htmlFor={id('areaCode')}>{t('filters.area')}</label>
                  <select id={id('areaCode')} value={draft.areaCode} onChange={(event) => change({ areaCode: event.target.value })}>
                    <option value="">{t('workspace.targets.organisationWide', { name: format.text(strategy.organisation.name) })}</option>
                    {municipalities.map((area) => (
                      <option key={area.code} value={area.code}>
                        {format.text(area.name)}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="form__field">
                  <label htmlFor={id('serviceAreaId')}>{t('filters.serviceArea')}</label>
                  <select id={id('serviceAreaId')} value={draft.serviceAreaId} onChange={(event) => change({ serviceAreaId: event.target.value })}>
                    <option value="">{t('filters.allServiceAreas')}</option>
                    {serviceAreas.map((serviceArea) => (
                      <option key={serviceArea.id} value={serviceArea.id}>
                        {format.text(serviceArea.name)}
                      </option>
                    ))}
                  </select>
                </div>
              </div>
            </fieldset>
          )}
          <fieldset className="form__group">
            <legend>{t('chart.baseline')}</legend>
            <p id="target-baseline-hint" className="hint">
              {t('workspace.targets.baselineHint', { year: strategy.baselineYear })}
            </p>
            <div className="form__row">
              <div className="form__field">
                <label htmlFor={id('baselinePeriod')}>{t('workspace.targets.baselinePeriod')}</label>
                <FieldProblem fieldId={id('baselinePeriod')} message={message('baselinePeriod')} />
                <input
                  id={id('baselinePeriod')}
                  type="text"
                  size={9}
                  value={draft.baselinePeriod}
                  onChange={(event) => change({ baselinePeriod: event.target.value })}
                  {...describedBy(id('baselinePeriod'), message('baselinePeriod'), 'target-baseline-hint')}
                />
              </div>
              <div className="form__field">
                <label htmlFor={id('baselineValue')}>{t('workspace.targets.baselineValue')}</label>
                <FieldProblem fieldId={id('baselineValue')} message={message('baselineValue')} />
                <input
                  id={id('baselineValue')}
                  type="text"
                  inputMode="decimal"
                  size={9}
                  value={draft.baselineValue}
                  onChange={(event) => change({ baselineValue: event.target.value })}
                  {...describedBy(id('baselineValue'), message('baselineValue'), 'target-baseline-hint')}
                />
              </div>
            </div>
            <p className="target-editor__baseline" data-testid="baseline-in-use" aria-live="polite">
              {baseline
                ? t(given.period && given.value !== null ? 'workspace.targets.baselineGiven' : 'workspace.targets.baselineData', {
                    value: format.quantity(baseline.value, indicator.unit, indicator.decimals),
                    period: format.period(baseline.period),
                  })
                : check.fetching
                  ? t('common.loading')
                  : t('workspace.targets.baselineNone')}
            </p>
            {warningList(null)}
          </fieldset>
          <fieldset className="form__group">
            <legend>{t('chart.targetTrajectory')}</legend>
            <p className="hint">{t('workspace.targets.trajectoryHint', { example: newTargetDraft(indicator.frequency, strategy.endYear).points[0]?.period ?? '' })}</p>
            <FieldProblem fieldId="target-points" message={message('points')} />
            <ol className="target-points">
              {draft.points.map((point, index) => {
                const periodField = `points.${index}.period`;
                const valueField = `points.${index}.value`;
                return (
                  // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their place; their fields are named by it
                  <li key={index} className="target-points__row" data-testid="target-point">
                    <div className="form__row">
                      <div className="form__field">
                        <label htmlFor={id(periodField)}>{t('workspace.targets.pointPeriod', { number: index + 1 })}</label>
                        <FieldProblem fieldId={id(periodField)} message={message(periodField)} />
                        <input id={id(periodField)} type="text" size={9} value={point.period} onChange={(event) => setPoint(index, { period: event.target.value })} {...describedBy(id(periodField), message(periodField))} />
                      </div>
                      <div className="form__field">
                        <label htmlFor={id(valueField)}>{t('workspace.targets.pointValue', { number: index + 1 })}</label>
                        <FieldProblem fieldId={id(valueField)} message={message(valueField)} />
                        <input
                          id={id(valueField)}
                          type="text"
                          inputMode="decimal"
                          size={9}
                          value={point.value}
                          onChange={(event) => setPoint(index, { value: event.target.value })}
                          {...describedBy(id(valueField), message(valueField))}
                        />
                      </div>
                      {draft.points.length > 1 && (
                        <button
                          type="button"
                          className="button button--small button--secondary target-points__remove"
                          onClick={() => change({ points: draft.points.filter((_, other) => other !== index) })}
                          aria-label={t('workspace.targets.removePoint', { number: index + 1 })}
                        >
                          {t('workspace.targets.remove')}
                        </button>
                      )}
                    </div>
                    {warningList(index)}
                  </li>
                );
              })}
            </ol>
            <button type="button" className="button button--small button--secondary" onClick={() => change({ points: [...draft.points, { period: '', value: '' }] })}>
              {t('workspace.targets.addPoint')}
            </button>
          </fieldset>
          <div className="actions">
            <button type="submit" className="button" disabled={state.kind === 'saving'}>
              {t('workspace.targets.save')}
            </button>
            <Link className="button button--secondary" to={listPath}>
              {t('common.cancel')}
            </Link>
            {dirty && state.kind !== 'saving' && <span className="muted">{t('workspace.save.unsaved')}</span>}
            <SaveStatus state={state} />
          </div>
          {error && <ActionError error={error} needs="EDIT_INDICATORS" />}
        </form>
        <div className="target-editor__preview" data-testid="target-preview">
          <h3>{t('workspace.targets.preview')}</h3>
          {series.error ? (
            <p className="state state--error">{errorMessage(series.error)}</p>
          ) : (
            <>
              {series.data?.indicator && series.data.indicator.series.length === 0 && <p className="muted">{t('workspace.targets.noSeries', { area: areaName })}</p>}
              <TimeSeriesFigure
                caption={`${name} – ${areaName}`}
                title={t('chart.tableCaption', { indicator: name, area: areaName })}
                summary={
                  baseline && lastPoint
                    ? t('workspace.targets.previewSummary', {
                        baseline: format.quantity(baseline.value, indicator.unit, indicator.decimals),
                        baselinePeriod: format.period(baseline.period),
                        target: format.quantity(lastPoint.value, indicator.unit, indicator.decimals),
                        targetPeriod: format.period(lastPoint.period),
                      })
                    : undefined
                }
                values={series.data?.indicator?.series ?? []}
                baseline={baseline}
                targetTrajectory={points}
                unit={indicator.unit}
                decimals={indicator.decimals}
              />
            </>
          )}
        </div>
      </div>
    </section>
  );
}
