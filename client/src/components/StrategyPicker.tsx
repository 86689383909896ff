import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { type DashboardStrategy, selectStrategy, useDashboardContextQuery } from '../graphql/dashboard-context';
import { readFilters } from '../lib/dashboard-filters';
import { useFormat } from '../lib/format';
import { strategyIdInPath, strategySwitchTarget } from '../lib/strategy-switch';

/**
 * The shell's choice of strategy, for instances that keep several (a county's strategy and its
 * predecessor, or a region's). A native select, like the filters: it works with every keyboard and
 * screen reader. With one strategy there is nothing to choose and it is not shown; with none, the
 * views say what to do (see NoStrategyState).
 */
export function StrategyPicker() {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const location = useLocation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  // The same query as every view's scope, so the picker costs no request of its own.
  const [result] = useDashboardContextQuery();
  const strategies = result.data?.strategies ?? [];
  if (strategies.length < 2 || !result.data) return null;

  const current = selectStrategy(result.data, strategyIdInPath(location.pathname) ?? readFilters(searchParams).strategyId);
  const label = (strategy: DashboardStrategy) =>
    t('picker.option', {
      name: format.text(strategy.name),
      organisation:
        strategy.organisation.kind === 'REGION'
          ? t('picker.region', { name: format.text(strategy.organisation.name) })
          : format.text(strategy.organisation.name),
      startYear: strategy.startYear,
      endYear: strategy.endYear,
    });

  return (
    <div className="strategy-picker" data-testid="strategy-picker">
      <label htmlFor={id} className="strategy-picker__label">
        {t('picker.label')}
      </label>
      <select
        id={id}
        className="strategy-picker__select"
        value={current?.id ?? ''}
        onChange={(event) => navigate(strategySwitchTarget(location.pathname, location.search, event.target.value))}
      >
        {strategies.map((strategy) => (
          <option key={strategy.id} value={strategy.id}>
            {label(strategy)}
          </option>
        ))}
      </select>
    </div>
  );
}
