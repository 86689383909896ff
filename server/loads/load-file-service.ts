import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { findAreas } from '../areas/area-repository';
import { boundedText, parseInput, TEXT_LIMITS } from '../common/validation';
import type { Database } from '../db/database';
import type { LoadReport, ParsedItem } from './load-model';
import { runLoad, type LoadOptions } from './load-service';
import { excerpt } from './record-validation';
import { firstLine, readHead } from './parsers/csv-rows';
import { detectFormat, FORMATS, type InputFormat } from './parsers/detect-format';
import { parseLongCsvBatches } from './parsers/long-csv';
import { parseSotkanetPortalExport } from './parsers/sotkanet-portal';
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
});

/** The input of `loadUpload`: which upload to load, and how. */
export function parseLoadUploadInput(rawInput: unknown) {
  const input = parseInput(loadUploadInput, rawInput);
  return { uploadId: input.uploadId, format: (input.format ?? null) as InputFormat | null, dryRun: input.dryRun ?? false, writeGoodRows: input.writeGoodRows ?? false };
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

function sotkanetParserFor(format: SotkanetFormat, input: Readable, regions: SotkanetRegions): AsyncIterable<ParsedItem> {
  switch (format) {
    case 'sotkanet-json':
      return parseSotkanetRestJson(input, regions);
    case 'sotkanet-csv':
      return parseSotkanetRestCsv(input, regions);
    case 'sotkanet-portal':
      return parseSotkanetPortalExport(input);
  }
}

function parserFor(format: InputFormat, input: Readable, regions: SotkanetRegions): AsyncIterable<ParsedItem | ParsedItem[]> {
  return format === 'long-csv' ? parseLongCsvBatches(input) : sotkanetParserFor(format, input, regions);
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
      reason: `the file's first line matches none of the formats Mittaristo reads (${FORMATS.map((entry) => entry.format).join(', ')}); see the formats in the README, or name the format`,
    },
  };
}

export interface LoadFileOptions extends Omit<LoadOptions, 'format' | 'formerAreaNames' | 'onProgress'> {
  /** Overrides the format detected from the content. */
  format?: InputFormat | null;
  dataDirectory: string;
  onProgress?: (progress: { rowsRead: number; rejected: number; bytesRead: number; totalBytes: number }) => void;
}

export interface LoadFileTarget {
  /** The database file: the load writes on a connection of its own. */
  databaseFile: string;
  db: Kysely<Database>;
}

/**
 * Loads a file from disk, streaming it: detects its format from the first line (unless told),
 * picks the parser, names former municipalities in rejections, and runs the load. A file whose
 * format cannot be told is reported like any other bad file: one rejection of the file, line 1.
 */
export async function loadFile(target: LoadFileTarget, path: string, options: LoadFileOptions): Promise<LoadReport> {
  const totalBytes = (await stat(path)).size;
  const fileStream = createReadStream(path);
  const { head, input } = await readHead(fileStream);
  const format = options.format ?? detectFormat(head);
  const regions = await sotkanetRegions(options.dataDirectory);
  const currentCodes = new Set((await findAreas(target.db, { kind: 'MUNICIPALITY' })).map((area) => area.code));
  const { onProgress, ...rest } = options;
  if (!format) fileStream.destroy();
  return runLoad(target.databaseFile, format ? parserFor(format, input, regions) : unknownFormat(head), {
    ...rest,
    format: format ?? 'unknown',
    formerAreaNames: regions.formerMunicipalityNames(currentCodes),
    ...(onProgress
      ? { onProgress: (progress) => onProgress({ ...progress, bytesRead: fileStream.bytesRead, totalBytes }) }
      : {}),
  });
}

/**
 * The format a file's first line shows, as a load would detect it; null when it shows none, with
 * that line (shortened) to say so. An empty file shows none but is no mistake of format.
 */
export async function detectFileFormat(path: string): Promise<{ format: InputFormat | null; empty: boolean; firstLine: string }> {
  const fileStream = createReadStream(path);
  try {
    const { head } = await readHead(fileStream);
    return { format: detectFormat(head), empty: head.trim() === '', firstLine: excerpt(firstLine(head)) ?? '' };
  } finally {
    fileStream.destroy();
  }
}

/**
 * The Sotkanet indicator ids a file's rows refer to, read with the parser a load would use (for
 * creating those indicators before the load); null when its rows name none: a long CSV, or a file
 * whose format cannot be told.
 */
export async function sotkanetIdsInFile(
  path: string,
  options: { format?: InputFormat | null; dataDirectory: string },
): Promise<Set<string> | null> {
  const fileStream = createReadStream(path);
  const { head, input } = await readHead(fileStream);
  const format = options.format ?? detectFormat(head);
  if (format === null || format === 'long-csv') {
    fileStream.destroy();
    return null;
  }
  return sotkanetIdsIn(sotkanetParserFor(format, input, await sotkanetRegions(options.dataDirectory)));
}
