import { openSync, readSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readConfig } from '../../config';
import { FORMATS, detectFormat } from './detect-format';

const dataDirectory = readConfig({}).dataDirectory;

/** The first 4 KB of a real file, as a load would look at it. */
function headOf(...path: string[]): string {
  const file = openSync(join(dataDirectory, ...path), 'r');
  try {
    const buffer = Buffer.alloc(4096);
    const length = readSync(file, buffer, 0, buffer.length, 0);
    return buffer.subarray(0, length).toString('utf8');
  } finally {
    closeSync(file);
  }
}

describe('detectFormat on the real files', () => {
  test.each([
    [['sotkanet', 'oskari-server', 'SotkaIndicatorData.json'], 'sotkanet-json'],
    [['sotkanet', 'oskari-server', 'SotkaIndicatorData.csv'], 'sotkanet-csv'],
    [['sotkanet', 'sotkanet-portal-export', 'sotkanet-data.csv'], 'sotkanet-portal'],
    [['municipalities.csv'], null],
  ])('recognises %j as %s', (path, format) => {
    expect(detectFormat(headOf(...path))).toBe(format);
  });
});

describe('detectFormat on real files that lost their header', () => {
  /** The real file from its line `from` (1-based) on: what is left when the header is cut off. */
  const withoutHeader = (from: number, ...path: string[]) => headOf(...path).split(/(?<=\n)/).slice(from - 1).join('');

  test.each([
    ['the portal export from its second line', 2, ['sotkanet', 'sotkanet-portal-export', 'sotkanet-data.csv']],
    ['the REST CSV from its second line', 2, ['sotkanet', 'oskari-server', 'SotkaIndicatorData.csv']],
    ['municipalities.csv from its second line', 2, ['municipalities.csv']],
  ])('recognises nothing in %s: a row of values is no header', (_name, from, path) => {
    const text = withoutHeader(from, ...path);
    expect(text.length).toBeGreaterThan(100);
    expect(detectFormat(text)).toBeNull();
  });

  test('recognises nothing in a long CSV of real values without its header', () => {
    expect(detectFormat('sotkanet:1244;020;2000;6,6\r\nsotkanet:1244;020;2001;8,2\r\n')).toBeNull();
  });
});

describe('detectFormat', () => {
  test.each([
    ['indicator,area,period,value\nx,091,2020,1\n', 'long-csv'],
    ['\uFEFFArea;Period;Indicator;Value;Service_area\r\nx;091;2020;1,5;\r\n', 'long-csv'],
    ['"indicator","area","period","value","numerator"\n', 'long-csv'],
    ['\uFEFF\n  [{"region":"46"}', 'sotkanet-json'],
    ['INDICATOR;REGION;YEAR;GENDER;VALUE\r\n', 'sotkanet-csv'],
    [';;;;;2015;2016\n"A";"1";"Akaa";"020";"combined";1;2\n', 'sotkanet-portal'],
    ['"Huostassa";"1244";"Helsinki";"091";"Yhteensä";2023;1,4;\r\n', 'sotkanet-portal-long'],
    ['"Huostassa";"1244";"Helsingfors";"";"Yhteensä";2023;1,4\n', 'sotkanet-portal-long'],
    ['indicator,region,year,gender,primary value\n127,46,2009,total,583350\n', 'sotkanet-csv'],
  ])('recognises %j as %s', (head, format) => {
    expect(detectFormat(head)).toBe(format);
  });

  test.each([
    ['', 'an empty file'],
    ['indicator,area,value\n', 'a long file without its period column'],
    [';;;;;;\n', 'a row of empty cells without years'],
    ['{"region":"46"}', 'a JSON object'],
    ['PK\u0003\u0004', 'a zip (xlsx) file'],
    ['"Huostassa";"1244";"Helsinki";"091";"Yhteensä";23;1,4\n', 'a long row whose year is no year'],
  ])('recognises nothing in %j (%s)', (head) => {
    expect(detectFormat(head)).toBeNull();
  });

  test('FORMATS describes each detectable format once', () => {
    expect(FORMATS.map((entry) => entry.format).sort()).toEqual(['long-csv', 'sotkanet-csv', 'sotkanet-json', 'sotkanet-portal', 'sotkanet-portal-long']);
    for (const entry of FORMATS) expect(entry.description.length).toBeGreaterThan(20);
  });
});
