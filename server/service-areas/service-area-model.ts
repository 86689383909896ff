import type { LocalizedText } from '../common/localized-text';
import type { ServiceAreaRow } from '../db/database';

/** Palvelukokonaisuus, such as older people's services. */
export interface ServiceArea {
  id: number;
  code: string;
  name: LocalizedText;
  sortOrder: number;
}

export function serviceAreaFromRow(row: ServiceAreaRow): ServiceArea {
  return {
    id: row.id,
    code: row.code,
    name: { fi: row.name_fi, sv: row.name_sv, en: row.name_en },
    sortOrder: row.sort_order,
  };
}

/** The service areas a county's service strategy is organised by; every instance starts with them. */
export const STANDARD_SERVICE_AREAS: ReadonlyArray<{ code: string; name: LocalizedText }> = [
  {
    code: 'children-families',
    name: { fi: 'Lapset, nuoret ja perheet', sv: 'Barn, unga och familjer', en: 'Children, youth and families' },
  },
  { code: 'older-people', name: { fi: 'Ikääntyneet', sv: 'Äldre', en: 'Older people' } },
  {
    code: 'mental-health-substance-abuse',
    name: {
      fi: 'Mielenterveys- ja päihdepalvelut',
      sv: 'Mentalvårds- och missbrukartjänster',
      en: 'Mental health and substance abuse',
    },
  },
  {
    code: 'primary-health-care',
    name: { fi: 'Perusterveydenhuolto', sv: 'Primärvård', en: 'Primary health care' },
  },
  {
    code: 'specialised-care',
    name: { fi: 'Erikoissairaanhoito', sv: 'Specialiserad sjukvård', en: 'Specialised care' },
  },
  { code: 'rescue-services', name: { fi: 'Pelastustoimi', sv: 'Räddningsväsendet', en: 'Rescue services' } },
  {
    code: 'growth-employment',
    name: { fi: 'Kasvu ja työllisyys', sv: 'Tillväxt och sysselsättning', en: 'Growth and employment' },
  },
];
