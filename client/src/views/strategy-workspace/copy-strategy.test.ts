import { expect, test } from 'vitest';
import { copyDraft, copyInput, renameForTerm } from './copy-strategy';

const strategy = {
  organisation: { code: 'HVA14' },
  name: { fi: 'Palvelustrategia 2026–2029', sv: 'Servicestrategi 2026-2029', en: null },
  vision: { fi: 'Hyvä arki', sv: null, en: null },
  startYear: 2026,
  endYear: 2029,
};

test('the term’s years in a name become the next term’s, with either dash; other numbers stay', () => {
  const next = { startYear: 2030, endYear: 2033 };
  expect(renameForTerm('Palvelustrategia 2026–2029', strategy, next)).toBe('Palvelustrategia 2030–2033');
  expect(renameForTerm('Strategi 2026 - 2029 (utkast 2026)', strategy, next)).toBe('Strategi 2030-2033 (utkast 2026)');
  expect(renameForTerm('Palvelustrategia', strategy, next)).toBe('Palvelustrategia');
});

test('the copy is for the next term of the same length, measured from the old term’s last year', () => {
  expect(copyDraft(strategy)).toEqual({
    organisationCode: 'HVA14',
    name: { fi: 'Palvelustrategia 2030–2033', sv: 'Servicestrategi 2030-2033', en: '' },
    vision: { fi: 'Hyvä arki', sv: '', en: '' },
    startYear: '2030',
    endYear: '2033',
    baselineYear: '2029',
  });
});

test('an emptied vision is sent as null, so the copy has none', () => {
  expect(copyInput({ ...copyDraft(strategy), vision: { fi: '', sv: '', en: '' } })).toMatchObject({ vision: null, startYear: 2030, endYear: 2033, baselineYear: 2029 });
});
