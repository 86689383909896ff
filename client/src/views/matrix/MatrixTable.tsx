import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { StatusIcon } from '../../components/StatusIcon';
import type { AttainmentMatrixQuery } from '../../graphql/generated/graphql';
import type { FilterName } from '../../lib/dashboard-filters';
import { useFormat } from '../../lib/format';

type Matrix = AttainmentMatrixQuery['attainmentMatrix'];
type Cell = Matrix['cells'][number];

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
  const cellByKey = useMemo(() => new Map(matrix.cells.map((cell) => [`${cell.goalId}|${cell.areaCode}`, cell])), [matrix.cells]);
  const areas = useMemo(() => {
    const collator = new Intl.Collator(format.locale);
    return [...matrix.areas].sort((a, b) => collator.compare(format.text(a.name), format.text(b.name)));
  }, [matrix.areas, format]);

  return (
    <div className="table-scroll matrix" aria-busy={stale}>
      <table className="matrix__table">
        <caption id="matrix-caption">{t('matrix.caption')}</caption>
        <thead>
          <tr>
            <th scope="col" className="matrix__corner">
              {t('matrix.goal')}
            </th>
            {areas.map((area) => (
              <th key={area.code} scope="col" className="matrix__area">
                <span>{format.text(area.name)}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.goals.map((goal) => {
            const goalTitle = format.text(goal.title);
            return (
              <tr key={goal.id}>
                <th scope="row" className={goal.parent ? 'matrix__goal matrix__goal--sub' : 'matrix__goal'}>
                  {goalTitle}
                </th>
                {areas.map((area) => {
                  const cell: Cell | undefined = cellByKey.get(`${goal.id}|${area.code}`);
                  const status = cell?.status ?? 'NOT_AVAILABLE';
                  const label = t('matrix.cellLabel', { goal: goalTitle, area: format.text(area.name), status: t(`status.${status}`) });
                  return (
                    <td key={area.code} className={`matrix__cell status-cell--${status}`} data-status={status}>
                      <Link
                        to={{ pathname: `/goals/${goal.id}`, search: linkSearch({ area: area.code }) }}
                        aria-label={label}
                        title={`${label}${cell?.score !== null && cell?.score !== undefined ? ` (${format.score(cell.score)})` : ''}`}
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
