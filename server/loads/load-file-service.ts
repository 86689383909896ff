import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { findAreas } from '../areas/area-repository';
import { boundedText, parseInput, TEXT_LIMITS } from '../common/validation';
import type { Database } from '../db/database';
import { buildMunicipalityNameIndex, type MunicipalityNameIndex } from '../areas/municipality-names';
import { badInput } from '../errors';
import type { LoadReport, ParsedItem } from './load-model';
import { runLoad, type LoadOptions } from './load-service';
import { excerpt } from './record-validation';
import { detectDelimiter, firstLine, readHead } from './parsers/csv-rows';
import { EXCEL_SIGNATURE_BYTES, ExcelSheetError, excelKind, readExcelSheet } from './parsers/excel';
import { detectFormat, FORMATS, type InputFormat } from './parsers/detect-format';
import { parseLongCsvBatches } from './parsers/long-csv';
import { parseSotkanetPortalExport } from './parsers/sotkanet-portal';
import { parseSotkanetPortalLong } from './parsers/sotkanet-portal-long';
import { loadSotkanetRegions, type SotkanetRegions } from './parsers/sotkanet-regions';
import { parseSotkanetRestCsv, parseSotkanetRestJson } from './parsers/sotkanet-rest';
import { sotkanetIdsIn } from './sotkanet-indicator-service';

export { FORMATS as LOAD_FORMATS, type InputFormat };

export function isLoadFormat(text: string): text is InputFormat {
  return FORMATS.some((format) => format.format === text);
}

const loadUploadInput = z.object({
  uploadId: boundedText(TEXT_LIMITS.name),
  format: boundedText(TEXT_LIMITS.name)
    .superRefine((format, context) => {
      if (!isLoadFormat(format)) {
        context.addIssue({ code: 'custom', message: `"${format}" is not a format; use one of ${FORMATS.map((entry) => entry.format).join(', ')}` });
      }
    })
    .nullish(),
  dryRun: z.boolean().nullish(),
  writeGoodRows: z.boolean().nullish(),
  sheet: boundedText(TEXT_LIMITS.name).nullish(),
  areaNames: z.boolean().nullish(),
});

/** The input of `loadUpload`: which upload to load, and how. */
export function parseLoadUploadInput(rawInput: unknown) {
  const input = parseInput(loadUploadInput, rawInput);
  return {
    uploadId: input.uploadId,
    format: (input.format ?? null) as InputFormat | null,
    dryRun: input.dryRun ?? false,
    writeGoodRows: input.writeGoodRows ?? false,
    sheet: input.sheet ?? null,
    areaNames: input.areaNames ?? false,
  };
}

/** Sotkanet's regions list is a 120 kB reference file: read it once per data directory. */
const regionsByDirectory = new Map<string, Promise<SotkanetRegions>>();

function sotkanetRegions(dataDirectory: string): Promise<SotkanetRegions> {
  let regions = regionsByDirectory.get(dataDirectory);
  if (!regions) {
    regions = loadSotkanetRegions(dataDirectory);
    regionsByDirectory.set(dataDirectory, regions);
  }
  return regions;
}

/** The formats whose rows name Sotkanet indicator ids (the long CSV names our codes). */
type SotkanetFormat = Exclude<InputFormat, 'long-csv'>;

function sotkanetParserFor(format: SotkanetFormat, input: Readable, regions: SotkanetRegions, head = ''): AsyncIterable<ParsedItem> {
  switch (format) {
    case 'sotkanet-json':
      return parseSotkanetRestJson(input, regions);
    case 'sotkanet-csv':
      // People re-save Sotkanet's CSV with commas: the header line says which it is.
      return parseSotkanetRestCsv(input, regions, { delimiter: detectDelimiter(firstLine(head)) });
    case 'sotkanet-portal':
      return parseSotkanetPortalExport(input);
    case 'sotkanet-portal-long':
      return parseSotkanetPortalLong(input);
  }
}

function parserFor(format: InputFormat, input: Readable, regions: SotkanetRegions, head: string): AsyncIterable<ParsedItem | ParsedItem[]> {
  return format === 'long-csv' ? parseLongCsvBatches(input) : sotkanetParserFor(format, input, regions, head);
}

async function* unknownFormat(head: string): AsyncGenerator<ParsedItem> {
  // An empty file has no format to tell: yielding nothing makes the load report it as EMPTY_FILE.
  if (head.trim() === '') return;
  yield {
    rejection: {
      line: 1,
      field: null,
      value: excerpt(firstLine(head)),
      code: 'MALFORMED_FILE',
      reason: `no known format: the file's first line matches none of the formats Mittaristo reads (${FORMATS.map((entry) => entry.format).join(', ')}, in a text file or an Excel sheet); see the formats in the README, or name the format`,
    },
  };
}

