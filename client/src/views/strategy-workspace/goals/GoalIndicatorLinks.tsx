import { type FormEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../../lib/format';
import { errorMessage, fieldProblemsByPath } from '../../../lib/graphql-errors';
import { describedBy, FieldProblem } from '../shared/ErrorSummary';
import { decimalText, parseDecimal, sameDraft } from '../shared/drafts';
import { IDLE, SaveStatus, type SaveState } from '../shared/SaveStatus';
import { useToast } from '../shared/toasts';
import { useUnsavedChanges } from '../shared/unsaved-changes';
import { useWorkspace, type WorkspaceGoal } from '../workspace-query';
import { useLinkableIndicatorsQuery, useLinkIndicatorMutation, useUpdateGoalIndicatorMutation } from './goal-queries';
import { weightShares } from './goal-tree';
import { useGoalTreeActions } from './use-goal-tree-actions';

type Weights = Record<string, string>;

/**
 * A goal's indicators with their weights, each shown as its share of the goal (weight 2 of 4 is
 * 50 %), as the goal's score is the weighted mean of its indicators'. Weights are edited together
 * and saved with one button; a link removed can be brought back from the message line.
 */
export function GoalIndicatorLinks({ goal }: { goal: WorkspaceGoal }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { strategy } = useWorkspace();
  const actions = useGoalTreeActions(strategy);
  const [, updateGoalIndicator] = useUpdateGoalIndicatorMutation();
  const savedWeights = Object.fromEntries(goal.indicators.map((link) => [link.indicator.code, decimalText(link.weight, format.locale)]));
  // Weights typed belong to the links they were typed over: a link added or removed resets them.
  const [draft, setDraft] = useState<{ over: Weights; weights: Weights }>({ over: savedWeights, weights: savedWeights });
  const weights = sameDraft(draft.over, savedWeights) ? draft.weights : savedWeights;
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [state, setState] = useState<SaveState>(IDLE);
  const [problem, setProblem] = useState<string | null>(null);
  const dirty = !sameDraft(weights, savedWeights);
  useUnsavedChanges(`goal-${goal.id}-weights`, dirty);
  const parsed = goal.indicators.map((link) => parseDecimal(weights[link.indicator.code] ?? ''));
  const shares = weightShares(parsed.map((weight) => (weight !== null && Number.isFinite(weight) && weight > 0 ? weight : 0)));
  const indicatorsBase = `/strategies/${strategy.id}`;

  const saveWeights = async (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    goal.indicators.forEach((link, index) => {
      const weight = parsed[index];
      if (weight === null || weight === undefined) found[link.indicator.code] = t('workspace.problem.required');
      else if (Number.isNaN(weight)) found[link.indicator.code] = t('workspace.problem.number');
      else if (weight <= 0) found[link.indicator.code] = t('workspace.problem.positive');
    });
    setProblems(found);
    if (Object.keys(found).length > 0) {
      document.getElementById(`weight-${goal.id}-${Object.keys(found)[0]}`)?.focus();
      return;
    }
    setState({ kind: 'saving' });
    for (const [index, link] of goal.indicators.entries()) {
      const weight = parsed[index] as number;
      if (weights[link.indicator.code] === savedWeights[link.indicator.code]) continue;
      const result = await updateGoalIndicator({ input: { goalId: goal.id, indicatorCode: link.indicator.code, weight } });
      if (result.error) {
        const reason = fieldProblemsByPath(result.error).weight;
        if (reason) setProblems({ [link.indicator.code]: reason });
        setState({ kind: 'error', message: errorMessage(result.error) });
        return;
      }
    }
    setState({ kind: 'saved' });
  };

  return (
    <section className="panel goal-links" aria-labelledby={`goal-${goal.id}-links-heading`} data-testid="goal-links">
      <h2 id={`goal-${goal.id}-links-heading`}>{t('workspace.links.heading')}</h2>
      <p className="hint">{t('workspace.links.intro')}</p>
      {problem && (
        <p className="state state--error" role="alert">
          {problem}
        </p>
      )}
      {goal.indicators.length === 0 ? (
        <p className="muted" data-testid="links-empty">
          {t('workspace.links.empty')} <Link to={`${indicatorsBase}/indicators`}>{t('workspace.links.toCatalogue')}</Link>
        </p>
      ) : (
        <form onSubmit={saveWeights} noValidate>
          <div className="table-scroll">
            <table className="data-table data-table--compact" data-testid="links-table">
              <caption className="visually-hidden">{t('workspace.links.heading')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('workspace.links.indicator')}</th>
                  <th scope="col">{t('workspace.links.weight')}</th>
                  <th scope="col" className="numeric">
                    {t('workspace.links.share')}
                  </th>
                  <th scope="col">
                    <span className="visually-hidden">{t('workspace.links.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {goal.indicators.map((link, index) => {
                  const code = link.indicator.code;
                  const fieldId = `weight-${goal.id}-${code}`;
                  const name = format.text(link.indicator.name);
                  return (
                    <tr key={code} data-indicator={code}>
                      <th scope="row">
                        {name} <code className="muted">{code}</code>
                      </th>
                      <td>
                        <label htmlFor={fieldId} className="visually-hidden">
                          {t('workspace.links.weightOf', { indicator: name })}
                        </label>
                        <FieldProblem fieldId={fieldId} message={problems[code]} />
                        <input
                          id={fieldId}
                          type="text"
                          inputMode="decimal"
                          size={5}
                          value={weights[code] ?? ''}
                          onChange={(event) => {
                            setDraft({ over: savedWeights, weights: { ...weights, [code]: event.target.value } });
                            setState(IDLE);
                          }}
                          {...describedBy(fieldId, problems[code])}
                        />
                      </td>
                      <td className="numeric" data-testid="link-share">
                        {format.percent(shares[index] ?? 0)}
                      </td>
                      <td>
                        <button
                          type="button"
                          className="button button--small button--secondary"
                          onClick={async () => {
                            setProblem(null);
                            const error = await actions.unlink(goal, link);
                            if (error) setProblem(error);
                          }}
                          aria-label={`${t('workspace.links.unlink')}: ${name}`}
                        >
                          {t('workspace.links.unlink')}
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <div className="actions">
            <button type="submit" className="button button--small" disabled={!dirty || state.kind === 'saving'}>
              {t('workspace.links.saveWeights')}
            </button>
            <SaveStatus state={state} />
          </div>
        </form>
      )}
      <LinkIndicatorForm goal={goal} />
    </section>
  );
}

/** Finds an indicator by code or name and links it to the goal with a weight. */
function LinkIndicatorForm({ goal }: { goal: WorkspaceGoal }) {
  const { t } = useTranslation();
  const format = useFormat();
  const idPrefix = useId();
  const { notify } = useToast();
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  const [code, setCode] = useState('');
  const [weight, setWeight] = useState('1');
  const [problems, setProblems] = useState<{ indicatorCode?: string; weight?: string }>({});
  const [state, setState] = useState<SaveState>(IDLE);
  const [result] = useLinkableIndicatorsQuery(search);
  const [, linkIndicator] = useLinkIndicatorMutation();
  useUnsavedChanges(`goal-${goal.id}-link`, code !== '');

  // One search per pause in typing, not per key.
  useEffect(() => {
    const timer = setTimeout(() => setSearch(typed.trim()), 300);
    return () => clearTimeout(timer);
  }, [typed]);

  const linked = new Set(goal.indicators.map((link) => link.indicator.code));
  const options = (result.data?.indicators.edges ?? []).map((edge) => edge.node).filter((indicator) => !linked.has(indicator.code));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const value = parseDecimal(weight);
    const found: typeof problems = {};
    if (!code) found.indicatorCode = t('workspace.links.chooseFirst');
    if (value === null) found.weight = t('workspace.problem.required');
    else if (Number.isNaN(value)) found.weight = t('workspace.problem.number');
    else if (value <= 0) found.weight = t('workspace.problem.positive');
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    setState({ kind: 'saving' });
    const linkedResult = await linkIndicator({ input: { goalId: goal.id, indicatorCode: code, weight: value as number } });
    if (linkedResult.error) {
      const fromServer = fieldProblemsByPath(linkedResult.error);
      setProblems({ indicatorCode: fromServer.indicatorCode, weight: fromServer.weight });
      setState({ kind: 'error', message: errorMessage(linkedResult.error) });
      return;
    }
    const indicator = options.find((option) => option.code === code);
    notify(t('workspace.links.linked', { indicator: indicator ? format.text(indicator.name) : code, goal: format.text(goal.title) }));
    setCode('');
    setWeight('1');
    setState(IDLE);
  };

  const searchId = `${idPrefix}-search`;
  const selectId = `${idPrefix}-indicator`;
  const weightId = `${idPrefix}-weight`;
  return (
    <form className="form link-indicator" onSubmit={submit} noValidate aria-labelledby={`${idPrefix}-heading`}>
      <h3 id={`${idPrefix}-heading`}>{t('workspace.links.addHeading')}</h3>
      <div className="form__row">
        <div className="form__field">
          <label htmlFor={searchId}>{t('workspace.links.search')}</label>
          <input id={searchId} type="search" value={typed} onChange={(event) => setTyped(event.target.value)} aria-describedby={`${searchId}-hint`} />
          <span id={`${searchId}-hint`} className="hint">
            {t('indicator.searchHint')}
          </span>
        </div>
        <div className="form__field">
          <label htmlFor={selectId}>{t('workspace.links.indicator')}</label>
          <FieldProblem fieldId={selectId} message={problems.indicatorCode} />
          <select id={selectId} value={code} onChange={(event) => setCode(event.target.value)} {...describedBy(selectId, problems.indicatorCode)}>
            <option value="">{result.fetching && !result.data ? t('common.loading') : t('workspace.links.choose', { count: options.length })}</option>
            {options.map((indicator) => (
              <option key={indicator.code} value={indicator.code}>
                {format.text(indicator.name)} ({indicator.code})
              </option>
            ))}
          </select>
        </div>
        <div className="form__field">
          <label htmlFor={weightId}>{t('workspace.links.weight')}</label>
          <FieldProblem fieldId={weightId} message={problems.weight} />
          <input id={weightId} type="text" inputMode="decimal" size={5} value={weight} onChange={(event) => setWeight(event.target.value)} {...describedBy(weightId, problems.weight)} />
        </div>
      </div>
      <div className="actions">
        <button type="submit" className="button button--small" disabled={state.kind === 'saving'}>
          {t('workspace.links.link')}
        </button>
        <SaveStatus state={state} />
      </div>
    </form>
  );
}
