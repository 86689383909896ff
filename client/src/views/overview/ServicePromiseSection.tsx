import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { StatusBadge } from '../../components/StatusBadge';
import type { StrategyAttainmentQuery } from '../../graphql/generated/graphql';
import { useFormat } from '../../lib/format';

type Attainment = StrategyAttainmentQuery['attainment'];

/**
 * The service promise on the overview: each item, in the reader's language, with the status the
 * server rolls up from its goals (METHOD.md), and those goals with their own statuses, linked. The
 * statuses are the dashboard's (the same words as the goal table); the public page says them in plain words.
 */
export function ServicePromiseSection({
  attainment,
  search,
  canEdit,
}: {
  attainment: Pick<Attainment, 'servicePromise' | 'strategy'>;
  /** The filters, so a goal opens for the same area, service area and quarter. */
  search: string;
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const strategyId = attainment.strategy.id;
  const links = [
    ...(attainment.strategy.promisePublished ? [{ to: `/promise/${encodeURIComponent(strategyId)}`, label: t('promise.overview.publicPage') }] : []),
    ...(canEdit ? [{ to: `/strategies/${encodeURIComponent(strategyId)}/promise`, label: t('promise.overview.edit') }] : []),
  ];
  return (
    <section className="promise-summary" aria-labelledby="service-promise-heading" data-testid="service-promise">
      <h2 id="service-promise-heading">{t('promise.overview.heading')}</h2>
      {attainment.servicePromise.length === 0 ? (
        <p className="state state--empty">{t('promise.overview.empty')}</p>
      ) : (
        <>
          <p className="muted">{t('promise.overview.intro')}</p>
          <ol className="promise-summary__items">
            {attainment.servicePromise.map((entry) => {
              const text = format.text(entry.item.text);
              return (
                <li key={entry.item.id} className="promise-summary__item" data-item-id={entry.item.id} data-status={entry.status}>
                  <div className="promise-summary__head">
                    <p className="promise-summary__text">{text}</p>
                    <StatusBadge status={entry.status} />
                  </div>
                  {entry.goals.length === 0 ? (
                    <p className="muted">{t('promise.overview.noGoals')}</p>
                  ) : (
                    <ul className="promise-summary__goals" aria-label={t('promise.overview.goalsOf', { item: text })}>
                      {entry.goals.map((goal) => (
                        <li key={goal.goal.id}>
                          <StatusBadge status={goal.status} compact /> <Link to={{ pathname: `/goals/${goal.goal.id}`, search }}>{format.text(goal.goal.title)}</Link>
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              );
            })}
          </ol>
        </>
      )}
      {links.length > 0 && (
        <p className="promise-summary__links">
          {links.map((link, index) => (
            <span key={link.to}>
              {index > 0 && ' · '}
              <Link to={link.to}>{link.label}</Link>
            </span>
          ))}
        </p>
      )}
    </section>
  );
}
