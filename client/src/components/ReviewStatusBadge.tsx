import { useTranslation } from 'react-i18next';
import type { ReviewStatus } from '../graphql/generated/graphql';

/** Draft (a pencil) or approved (a padlock: the figures are frozen), in words and a shape. */
export function ReviewStatusBadge({ status }: { status: ReviewStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`review-status review-status--${status}`} data-review-status={status}>
      <svg width={16} height={16} viewBox="0 0 20 20" aria-hidden="true" focusable="false">
        {status === 'APPROVED' ? (
          <>
            <rect x="4" y="9" width="12" height="9" rx="1.5" fill="currentColor" />
            <path d="M6.5 9V6.5a3.5 3.5 0 0 1 7 0V9" fill="none" stroke="currentColor" strokeWidth="2" />
          </>
        ) : (
          <path d="M3 17l1-4 9-9 3 3-9 9zM11.5 5.5l3 3" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinejoin="round" />
        )}
      </svg>
      {t(`reviewStatus.${status}`)}
    </span>
  );
}
