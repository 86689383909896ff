import { localizedOrNull, type LocalizedText } from '../common/localized-text';
import type { DirectionValue, FrequencyValue, IndicatorRow, TargetRow } from '../db/database';

export type Direction = DirectionValue;
export type Frequency = FrequencyValue;

/** Mittari: a measurable quantity with the metadata needed to judge and show it. */
export interface Indicator {
  id: number;
  code: string;
  name: LocalizedText;
  unit: string;
  decimals: number;
  direction: Direction;
  naturalLimit: number | null;
  minValue: number | null;
  maxValue: number | null;
  frequency: Frequency;
  source: string;
  sourceId: string | null;
  definition: LocalizedText | null;
}

/** Why a target may be a mistake (target-checks.ts). */
export type TargetWarningCode = 'WORSE_THAN_BASELINE' | 'POINT_BEFORE_BASELINE' | 'OUTSIDE_NATURAL_LIMIT' | 'OUTSIDE_ACCEPTED_RANGE';

export interface TargetPoint {
  period: string;
  value: number;
}

/**
 * Targets for one indicator in one strategy. `areaId` null is the organisation-wide target that
 * areas without their own inherit; `serviceAreaId` null applies to all service areas.
 */
export interface Target {
  id: number;
  strategyId: number;
  indicatorId: number;
  areaId: number | null;
  serviceAreaId: number | null;
  baselinePeriod: string | null;
  baselineValue: number | null;
  /** The trajectory, in period order. */
  points: TargetPoint[];
  /** The warnings its author acknowledged when saving it. */
  acknowledgedWarnings: TargetWarningCode[];
}

export function indicatorFromRow(row: IndicatorRow): Indicator {
  return {
    id: row.id,
    code: row.code,
    name: { fi: row.name_fi, sv: row.name_sv, en: row.name_en },
    unit: row.unit,
    decimals: row.decimals,
    direction: row.direction,
    naturalLimit: row.natural_limit,
    minValue: row.min_value,
    maxValue: row.max_value,
    frequency: row.frequency,
    source: row.source,
    sourceId: row.source_id,
    definition: localizedOrNull(row.definition_fi, row.definition_sv, row.definition_en),
  };
}

export function targetFromRow(row: TargetRow, points: TargetPoint[]): Target {
  return {
    id: row.id,
    strategyId: row.strategy_id,
    indicatorId: row.indicator_id,
    areaId: row.area_id,
    serviceAreaId: row.service_area_id,
    baselinePeriod: row.baseline_period,
    baselineValue: row.baseline_value,
    points,
    acknowledgedWarnings: JSON.parse(row.acknowledged_warnings) as TargetWarningCode[],
  };
}
