/**
 * Shared helpers for the load tests: real files, the database's state before and after a load, and
 * the two ways into a running server (a file load on disk, an upload over HTTP).
 */
import { createHash, randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readConfig } from '../config';
import { SOTKANET_DEMO_INDICATORS } from '../demo/demo-indicators';
import { createIndicator } from '../indicators/indicator-service';
import type { Caller, TestServer } from '../test/test-server';
import { loadFile, type LoadFileOptions } from './load-file-service';
import type { LoadReport } from './load-model';

const SOTKANET = join(readConfig({}).dataDirectory, 'sotkanet');

/** The real Sotkanet files in data/ (see data/SOURCES.md). */
export const REAL_FILES = {
  portalExport: join(SOTKANET, 'sotkanet-portal-export', 'sotkanet-data.csv'),
  restJson: join(SOTKANET, 'oskari-server', 'SotkaIndicatorData.json'),
  restCsv: join(SOTKANET, 'oskari-server', 'SotkaIndicatorData.csv'),
  indicatorList: join(SOTKANET, 'oskari-server', 'SotkaIndicators.json'),
  regionList: join(SOTKANET, 'oskari-server', 'SotkaRegions.json'),
};

/** Defines the 16 Sotkanet indicators of the portal export as the demo does (with their limits). */
export async function createPortalExportIndicators(server: TestServer): Promise<void> {
  for (const { input } of SOTKANET_DEMO_INDICATORS) await createIndicator(server.database.db, input);
}

/** Writes `content` to a new file in the test server's directory (removed with the server). */
export function writeTestFile(server: TestServer, content: string | Uint8Array, name = `${randomUUID()}.csv`): string {
  const path = join(dirname(server.database.file), name);
  writeFileSync(path, content);
  return path;
}

/** Loads a file from disk into the test server's database, as the CLI and the upload do. */
export function loadPath(server: TestServer, path: string, options: Partial<LoadFileOptions> = {}): Promise<LoadReport> {
  return loadFile({ databaseFile: server.database.file, db: server.database.db }, path, {
    fileName: path.split('/').pop() ?? 'file',
    createdBy: 'test',
    dataDirectory: server.dataDirectory,
    ...options,
  });
}

/** Loads `content` as a file (written to disk first: loads read files, never strings). */
export function loadText(server: TestServer, content: string | Uint8Array, options: Partial<LoadFileOptions> = {}): Promise<LoadReport> {
  return loadPath(server, writeTestFile(server, content), options);
}

/** Everything a load may write: observation versions, loads and rejections, as counts and hashes. */
export interface DatabaseFingerprint {
  observations: number;
  loads: number;
  rejections: number;
  /** A hash over every column of every observation version. */
  observationHash: string;
  /** A hash over every column of every row of the three tables. */
  hash: string;
}

const hashRows = (hash: ReturnType<typeof createHash>, rows: Iterable<unknown>) => {
  for (const row of rows) hash.update(`${JSON.stringify(row)}\n`);
  return hash;
};

/** The observation table alone (a rejected load adds a load row and its rejections, never values). */
export function observationHash(server: TestServer): string {
  const rows = server.database.sqlite.prepare(`select * from observation order by 1, 2, 3, 4, 5`).raw().iterate();
  return hashRows(createHash('sha256'), rows).digest('hex');
}

export function fingerprint(server: TestServer): DatabaseFingerprint {
  const rows = (sql: string) => server.database.sqlite.prepare(sql).raw().all() as unknown[][];
  const loads = rows(`select * from load order by id`);
  const rejections = rows(`select * from load_rejection order by load_id, line, reason_code, field`);
  const observations = observationHash(server);
  const { count } = server.database.sqlite.prepare(`select count(*) as count from observation`).get() as { count: number };
  return {
    observations: count,
    loads: loads.length,
    rejections: rejections.length,
    observationHash: observations,
    hash: hashRows(createHash('sha256').update(observations), [...loads, ...rejections]).digest('hex'),
  };
}

/**
 * The current values of indicators as `code|area|serviceArea|period` → value (null where missing);
 * removed values (tombstones) are absent. This is what every query without `asOf` sees.
 */
export function currentValues(server: TestServer, indicatorCodes?: readonly string[]): Map<string, number | null> {
  const filter = indicatorCodes ? `and i.code in (${indicatorCodes.map(() => '?').join(', ')})` : '';
  const rows = server.database.sqlite
    .prepare(
      `select i.code as indicator, a.code as area, o.service_area_id as serviceArea, o.period, o.value
       from observation o join indicator i on i.id = o.indicator_id join area a on a.id = o.area_id
       where o.superseded_at is null and o.deleted = 0 ${filter}`,
    )
    .all(...(indicatorCodes ?? [])) as Array<{ indicator: string; area: string; serviceArea: number; period: string; value: number | null }>;
  return new Map(rows.map((row) => [`${row.indicator}|${row.area}|${row.serviceArea}|${row.period}`, row.value]));
}

export interface UploadAnswer {
  status: number;
  body: { uploadId?: string; fileName?: string; size?: number; detectedFormat?: string | null; error?: string };
}

/** Sends a file to `POST /api/uploads` as the dashboard does, as an analyst unless told otherwise. */
export async function upload(
  server: TestServer,
  content: string | Uint8Array,
  fileName = 'upload.csv',
  as: Caller = 'ANALYST',
): Promise<UploadAnswer> {
  const response = await fetch(`${server.url}api/uploads`, {
    method: 'POST',
    headers: {
      'x-mittaristo-upload': '1',
      'x-file-name': encodeURIComponent(fileName),
      'content-type': 'application/octet-stream',
      ...server.authHeaders(as),
    },
    body: typeof content === 'string' ? content : Buffer.from(content),
  });
  return { status: response.status, body: (await response.json()) as UploadAnswer['body'] };
}

/** The report fields the dashboard asks for. */
export const LOAD_REPORT_FIELDS = `status format fileName inserted updated unchanged rejected
  rejections { line field value code reason } rejectionsByCode { code count }
  load { id status fileName format createdBy insertedCount updatedCount unchangedCount rejectedCount }`;

export const LOAD_UPLOAD = `mutation ($input: LoadUploadInput!) { loadUpload(input: $input) { ${LOAD_REPORT_FIELDS} } }`;

export interface GraphQLLoadReport {
  status: 'DRY_RUN' | 'COMMITTED' | 'REJECTED';
  format: string;
  fileName: string;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  rejections: Array<{ line: number; field: string | null; value: string | null; code: string; reason: string }>;
  rejectionsByCode: Array<{ code: string; count: number }>;
  load: {
    id: string;
    status: string;
    fileName: string;
    format: string;
    createdBy: string;
    insertedCount: number;
    updatedCount: number;
    unchangedCount: number;
    rejectedCount: number;
  } | null;
}

/** `[line, code]` of each rejection, the shape most assertions compare. */
export const linesAndCodes = (report: { rejections: ReadonlyArray<{ line: number; code: string }> }) =>
  report.rejections.map((rejection) => [rejection.line, rejection.code]);
