import { describe, expect, test } from 'vitest';
import { decimalText, optionalTextInput, parseDecimal, parseWholeNumber, textInput } from './drafts';

describe('parseDecimal', () => {
  test.each([
    ['1,5', 1.5],
    ['1.5', 1.5],
    [' 12 ', 12],
    ['1 234,5', 1234.5],
    ['−3,2', -3.2],
    ['-0,5', -0.5],
    [',5', 0.5],
    ['', null],
    ['   ', null],
  ])('%s → %s', (text, expected) => {
    expect(parseDecimal(text)).toBe(expected);
  });

  test.each(['1,2,3', 'abc', '1e5', '12 %', '1.234,5'])('%s is not a number', (text) => {
    expect(parseDecimal(text)).toBeNaN();
  });
});

test('whole numbers refuse fractions but not emptiness', () => {
  expect(parseWholeNumber('2026')).toBe(2026);
  expect(parseWholeNumber('')).toBeNull();
  expect(parseWholeNumber('2026,5')).toBeNaN();
});

test('a number goes back into a field with the locale’s separator and no grouping', () => {
  expect(decimalText(1234.5, 'fi-FI')).toBe('1234,5');
  expect(decimalText(1234.5, 'en-GB')).toBe('1234.5');
  expect(decimalText(null, 'fi-FI')).toBe('');
});

describe('texts', () => {
  test('translations left empty are sent as null, and everything is trimmed', () => {
    expect(textInput({ fi: ' Hyvä ', sv: ' ', en: 'Good ' })).toEqual({ fi: 'Hyvä', sv: null, en: 'Good' });
  });
  test('an optional text with nothing in it is null', () => {
    expect(optionalTextInput({ fi: '', sv: ' ', en: '' })).toBeNull();
    expect(optionalTextInput({ fi: 'Visio', sv: '', en: '' })).toEqual({ fi: 'Visio', sv: null, en: null });
  });
});
