import { useTranslation } from 'react-i18next';
import type { RejectionFieldsFragment } from '../../graphql/generated/graphql';
import { useFormat } from '../../lib/format';
import { rejectionCodeLabel } from './rejection-code';

export interface LoadCounts {
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
}

/** What a load did or would do: row counts, reasons by code, and the rejected rows. */
export function LoadReportDetails({
  counts,
  rejectionsByCode,
  rejections,
}: {
  counts: LoadCounts;
  rejectionsByCode?: ReadonlyArray<{ code: string; count: number }>;
  rejections: ReadonlyArray<RejectionFieldsFragment>;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const byCode =
    rejectionsByCode ??
    Object.entries(
      rejections.reduce<Record<string, number>>((totals, rejection) => {
        totals[rejection.code] = (totals[rejection.code] ?? 0) + 1;
        return totals;
      }, {}),
    ).map(([code, count]) => ({ code, count }));
  return (
    <div className="load-report">
      <dl className="key-figures key-figures--small" aria-label={t('data.counts')} data-testid="load-counts">
        <div>
          <dt>{t('data.inserted')}</dt>
          <dd className="key-figures__number">{format.number(counts.inserted)}</dd>
        </div>
        <div>
          <dt>{t('data.updated')}</dt>
          <dd className="key-figures__number">{format.number(counts.updated)}</dd>
        </div>
        <div>
          <dt>{t('data.unchanged')}</dt>
          <dd className="key-figures__number">{format.number(counts.unchanged)}</dd>
        </div>
        <div>
          <dt>{t('data.rejected')}</dt>
          <dd className="key-figures__number">{format.number(counts.rejected)}</dd>
        </div>
      </dl>
      {byCode.length > 0 && (
        <>
          <h4>{t('data.rejectionsByCode')}</h4>
          <ul className="plain-list">
            {byCode.map(({ code, count }) => (
              <li key={code}>
                {rejectionCodeLabel(code, t)} <code>{code}</code>: {format.number(count)}
              </li>
            ))}
          </ul>
        </>
      )}
      {rejections.length > 0 && (
        <>
          <h4 id="rejections-heading">{t('data.rejectionsHeading')}</h4>
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus so that keyboard users can scroll it (WCAG 2.1.1) */}
          <section className="table-scroll table-scroll--tall" aria-labelledby="rejections-heading" tabIndex={0}>
            <table className="data-table data-table--compact" data-testid="rejections-table">
              <thead>
                <tr>
                  <th scope="col" className="numeric">
                    {t('data.line')}
                  </th>
                  <th scope="col">{t('data.field')}</th>
                  <th scope="col">{t('data.value')}</th>
                  <th scope="col">{t('data.code')}</th>
                  <th scope="col">{t('data.reason')}</th>
                </tr>
              </thead>
              <tbody>
                {rejections.map((rejection) => (
                  <tr key={`${rejection.line}|${rejection.field ?? ''}|${rejection.code}|${rejection.value ?? ''}|${rejection.reason}`}>
                    <td className="numeric">{rejection.line === 0 ? t('data.wholeFile') : rejection.line}</td>
                    <td>{rejection.field}</td>
                    <td>
                      <code>{rejection.value}</code>
                    </td>
                    <td>{rejectionCodeLabel(rejection.code, t)}</td>
                    <td lang="en">{rejection.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </>
      )}
    </div>
  );
}
