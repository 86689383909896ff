import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { CombinedError } from 'urql';
import { canWriteAssessment } from '../../auth/permissions';
import { useViewer } from '../../auth/viewer';
import { ActionError } from '../../components/AccessMessage';
import { DownloadCsvButton } from '../../components/DownloadCsvButton';
import { NotFound } from '../../components/NotFound';
import { ErrorState, LoadingState } from '../../components/QueryState';
import { safeFileName } from '../../lib/csv';
import { useFormat } from '../../lib/format';
import { useDocumentTitle } from '../../lib/use-document-title';
import { ReviewReport } from './ReviewReport';
import { useApproveReviewMutation, useReviewReportQuery } from './review-queries';
import { FIGURES_CSV_HEADER, type ReviewReport as Review, reviewFiguresRows } from './review-report';

/** The review of one quarter: the board report, with the owner's form and the board's approval. */
export function ReviewView() {
  const { reviewId = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  const viewer = useViewer();
  const [result, reexecute] = useReviewReportQuery(reviewId);
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  const review = result.data?.review;
  useDocumentTitle(review ? t('review.title', { quarter: format.period(review.quarter) }) : t('review.listTitle'));

  if (!result.data) return result.error ? <ErrorState error={result.error} onRetry={refresh} /> : <LoadingState />;
  if (!review) return <NotFound message={t('review.notFound')} />;
  const strategySearch = `?strategy=${encodeURIComponent(review.strategy.id)}`;
  return (
    <>
      <nav className="breadcrumbs" aria-label="Breadcrumb">
        <ol>
          <li>
            <Link to={{ pathname: '/reviews', search: strategySearch }}>{t('review.listTitle')}</Link>
          </li>
        </ol>
      </nav>
      <ReviewReport
        review={review}
        canWrite={(goal) => canWriteAssessment(viewer.viewer, goal, review)}
        goalLink={(goalId) => `/goals/${encodeURIComponent(goalId)}${strategySearch}&asOf=${encodeURIComponent(review.quarter)}`}
        onAssessmentSaved={refresh}
        actions={<ReviewActions review={review} canApprove={review.status === 'DRAFT' && viewer.can('APPROVE_REVIEWS')} onApproved={refresh} />}
      />
    </>
  );
}

/** Print, the figures as CSV, and (for the board, on a draft) approval after a confirmation. */
function ReviewActions({ review, canApprove, onApproved }: { review: Review; canApprove: boolean; onApproved: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [{ fetching: approving }, approveReview] = useApproveReviewMutation();
  const [error, setError] = useState<CombinedError | null>(null);
  const [approved, setApproved] = useState(false);
  const message = useRef<HTMLParagraphElement>(null);
  const quarter = format.period(review.quarter);

  const approve = async () => {
    if (!window.confirm(t('review.approveConfirm', { quarter }))) return;
    setError(null);
    const result = await approveReview({ id: review.id });
    if (result.error) {
      setError(result.error);
      return;
    }
    setApproved(true);
    onApproved();
    // The approval notice replaces the draft notice; the message says so where the focus was.
    requestAnimationFrame(() => message.current?.focus());
  };

  return (
    <section className="review-actions no-print" aria-label={t('review.actions')}>
      <div className="actions">
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <path d="M4 6V1h8v5M4 12H2V6h12v6h-2M4 9h8v6H4z" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round" />
          </svg>
          {t('review.print')}
        </button>
        <DownloadCsvButton
          fileName={`${t('review.csvFileName')}-${safeFileName(review.quarter)}.csv`}
          header={FIGURES_CSV_HEADER}
          rows={() => reviewFiguresRows(review, format.text)}
          label={t('review.downloadFigures')}
        />
        {canApprove && (
          <button type="button" className="button" onClick={approve} disabled={approving}>
            {approving ? t('review.approving') : t('review.approve', { quarter })}
          </button>
        )}
      </div>
      {approved && (
        <p ref={message} tabIndex={-1} className="state state--success" role="status">
          {t('review.approvedMessage', { quarter })}
        </p>
      )}
      {error && <ActionError error={error} needs="APPROVE_REVIEWS" prefix={t('review.approveFailed')} />}
    </section>
  );
}
