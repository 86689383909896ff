import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ChangeBadge } from '../../components/ChangeBadge';
import { ReviewStatusBadge } from '../../components/ReviewStatusBadge';
import { StatusBadge } from '../../components/StatusBadge';
import { useFormat } from '../../lib/format';
import { ReviewGoalSection } from './ReviewGoalSection';
import { CHANGES, countChanges, goalAnchor, goalsToDiscuss, groupByPerspective, isOverridden, type ReviewGoal, type ReviewReport as Review, weightsByGoal } from './review-report';
import { ScoreFigure, StatusFigure } from '../../components/KeyFigures';

export interface ReviewReportProps {
  review: Review;
  /** Whether the viewer may write this goal's assessment (its owner, on a draft). */
  canWrite: (goal: ReviewGoal) => boolean;
  /** Link to the goal view, with the strategy and quarter of the review. */
  goalLink: (goalId: string) => string;
  onAssessmentSaved: () => void;
  /** The toolbar (print, CSV, approve) and its messages; left out of the printout. */
  actions?: ReactNode;
}

/**
 * The board report of one quarter: as the screen shows it and as it prints. Status is always a
 * shape and words; every chart has its sentence and table.
 */
export function ReviewReport({ review, canWrite, goalLink, onAssessmentSaved, actions }: ReviewReportProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const quarter = format.period(review.quarter);
  const previousQuarter = format.period(review.previousQuarter);
  const weights = weightsByGoal(review.strategy.goals);
  const areaName = format.text(review.strategy.organisation.name);
  const counts = countChanges(review.goals);
  const toDiscuss = goalsToDiscuss(review.goals);

  return (
    <article className="view view--review review-report" data-review-status={review.status}>
      <header className="view-header review-report__header">
        <p className="view-header__eyebrow">{format.text(review.strategy.name)}</p>
        <h1>{t('review.title', { quarter })}</h1>
        <p className="review-report__status">
          <ReviewStatusBadge status={review.status} /> <span className="muted">{areaName}</span>
        </p>
      </header>

      {review.status === 'APPROVED' ? (
        <div className="notice notice--frozen" data-testid="approval-notice">
          <p className="notice__title">
            {t('review.approvedNotice', { time: review.approvedAt ? format.dateTime(review.approvedAt) : '–', name: review.approvedBy ?? '–' })}
          </p>
          <p>{t('review.frozenNotice', { time: format.dateTime(review.figuresAsOf) })}</p>
        </div>
      ) : (
        <div className="notice notice--draft" data-testid="draft-notice">
          <p className="notice__title">{t('review.draftNotice')}</p>
          <p>{t('review.draftFigures', { time: format.dateTime(review.figuresAsOf) })}</p>
        </div>
      )}

      {actions}

      <section className="summary-card" aria-labelledby="review-summary-heading">
        <h2 id="review-summary-heading">{t('review.summaryHeading')}</h2>
        <dl className="key-figures">
          <StatusFigure status={review.strategyStatus} label={t('review.strategyStatus')} testId="strategy-status" />
          <ScoreFigure score={review.strategyScore} />
          <div>
            <dt>{t('review.comparedWith')}</dt>
            <dd>
              {review.comparedWithApprovedReview
                ? t('review.comparedWithApproved', { quarter: previousQuarter })
                : t('review.comparedWithData', { quarter: previousQuarter })}
            </dd>
          </div>
        </dl>
        <ul className="change-counts" aria-label={t('review.changeCounts', { quarter: previousQuarter })}>
          {CHANGES.map((change) => (
            <li key={change}>
              <ChangeBadge change={change} /> <span className="change-counts__number">{format.number(counts[change])}</span>
            </li>
          ))}
        </ul>
      </section>

      <section className="review-changes" aria-labelledby="review-changes-heading" data-testid="what-changed">
        <h2 id="review-changes-heading">{t('review.changesHeading', { quarter: previousQuarter })}</h2>
        {toDiscuss.length === 0 ? (
          <p>{t('review.noChanges', { quarter: previousQuarter })}</p>
        ) : (
          <ul className="review-changes__list">
            {toDiscuss.map((goal) => (
              <li key={goal.goalId} data-goal-id={goal.goalId}>
                <p className="review-changes__goal">
                  <a href={`#${goalAnchor(goal.goalId)}`}>{format.text(goal.title)}</a>
                </p>
                <p className="review-changes__status">
                  <ChangeBadge change={goal.change} />{' '}
                  {goal.previousStatus && (
                    <>
                      <StatusBadge status={goal.previousStatus} compact /> <span aria-hidden="true">→</span>
                      <span className="visually-hidden">{t('review.changedTo')}</span>{' '}
                    </>
                  )}
                  <StatusBadge status={goal.status} compact />
                </p>
                {goal.assessment && isOverridden(goal) && goal.assessment.statusOverride && (
                  <p>
                    {t('review.ownerStatusOverride')} <StatusBadge status={goal.assessment.statusOverride} compact />
                    {goal.assessment.overrideReason && ` ${t('review.reason')}: ${goal.assessment.overrideReason}`}
                  </p>
                )}
                {goal.assessment ? (
                  <p className="review-assessment__narrative">
                    <span className="review-changes__why">{t('review.why')}:</span> {goal.assessment.narrative}
                  </p>
                ) : (
                  <p className="muted">{t('review.noAssessment')}</p>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      {groupByPerspective(review.goals).map((group, index) => (
        <section key={group.key} className="review-perspective" aria-labelledby={`review-perspective-${index}`}>
          <h2 id={`review-perspective-${index}`}>{format.text(group.perspective)}</h2>
          {group.goals.map((goal) => (
            <ReviewGoalSection
              key={goal.goalId}
              goal={goal}
              reviewId={review.id}
              previousQuarter={review.previousQuarter}
              weights={weights.get(goal.goalId)}
              areaName={areaName}
              canWrite={canWrite(goal)}
              goalLink={goalLink(goal.goalId)}
              onAssessmentSaved={onAssessmentSaved}
            />
          ))}
        </section>
      ))}
    </article>
  );
}
