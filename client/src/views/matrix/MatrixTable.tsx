import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { StatusIcon } from '../../components/StatusIcon';
import type { AttainmentMatrixQuery } from '../../graphql/generated/graphql';
import type { FilterName } from '../../lib/dashboard-filters';
import { useFormat } from '../../lib/format';

type Matrix = AttainmentMatrixQuery['attainmentMatrix'];

interface MatrixTableProps {
  matrix: Matrix;
  linkSearch: (overrides?: Partial<Record<FilterName, string | null>>) => string;
  stale: boolean;
}

/**
 * A real table: goals are row headers and municipalities column headers, so a screen reader names
 * both for every cell. Each cell is a link whose accessible name says goal, municipality and status;
 * the shape inside shows the status without colour.
 */
export function MatrixTable({ matrix, linkSearch, stale }: MatrixTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  // The server sends one row per area with values in goal order; the table turns it around
  // (goals down, municipalities across) and orders the municipalities by name in the reader's language.
  const rows = useMemo(() => {
    const collator = new Intl.Collator(format.locale);
    return [...matrix.rows].sort((a, b) => collator.compare(format.text(a.area.name), format.text(b.area.name)));
  }, [matrix.rows, format]);

  return (
    <div className="table-scroll matrix" aria-busy={stale}>
      <table className="matrix__table">
        <caption id="matrix-caption">{t('matrix.caption')}</caption>
        <thead>
          <tr>
            <th scope="col" className="matrix__corner">
              {t('matrix.goal')}
            </th>
            {rows.map(({ area }) => (
              <th key={area.code} scope="col" className="matrix__area">
                <span>{format.text(area.name)}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.goals.map((goal, goalIndex) => {
            const goalTitle = format.text(goal.title);
            return (
              <tr key={goal.id}>
                <th scope="row" className={goal.parent ? 'matrix__goal matrix__goal--sub' : 'matrix__goal'}>
                  {goalTitle}
                </th>
                {rows.map(({ area, statuses, scores }) => {
                  const status = statuses[goalIndex] ?? 'NOT_AVAILABLE';
                  const score = scores[goalIndex] ?? null;
                  const label = t('matrix.cellLabel', { goal: goalTitle, area: format.text(area.name), status: t(`status.${status}`) });
                  return (
                    <td key={area.code} className={`matrix__cell status-cell--${status}`} data-status={status}>
                      <Link
                        to={{ pathname: `/goals/${goal.id}`, search: linkSearch({ area: area.code }) }}
                        aria-label={label}
                        title={`${label}${score !== null ? ` (${format.score(score)})` : ''}`}
                        className="matrix__link"
                      >
                        <StatusIcon status={status} size={18} />
                      </Link>
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
