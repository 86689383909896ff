import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DashboardContextData, DashboardStrategy } from '../graphql/dashboard-context';
import type { DashboardFilters, FilterName } from '../lib/dashboard-filters';
import { useFormat } from '../lib/format';
import { quarterOf, quartersDescending } from '../lib/periods';

interface FilterBarProps {
  context: DashboardContextData;
  strategy: DashboardStrategy;
  filters: DashboardFilters;
  onChange: (name: FilterName, value: string | null) => void;
  /** Which filters the view uses; the matrix has no area filter, the indicator view no as-of. */
  show: ReadonlyArray<'area' | 'serviceArea' | 'asOf'>;
  /** The latest quarter offered for as-of; defaults to today's. */
  today?: Date;
}

/**
 * Native selects: they work with every keyboard, screen reader and phone without extra code.
 * Each change goes straight to the URL; the views read their filters from there.
 */
export function FilterBar({ context, strategy, filters, onChange, show, today = new Date() }: FilterBarProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const idPrefix = useId();
  const municipalities = useMemo(() => {
    const collator = new Intl.Collator(format.locale);
    return [...strategy.organisation.children].sort((a, b) => collator.compare(format.text(a.name), format.text(b.name)));
  }, [strategy, format]);
  const currentQuarter = quarterOf(today);
  const quarters = useMemo(() => quartersDescending(strategy.baselineYear, currentQuarter), [strategy.baselineYear, currentQuarter]);

  return (
    <form className="filter-bar" aria-label={t('filters.heading')} onSubmit={(event) => event.preventDefault()}>
      {show.includes('area') && (
        <div className="filter-bar__field">
          <label htmlFor={`${idPrefix}-area`}>{t('filters.area')}</label>
          <select id={`${idPrefix}-area`} value={filters.areaCode ?? ''} onChange={(event) => onChange('area', event.target.value || null)}>
            <option value="">{t('filters.wholeCounty', { name: format.text(strategy.organisation.name) })}</option>
            {municipalities.map((area) => (
              <option key={area.code} value={area.code}>
                {format.text(area.name)}
              </option>
            ))}
          </select>
        </div>
      )}
      {show.includes('serviceArea') && (
        <div className="filter-bar__field">
          <label htmlFor={`${idPrefix}-service-area`}>{t('filters.serviceArea')}</label>
          <select
            id={`${idPrefix}-service-area`}
            value={filters.serviceAreaId ?? ''}
            onChange={(event) => onChange('serviceArea', event.target.value || null)}
          >
            <option value="">{t('filters.allServiceAreas')}</option>
            {context.serviceAreas.map((serviceArea) => (
              <option key={serviceArea.id} value={serviceArea.id}>
                {format.text(serviceArea.name)}
              </option>
            ))}
          </select>
        </div>
      )}
      {show.includes('asOf') && (
        <div className="filter-bar__field">
          <label htmlFor={`${idPrefix}-as-of`}>{t('filters.asOf')}</label>
          <select id={`${idPrefix}-as-of`} value={filters.asOf ?? ''} onChange={(event) => onChange('asOf', event.target.value || null)}>
            <option value="">{t('filters.latest')}</option>
            {quarters.map((quarter) => (
              <option key={quarter} value={quarter}>
                {format.period(quarter)}
              </option>
            ))}
          </select>
        </div>
      )}
    </form>
  );
}
