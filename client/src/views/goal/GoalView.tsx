import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DashboardScope, type DashboardScopeValue } from '../../components/DashboardScope';
import { FilterBar } from '../../components/FilterBar';
import { NotFound } from '../../components/NotFound';
import { EmptyState, ErrorState, LoadingState } from '../../components/QueryState';
import { StatusBadge } from '../../components/StatusBadge';
import { attainmentScope, findGoal } from '../../lib/attainment-summary';
import { useFormat } from '../../lib/format';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useStrategyAttainmentQuery } from '../overview/strategy-attainment-query';
import { GoalAssessments } from './GoalAssessments';
import { useGoalDetailsQuery } from './goal-details-query';
import { IndicatorAttainmentCard } from './IndicatorAttainmentCard';
import { CoverageFigure, ScoreFigure, StatusFigure } from '../../components/KeyFigures';
import { GoalDescriptionEditor } from './GoalDescriptionEditor';

/** Goal: why it has its status, indicator by indicator, for the area and quarter in the URL. */
export function GoalView() {
  const { goalId = '' } = useParams();
  return <DashboardScope>{(scope) => <GoalContainer goalId={goalId} scope={scope} />}</DashboardScope>;
}

function GoalContainer({ goalId, scope }: { goalId: string; scope: DashboardScopeValue }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [detailsResult, reexecuteDetails] = useGoalDetailsQuery(goalId);
  const goal = detailsResult.data?.goal;
  // The goal decides the strategy: a link to a goal of another strategy still judges it correctly.
  const strategyId = goal?.strategy.id ?? scope.strategy.id;
  const [attainmentResult, reexecuteAttainment] = useStrategyAttainmentQuery(
    { strategyId, areaCode: scope.filters.areaCode, serviceAreaId: scope.filters.serviceAreaId, asOf: scope.filters.asOf },
    !goal,
  );
  useDocumentTitle(goal ? format.text(goal.title) : null);

  if (detailsResult.error) return <ErrorState error={detailsResult.error} onRetry={() => reexecuteDetails({ requestPolicy: 'network-only' })} />;
  if (!detailsResult.data) return <LoadingState />;
  if (!goal) return <NotFound />;

  const search = scope.linkSearch();
  const attainment = attainmentResult.data?.attainment;
  const node = attainment ? findGoal(attainment.perspectives.flatMap((perspective) => perspective.goals), goal.id) : null;

  return (
    <article className="view view--goal" aria-busy={attainmentResult.fetching}>
      <nav className="breadcrumbs" aria-label="Breadcrumb">
        <ol>
          <li>
            <Link to={{ pathname: '/', search }}>{t('goal.backToOverview')}</Link>
          </li>
          <li>{format.text(goal.perspective.name)}</li>
          {goal.parent && (
            <li>
              <Link to={{ pathname: `/goals/${goal.parent.id}`, search }}>{format.text(goal.parent.title)}</Link>
            </li>
          )}
        </ol>
      </nav>
      <header className="view-header">
        <p className="view-header__eyebrow">{t('overview.goal')}</p>
        <h1>{format.text(goal.title)}</h1>
      </header>
      <FilterBar context={scope.context} strategy={scope.strategy} filters={scope.filters} onChange={scope.setFilter} show={['area', 'serviceArea', 'asOf']} />

      {node && attainment && (
        <section className="summary-card" aria-labelledby="goal-status-heading">
          <h2 id="goal-status-heading" className="visually-hidden">
            {t('overview.status')}
          </h2>
          <p className="summary-card__scope">
            {attainmentScope(attainment, t, format)}
          </p>
          <dl className="key-figures">
            <StatusFigure status={node.status} testId="goal-status" />
            <ScoreFigure score={node.score} />
            <CoverageFigure coverage={node.coverage} />
          </dl>
          <p>
            {t('goal.coverageSummary', { available: node.availableCount, total: node.partCount, coverage: format.percent(node.coverage) })}
            {node.notAvailableReason && ` ${t(`notAvailableReason.${node.notAvailableReason}`)}`}
          </p>
        </section>
      )}

      <section className="goal-details" aria-labelledby="goal-details-heading">
        <h2 id="goal-details-heading" className="visually-hidden">
          {t('goal.description')}
        </h2>
        {goal.description && <p className="goal-details__description">{format.text(goal.description)}</p>}
        <GoalDescriptionEditor goal={goal} />
        <dl className="metadata-list">
          {(goal.owner || goal.ownerUser) && (
            <div>
              <dt>{t('goal.owner')}</dt>
              <dd>
                {goal.owner}
                {goal.ownerUser && (
                  <span className="muted">
                    {goal.owner ? ' · ' : ''}
                    {t('goal.assessmentsBy', { name: goal.ownerUser.displayName })}
                  </span>
                )}
              </dd>
            </div>
          )}
          {goal.serviceAreas.length > 0 && (
            <div>
              <dt>{t('goal.serviceAreas')}</dt>
              <dd>{goal.serviceAreas.map((serviceArea) => format.text(serviceArea.name)).join(', ')}</dd>
            </div>
          )}
          {goal.nationalGoals.length > 0 && (
            <div>
              <dt>{t('goal.nationalGoals')}</dt>
              <dd>{goal.nationalGoals.join('; ')}</dd>
            </div>
          )}
        </dl>
      </section>

      {attainmentResult.error && !attainment && (
        <ErrorState error={attainmentResult.error} onRetry={() => reexecuteAttainment({ requestPolicy: 'network-only' })} />
      )}
      {!attainment && !attainmentResult.error && <LoadingState />}
      {attainment && !node && <EmptyState>{t('goal.notFound')}</EmptyState>}
      {node && attainment && (
        <>
          {node.indicators.length > 0 && (
            <section aria-labelledby="goal-indicators-heading">
              <h2 id="goal-indicators-heading">{t('goal.indicators')}</h2>
              {node.indicators.map((indicator) => (
                <IndicatorAttainmentCard
                  key={indicator.indicator.code}
                  attainment={indicator}
                  areaName={format.text(attainment.area.name)}
                  indicatorLink={{ pathname: `/indicators/${encodeURIComponent(indicator.indicator.code)}`, search }}
                />
              ))}
            </section>
          )}
          {(node.subGoals ?? []).length > 0 && (
            <section aria-labelledby="goal-sub-goals-heading">
              <h2 id="goal-sub-goals-heading">{t('goal.subGoals')}</h2>
              <ul className="sub-goal-list">
                {(node.subGoals ?? []).map((subGoal) => (
                  <li key={subGoal.goal.id}>
                    <StatusBadge status={subGoal.status} compact />{' '}
                    <Link to={{ pathname: `/goals/${subGoal.goal.id}`, search }}>{format.text(subGoal.goal.title)}</Link>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
      <GoalAssessments assessments={goal.assessments} reviewsLink={`/reviews?strategy=${encodeURIComponent(goal.strategy.id)}`} />
    </article>
  );
}