export interface LoadFileOptions extends Omit<LoadOptions, 'format' | 'formerAreaNames' | 'onProgress'> {
  /** Overrides the format detected from the content (for a workbook: its sheet's layout). */
  format?: InputFormat | null;
  dataDirectory: string;
  /** An Excel workbook's sheet, by name or number (from 1); the first by default. */
  sheet?: string | null;
  /** The file names municipalities (Finnish or Swedish, today's or earlier names) instead of codes: map them to codes. */
  areaNames?: boolean;
  onProgress?: (progress: { rowsRead: number; rejected: number; bytesRead: number; totalBytes: number }) => void;
}

export interface LoadFileTarget {
  /** The database file: the load writes on a connection of its own. */
  databaseFile: string;
  db: Kysely<Database>;
}

async function firstBytes(path: string): Promise<Uint8Array> {
  const file = await open(path);
  try {
    const buffer = Buffer.alloc(EXCEL_SIGNATURE_BYTES);
    const { bytesRead } = await file.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await file.close();
  }
}

/** The text a load reads, wherever it came from: the file itself, or an Excel sheet rendered as CSV. */
interface LoadInput {
  head: string;
  input: Readable;
  bytesRead: () => number;
  totalBytes: number;
  /** `xls` or `xlsx` for a workbook, which the report's format names. */
  excel: { kind: string; sheet: string } | null;
  /** Stops reading (a file whose format cannot be told). */
  stop: () => void;
}

async function openLoadInput(path: string, sheet: string | null | undefined): Promise<LoadInput | { unreadableWorkbook: string; kind: string }> {
  const kind = excelKind(await firstBytes(path));
  if (kind) {
    let sheetText: Awaited<ReturnType<typeof readExcelSheet>>;
    try {
      sheetText = await readExcelSheet(path, sheet ?? null);
    } catch (error) {
      if (error instanceof ExcelSheetError && error.sheetNames.length > 0) throw badInput({ field: 'sheet', reason: error.message });
      return { unreadableWorkbook: error instanceof Error ? error.message : String(error), kind };
    }
    const bytes = Buffer.from(sheetText.csv, 'utf8');
    // A sheet's first rows may be empty (the portal's .xls has one): the format is told from the first row with something in it.
    const head = sheetText.csv.replace(/^(;*\r?\n)+/, '').slice(0, 64 * 1024);
    return {
      head,
      input: Readable.from([bytes]),
      bytesRead: () => bytes.length,
      totalBytes: bytes.length,
      excel: { kind, sheet: sheetText.sheetName },
      stop: () => {},
    };
  }
  const totalBytes = (await stat(path)).size;
  const fileStream = createReadStream(path);
  const { head, input } = await readHead(fileStream);
  return { head, input, bytesRead: () => fileStream.bytesRead, totalBytes, excel: null, stop: () => fileStream.destroy() };
}

/** Which municipality a name means, with today's names and those in Sotkanet's list (earlier forms, merged municipalities). */
async function municipalityNames(db: Kysely<Database>, regions: SotkanetRegions): Promise<{ index: MunicipalityNameIndex; codes: Set<string> }> {
  const areas = await findAreas(db);
  const named = [
    ...areas.filter((area) => area.kind === 'MUNICIPALITY').map((area) => ({ code: area.code, names: [area.name.fi, area.name.sv] })),
    ...regions.regions.filter((region) => region.category === 'KUNTA').map((region) => ({ code: region.code, names: [region.name.fi, region.name.sv, region.name.en] })),
  ];
  return { index: buildMunicipalityNameIndex(named), codes: new Set([...areas.map((area) => area.code), ...named.map((entry) => entry.code)]) };
}

interface AreaNameCounts {
  /** Records whose area was not a code. */
  notCodes: number;
  /** ... and whose name (or label) names a municipality. */
  names: number;
  mapped: number;
}

/**
 * With `map`, replaces each record's area name by its municipality's code; a name that is no
 * municipality's, or several municipalities', is rejected and named. Without, only counts how many
 * areas are names rather than codes, so the report can suggest mapping them. Codes pass untouched.
 */
async function* withAreaNames(
  items: AsyncIterable<ParsedItem | readonly ParsedItem[]>,
  names: { index: MunicipalityNameIndex; codes: ReadonlySet<string> },
  map: boolean,
  counts: AreaNameCounts,
): AsyncGenerator<ParsedItem | readonly ParsedItem[]> {
  const one = (item: ParsedItem): ParsedItem => {
    if (!('record' in item)) return item;
    const { record } = item;
    const code = record.areaCode.trim();
    if (names.codes.has(code)) return item;
    counts.notCodes += 1;
    const name = code || record.areaLabel?.trim() || '';
    const found = name ? names.index.lookup(name) : null;
    if (found?.found) counts.names += 1;
    if (!map) return item;
    if (found?.found) {
      counts.mapped += 1;
      return { record: { ...record, areaCode: found.code, areaLabel: name } };
    }
    const reason = found
      ? `"${name}" is the name of more than one municipality (${found.ambiguous.join(', ')}); give the code instead`
      : `no municipality is called "${name}", in Finnish or Swedish, today or in earlier classifications`;
    return { rejection: { line: record.line, field: 'area', value: excerpt(name), code: 'UNKNOWN_AREA', reason } };
  };
  for await (const itemOrBatch of items) yield Array.isArray(itemOrBatch) ? itemOrBatch.map(one) : one(itemOrBatch as ParsedItem);
}

