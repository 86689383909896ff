import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format';
import { describedBy, FieldProblem } from '../shared/ErrorSummary';
import type { WorkspaceGoal, WorkspaceServiceArea } from '../workspace-query';
import type { DetailsField, IndicatorDetailsDraft } from './indicator-form';

/** A detail field's label, for the problem summary. */
export function detailsLabel(t: TFunction, field: DetailsField): string {
  const labels: Record<DetailsField, string> = {
    direction: t('indicator.direction'),
    unit: t('indicator.unit'),
    decimals: t('workspace.indicators.decimals'),
    naturalLimit: t('workspace.indicators.naturalLimit'),
    minValue: t('workspace.indicators.minValue'),
    maxValue: t('workspace.indicators.maxValue'),
    weight: t('workspace.links.weight'),
  };
  return labels[field];
}

/**
 * The fields every new indicator asks: which way is better (no default: a wrong guess would judge
 * every series backwards), unit, decimals, limits, service areas, and optionally a goal to link it
 * to at once.
 */
export function IndicatorDetailsFields({
  idPrefix,
  draft,
  onChange,
  messages,
  serviceAreas,
  goals,
  unitGuessed,
}: {
  idPrefix: string;
  draft: IndicatorDetailsDraft;
  onChange: (next: Partial<IndicatorDetailsDraft>) => void;
  messages: Partial<Record<DetailsField, string>>;
  serviceAreas: ReadonlyArray<WorkspaceServiceArea>;
  goals: ReadonlyArray<WorkspaceGoal>;
  unitGuessed?: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = (field: string) => `${idPrefix}-${field}`;
  const numberField = (field: 'naturalLimit' | 'minValue' | 'maxValue' | 'decimals', hint?: string) => (
    <div className="form__field">
      <label htmlFor={id(field)}>{t(`workspace.indicators.${field}`)}</label>
      {hint && (
        <p id={`${id(field)}-hint`} className="hint">
          {hint}
        </p>
      )}
      <FieldProblem fieldId={id(field)} message={messages[field]} />
      <input
        id={id(field)}
        type="text"
        inputMode="decimal"
        size={8}
        value={draft[field]}
        onChange={(event) => onChange({ [field]: event.target.value })}
        {...describedBy(id(field), messages[field], hint ? `${id(field)}-hint` : undefined)}
      />
    </div>
  );
  return (
    <>
      <fieldset className="form__group" id={id('direction')} aria-describedby={[`${id('direction')}-hint`, messages.direction ? `${id('direction')}-error` : ''].join(' ').trim()}>
        <legend>{t('indicator.direction')}</legend>
        <p id={`${id('direction')}-hint`} className="hint">
          {t('workspace.indicators.directionHint')}
        </p>
        <FieldProblem fieldId={id('direction')} message={messages.direction} />
        {(['HIGHER_IS_BETTER', 'LOWER_IS_BETTER'] as const).map((direction) => (
          <div className="checkbox-field" key={direction}>
            <input
              id={id(direction)}
              type="radio"
              name={id('direction')}
              value={direction}
              checked={draft.direction === direction}
              onChange={() => onChange({ direction })}
              aria-invalid={messages.direction ? true : undefined}
            />
            <label htmlFor={id(direction)}>{t(`direction.${direction}`)}</label>
          </div>
        ))}
      </fieldset>
      <div className="form__row">
        <div className="form__field">
          <label htmlFor={id('unit')}>{t('indicator.unit')}</label>
          <p id={`${id('unit')}-hint`} className="hint">
            {unitGuessed ? t('workspace.indicators.unitGuessed') : t('workspace.indicators.unitHint')}
          </p>
          <FieldProblem fieldId={id('unit')} message={messages.unit} />
          <input id={id('unit')} type="text" size={14} value={draft.unit} onChange={(event) => onChange({ unit: event.target.value })} {...describedBy(id('unit'), messages.unit, `${id('unit')}-hint`)} />
        </div>
        {numberField('decimals')}
        {numberField('naturalLimit', t('workspace.indicators.naturalLimitHint'))}
      </div>
      <div className="form__row">
        {numberField('minValue', t('workspace.indicators.rangeHint'))}
        {numberField('maxValue')}
      </div>
      <fieldset className="form__group">
        <legend>{t('indicator.serviceAreas')}</legend>
        <ul className="checkbox-list">
          {serviceAreas.map((serviceArea) => (
            <li key={serviceArea.id} className="checkbox-field">
              <input
                id={id(`service-area-${serviceArea.id}`)}
                type="checkbox"
                checked={draft.serviceAreaIds.includes(serviceArea.id)}
                onChange={(event) =>
                  onChange({
                    serviceAreaIds: event.target.checked ? [...draft.serviceAreaIds, serviceArea.id].sort() : draft.serviceAreaIds.filter((other) => other !== serviceArea.id),
                  })
                }
              />
              <label htmlFor={id(`service-area-${serviceArea.id}`)}>{format.text(serviceArea.name)}</label>
            </li>
          ))}
        </ul>
      </fieldset>
      {goals.length > 0 && (
        <fieldset className="form__group">
          <legend>{t('workspace.indicators.linkLegend')}</legend>
          <div className="form__row">
            <div className="form__field">
              <label htmlFor={id('goal')}>{t('workspace.indicators.linkGoal')}</label>
              <select id={id('goal')} value={draft.goalId} onChange={(event) => onChange({ goalId: event.target.value })}>
                <option value="">{t('workspace.indicators.noLink')}</option>
                {goals.map((goal) => (
                  <option key={goal.id} value={goal.id}>
                    {format.text(goal.title)}
                  </option>
                ))}
              </select>
            </div>
            {draft.goalId && (
              <div className="form__field">
                <label htmlFor={id('weight')}>{t('workspace.links.weight')}</label>
                <FieldProblem fieldId={id('weight')} message={messages.weight} />
                <input id={id('weight')} type="text" inputMode="decimal" size={5} value={draft.weight} onChange={(event) => onChange({ weight: event.target.value })} {...describedBy(id('weight'), messages.weight)} />
              </div>
            )}
          </div>
        </fieldset>
      )}
    </>
  );
}
