import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttainmentStatus } from '../graphql/generated/graphql';
import { useFormat } from '../lib/format';
import { StatusBadge } from './StatusBadge';

/**
 * The figures every judged level shows (strategy, goal, review): its status, score and coverage,
 * each a term and description inside a `<dl className="key-figures">`.
 */
export function StatusFigure({ status, label, testId }: { status: AttainmentStatus; label?: string; testId?: string }) {
  const { t } = useTranslation();
  return (
    <div>
      <dt>{label ?? t('overview.status')}</dt>
      <dd data-testid={testId}>
        <StatusBadge status={status} />
      </dd>
    </div>
  );
}

export function ScoreFigure({ score, children, className = 'key-figures__number' }: { score: number | null | undefined; children?: ReactNode; className?: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div>
      <dt>
        <abbr title={t('overview.scoreHint')}>{t('overview.score')}</abbr>
      </dt>
      <dd className={className}>
        {format.score(score)}
        {children}
      </dd>
    </div>
  );
}

export function CoverageFigure({ coverage }: { coverage: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div>
      <dt>{t('overview.coverage')}</dt>
      <dd className="key-figures__number">{format.percent(coverage)}</dd>
    </div>
  );
}
