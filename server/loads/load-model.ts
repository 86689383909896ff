import type { LoadStatusValue } from '../db/database';

/** Why a row was not loaded. Codes are stable (the dashboard translates them); reasons are English. */
export const REJECTION_CODES = [
  'MALFORMED_FILE',
  'EMPTY_FILE',
  'MISSING_FIELD',
  'UNKNOWN_INDICATOR',
  'UNKNOWN_AREA',
  'FORMER_AREA',
  'UNSUPPORTED_AREA',
  'UNKNOWN_SERVICE_AREA',
  'INVALID_PERIOD',
  'WRONG_FREQUENCY',
  'INVALID_NUMBER',
  'OUT_OF_RANGE',
  'INVALID_FLAG',
  'UNSUPPORTED_ROW',
  'DUPLICATE_KEY',
] as const;

export type RejectionCode = (typeof REJECTION_CODES)[number];

export interface Rejection {
  /** 1-based line in the file (the header is line 1); 0 for problems with the file as a whole. */
  line: number;
  /** The column the problem is in, where there is one. */
  field: string | null;
  /** The offending text, shortened. */
  value: string | null;
  code: RejectionCode;
  reason: string;
}

/** One value cell of a record: the long CSV has one per line, the wide portal export one per year. */
export interface RawCell {
  /** The column holding the value, for error messages (`value`, or the year in a wide file). */
  field: string;
  period: string;
  value: string | number | null;
  numerator?: string | number | null;
  denominator?: string | number | null;
  provisional?: string | boolean | null;
}

/** One line of input as a parser read it: still text, not yet checked against the database. */
export interface RawRecord {
  line: number;
  indicator: { code: string } | { sotkanetId: string };
  areaCode: string;
  /** The area's name in the source, to make messages about unknown areas readable. */
  areaLabel?: string | null;
  serviceAreaCode?: string | null;
  cells: RawCell[];
}

/** What a parser yields: a record to validate, or a line it could not make sense of. */
export type ParsedItem = { record: RawRecord } | { rejection: Rejection };

/** A validated value, ready to stage. */
export interface ValidRow {
  line: number;
  indicatorId: number;
  areaId: number;
  /** ALL_SERVICE_AREAS (0) when the value covers every service area. */
  serviceAreaId: number;
  period: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  provisional: 0 | 1;
}

export interface LoadCounts {
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
}

/** Rejected rows per reason code. */
export type RejectionCounts = Partial<Record<RejectionCode, number>>;

export interface LoadReport extends LoadCounts {
  /** Null for a dry run, which records nothing. */
  loadId: number | null;
  status: LoadStatusValue | 'DRY_RUN';
  format: string;
  fileName: string;
  /** The first rejections in line order (at most MAX_REPORTED_REJECTIONS); `rejected` counts all. */
  rejections: Rejection[];
  /** Rejected rows per code, over the whole file. */
  rejectionsByCode: RejectionCounts;
  recordedAt: Date | null;
  /** The sheet that was read, for an Excel workbook; null (or absent) for a text file. */
  sheet?: string | null;
  /** Municipality names mapped to codes (with the area-names option). */
  areaNamesMapped?: number;
  /** The file seems to name municipalities instead of giving their codes, and names were not mapped. */
  areaNamesSuggested?: boolean;
}

/** How many rejected rows a load keeps in full; a file of garbage must not fill the database. */
export const MAX_REPORTED_REJECTIONS = 10_000;

/** A recorded load, as the history lists it. */
export interface Load {
  id: number;
  recordedAt: Date;
  createdBy: string;
  fileName: string;
  format: string;
  status: LoadStatusValue;
  insertedCount: number;
  updatedCount: number;
  unchangedCount: number;
  rejectedCount: number;
  /** Over the whole file; null for loads recorded before the counts were kept with the load. */
  rejectionsByCode: RejectionCounts | null;
  undoOfLoadId: number | null;
}
