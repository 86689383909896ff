import { parse } from 'csv-parse/sync';
import type { NewAreaRow } from '../db/database';
import { COUNTRY_CODE, regionCode, wellbeingCountyCode } from './area-model';

/** One row of `data/municipalities.csv` (Statistics Finland's 2025/2026 classification). */
interface MunicipalityRecord {
  code: string;
  name_fi: string;
  name_sv: string;
  region_code: string;
  region_name_fi: string;
  region_name_sv: string;
  wellbeing_county_code: string;
  wellbeing_county_name_fi: string;
  wellbeing_county_name_sv: string;
}

/** An area to write, with its parent and region given by code (ids are not known before writing). */
export interface ClassifiedArea extends Omit<NewAreaRow, 'parent_id' | 'region_id'> {
  parentCode: string | null;
  regionCode: string | null;
}

/**
 * Turns the classification file into the area hierarchy: the country, its wellbeing services
 * counties and regions, and each municipality under its county (parent) and region. Parents come
 * before children, so the list can be written in order.
 */
export function classifyAreas(csvText: string): ClassifiedArea[] {
  const records: MunicipalityRecord[] = parse(csvText, { columns: true, bom: true, skip_empty_lines: true, trim: true });
  if (records.length === 0) throw new Error('the municipality classification has no rows');
  const counties = new Map<string, ClassifiedArea>();
  const regions = new Map<string, ClassifiedArea>();
  const municipalities: ClassifiedArea[] = [];
  for (const record of records) {
    const county = wellbeingCountyCode(record.wellbeing_county_code);
    const region = regionCode(record.region_code);
    counties.set(county, {
      code: county,
      kind: 'WELLBEING_COUNTY',
      name_fi: record.wellbeing_county_name_fi,
      name_sv: record.wellbeing_county_name_sv,
      name_en: null,
      parentCode: COUNTRY_CODE,
      regionCode: null,
    });
    regions.set(region, {
      code: region,
      kind: 'REGION',
      name_fi: record.region_name_fi,
      name_sv: record.region_name_sv,
      name_en: null,
      parentCode: COUNTRY_CODE,
      regionCode: null,
    });
    municipalities.push({
      code: record.code,
      kind: 'MUNICIPALITY',
      name_fi: record.name_fi,
      name_sv: record.name_sv,
      name_en: null,
      parentCode: county,
      regionCode: region,
    });
  }
  const country: ClassifiedArea = {
    code: COUNTRY_CODE,
    kind: 'COUNTRY',
    name_fi: 'Koko maa',
    name_sv: 'Hela landet',
    name_en: 'Whole country',
    parentCode: null,
    regionCode: null,
  };
  return [country, ...counties.values(), ...regions.values(), ...municipalities];
}
