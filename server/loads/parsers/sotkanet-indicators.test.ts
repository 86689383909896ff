import { describe, expect, test } from 'vitest';
import { readConfig } from '../../config';
import { loadSotkanetIndicators, parseSotkanetIndicators } from './sotkanet-indicators';

const indicators = await loadSotkanetIndicators(readConfig({}).dataDirectory);

describe("Sotkanet's indicator list (the real SotkaIndicators.json)", () => {
  test('holds all 2,434 indicators', () => {
    expect(indicators.size).toBe(2434);
    expect(indicators.entries).toHaveLength(2434);
  });

  test('lists its entries in Sotkanet id order, each once', () => {
    const ids = indicators.entries.map((entry) => Number(entry.sourceId));
    expect(ids[0]).toBe(4);
    expect(ids.every((id, index) => index === 0 || id > (ids[index - 1] as number))).toBe(true);
  });

  test('describes indicator 1244 as an indicator definition, leaving unit and direction to the caller', () => {
    const metadata = indicators.metadata(1244);
    expect(metadata).toMatchObject({
      code: 'sotkanet:1244',
      source: 'sotkanet',
      sourceId: '1244',
      frequency: 'YEAR',
      organisation: { fi: 'Terveyden ja hyvinvoinnin laitos (THL)', en: 'Institute for Health and Welfare (THL)' },
      unit: null,
      direction: null,
    });
    expect(metadata?.name.fi).toMatch(/^Huostassa tai kiireellisesti sijoitettuna olleet 0 - 17-vuotiaat/);
    expect(metadata?.name.en).toMatch(/^Children aged 0-17 years placed in care or emergency placement/);
    expect(metadata?.name.sv).toMatch(/^Omhändertagna eller brådskande placerade/);
  });

  test('finds an id given as text, and has no entry for an id Sotkanet does not list', () => {
    expect(indicators.metadata(' 191 ')?.name.fi).toMatch(/^Kodin ulkopuolelle sijoitetut 0 - 17-vuotiaat/);
    expect(indicators.metadata('999999')).toBeNull();
  });

  test('trims the titles, some of which end in a space in the file', () => {
    expect(indicators.metadata(315)?.name.fi).toMatch(/ja 2\. vuoden opiskelijoista$/);
    expect(indicators.metadata(239)?.name.sv).toMatch(/1 000 i samma åldrar$/);
  });
});

describe('parseSotkanetIndicators', () => {
  test('turns empty translations into null', () => {
    const list = parseSotkanetIndicators(JSON.stringify([{ id: 7, title: { fi: 'Seitsemän ', sv: '', en: ' ' } }]));
    expect(list.metadata(7)).toMatchObject({ name: { fi: 'Seitsemän', sv: null, en: null }, organisation: null });
  });

  test('refuses a file that is not an indicator list', () => {
    const regionsList = '[{"id":46,"code":"091","category":"KUNTA"}]';
    expect(() => parseSotkanetIndicators(regionsList)).toThrow(/indicator list is not in the expected form[\s\S]*title/);
  });
});
