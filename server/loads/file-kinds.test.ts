/**
 * The files analysts really keep, each through the one load service: the portal's Excel export
 * (.xls) and .xlsx workbooks, Sotkanet's REST CSV re-saved with commas, the portal's long layout
 * without a header, and files that name municipalities instead of giving codes.
 */
import * as XLSX from '@e965/xlsx';
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createIndicator } from '../indicators/indicator-service';
import { readExcelSheet } from './parsers/excel';
import { startTestServer, type TestServer } from '../test/test-server';
import { createPortalExportIndicators, currentValues, fingerprint, linesAndCodes, loadPath, loadText, REAL_FILES, writeTestFile } from './test-support';

const PORTAL_XLS = join(REAL_FILES.portalExport, '..', 'sotkanet-data.xls');

/** The wide export's values by `indicator|area|year`, read straight from the CSV (data/SOURCES.md §2a'). */
function exportValues(ids: readonly string[]): { values: Map<string, number>; empty: Array<[string, string, string]>; rows: string[][]; years: string[] } {
  const rows = parse(readFileSync(REAL_FILES.portalExport, 'utf8'), { delimiter: ';', relax_column_count: true }) as string[][];
  const years = (rows[0] ?? []).slice(5);
  const values = new Map<string, number>();
  const empty: Array<[string, string, string]> = [];
  const kept = rows.slice(1).filter((row) => ids.includes(row[1] ?? ''));
  for (const row of kept) {
    row.slice(5).forEach((cell, index) => {
      const year = years[index] ?? '';
      if (cell === '') empty.push([row[1] ?? '', row[3] ?? '', year]);
      else values.set(`sotkanet:${row[1]}|${row[3]}|${year}`, Number(cell));
    });
  }
  return { values, empty, rows: kept, years };
}

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  await createPortalExportIndicators(server);
  await createIndicator(server.database.db, { code: 'sotkanet:127', name: { fi: 'Väestö 31.12.' }, unit: 'henkeä', decimals: 0, direction: 'HIGHER_IS_BETTER', frequency: 'YEAR', source: 'sotkanet', sourceId: '127', minValue: 0 });
});
afterAll(() => server.close());

describe('Excel', () => {
  test('the portal\'s .xls export loads exactly the values of its CSV rendering, with its rows\' numbers', async () => {
    const report = await loadPath(server, PORTAL_XLS, { writeGoodRows: true });
    expect(report).toMatchObject({ status: 'COMMITTED', format: 'xls:sotkanet-portal', sheet: 'SOTKAnet', inserted: 74_158, updated: 0, rejected: 1 });
    // The one impossible value (−2 children, Haapajärvi 2000) is on row 4642 of the sheet: its first row is empty.
    expect(report.rejections).toMatchObject([{ line: 4642, code: 'OUT_OF_RANGE', value: '-2' }]);
    const values = currentValues(server, ['sotkanet:1244', 'sotkanet:1077']);
    expect(values.get('sotkanet:1244|091|0|2015')).toBe(1.6);
    expect(values.get('sotkanet:1244|091|0|2023')).toBe(1.4);
    expect(values.get('sotkanet:1077|837|0|2021')).toBe(1.5);

    const csv = await loadPath(server, REAL_FILES.portalExport, { dryRun: true });
    expect(csv).toMatchObject({ format: 'sotkanet-portal', inserted: 0, updated: 0, unchanged: 74_158, rejected: 1 });
    expect(csv.rejections).toMatchObject([{ line: 4641, code: 'OUT_OF_RANGE' }]);
  });

  describe('an .xlsx workbook', () => {
    let path: string;
    beforeAll(() => {
      const workbook = XLSX.utils.book_new();
      XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet([['Lähde: THL / Sotkanet'], ['Päivitetty 2025-04-23']]), 'Ohje');
      XLSX.utils.book_append_sheet(
        workbook,
        XLSX.utils.aoa_to_sheet([
          ['indicator', 'area', 'period', 'value'],
          ['sotkanet:1244', '091', '1989', 0.4],
          ['sotkanet:1244', '837', '1989', 1.25],
          ['sotkanet:1244', '049', 1989, null],
        ]),
        'Arvot',
      );
      path = writeTestFile(server, XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx' }) as Buffer, 'arvot.xlsx');
    });

    test('--sheet chooses the sheet, by name or number; numbers keep their value, codes their leading zero', async () => {
      for (const sheet of ['Arvot', 'arvot', '2']) {
        const report = await loadPath(server, path, { sheet, dryRun: true });
        expect(report).toMatchObject({ format: 'xlsx:long-csv', sheet: 'Arvot', inserted: 3, rejected: 0 });
      }
      await loadPath(server, path, { sheet: 'Arvot' });
      const values = currentValues(server, ['sotkanet:1244']);
      expect(values.get('sotkanet:1244|091|0|1989')).toBe(0.4);
      expect(values.get('sotkanet:1244|837|0|1989')).toBe(1.25);
      expect(values.has('sotkanet:1244|049|0|1989')).toBe(true);
      expect(values.get('sotkanet:1244|049|0|1989')).toBeNull(); // an empty cell is missing, not zero
    });

    test('the first sheet by default: here a note, which is no known format', async () => {
      const report = await loadPath(server, path, { dryRun: true });
      expect(report).toMatchObject({ format: 'xlsx:unknown', sheet: 'Ohje', rejected: 1 });
      expect(report.rejections[0]?.reason).toMatch(/^no known format/);
    });

    test('a sheet it does not have is bad input that names the sheets it has', async () => {
      await expect(loadPath(server, path, { sheet: 'Taulukko9' })).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
        problems: [{ field: 'sheet', reason: 'the workbook has no sheet "Taulukko9"; its sheets are "Ohje", "Arvot"' }],
      });
    });

    test('a workbook that takes longer to read than allowed is given up, its thread ended', async () => {
      await expect(readExcelSheet(PORTAL_XLS, null, { timeLimitMs: 1 })).rejects.toThrow('could not be read as an Excel workbook within 0.001 s');
    });

    test('a file that starts like a workbook but is not one is a rejected file, not a crash', async () => {
      const before = fingerprint(server).observationHash;
      const report = await loadText(server, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('not really a zip')]));
      expect(report).toMatchObject({ status: 'REJECTED', format: 'xlsx:unknown', rejected: 1 });
      expect(linesAndCodes(report)).toEqual([[0, 'MALFORMED_FILE']]);
      expect(fingerprint(server).observationHash).toBe(before);
    });
  });
});

