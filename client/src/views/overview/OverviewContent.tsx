import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Sparkline } from '../../components/Sparkline';
import { StatusBadge } from '../../components/StatusBadge';
import type { StrategyAttainmentQuery } from '../../graphql/generated/graphql';
import { attainmentScope, flattenGoals, offTrackGoals, trendIndicator, type GoalNode } from '../../lib/attainment-summary';
import { formatProgress, goalProgress } from '../../lib/progress';
import { useFormat } from '../../lib/format';
import { CoverageFigure, ScoreFigure, StatusFigure } from '../../components/KeyFigures';
import { EmptyState } from '../../components/QueryState';
import { ServicePromiseSection } from './ServicePromiseSection';

type Attainment = StrategyAttainmentQuery['attainment'];

interface OverviewContentProps {
  attainment: Attainment;
  linkSearch: () => string;
  /** Whether the reader may edit the strategy (a link to the promise editor). */
  canEditStrategy?: boolean;
  /** A newer answer is on its way (filters changed); the old one stays visible, marked busy. */
  stale: boolean;
}

export function OverviewContent({ attainment, linkSearch, canEditStrategy = false, stale }: OverviewContentProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const allGoals = attainment.perspectives.flatMap((perspective) => perspective.goals);
  const offTrack = offTrackGoals(allGoals);
  const search = linkSearch();

  return (
    <div className="overview" aria-busy={stale}>
      <section className="summary-card" aria-labelledby="strategy-status-heading">
        <h2 id="strategy-status-heading">{t('overview.strategyStatus')}</h2>
        <p className="summary-card__scope" data-testid="overview-scope">
          {attainmentScope(attainment, t, format)}
        </p>
        <dl className="key-figures">
          <StatusFigure status={attainment.status} />
          <ScoreFigure score={attainment.score} />
          <CoverageFigure coverage={attainment.coverage} />
        </dl>
        {offTrack.length > 0 ? (
          <>
            <p className="summary-card__off-track">{t('overview.offTrackSummary', { count: offTrack.length })}</p>
            <ul className="off-track-list" data-testid="off-track-goals">
              {offTrack.map((node) => (
                <li key={node.goal.id}>
                  <StatusBadge status={node.status} compact />{' '}
                  <Link to={{ pathname: `/goals/${node.goal.id}`, search }}>{format.text(node.goal.title)}</Link>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p className="summary-card__off-track">{t('overview.allOnTrack')}</p>
        )}
      </section>

      <ServicePromiseSection attainment={attainment} search={search} canEdit={canEditStrategy} />

      {attainment.perspectives.length === 0 && <EmptyState>{t('overview.noGoals')}</EmptyState>}
      {attainment.perspectives.map((perspective) => {
        const headingId = `perspective-${perspective.perspective.id}`;
        return (
          <section key={perspective.perspective.id} className="perspective" aria-labelledby={headingId}>
            <div className="perspective__header">
              <h2 id={headingId}>{format.text(perspective.perspective.name)}</h2>
              <span className="perspective__summary">
                <StatusBadge status={perspective.status} compact />
                <span className="visually-hidden">
                  {t('overview.perspectiveSummary', {
                    status: t(`status.${perspective.status}`),
                    score: format.score(perspective.score),
                    coverage: format.percent(perspective.coverage),
                  })}
                </span>
                <span aria-hidden="true" className="perspective__figures">
                  {t('overview.score')} {format.score(perspective.score)} · {t('overview.coverage')} {format.percent(perspective.coverage)}
                </span>
              </span>
            </div>
            {perspective.goals.length === 0 ? (
              <EmptyState>{t('overview.noGoals')}</EmptyState>
            ) : (
              <GoalTable goals={perspective.goals} caption={format.text(perspective.perspective.name)} search={search} />
            )}
          </section>
        );
      })}
    </div>
  );
}

function GoalTable({ goals, caption, search }: { goals: ReadonlyArray<GoalNode>; caption: string; search: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="table-scroll">
      <table className="data-table goal-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('overview.goal')}</th>
            <th scope="col">{t('overview.status')}</th>
            <th scope="col" className="numeric">
              <abbr title={t('overview.scoreHint')}>{t('overview.score')}</abbr>
            </th>
            <th scope="col" className="numeric">
              {t('overview.progressShare')}
            </th>
            <th scope="col" className="numeric">
              {t('overview.coverage')}
            </th>
            <th scope="col">{t('overview.trend')}</th>
          </tr>
        </thead>
        <tbody>
          {flattenGoals(goals).map(({ node, depth }) => {
            const trend = trendIndicator(node);
            return (
              <tr key={node.goal.id} data-goal-id={node.goal.id} data-status={node.status}>
                <th scope="row" className={`goal-table__title goal-table__title--depth-${Math.min(depth, 2)}`}>
                  {depth > 0 && <span className="goal-table__sub-goal">{t('overview.subGoal')}: </span>}
                  <Link to={{ pathname: `/goals/${node.goal.id}`, search }}>{format.text(node.goal.title)}</Link>
                  {node.goal.owner && <span className="goal-table__owner">{node.goal.owner}</span>}
                </th>
                <td>
                  <StatusBadge status={node.status} />
                </td>
                <td className="numeric">{format.score(node.score)}</td>
                <td className="numeric">{formatProgress(goalProgress(node.indicators), t, format)}</td>
                <td className="numeric">
                  {format.percent(node.coverage)}{' '}
                  <span className="muted">({t('overview.coverageParts', { available: node.availableCount, total: node.partCount })})</span>
                </td>
                <td>
                  {trend ? (
                    <Sparkline
                      points={trend.values}
                      label={format.text(trend.indicator.name)}
                      unit={trend.indicator.unit}
                      decimals={trend.indicator.decimals}
                    />
                  ) : (
                    <span className="muted">{t('sparkline.noData')}</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
