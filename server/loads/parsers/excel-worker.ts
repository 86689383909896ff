import { parentPort, workerData } from 'node:worker_threads';
import { ExcelSheetError, type ExcelWorkerReply, sheetAsCsv } from './excel';

/** The Excel reader's thread (see readExcelSheet in excel.ts): reads one sheet, answers once, ends. */
const { bytes, sheet } = workerData as { bytes: Uint8Array; sheet: string | null };
let reply: ExcelWorkerReply;
try {
  reply = { ok: true, sheet: sheetAsCsv(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), sheet) };
} catch (error) {
  reply = {
    ok: false,
    message: error instanceof Error ? error.message : String(error),
    sheetNames: error instanceof ExcelSheetError ? [...error.sheetNames] : [],
  };
}
parentPort?.postMessage(reply);
