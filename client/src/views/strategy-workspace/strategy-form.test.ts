import { describe, expect, test } from 'vitest';
import { newStrategyDraft, type StrategyDraft, strategyInput, validateStrategy } from './strategy-form';

const valid: StrategyDraft = {
  organisationCode: 'HVA14',
  name: { fi: 'Palvelustrategia 2026–2029', sv: '', en: '' },
  vision: { fi: '', sv: '', en: '' },
  startYear: '2026',
  endYear: '2029',
  baselineYear: '2024',
};

describe('validateStrategy', () => {
  test('a complete draft has no problems', () => {
    expect(validateStrategy(valid)).toEqual({});
  });

  test.each([
    ['no organisation', { organisationCode: '' }, 'organisationCode', 'required'],
    ['no name', { name: { fi: ' ', sv: '', en: '' } }, 'name.fi', 'required'],
    ['a Swedish name without the Finnish one', { name: { fi: '', sv: 'Strategi', en: '' } }, 'name.fi', 'finnishRequired'],
    ['an English vision without the Finnish one', { vision: { fi: '', sv: '', en: 'Vision' } }, 'vision.fi', 'finnishRequired'],
    ['no start year', { startYear: '' }, 'startYear', 'required'],
    ['a fractional year', { startYear: '2026,5' }, 'startYear', 'wholeNumber'],
    ['a year out of range', { endYear: '3000' }, 'endYear', 'yearRange'],
    ['an end before the start', { endYear: '2025' }, 'endYear', 'endBeforeStart'],
    ['a baseline after the end', { baselineYear: '2030' }, 'baselineYear', 'baselineAfterEnd'],
  ] as const)('%s', (_case, change, field, key) => {
    expect(validateStrategy({ ...valid, ...change })[field]?.key).toBe(key);
  });

  test('a baseline inside the term, or the term’s last year, is fine', () => {
    expect(validateStrategy({ ...valid, baselineYear: '2029' })).toEqual({});
  });
});

test('the input trims, leaves empty translations and an empty vision out, and reads the years', () => {
  expect(strategyInput({ ...valid, name: { fi: ' Strategia ', sv: 'Strategi', en: ' ' } })).toEqual({
    organisationCode: 'HVA14',
    name: { fi: 'Strategia', sv: 'Strategi', en: null },
    vision: null,
    startYear: 2026,
    endYear: 2029,
    baselineYear: 2024,
  });
});

test('a new strategy starts this year for four years, measured from last year', () => {
  expect(newStrategyDraft(new Date(2027, 2, 1))).toMatchObject({ startYear: '2027', endYear: '2030', baselineYear: '2026' });
});
