import { describe, expect, test } from 'vitest';
import { safeFileName, toCsv } from './csv';

describe('toCsv', () => {
  test('writes a header and rows with CRLF line ends', () => {
    expect(toCsv(['indicator', 'area', 'period', 'value'], [['sotkanet:1244', '740', '2023', 2.1]])).toBe(
      'indicator,area,period,value\r\nsotkanet:1244,740,2023,2.1\r\n',
    );
  });

  test('quotes commas, quotes and line breaks; empty for missing; 1/0 for flags', () => {
    expect(toCsv(['a', 'b', 'c', 'd'], [['x,y', 'say "hi"', null, true]])).toBe('a,b,c,d\r\n"x,y","say ""hi""",,1\r\n');
  });
});

describe('safeFileName', () => {
  test.each([
    ['sotkanet:1244', 'sotkanet-1244'],
    ['internal:care-guarantee-7d 740', 'internal-care-guarantee-7d-740'],
    ['Mäntyharju', 'Mäntyharju'],
    [':::', 'data'],
  ])('%s → %s', (input, expected) => {
    expect(safeFileName(input)).toBe(expected);
  });
});