describe('Sotkanet\'s REST CSV re-saved with commas', () => {
  const semicolons = readFileSync(REAL_FILES.restCsv, 'utf8');
  const commas = semicolons.replaceAll(';', ',');

  test('reads as the semicolon original does (it used to say the header lacked its columns)', async () => {
    const original = await loadText(server, semicolons, { dryRun: true });
    const resaved = await loadText(server, commas, { dryRun: true });
    expect(resaved.format).toBe('sotkanet-csv');
    expect(resaved.rejectionsByCode.MALFORMED_FILE).toBeUndefined();
    expect(resaved).toMatchObject({ inserted: original.inserted, rejected: original.rejected, rejectionsByCode: original.rejectionsByCode });
    expect(resaved.inserted).toBeGreaterThan(300);

    await loadText(server, commas, { writeGoodRows: true });
    const values = currentValues(server, ['sotkanet:127']);
    // data/SOURCES.md §2b: region 46 is Helsinki, 583350 in 2009; 658 the whole country.
    expect(values.get('sotkanet:127|091|0|2009')).toBe(583350);
    expect(values.get('sotkanet:127|SSS|0|2009')).toBe(5351427);
  });
});

describe('the portal\'s long layout, without a header', () => {
  test('a row per indicator × area × year: mixed decimal marks, empty values missing, absolute values kept', async () => {
    const text = [
      '"Huostassa tai kiireellisesti sijoitettuna olleet 0 - 17-vuotiaat, %";"1244";"Helsinki";"091";"Yhteensä";1988;1,5;112',
      '"Huostassa tai kiireellisesti sijoitettuna olleet 0 - 17-vuotiaat, %";"1244";"Tampere";"837";"Yhteensä";1988;1.25;',
      '"Huostassa tai kiireellisesti sijoitettuna olleet 0 - 17-vuotiaat, %";"1244";"Espoo";"049";"Yhteensä";1988;;',
      '"Huostassa tai kiireellisesti sijoitettuna olleet 0 - 17-vuotiaat, %";"1244";"Espoo";"049";"Pojat";1988;0,9;',
      '',
    ].join('\r\n');
    const report = await loadText(server, text);
    expect(report).toMatchObject({ format: 'sotkanet-portal-long', status: 'REJECTED', rejected: 1 });
    expect(linesAndCodes(report)).toEqual([[4, 'UNSUPPORTED_ROW']]);
    const written = await loadText(server, text, { writeGoodRows: true });
    expect(written).toMatchObject({ status: 'COMMITTED', inserted: 3 });
    const row = server.database.sqlite
      .prepare(`select value, numerator from observation o join area a on a.id = o.area_id where a.code = '091' and o.period = '1988' and o.superseded_at is null`)
      .get();
    expect(row).toEqual({ value: 1.5, numerator: 112 });
    const values = currentValues(server, ['sotkanet:1244']);
    expect(values.get('sotkanet:1244|837|0|1988')).toBe(1.25);
    expect(values.get('sotkanet:1244|049|0|1988')).toBeNull();
  });

  test('the real export\'s 1078 and 3517, rewritten in the long layout, load the same values', async () => {
    const { values, empty, rows, years } = exportValues(['1078', '3517']);
    let lineNumber = 0;
    const lines = rows.flatMap((row) =>
      years.map((year, index) => {
        lineNumber += 1;
        const cell = row[5 + index] ?? '';
        // Half the lines with a decimal comma, as a Finnish spreadsheet writes them.
        const value = lineNumber % 2 === 0 ? cell.replace('.', ',') : cell;
        return `"${row[0]}";"${row[1]}";"${row[2]}";"${row[3]}";"combined";${year};${value};`;
      }),
    );
    const report = await loadText(server, `${lines.join('\n')}\n"© THL, Statistics and Indicator Sotkanet.fi 2005-2025";;;;;;;\n`);
    // The .xls above loaded these two indicators already: every value the export has is found unchanged,
    // and each empty cell is a new missing value (the wide layout leaves those out; this one states them).
    expect(report).toMatchObject({ status: 'COMMITTED', format: 'sotkanet-portal-long', rejected: 0, updated: 0, unchanged: values.size, inserted: empty.length });
    const loaded = currentValues(server, ['sotkanet:1078', 'sotkanet:3517']);
    for (const [key, value] of values) expect(loaded.get(key.replace(/\|(\d{4})$/, '|0|$1')), key).toBe(value);
    const nulls = [...loaded.values()].filter((value) => value === null).length;
    expect(nulls).toBe(empty.length);
  });
});

