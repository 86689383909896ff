import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, test } from 'vitest';
import { readConfig } from '../../config';
import { loadSotkanetRegions, parseSotkanetRegions, type SotkanetRegions } from './sotkanet-regions';

const dataDirectory = readConfig({}).dataDirectory;
const classification: Array<{ code: string; region_code: string; wellbeing_county_code: string }> = parse(
  readFileSync(join(dataDirectory, 'municipalities.csv'), 'utf8'),
  { columns: true },
);
const currentMunicipalityCodes = new Set(classification.map((row) => row.code));

let regions: SotkanetRegions;
beforeAll(async () => {
  regions = await loadSotkanetRegions(dataDirectory);
});

describe('the Sotkanet region mapping from the real reference files', () => {
  test('maps municipalities, regions and the country, and refuses every other kind of area', () => {
    const outcomes = new Map<string, { mapped: number; unsupported: number }>();
    for (const region of regions.regions) {
      const tally = outcomes.get(region.category) ?? { mapped: 0, unsupported: 0 };
      const resolution = regions.resolve(region.id);
      if (resolution.ok) tally.mapped += 1;
      else if (resolution.code === 'UNSUPPORTED_AREA') tally.unsupported += 1;
      outcomes.set(region.category, tally);
    }
    expect(regions.regions).toHaveLength(511);
    expect(Object.fromEntries(outcomes)).toEqual({
      KUNTA: { mapped: 320, unsupported: 0 },
      MAAKUNTA: { mapped: 19, unsupported: 0 },
      MAA: { mapped: 1, unsupported: 0 },
      SEUTUKUNTA: { mapped: 0, unsupported: 70 },
      EUROOPPA: { mapped: 0, unsupported: 37 },
      SAIRAANHOITOPIIRI: { mapped: 0, unsupported: 21 },
      'ELY-KESKUS': { mapped: 0, unsupported: 16 },
      ALUEHALLINTOVIRASTO: { mapped: 0, unsupported: 7 },
      POHJOISMAAT: { mapped: 0, unsupported: 7 },
      ERVA: { mapped: 0, unsupported: 5 },
      SUURALUE: { mapped: 0, unsupported: 5 },
      NUTS1: { mapped: 0, unsupported: 2 },
      EURALUEET: { mapped: 0, unsupported: 1 },
    });
  });

  test('gives a municipality its three-digit code and Finnish name', () => {
    expect(regions.resolve('46')).toEqual({ ok: true, areaCode: '091', label: 'Helsinki' });
    expect(regions.resolve(46)).toEqual({ ok: true, areaCode: '091', label: 'Helsinki' });
  });

  test('gives the whole country SSS', () => {
    expect(regions.resolve('658')).toEqual({ ok: true, areaCode: 'SSS', label: 'Koko maa' });
  });

  test('gives exactly the region codes of the classification to the MAAKUNTA areas', () => {
    const mapped = regions.regions
      .filter((region) => region.category === 'MAAKUNTA')
      .map((region) => regions.resolve(region.id))
      .map((resolution) => (resolution.ok ? resolution.areaCode : null));
    const expected = [...new Set(classification.map((row) => `MK${row.region_code}`))];
    expect(mapped.sort()).toEqual(expected.sort());
    expect(regions.resolve('488')).toMatchObject({ areaCode: 'MK01', label: 'Uusimaa' });
  });

  test('gives both the new and the earlier id of a wellbeing services county its HVA code', () => {
    expect(regions.resolve('959')).toEqual({ ok: true, areaCode: 'HVA12', label: 'Etelä-Savon hyvinvointialue' });
    expect(regions.resolve('879')).toEqual({ ok: true, areaCode: 'HVA12', label: 'Etelä-Savon hyvinvointialue' });
    expect(regions.resolve('960')).toMatchObject({ areaCode: 'HVA90' });
    expect(regions.resolve('880')).toMatchObject({ areaCode: 'HVA90' });
    expect(regions.resolve('956')).toMatchObject({ areaCode: 'HVA91', label: 'Ahvenanmaa' });
  });

  test('covers every county of the classification through the county table', () => {
    const countyCodes = new Set<string>();
    for (let id = 877; id <= 978; id += 1) {
      const resolution = regions.resolve(id);
      if (resolution.ok && resolution.areaCode.startsWith('HVA')) countyCodes.add(resolution.areaCode);
    }
    const expected = new Set(classification.map((row) => `HVA${row.wellbeing_county_code}`));
    expect(countyCodes).toEqual(expected);
    expect(countyCodes.size).toBe(23);
  });

  test('names an untracked area and its kind in words', () => {
    expect(regions.resolve('510')).toEqual({
      ok: false,
      code: 'UNSUPPORTED_AREA',
      reason:
        'Sotkanet area 510 "Helsingin seutukunta" is a sub-regional unit (seutukunta); ' +
        'only municipalities, regions (maakunta), wellbeing services counties and the whole country are tracked',
    });
    expect(regions.resolve('601')).toMatchObject({
      code: 'UNSUPPORTED_AREA',
      reason: expect.stringContaining('"Varsinais-Suomen sairaanhoitopiiri" is a hospital district'),
    });
  });

  test.each(['730', '456', '455'])('calls id %s, which is in the data but not in the list, unknown', (id) => {
    expect(regions.resolve(id)).toEqual({
      ok: false,
      code: 'UNKNOWN_AREA',
      reason: `Sotkanet region id ${id} is not in Sotkanet's regions list`,
    });
  });

  test('keeps merged municipalities under their own code, and names them as former ones', () => {
    // Sotkanet's ids are not municipality codes: Valtimo (911) is id 410, Pertunmaa (588) id 278.
    expect(regions.resolve('410')).toEqual({ ok: true, areaCode: '911', label: 'Valtimo' });
    expect(regions.resolve('278')).toEqual({ ok: true, areaCode: '588', label: 'Pertunmaa' });
    const former = regions.formerMunicipalityNames(currentMunicipalityCodes);
    expect(currentMunicipalityCodes.size).toBe(308);
    expect(former.get('911')).toBe('Valtimo');
    expect(former.get('588')).toBe('Pertunmaa');
    expect(former.has('091')).toBe(false);
    // 320 Sotkanet municipalities of 2015, 308 of them still exist.
    expect(former.size).toBe(12);
  });
});

describe('parseSotkanetRegions', () => {
  const regionsJson = JSON.stringify([
    { id: 46, code: '091', category: 'KUNTA', title: { fi: 'Helsinki', sv: 'Helsingfors', en: 'Helsinki' } },
    { id: 877, code: '7', category: 'SAIRAANHOITOPIIRI', title: { fi: 'Jokin piiri' } },
  ]);

  test('refuses two files that give one id different meanings', () => {
    expect(() => parseSotkanetRegions(regionsJson, 'nimi,uusi_id,vanha_id,uusi_code,vanha_code\nEtelä-Karjala,957,877,11,7\n')).toThrow(
      /877 is Etelä-Karjala in the county table but "Jokin piiri"/,
    );
  });

  test('refuses a regions list that is not one, saying which field is wrong', () => {
    expect(() => parseSotkanetRegions('[{"id":"x","code":"091"}]', 'nimi,uusi_id,vanha_id,uusi_code,vanha_code\n')).toThrow(
      /regions list is not in the expected form[\s\S]*id/,
    );
  });
});
