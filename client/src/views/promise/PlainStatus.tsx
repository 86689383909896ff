import { useTranslation } from 'react-i18next';
import { StatusIcon } from '../../components/StatusIcon';
import type { AttainmentStatus } from '../../graphql/generated/graphql';

/**
 * A status in plain words for residents ("Lupaus pitää", not "Tavoite saavutettu"), with the same
 * shape and colour as the dashboard's StatusBadge so the two read alike. A promise and a goal have
 * their own words: a goal is not kept, it is reached.
 */
export function PlainStatus({ status, of, compact = false }: { status: AttainmentStatus; of: 'item' | 'goal'; compact?: boolean }) {
  const { t } = useTranslation();
  return (
    <span className={`status-badge status--${status}${compact ? ' status-badge--compact' : ''}`} data-status={status}>
      <StatusIcon status={status} size={compact ? 14 : 16} />
      <span className="status-badge__label">{t(`publicStatus.${of}.${status}`)}</span>
    </span>
  );
}