describe('files that name municipalities instead of giving codes', () => {
  const byName = [
    'indicator,area,period,value',
    'sotkanet:1244,Helsinki,1987,1.1',
    'sotkanet:1244,Jakobstad,1987,0.8', // Pietarsaari in Swedish
    'sotkanet:1244,Koski,1987,0.5', // 284's name in the classification Sotkanet's 2015 list follows; today Koski Tl
    'sotkanet:1244,Maarianhamina - Mariehamn,1987,0.6', // as Statistics Finland once wrote it
    'sotkanet:1244,Valtimo,1987,0.7', // merged into Nurmes in 2020
    'sotkanet:1244,Helsinkki,1987,0.9',
    '',
  ].join('\n');

  test('without the option: nothing is guessed, and the report suggests mapping the names', async () => {
    const report = await loadText(server, byName, { dryRun: true });
    expect(report).toMatchObject({ areaNamesSuggested: true, areaNamesMapped: 0, rejected: 6 });
    expect(report.rejectionsByCode).toEqual({ UNKNOWN_AREA: 6 });
  });

  test('with it, names become codes; a name it cannot map and a merged municipality are reported by name', async () => {
    const report = await loadText(server, byName, { areaNames: true, writeGoodRows: true });
    expect(report).toMatchObject({ status: 'COMMITTED', inserted: 4, rejected: 2, areaNamesMapped: 5, areaNamesSuggested: false });
    expect(report.rejections).toMatchObject([
      { line: 6, field: 'area', code: 'FORMER_AREA', reason: expect.stringMatching(/^911 Valtimo is a former municipality/) },
      { line: 7, field: 'area', code: 'UNKNOWN_AREA', value: 'Helsinkki', reason: expect.stringMatching(/no municipality is called "Helsinkki"/) },
    ]);
    const values = currentValues(server, ['sotkanet:1244']);
    expect(values.get('sotkanet:1244|091|0|1987')).toBe(1.1);
    expect(values.get('sotkanet:1244|598|0|1987')).toBe(0.8);
    expect(values.get('sotkanet:1244|284|0|1987')).toBe(0.5);
    expect(values.get('sotkanet:1244|478|0|1987')).toBe(0.6);
  });

  test('codes still load as codes, and a portal file with names but no codes maps its names', async () => {
    const report = await loadText(
      server,
      ['"Huostassa";"1244";"Helsingfors";"";"Yhteensä";1986;1,0;', '"Huostassa";"1244";"Tampere";"837";"Yhteensä";1986;1,1;', ''].join('\n'),
      { areaNames: true },
    );
    expect(report).toMatchObject({ status: 'COMMITTED', format: 'sotkanet-portal-long', inserted: 2, areaNamesMapped: 1 });
    expect(currentValues(server, ['sotkanet:1244']).get('sotkanet:1244|091|0|1986')).toBe(1);
  });

  test('a file keyed by codes is never told to map names', async () => {
    const report = await loadText(server, 'indicator,area,period,value\nsotkanet:1244,999,1985,1\n', { dryRun: true });
    expect(report).toMatchObject({ areaNamesSuggested: false, rejectionsByCode: { UNKNOWN_AREA: 1 } });
  });
});

test('a file of no known format says so in its one rejection', async () => {
  const report = await loadText(server, 'hello,world\n1,2\n', { dryRun: true });
  expect(report).toMatchObject({ format: 'unknown', rejected: 1 });
  expect(report.rejections[0]?.reason).toMatch(/^no known format: /);
});
