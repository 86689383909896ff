import { type FormEvent, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useViewer } from '../../auth/viewer';
import { ActionError } from '../../components/AccessMessage';
import { DashboardScope, type DashboardScopeValue } from '../../components/DashboardScope';
import { EmptyState, QueryBoundary } from '../../components/QueryState';
import { ReviewStatusBadge } from '../../components/ReviewStatusBadge';
import { StatusBadge } from '../../components/StatusBadge';
import type { ReviewListQuery } from '../../graphql/generated/graphql';
import { useFormat } from '../../lib/format';
import { quarterOf } from '../../lib/periods';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useOpenReviewMutation, useReviewListQuery } from './review-queries';
import { quartersWithoutReview } from './review-report';

type ReviewSummary = ReviewListQuery['reviews'][number];

/** A strategy's quarterly reviews, newest first; the board (and admins) open the next one here. */
export function ReviewListView() {
  const { t } = useTranslation();
  useDocumentTitle(t('review.listTitle'));
  return <DashboardScope>{(scope) => <ReviewListContainer scope={scope} />}</DashboardScope>;
}

function ReviewListContainer({ scope }: { scope: DashboardScopeValue }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { can } = useViewer();
  const [result, reexecute] = useReviewListQuery(scope.strategy.id);
  const search = scope.linkSearch();
  return (
    <div className="view view--reviews">
      <header className="view-header">
        <p className="view-header__eyebrow">{t('review.listTitle')}</p>
        <h1>{format.text(scope.strategy.name)}</h1>
      </header>
      <p>{t('review.listIntro')}</p>
      <QueryBoundary result={result} onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
        {(data) => (
          <>
            {can('OPEN_REVIEWS') && <OpenReviewForm strategyId={scope.strategy.id} firstYear={scope.strategy.startYear} reviews={data.reviews} search={search} />}
            {data.reviews.length === 0 ? <EmptyState>{t('review.noReviews')}</EmptyState> : <ReviewTable reviews={data.reviews} search={search} />}
          </>
        )}
      </QueryBoundary>
    </div>
  );
}

function ReviewTable({ reviews, search }: { reviews: ReadonlyArray<ReviewSummary>; search: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="table-scroll">
      <table className="data-table" data-testid="reviews-table">
        <caption className="visually-hidden">{t('review.listTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('review.quarter')}</th>
            <th scope="col">{t('review.reviewStatus')}</th>
            <th scope="col">{t('review.strategyStatus')}</th>
            <th scope="col">{t('review.approvedAt')}</th>
            <th scope="col">{t('review.approvedBy')}</th>
          </tr>
        </thead>
        <tbody>
          {reviews.map((review) => (
            <tr key={review.id} data-review-id={review.id} data-quarter={review.quarter}>
              <th scope="row">
                <Link to={{ pathname: `/reviews/${review.id}`, search }}>{t('review.reviewOf', { quarter: format.period(review.quarter) })}</Link>
              </th>
              <td>
                <ReviewStatusBadge status={review.status} />
              </td>
              <td>
                <StatusBadge status={review.strategyStatus} compact />
              </td>
              <td>{review.approvedAt ? format.dateTime(review.approvedAt) : '–'}</td>
              <td>{review.approvedBy ?? '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function OpenReviewForm({
  strategyId,
  firstYear,
  reviews,
  search,
}: {
  strategyId: string;
  firstYear: number;
  reviews: ReadonlyArray<ReviewSummary>;
  search: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const selectId = useId();
  const navigate = useNavigate();
  const currentQuarter = quarterOf(new Date());
  const quarters = useMemo(() => quartersWithoutReview(firstYear, currentQuarter, reviews), [firstYear, currentQuarter, reviews]);
  const [chosen, setChosen] = useState<string | null>(null);
  const quarter = chosen !== null && quarters.includes(chosen) ? chosen : (quarters[0] ?? '');
  // The mutation's own state says whether it is running and how it failed.
  const [{ fetching, error }, openReview] = useOpenReviewMutation();
  if (quarters.length === 0) return null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await openReview({ strategyId, quarter });
    if (result.data) navigate({ pathname: `/reviews/${result.data.openReview.id}`, search });
  };

  return (
    <section className="panel" aria-labelledby={`${selectId}-heading`}>
      <h2 id={`${selectId}-heading`}>{t('review.openHeading')}</h2>
      <form className="form form--inline" onSubmit={submit}>
        <div className="form__field">
          <label htmlFor={selectId}>{t('review.quarter')}</label>
          <select id={selectId} value={quarter} onChange={(event) => setChosen(event.target.value)}>
            {quarters.map((option) => (
              <option key={option} value={option}>
                {format.period(option)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button" disabled={fetching}>
          {t('review.open', { quarter: format.period(quarter) })}
        </button>
      </form>
      {error && <ActionError error={error} needs="OPEN_REVIEWS" prefix={t('review.openFailed')} />}
    </section>
  );
}
