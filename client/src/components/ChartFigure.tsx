import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A chart with its caption and text alternative: the summary sentence is always visible, and the
 * full data table opens under "show as a table" (it is also expanded in print).
 */
export function ChartFigure({
  caption,
  summary,
  table,
  children,
  actions,
}: {
  caption: ReactNode;
  summary?: ReactNode;
  table: ReactNode;
  children: ReactNode;
  actions?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <figure className="chart-figure">
      <figcaption className="chart-figure__caption">{caption}</figcaption>
      {summary && <p className="chart-figure__summary">{summary}</p>}
      <div className="chart-figure__chart">{children}</div>
      <details className="chart-figure__table">
        <summary>{t('common.showTable')}</summary>
        {table}
      </details>
      {actions && <div className="chart-figure__actions">{actions}</div>}
    </figure>
  );
}
