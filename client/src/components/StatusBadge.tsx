import { useTranslation } from 'react-i18next';
import type { AttainmentStatus } from '../graphql/generated/graphql';
import { StatusIcon } from './StatusIcon';

/** Status as shape, colour and words together. */
export function StatusBadge({ status, compact = false }: { status: AttainmentStatus; compact?: boolean }) {
  const { t } = useTranslation();
  return (
    <span className={`status-badge status--${status}${compact ? ' status-badge--compact' : ''}`} data-status={status}>
      <StatusIcon status={status} size={compact ? 14 : 16} />
      <span className="status-badge__label">{t(`status.${status}`)}</span>
    </span>
  );
}
