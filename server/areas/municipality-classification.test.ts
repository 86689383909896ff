import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readConfig } from '../config';
import { classifyAreas } from './municipality-classification';

const areas = classifyAreas(readFileSync(join(readConfig({}).dataDirectory, 'municipalities.csv'), 'utf8'));
const byCode = new Map(areas.map((area) => [area.code, area]));

describe('the area classification from the real municipalities.csv', () => {
  test('holds the country, 23 county codes, 19 regions and 308 municipalities', () => {
    const count = (kind: string) => areas.filter((area) => area.kind === kind).length;
    expect(count('COUNTRY')).toBe(1);
    expect(count('WELLBEING_COUNTY')).toBe(23);
    expect(count('REGION')).toBe(19);
    expect(count('MUNICIPALITY')).toBe(308);
  });

  test('puts each municipality under its county and region', () => {
    expect(byCode.get('091')).toMatchObject({ name_fi: 'Helsinki', name_sv: 'Helsingfors', parentCode: 'HVA90', regionCode: 'MK01' });
    expect(byCode.get('740')).toMatchObject({ name_fi: 'Savonlinna', name_sv: 'Nyslott', parentCode: 'HVA12', regionCode: 'MK10' });
    expect(byCode.get('HVA12')).toMatchObject({ name_fi: 'Etelä-Savon hyvinvointialue', parentCode: 'SSS' });
  });

  test('lists parents before children so it can be written in order', () => {
    const seen = new Set<string>();
    for (const area of areas) {
      if (area.parentCode) expect(seen.has(area.parentCode)).toBe(true);
      if (area.regionCode) expect(seen.has(area.regionCode)).toBe(true);
      seen.add(area.code);
    }
  });

  test('refuses an empty file', () => {
    expect(() => classifyAreas('code,name_fi\n')).toThrow(/no rows/);
  });
});
