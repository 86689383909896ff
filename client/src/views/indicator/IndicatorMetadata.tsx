import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { IndicatorDetailsQuery } from '../../graphql/generated/graphql';
import { useFormat } from '../../lib/format';

type Indicator = NonNullable<IndicatorDetailsQuery['indicator']>;

export function IndicatorMetadata({ indicator, linkSearch }: { indicator: Indicator; linkSearch: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const limitText = (value: number | null | undefined) => format.quantity(value, indicator.unit, indicator.decimals);
  return (
    <section className="indicator-metadata" aria-labelledby="indicator-metadata-heading">
      <h2 id="indicator-metadata-heading">{t('indicator.metadata')}</h2>
      <h3>{t('indicator.definition')}</h3>
      <p>{indicator.definition ? format.text(indicator.definition) : t('indicator.noDefinition')}</p>
      <dl className="metadata-list metadata-list--grid">
        <div>
          <dt>{t('indicator.code')}</dt>
          <dd>
            <code>{indicator.code}</code>
          </dd>
        </div>
        <div>
          <dt>{t('indicator.unit')}</dt>
          <dd>{indicator.unit || '–'}</dd>
        </div>
        <div>
          <dt>{t('indicator.direction')}</dt>
          <dd>{t(`direction.${indicator.direction}`)}</dd>
        </div>
        <div>
          <dt>{t('indicator.frequency')}</dt>
          <dd>{t(`frequency.${indicator.frequency}`)}</dd>
        </div>
        <div>
          <dt>{t('indicator.decimals')}</dt>
          <dd>{indicator.decimals}</dd>
        </div>
        {indicator.naturalLimit !== null && indicator.naturalLimit !== undefined && (
          <div>
            <dt>{t('indicator.naturalLimit')}</dt>
            <dd>{limitText(indicator.naturalLimit)}</dd>
          </div>
        )}
        <div>
          <dt>{t('indicator.source')}</dt>
          <dd>
            {indicator.source}
            {indicator.sourceId && ` (${t('indicator.sourceId')} ${indicator.sourceId})`}
          </dd>
        </div>
        {indicator.serviceAreas.length > 0 && (
          <div>
            <dt>{t('indicator.serviceAreas')}</dt>
            <dd>{indicator.serviceAreas.map((serviceArea) => format.text(serviceArea.name)).join(', ')}</dd>
          </div>
        )}
        {indicator.goals.length > 0 && (
          <div>
            <dt>{t('indicator.goals')}</dt>
            <dd>
              <ul className="plain-list">
                {indicator.goals.map((goal) => (
                  <li key={goal.id}>
                    <Link to={{ pathname: `/goals/${goal.id}`, search: linkSearch }}>{format.text(goal.title)}</Link>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
      </dl>
    </section>
  );
}
