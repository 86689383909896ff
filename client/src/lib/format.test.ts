import { describe, expect, test } from 'vitest';
import { setUpI18n } from '../i18n/setup';
import { createFormatters, localize } from './format';

const quarter = (year: number, q: number) => `Q${q}/${year}`;
const month = (year: number, m: number) => `${m}/${year}`;

describe('formatters', () => {
  test('Finnish and Swedish use a decimal comma, English a point', () => {
    // Intl separates thousands with a narrow no-break space in fi and sv.
    expect(createFormatters('fi', '–', quarter, month).number(1234.5, 1)).toBe('1\u00a0234,5');
    expect(createFormatters('sv', '–', quarter, month).number(2.25, 2)).toBe('2,25');
    expect(createFormatters('en', '–', quarter, month).number(1234.5, 1)).toBe('1,234.5');
  });

  test('missing values are words, never zero', () => {
    const format = createFormatters('fi', 'ei tietoa', quarter, month);
    expect(format.number(null, 1)).toBe('ei tietoa');
    expect(format.quantity(undefined, '%', 1)).toBe('ei tietoa');
    expect(format.percent(null)).toBe('ei tietoa');
    expect(format.score(null)).toBe('ei tietoa');
  });

  test('quantity puts the unit after the value', () => {
    expect(createFormatters('fi', '–', quarter, month).quantity(81.25, '%', 1)).toBe('81,3 %');
    expect(createFormatters('en', '–', quarter, month).quantity(45, 'min', 0)).toBe('45 min');
  });

  test('scores carry their sign', () => {
    expect(createFormatters('en', '–', quarter, month).score(2.345)).toBe('+2.3');
    expect(createFormatters('en', '–', quarter, month).score(-1)).toBe('-1.0');
  });

  test('periods use the language’s words', () => {
    const format = createFormatters('en', '–', quarter, month);
    expect(format.period('2024')).toBe('2024');
    expect(format.period('2024Q3')).toBe('Q3/2024');
    expect(format.period('2024-05')).toBe('5/2024');
    expect(format.period('soon')).toBe('soon');
  });

  test.each([
    // Finnish "4/2026" reads as April 2026: every language marks a quarter as one.
    ['fi', 'Q4/2026', '4/2026'],
    ['sv', 'kv. 4/2026', '4/2026'],
    ['en', 'Q4 2026', '4/2026'],
  ] as const)('%s: the fourth quarter of 2026 is %s, never the month %s', (language, quarterText, monthText) => {
    const i18n = setUpI18n(language);
    const format = createFormatters(language, '–', (year, q) => i18n.t('period.quarter', { year, quarter: q }), (year, m) => i18n.t('period.month', { year, month: m }));
    expect(format.period('2026Q4')).toBe(quarterText);
    expect(format.period('2026-04')).toBe(monthText);
    expect(format.period('2026Q4')).not.toBe(format.period('2026-04'));
  });

  test('localize falls back to Finnish', () => {
    expect(localize({ fi: 'Kunta', sv: 'Kommun', en: null }, 'sv')).toBe('Kommun');
    expect(localize({ fi: 'Kunta', sv: 'Kommun', en: null }, 'en')).toBe('Kunta');
    expect(localize({ fi: 'Kunta', sv: '' }, 'sv')).toBe('Kunta');
  });
});
