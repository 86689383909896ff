import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import type { Kysely } from 'kysely';
import { findAreas } from '../areas/area-repository';
import type { Database } from '../db/database';
import { badInput } from '../errors';
import type { LoadReport, ParsedItem } from './load-model';
import { runLoad, type LoadOptions } from './load-service';
import { readHead } from './parsers/csv-rows';
import { detectFormat, FORMATS, type InputFormat } from './parsers/detect-format';
import { parseLongCsv } from './parsers/long-csv';
import { parseSotkanetPortalExport } from './parsers/sotkanet-portal';
import { loadSotkanetRegions, type SotkanetRegions } from './parsers/sotkanet-regions';
import { parseSotkanetRestCsv, parseSotkanetRestJson } from './parsers/sotkanet-rest';

export { FORMATS as LOAD_FORMATS, type InputFormat };

export function isLoadFormat(text: string): text is InputFormat {
  return FORMATS.some((format) => format.format === text);
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

function parserFor(format: InputFormat, input: Readable, regions: SotkanetRegions): AsyncIterable<ParsedItem> {
  switch (format) {
    case 'long-csv':
      return parseLongCsv(input);
    case 'sotkanet-json':
      return parseSotkanetRestJson(input, regions);
    case 'sotkanet-csv':
      return parseSotkanetRestCsv(input, regions);
    case 'sotkanet-portal':
      return parseSotkanetPortalExport(input);
  }
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
 * picks the parser, names former municipalities in rejections, and runs the load. Throws
 * BAD_USER_INPUT (field `format`) when the format cannot be told.
 */
export async function loadFile(target: LoadFileTarget, path: string, options: LoadFileOptions): Promise<LoadReport> {
  const totalBytes = (await stat(path)).size;
  const fileStream = createReadStream(path);
  const { head, input } = await readHead(fileStream);
  const format = options.format ?? detectFormat(head);
  if (!format) {
    fileStream.destroy();
    throw badInput({
      field: 'format',
      reason: `could not tell the file's format from its first line; give one of ${FORMATS.map((entry) => entry.format).join(', ')}`,
    });
  }
  const regions = await sotkanetRegions(options.dataDirectory);
  const currentCodes = new Set((await findAreas(target.db, { kind: 'MUNICIPALITY' })).map((area) => area.code));
  const { onProgress, ...rest } = options;
  return runLoad(target.databaseFile, parserFor(format, input, regions), {
    ...rest,
    format,
    formerAreaNames: regions.formerMunicipalityNames(currentCodes),
    ...(onProgress
      ? { onProgress: (progress) => onProgress({ ...progress, bytesRead: fileStream.bytesRead, totalBytes }) }
      : {}),
  });
}
