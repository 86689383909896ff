import { useTranslation } from 'react-i18next';
import { STATUSES_IN_ORDER } from './status';
import { StatusIcon } from './StatusIcon';

/** The key to the status shapes and colours; used where cells show only the shape. */
export function StatusLegend() {
  const { t } = useTranslation();
  return (
    <section className="status-legend" aria-labelledby="status-legend-heading">
      <h2 id="status-legend-heading" className="status-legend__heading">
        {t('statusLegend')}
      </h2>
      <ul className="status-legend__list">
        {STATUSES_IN_ORDER.map((status) => (
          <li key={status} className="status-legend__item">
            <span className={`status-swatch status-cell--${status}`}>
              <StatusIcon status={status} size={14} />
            </span>
            {t(`status.${status}`)}
          </li>
        ))}
      </ul>
    </section>
  );
}
