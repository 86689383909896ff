import { describe, expect, test } from 'vitest';
import { buildMunicipalityNameIndex, normalizeMunicipalityName } from './municipality-names';

// Names as today's classification and Sotkanet's 2015 regions list write them (data/).
const index = buildMunicipalityNameIndex([
  { code: '091', names: ['Helsinki', 'Helsingfors'] },
  { code: '202', names: ['Kaarina', 'S:t Karins', 'St Karins'] },
  { code: '284', names: ['Koski Tl', 'Koskis', 'Koski'] },
  { code: '478', names: ['Maarianhamina', 'Mariehamn'] },
  { code: '911', names: ['Valtimo'] },
  // Two municipalities that (in this made-up case) share a name.
  { code: '001', names: ['Samanimi'] },
  { code: '002', names: ['Samanimi'] },
]);

describe('finding a municipality by name', () => {
  test.each([
    ['Helsinki', '091'],
    ['Helsingfors', '091'],
    ['  HELSINKI ', '091'],
    ['St. Karins', '202'],
    ['S:t Karins', '202'],
    ['Koski', '284'],
    ['Koski Tl.', '284'],
    ['Maarianhamina - Mariehamn', '478'],
    ['Maarianhamina–Mariehamn', '478'],
    ['Valtimo', '911'],
  ])('%s → %s', (name, code) => {
    expect(index.lookup(name)).toEqual({ found: true, code });
  });

  test('a name two municipalities share is not guessed', () => {
    expect(index.lookup('Samanimi')).toEqual({ found: false, ambiguous: ['001', '002'] });
  });

  test.each(['Helsinkki', 'Helsinki - Valtimo', '', 'Hel'])('%j is no municipality', (name) => {
    expect(index.lookup(name)).toBeNull();
  });

  test('letters with accents are letters, not decorations', () => {
    expect(normalizeMunicipalityName('Hämeenkyrö')).not.toBe(normalizeMunicipalityName('Hameenkyro'));
  });
});
