import type { TFunction } from 'i18next';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useParams } from 'react-router';
import { useViewer } from '../../../auth/viewer';
import { NotFound } from '../../../components/NotFound';
import { QueryBoundary } from '../../../components/QueryState';
import type { TargetIndicatorQuery } from '../../../graphql/generated/graphql';
import { useFormat } from '../../../lib/format';
import { errorMessage } from '../../../lib/graphql-errors';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { usedIndicators } from '../indicators/IndicatorsView';
import { useToast } from '../shared/toasts';
import { useWorkspace, type WorkspaceStrategy } from '../workspace-query';
import { useCreateTargetMutation, useDeleteTargetMutation, useTargetIndicatorQuery } from './target-queries';

export type TargetIndicator = NonNullable<TargetIndicatorQuery['indicator']>;
export type WorkspaceTarget = TargetIndicator['targets'][number];

/** `/strategies/:id/targets`: the strategy's indicators and the targets each has, the way to set them. */
export function TargetsIndexView() {
  const { t } = useTranslation();
  const format = useFormat();
  const { strategy } = useWorkspace();
  const used = useMemo(() => usedIndicators(strategy), [strategy]);
  useDocumentTitle(`${t('workspace.tabs.targets')}: ${format.text(strategy.name)}`);
  const base = `/strategies/${strategy.id}`;
  return (
    <section className="panel" aria-labelledby="targets-heading">
      <h2 id="targets-heading">{t('workspace.targets.indexHeading')}</h2>
      <p>{t('workspace.targets.indexIntro')}</p>
      {used.length === 0 ? (
        <div className="workspace-empty" data-testid="targets-empty">
          <p>{t('workspace.targets.noIndicators')}</p>
          <p>
            <Link to={`${base}/indicators`}>{t('workspace.tabs.indicators')}</Link>
          </p>
        </div>
      ) : (
        <div className="table-scroll">
          <table className="data-table" data-testid="targets-index">
            <caption className="visually-hidden">{t('workspace.targets.indexHeading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('workspace.links.indicator')}</th>
                <th scope="col">{t('workspace.targets.goals')}</th>
                <th scope="col">{t('workspace.targets.existing')}</th>
              </tr>
            </thead>
            <tbody>
              {used.map(({ indicator, goals }) => {
                const targets = strategy.targets.filter((target) => target.indicator.code === indicator.code);
                return (
                  <tr key={indicator.code} data-indicator={indicator.code}>
                    <th scope="row">
                      <Link to={`${base}/targets/${encodeURIComponent(indicator.code)}`}>{format.text(indicator.name)}</Link> <code className="muted">{indicator.code}</code>
                    </th>
                    <td>{goals.map((goal) => format.text(goal.title)).join('; ')}</td>
                    <td>{targets.length === 0 ? <span className="muted">{t('workspace.targets.none')}</span> : targets.map((target) => scopeLabel(t, format, strategy, target)).join('; ')}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** "Koko organisaatio", "Joensuu", "Joensuu · Ikääntyneet": whose target it is. */
export function scopeLabel(
  t: TFunction,
  format: ReturnType<typeof useFormat>,
  strategy: Pick<WorkspaceStrategy, 'organisation'>,
  target: { area?: { name: { fi: string; sv?: string | null; en?: string | null } } | null; serviceArea?: { name: { fi: string; sv?: string | null; en?: string | null } } | null },
): string {
  const area = target.area ? format.text(target.area.name) : t('workspace.targets.organisationWide', { name: format.text(strategy.organisation.name) });
  return target.serviceArea ? `${area} · ${format.text(target.serviceArea.name)}` : area;
}

/**
 * `/strategies/:id/targets/:indicatorCode`: one indicator's targets in the strategy (the
 * organisation's, and areas' or service areas' own), with the one being edited below them.
 */
export function IndicatorTargetsView() {
  const { t } = useTranslation();
  const { strategy } = useWorkspace();
  const { indicatorCode = '' } = useParams();
  const [result, reexecute] = useTargetIndicatorQuery(indicatorCode, strategy.id);
  return (
    <QueryBoundary result={result} onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
      {(data) => (data.indicator ? <IndicatorTargets indicator={data.indicator} /> : <NotFound message={t('indicator.notFound', { code: indicatorCode })} />)}
    </QueryBoundary>
  );
}

function IndicatorTargets({ indicator }: { indicator: TargetIndicator }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { can } = useViewer();
  const workspace = useWorkspace();
  const { strategy } = workspace;
  const { targetId } = useParams();
  const { notify } = useToast();
  const [, deleteTarget] = useDeleteTargetMutation();
  const [, createTarget] = useCreateTargetMutation();
  const [problem, setProblem] = useState<string | null>(null);
  const name = format.text(indicator.name);
  const base = `/strategies/${strategy.id}/targets/${encodeURIComponent(indicator.code)}`;
  const mayEdit = can('EDIT_INDICATORS');
  useDocumentTitle(`${t('workspace.tabs.targets')}: ${name}`);
  const value = (number: number | null | undefined) => format.quantity(number, indicator.unit, indicator.decimals);

  const remove = async (target: WorkspaceTarget) => {
    setProblem(null);
    const result = await deleteTarget({ id: target.id }, { additionalTypenames: ['Target'] });
    if (result.error) {
      setProblem(errorMessage(result.error));
      return;
    }
    notify(t('workspace.targets.deleted', { scope: scopeLabel(t, format, strategy, target) }), async () => {
      const restored = await createTarget({
        input: {
          strategyId: strategy.id,
          indicatorCode: indicator.code,
          areaCode: target.area?.code ?? null,
          serviceAreaId: target.serviceArea?.id ?? null,
          baselinePeriod: target.baselinePeriod ?? null,
          baselineValue: target.baselineValue ?? null,
          points: target.points.map((point) => ({ period: point.period, value: point.value })),
          acknowledgedWarnings: target.acknowledgedWarnings,
        },
      });
      return restored.error ? errorMessage(restored.error) : null;
    });
  };

  return (
    <>
      <section className="panel" aria-labelledby="indicator-targets-heading" data-testid="indicator-targets">
        <nav className="breadcrumbs" aria-label={t('workspace.breadcrumbs')}>
          <ol>
            <li>
              <Link to={`/strategies/${strategy.id}/targets`}>{t('workspace.tabs.targets')}</Link>
            </li>
            <li aria-current="page">{name}</li>
          </ol>
        </nav>
        <h2 id="indicator-targets-heading">{name}</h2>
        <p className="muted">
          <code>{indicator.code}</code> · {indicator.unit} · {t(`direction.${indicator.direction}`)} · {t(`frequency.${indicator.frequency}`)}
          {indicator.naturalLimit !== null && indicator.naturalLimit !== undefined && ` · ${t('workspace.indicators.naturalLimit')} ${value(indicator.naturalLimit)}`}
        </p>
        {problem && (
          <p className="state state--error" role="alert">
            {problem}
          </p>
        )}
        {indicator.targets.length === 0 ? (
          <p className="workspace-empty" data-testid="no-targets">
            {t('workspace.targets.noTargets')}
          </p>
        ) : (
          <div className="table-scroll">
            <table className="data-table data-table--compact" data-testid="targets-table">
              <caption className="visually-hidden">{t('workspace.targets.listCaption', { indicator: name })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('workspace.targets.scope')}</th>
                  <th scope="col">{t('chart.baseline')}</th>
                  <th scope="col">{t('chart.targetTrajectory')}</th>
                  <th scope="col">{t('workspace.targets.acknowledged')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('workspace.links.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {indicator.targets.map((target) => {
                  const scope = scopeLabel(t, format, strategy, target);
                  return (
                    <tr key={target.id} className={target.id === targetId ? 'is-selected' : undefined} data-target-id={target.id}>
                      <th scope="row">{scope}</th>
                      <td>
                        {target.baselinePeriod
                          ? `${format.period(target.baselinePeriod)}${target.baselineValue !== null && target.baselineValue !== undefined ? `: ${value(target.baselineValue)}` : ` (${t('workspace.targets.valueFromData')})`}`
                          : t('workspace.targets.baselineFromData')}
                      </td>
                      <td>{target.points.map((point) => `${format.period(point.period)}: ${value(point.value)}`).join(', ')}</td>
                      <td>{target.acknowledgedWarnings.map((code) => t(`workspace.targets.warningShort.${code}`)).join(', ') || t('common.no')}</td>
                      <td>
                        {mayEdit && (
                          <div className="tree-actions">
                            <Link className="button button--small button--secondary" to={`${base}/${target.id}`} aria-label={`${t('workspace.targets.edit')}: ${scope}`}>
                              {t('workspace.targets.edit')}
                            </Link>
                            <button type="button" className="button button--small button--secondary" onClick={() => remove(target)} aria-label={`${t('workspace.goals.delete')}: ${scope}`}>
                              {t('workspace.goals.delete')}
                            </button>
                          </div>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
        {mayEdit && !targetId && (
          <p>
            <Link className="button" to={`${base}/new`}>
              {t('workspace.targets.new')}
            </Link>
          </p>
        )}
      </section>
      <Outlet context={{ ...workspace, indicator }} />
    </>
  );
}