/**
 * Loads a file from disk, streaming it: tells an Excel workbook from its first bytes (and reads its
 * sheet as text), detects the text's format from its first line (unless told), picks the parser,
 * maps municipality names to codes when asked, names former municipalities in rejections, and runs
 * the load. A file whose format cannot be told is reported like any other bad file: one rejection
 * of the file, line 1, and the format `unknown`.
 */
export async function loadFile(target: LoadFileTarget, path: string, options: LoadFileOptions): Promise<LoadReport> {
  const opened = await openLoadInput(path, options.sheet);
  const regions = await sotkanetRegions(options.dataDirectory);
  const currentCodes = new Set((await findAreas(target.db, { kind: 'MUNICIPALITY' })).map((area) => area.code));
  const { onProgress, sheet: _sheet, areaNames, ...rest } = options;
  const loadOptions = {
    ...rest,
    formerAreaNames: regions.formerMunicipalityNames(currentCodes),
  };
  if ('unreadableWorkbook' in opened) {
    const reason = `the file starts like an Excel workbook (${opened.kind}) but ${opened.unreadableWorkbook.replace(/^the file /, '')}`;
    return runLoad(target.databaseFile, rejectWhole(reason), { ...loadOptions, format: `${opened.kind}:unknown` });
  }
  const format = options.format ?? detectFormat(opened.head);
  if (!format) opened.stop();
  const counts: AreaNameCounts = { notCodes: 0, names: 0, mapped: 0 };
  const items = format ? withAreaNames(parserFor(format, opened.input, regions, opened.head), await municipalityNames(target.db, regions), areaNames ?? false, counts) : unknownFormat(opened.head);
  const formatName = opened.excel ? `${opened.excel.kind}:${format ?? 'unknown'}` : (format ?? 'unknown');
  const report = await runLoad(target.databaseFile, items, {
    ...loadOptions,
    format: formatName,
    ...(onProgress
      ? { onProgress: (progress) => onProgress({ ...progress, bytesRead: opened.bytesRead(), totalBytes: opened.totalBytes }) }
      : {}),
  });
  return {
    ...report,
    sheet: opened.excel?.sheet ?? null,
    areaNamesMapped: counts.mapped,
    // Most areas that are not codes are municipality names: the file is keyed by name, and says so.
    areaNamesSuggested: !areaNames && counts.names > 0 && counts.names * 2 >= counts.notCodes,
  };
}

async function* rejectWhole(reason: string): AsyncGenerator<ParsedItem> {
  yield { rejection: { line: 0, field: null, value: null, code: 'MALFORMED_FILE', reason } };
}

/**
 * The format a file's first line shows, as a load would detect it; null when it shows none, with
 * that line (shortened) to say so. An empty file shows none but is no mistake of format.
 */
export async function detectFileFormat(path: string, sheet: string | null = null): Promise<{ format: InputFormat | null; empty: boolean; firstLine: string }> {
  // The same reading a load does, so a workbook is told by its sheet's first row, not by its bytes.
  const opened = await openLoadInput(path, sheet);
  if ('unreadableWorkbook' in opened) return { format: null, empty: false, firstLine: `an Excel workbook (${opened.kind}) that cannot be read: ${opened.unreadableWorkbook}` };
  opened.stop();
  return { format: detectFormat(opened.head), empty: opened.head.trim() === '', firstLine: excerpt(firstLine(opened.head)) ?? '' };
}

/**
 * The Sotkanet indicator ids a file's rows refer to, read with the parser a load would use (for
 * creating those indicators before the load); null when its rows name none: a long CSV, or a file
 * whose format cannot be told.
 */
export async function sotkanetIdsInFile(
  path: string,
  options: { format?: InputFormat | null; dataDirectory: string; sheet?: string | null },
): Promise<Set<string> | null> {
  const opened = await openLoadInput(path, options.sheet);
  if ('unreadableWorkbook' in opened) return null;
  const format = options.format ?? detectFormat(opened.head);
  if (format === null || format === 'long-csv') {
    opened.stop();
    return null;
  }
  return sotkanetIdsIn(sotkanetParserFor(format, opened.input, await sotkanetRegions(options.dataDirectory), opened.head));
}
