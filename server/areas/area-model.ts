import type { LocalizedText } from '../common/localized-text';
import type { AreaKindValue, AreaRow } from '../db/database';

export type AreaKind = AreaKindValue;

export interface Area {
  id: number;
  code: string;
  kind: AreaKind;
  name: LocalizedText;
  /** A municipality's county; a county's or region's country. */
  parentId: number | null;
  /** A municipality's region (maakunta). */
  regionId: number | null;
}

export function areaFromRow(row: AreaRow): Area {
  return {
    id: row.id,
    code: row.code,
    kind: row.kind,
    name: { fi: row.name_fi, sv: row.name_sv, en: row.name_en },
    parentId: row.parent_id,
    regionId: row.region_id,
  };
}

/**
 * Area codes are Statistics Finland's, prefixed where two classifications share digits (county 12
 * and region 12 both exist), following StatFin's own prefixes: `HVA12`, `MK12`, `SSS` for the
 * country. Municipalities keep their bare three-digit code, the form every data source uses.
 */
export const COUNTRY_CODE = 'SSS';

export function wellbeingCountyCode(statisticsCode: string): string {
  return `HVA${statisticsCode.padStart(2, '0')}`;
}

export function regionCode(statisticsCode: string): string {
  return `MK${statisticsCode.padStart(2, '0')}`;
}
