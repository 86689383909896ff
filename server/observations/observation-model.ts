import type { ObservationRow } from '../db/database';

/** One version of one value of a series (indicator × area × optional service area × period). */
export interface Observation {
  indicatorId: number;
  areaId: number;
  /** Null when the value covers all service areas. */
  serviceAreaId: number | null;
  period: string;
  /** Null when the value is missing; a missing value is never zero. */
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  provisional: boolean;
  recordedAt: Date;
  loadId: number;
}

/** The sentinel the observation table uses for "all service areas" (its key columns cannot be NULL). */
export const ALL_SERVICE_AREAS = 0;

export function observationFromRow(
  row: Pick<
    ObservationRow,
    | 'indicator_id'
    | 'area_id'
    | 'service_area_id'
    | 'period'
    | 'value'
    | 'numerator'
    | 'denominator'
    | 'provisional'
    | 'recorded_at'
    | 'load_id'
  >,
): Observation {
  return {
    indicatorId: row.indicator_id,
    areaId: row.area_id,
    serviceAreaId: row.service_area_id === ALL_SERVICE_AREAS ? null : row.service_area_id,
    period: row.period,
    value: row.value,
    numerator: row.numerator,
    denominator: row.denominator,
    provisional: row.provisional === 1,
    recordedAt: new Date(row.recorded_at),
    loadId: row.load_id,
  };
}
