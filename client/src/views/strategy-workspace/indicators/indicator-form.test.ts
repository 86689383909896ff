import { describe, expect, test } from 'vitest';
import { guessUnit, internalInput, newDetailsDraft, newInternalDraft, sotkanetInput, validateDetails, validateInternal } from './indicator-form';

describe('guessUnit reads the unit Sotkanet titles end with', () => {
  test.each([
    ['Kodin ulkopuolelle sijoitetut 0 - 17-vuotiaat, % vastaavanikäisestä väestöstä', '%'],
    ['Mielenterveyden häiriöihin sairaalahoitoa saaneet 0 - 17-vuotiaat / 1 000 vastaavanikäistä', 'per 1 000'],
    ['Kuolleisuus / 100 000 asukasta', 'per 100 000'],
    ['Sosiaali- ja terveystoiminnan nettokäyttökustannukset, euroa / asukas', '€'],
    ['Perusterveydenhuollon avohoidon hoitopäivät', ''],
  ])('%s → %s', (title, unit) => {
    expect(guessUnit(title)).toBe(unit);
  });
});

describe('the details the user confirms', () => {
  const valid = { ...newDetailsDraft('x, %'), direction: 'LOWER_IS_BETTER' as const, naturalLimit: '0', maxValue: '100' };

  test('a direction must be chosen: Sotkanet does not say which way is better', () => {
    expect(validateDetails(newDetailsDraft('x, %'))).toEqual({ direction: { key: 'required' } });
    expect(validateDetails(valid)).toEqual({});
  });

  test.each([
    [{ unit: ' ' }, 'unit', 'required'],
    [{ decimals: '7' }, 'decimals', 'wholeNumber'],
    [{ naturalLimit: 'sata' }, 'naturalLimit', 'number'],
    [{ minValue: '10', maxValue: '5' }, 'maxValue', 'minAboveMax'],
    [{ goalId: '4', weight: '0' }, 'weight', 'positive'],
  ] as const)('%j: %s %s', (change, field, key) => {
    expect(validateDetails({ ...valid, ...change })[field]?.key).toBe(key);
  });

  test('the input reads decimal commas and leaves empty limits null', () => {
    expect(sotkanetInput(1244, { ...valid, naturalLimit: '0,5', maxValue: '', serviceAreaIds: ['2'] })).toEqual({
      sotkanetId: 1244,
      direction: 'LOWER_IS_BETTER',
      unit: '%',
      decimals: 1,
      naturalLimit: 0.5,
      minValue: null,
      maxValue: null,
      serviceAreaIds: ['2'],
    });
  });
});

describe('an internal indicator', () => {
  test('needs a code of its own, a Finnish name and the details', () => {
    const draft = newInternalDraft();
    expect(validateInternal(draft)).toMatchObject({ code: { key: 'code' }, 'name.fi': { key: 'required' }, direction: { key: 'required' }, unit: { key: 'required' } });
    expect(validateInternal({ ...draft, code: 'Internal:Wait Time' }).code).toEqual({ key: 'code' });
  });

  test('is sent with its code, names and frequency', () => {
    const draft = {
      ...newInternalDraft(),
      code: ' internal:jonotus ',
      name: { fi: 'Jonotusaika', sv: '', en: 'Waiting time' },
      direction: 'LOWER_IS_BETTER' as const,
      unit: 'vrk',
      decimals: '0',
      frequency: 'MONTH' as const,
    };
    expect(validateInternal(draft)).toEqual({});
    expect(internalInput(draft)).toMatchObject({ code: 'internal:jonotus', name: { fi: 'Jonotusaika', sv: null, en: 'Waiting time' }, frequency: 'MONTH', source: 'internal', decimals: 0, definition: null });
  });
});
