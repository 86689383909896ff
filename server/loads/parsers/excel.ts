import * as XLSX from '@e965/xlsx';
import { readFile } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';

/** Excel's two file kinds, told apart by their first bytes (never by the name, which may lie). */
export type ExcelKind = 'xlsx' | 'xls';

/** The bytes `excelKind` needs to see. */
export const EXCEL_SIGNATURE_BYTES = 8;

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** The OLE2 compound file header of .xls (BIFF8), which Sotkanet's portal exports. */
const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

export function excelKind(firstBytes: Uint8Array): ExcelKind | null {
  const bytes = Buffer.from(firstBytes.buffer, firstBytes.byteOffset, firstBytes.byteLength);
  if (bytes.subarray(0, OLE2.length).equals(OLE2)) return 'xls';
  // Every .xlsx is a zip; a zip that is not a workbook fails to read below, with that said.
  if (bytes.subarray(0, ZIP.length).equals(ZIP)) return 'xlsx';
  return null;
}

export class ExcelSheetError extends Error {
  constructor(
    message: string,
    readonly sheetNames: readonly string[],
  ) {
    super(message);
    this.name = 'ExcelSheetError';
  }
}

export interface ExcelSheetText {
  sheetName: string;
  sheetNames: string[];
  /** The sheet as `;`-separated text, a line per row from row 1, so a line number is the sheet's row number. */
  csv: string;
}

/** A zip ends with its central directory's end record, in the last 64 kB (its comment) + 22 bytes. */
function hasZipEnd(bytes: Buffer): boolean {
  const from = Math.max(0, bytes.length - (0xffff + 22));
  for (let index = bytes.length - 22; index >= from; index -= 1) {
    if (bytes[index] === 0x50 && bytes[index + 1] === 0x4b && bytes[index + 2] === 0x05 && bytes[index + 3] === 0x06) return true;
  }
  return false;
}

/**
 * One sheet of a workbook (the bytes of a whole file) as CSV text: the first sheet, or the one named
 * (or numbered from 1) by `sheet`. Numbers are written as stored (`6.6`), not as the sheet formats
 * them (`6,60 %`), so nothing is rounded on the way; text cells stay text (`020`). Runs SheetJS, so
 * it is meant for the worker thread (excel-worker.ts), never the server's own thread.
 */
export function sheetAsCsv(bytes: Buffer, sheet: string | null): ExcelSheetText {
  // SheetJS can loop forever on bytes that start like a zip and are not one (found by the hostile-input tests).
  if (excelKind(bytes) === 'xlsx' && !hasZipEnd(bytes)) throw new ExcelSheetError('the file could not be read as an Excel workbook: it is not a whole zip file (cut short?)', []);
  let workbook: XLSX.WorkBook;
  try {
    workbook = XLSX.read(bytes, { type: 'buffer', dense: true, cellHTML: false, cellFormula: false });
  } catch (error) {
    throw new ExcelSheetError(`the file could not be read as an Excel workbook: ${error instanceof Error ? error.message : String(error)}`, []);
  }
  const names = workbook.SheetNames;
  let sheetName = names[0];
  if (sheet !== null && sheet.trim() !== '') {
    const wanted = sheet.trim();
    const byNumber = /^\d+$/.test(wanted) ? names[Number(wanted) - 1] : undefined;
    sheetName = names.find((name) => name === wanted) ?? names.find((name) => name.toLowerCase() === wanted.toLowerCase()) ?? byNumber;
    if (sheetName === undefined) {
      throw new ExcelSheetError(`the workbook has no sheet "${wanted}"; its sheets are ${names.map((name) => `"${name}"`).join(', ')}`, names);
    }
  }
  const worksheet = sheetName === undefined ? undefined : workbook.Sheets[sheetName];
  if (sheetName === undefined || !worksheet) throw new ExcelSheetError('the file could not be read as an Excel workbook: it has no sheets', []);
  const reference = worksheet['!ref'];
  if (reference) {
    // From A1, whatever the sheet's used range, so that line numbers are row numbers.
    const range = XLSX.utils.decode_range(reference);
    worksheet['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: range.e });
  }
  const csv = reference ? XLSX.utils.sheet_to_csv(worksheet, { FS: ';', RS: '\n', rawNumbers: true, blankrows: true }) : '';
  return { sheetName, sheetNames: names, csv };
}

/** Longest a workbook may take to read before it is given up (its thread ended). */
const READ_TIME_LIMIT_MS = 60_000;

/** Worker threads start without tsx; this registers it in the thread before loading the worker module. */
const BOOTSTRAP = `
  const { workerData } = require('node:worker_threads');
  import('tsx/esm/api').then(({ register }) => { register(); return import(workerData.module); });
`;

export type ExcelWorkerReply = { ok: true; sheet: ExcelSheetText } | { ok: false; message: string; sheetNames: string[] };

/**
 * Reads one sheet (see sheetAsCsv) on a thread of its own, with a time and memory limit: a workbook
 * is parsed whole, which takes seconds for a large one, and a hostile one must not stall the server.
 * Workbooks are read whole, unlike CSV files, which stream.
 */
export async function readExcelSheet(path: string, sheet: string | null, options: { timeLimitMs?: number } = {}): Promise<ExcelSheetText> {
  const bytes = await readFile(path);
  const limit = options.timeLimitMs ?? READ_TIME_LIMIT_MS;
  const reply = await new Promise<ExcelWorkerReply>((resolve, reject) => {
    const worker = new Worker(BOOTSTRAP, {
      eval: true,
      workerData: { module: new URL('./excel-worker.ts', import.meta.url).href, bytes, sheet },
      transferList: [],
      resourceLimits: { maxOldGenerationSizeMb: 1024 },
    });
    const timer = setTimeout(() => {
      void worker.terminate();
      resolve({ ok: false, message: `the file could not be read as an Excel workbook within ${limit / 1000} s`, sheetNames: [] });
    }, limit);
    worker.once('message', (message: ExcelWorkerReply) => {
      clearTimeout(timer);
      resolve(message);
      void worker.terminate();
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      resolve({ ok: false, message: `the file could not be read as an Excel workbook: ${error.message}`, sheetNames: [] });
    });
    worker.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the Excel reader stopped (exit code ${code}) without an answer`));
    });
  });
  if (!reply.ok) throw new ExcelSheetError(reply.message, reply.sheetNames);
  return reply.sheet;
}
