import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ChangeBadge } from '../../components/ChangeBadge';
import { StatusBadge } from '../../components/StatusBadge';
import { useFormat } from '../../lib/format';
import { formatProgress, readProgress } from '../../lib/progress';
import { AssessmentForm } from './AssessmentForm';
import { ReviewKeyChart } from './ReviewKeyChart';
import { goalAnchor, isOverridden, keyIndicator, type ReviewGoal } from './review-report';
import { ScoreFigure, StatusFigure } from '../../components/KeyFigures';

/**
 * One goal in the board report: computed status and score, the previous quarter's and the change,
 * the owner's assessment (and, for the owner on a draft, the form to write it), the key chart and
 * the figures of every indicator.
 */
export function ReviewGoalSection({
  goal,
  reviewId,
  previousQuarter,
  weights,
  areaName,
  canWrite,
  goalLink,
  onAssessmentSaved,
}: {
  goal: ReviewGoal;
  reviewId: string;
  previousQuarter: string;
  weights: ReadonlyMap<string, number> | undefined;
  areaName: string;
  canWrite: boolean;
  goalLink: string;
  onAssessmentSaved: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = goalAnchor(goal.goalId);
  const chartIndicator = keyIndicator(goal, weights);
  const { assessment } = goal;
  return (
    <article className={`review-goal review-goal--depth-${Math.min(goal.depth, 2)}`} aria-labelledby={headingId} data-goal-id={goal.goalId}>
      <header className="review-goal__header">
        <h3 id={headingId} tabIndex={-1}>
          {goal.depth > 0 && <span className="review-goal__sub-goal">{t('overview.subGoal')}: </span>}
          {format.text(goal.title)}
        </h3>
        <p className="review-goal__meta">
          {goal.owner && `${t('goal.owner')}: ${goal.owner} · `}
          <Link to={goalLink}>{t('review.openGoal')}</Link>
        </p>
      </header>
      <dl className="key-figures key-figures--small" data-testid="review-goal-figures">
        <StatusFigure status={goal.status} label={t('review.computedStatus')} testId="computed-status" />
        <ScoreFigure score={goal.score} className="">
          {' '}
          <span className="muted">
            ({t('overview.coverage')} {format.percent(goal.coverage)})
          </span>
        </ScoreFigure>
        <div>
          <dt>{t('review.previousStatus', { quarter: format.period(previousQuarter) })}</dt>
          <dd data-testid="previous-status">
            {goal.previousStatus ? (
              <>
                <StatusBadge status={goal.previousStatus} /> <span className="muted">{format.score(goal.previousScore)}</span>
              </>
            ) : (
              t('review.notJudged')
            )}
          </dd>
        </div>
        <div>
          <dt>{t('review.change')}</dt>
          <dd data-testid="status-change">
            <ChangeBadge change={goal.change} />
          </dd>
        </div>
      </dl>

      <section className="review-assessment" aria-label={t('review.assessmentHeading')} data-testid="assessment">
        <h4>{t('review.assessmentHeading')}</h4>
        {assessment ? (
          <>
            {assessment.statusOverride && (
              <p data-testid="status-override">
                {isOverridden(goal) ? t('review.ownerStatusOverride') : t('review.ownerStatus')} <StatusBadge status={assessment.statusOverride} />
              </p>
            )}
            {assessment.statusOverride && assessment.overrideReason && (
              <p>
                <strong>{t('review.reason')}:</strong> <span data-testid="override-reason">{assessment.overrideReason}</span>
              </p>
            )}
            <p className="review-assessment__narrative" data-testid="narrative">
              {assessment.narrative}
            </p>
            <p className="muted">{t('review.writtenBy', { name: assessment.writtenBy, time: format.dateTime(assessment.writtenAt) })}</p>
          </>
        ) : (
          <p className="muted">{t('review.noAssessment')}</p>
        )}
      </section>
      {canWrite && <AssessmentForm reviewId={reviewId} goal={goal} onSaved={onAssessmentSaved} />}

      <div className="review-goal__figures">
        {chartIndicator && <ReviewKeyChart indicator={chartIndicator} areaName={areaName} />}
        {goal.indicators.length > 0 ? <IndicatorFiguresTable goal={goal} /> : <p className="muted">{t('review.noIndicators')}</p>}
      </div>
    </article>
  );
}

function IndicatorFiguresTable({ goal }: { goal: ReviewGoal }) {
  const { t } = useTranslation();
  const format = useFormat();
  const withPeriod = (point: { period: string; value: number } | null | undefined, unit: string, decimals: number) =>
    point ? `${format.quantity(point.value, unit, decimals)} (${format.period(point.period)})` : t('common.noValue');
  return (
    <div className="table-scroll">
      <table className="data-table data-table--compact review-figures">
        <caption>{t('review.figuresCaption', { goal: format.text(goal.title) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('review.indicator')}</th>
            <th scope="col">{t('overview.status')}</th>
            <th scope="col">{t('goal.baseline')}</th>
            <th scope="col">{t('goal.latest')}</th>
            <th scope="col">{t('goal.target')}</th>
            <th scope="col" className="numeric">
              {t('goal.progressShare')}
            </th>
          </tr>
        </thead>
        <tbody>
          {goal.indicators.map((indicator) => (
            <tr key={indicator.code}>
              <th scope="row">{format.text(indicator.name)}</th>
              <td>
                <StatusBadge status={indicator.status} compact />
              </td>
              <td>{withPeriod(indicator.baseline, indicator.unit, indicator.decimals)}</td>
              <td>{withPeriod(indicator.latest, indicator.unit, indicator.decimals)}</td>
              <td>{indicator.target ? withPeriod(indicator.target, indicator.unit, indicator.decimals) : t('goal.noTarget')}</td>
              <td className="numeric">
                {formatProgress(readProgress(indicator), t, format, (value) => format.quantity(value, indicator.unit, indicator.decimals))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
