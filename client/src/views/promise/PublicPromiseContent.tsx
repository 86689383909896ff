import { useTranslation } from 'react-i18next';
import { STATUSES_IN_ORDER } from '../../components/status';
import { StatusIcon } from '../../components/StatusIcon';
import type { PublicServicePromiseQuery } from '../../graphql/generated/graphql';
import { useFormat } from '../../lib/format';
import { PlainStatus } from './PlainStatus';

export type PublicPromise = PublicServicePromiseQuery['publicServicePromise'];

/** The published promise as a document: what is promised, how each promise is doing, and what the words mean. */
export function PublicPromiseContent({ promise }: { promise: PublicPromise }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <article className="public-promise" data-testid="public-promise">
      <div className="public-promise__header">
        <p className="public-promise__organisation">{format.text(promise.organisation.name)}</p>
        <h1>{t('promise.public.title')}</h1>
        <p className="public-promise__strategy">
          {format.text(promise.name)} · {t('promise.public.term', { startYear: promise.startYear, endYear: promise.endYear })}
        </p>
        <p className="public-promise__dates">
          {t('promise.public.asOf', { time: format.dateTime(promise.asOf) })} · {t('promise.public.publishedAt', { time: format.dateTime(promise.publishedAt) })}
        </p>
      </div>

      {promise.vision && (
        <section className="public-promise__vision" aria-labelledby="public-promise-vision">
          <h2 id="public-promise-vision">{t('promise.public.vision')}</h2>
          <p>{format.text(promise.vision)}</p>
        </section>
      )}

      <section aria-labelledby="public-promise-items">
        <h2 id="public-promise-items">{t('promise.public.itemsHeading')}</h2>
        <p>{t('promise.public.intro')}</p>
        {promise.items.length === 0 ? (
          <p className="state state--empty">{t('promise.public.noItems')}</p>
        ) : (
          <ol className="public-promise__items">
            {promise.items.map((item) => (
              <li key={item.id} className="public-promise__item" data-status={item.status}>
                <h3 id={`public-promise-item-${item.id}`}>{format.text(item.text)}</h3>
                <p className="public-promise__status">
                  <PlainStatus status={item.status} of="item" />
                </p>
                {item.goals.length > 0 && (
                  <>
                    <h4>{t('promise.public.goalsHeading')}</h4>
                    <ul className="public-promise__goals">
                      {item.goals.map((goal, index) => (
                        // biome-ignore lint/suspicious/noArrayIndexKey: public goals carry no id (nothing else about a goal is published) and the list holds no state
                        <li key={index}>
                          <span className="public-promise__goal-title">{format.text(goal.title)}</span> <PlainStatus status={goal.status} of="goal" compact />
                        </li>
                      ))}
                    </ul>
                  </>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>

      <section className="public-promise__legend" aria-labelledby="public-promise-legend">
        <h2 id="public-promise-legend">{t('promise.public.legendHeading')}</h2>
        <dl>
          {STATUSES_IN_ORDER.map((status) => (
            <div key={status} className="public-promise__legend-row">
              <dt>
                <StatusIcon status={status} size={16} /> {t(`publicStatus.item.${status}`)}
              </dt>
              <dd>{t(`publicStatus.meaning.${status}`)}</dd>
            </div>
          ))}
        </dl>
      </section>
    </article>
  );
}
