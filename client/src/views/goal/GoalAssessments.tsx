import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { StatusBadge } from '../../components/StatusBadge';
import type { AssessmentFieldsFragment } from '../../graphql/generated/graphql';
import { useFormat } from '../../lib/format';
import { goalAnchor } from '../review/review-report';

/** The owner's narrative history: their assessment in each quarterly review, newest first. */
export function GoalAssessments({ assessments, reviewsLink }: { assessments: ReadonlyArray<AssessmentFieldsFragment>; reviewsLink: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section className="goal-assessments" aria-labelledby="goal-assessments-heading" data-testid="goal-assessments">
      <h2 id="goal-assessments-heading">{t('goal.assessmentsHeading')}</h2>
      {assessments.length === 0 ? (
        <p className="muted">
          {t('goal.noAssessments')} <Link to={reviewsLink}>{t('goal.allReviews')}</Link>
        </p>
      ) : (
        <>
          <ol className="assessment-history">
            {assessments.map((assessment) => (
              <li key={assessment.id}>
                <h3>
                  <Link to={`/reviews/${encodeURIComponent(assessment.reviewId)}#${goalAnchor(assessment.goalId)}`}>
                    {t('review.title', { quarter: format.period(assessment.quarter) })}
                  </Link>
                </h3>
                {assessment.statusOverride && (
                  <p>
                    {t('review.ownerStatus')} <StatusBadge status={assessment.statusOverride} compact />
                    {assessment.overrideReason && ` ${t('review.reason')}: ${assessment.overrideReason}`}
                  </p>
                )}
                <p className="review-assessment__narrative">{assessment.narrative}</p>
                <p className="muted">{t('review.writtenBy', { name: assessment.writtenBy, time: format.dateTime(assessment.writtenAt) })}</p>
              </li>
            ))}
          </ol>
          <p>
            <Link to={reviewsLink}>{t('goal.allReviews')}</Link>
          </p>
        </>
      )}
    </section>
  );
}
