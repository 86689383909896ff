import { openLoadConnection } from '../db/connection';
import {
  MAX_REPORTED_REJECTIONS,
  type LoadCounts,
  type LoadReport,
  type ParsedItem,
  type Rejection,
  type RejectionCode,
  type RejectionCounts,
  type ValidRow,
} from './load-model';
import {
  classifyStagedRows,
  createStagingTable,
  dropStagingTables,
  findLaterChanges,
  findStoredLoad,
  insertLoad,
  insertRejections,
  prepareStaging,
  readValidationLookups,
  removeDuplicateKeys,
  setLoadCounts,
  writeChanges,
  writeUndo,
} from './load-repository';
import { conflict, notFound } from '../errors';
import { CsvSyntaxError } from './parsers/csv-rows';
import { validateRecord } from './record-validation';

export interface LoadOptions {
  fileName: string;
  format: string;
  createdBy: string;
  /** Report what would change, write nothing, record nothing. */
  dryRun?: boolean;
  /**
   * Write the valid rows even if some are rejected (by default one rejection stops the load). A load
   * with rejections and no valid row is refused all the same.
   */
  writeGoodRows?: boolean;
  /** Former municipalities by code, to name them in rejections instead of calling them unknown. */
  formerAreaNames?: ReadonlyMap<string, string>;
  /**
   * Records the load as of this past instant instead of now: for importing history in chronological
   * order (the demo does, so that `asOf` has a past to look at). Must be later than every earlier load.
   */
  recordedAt?: Date;
  /** Called every PROGRESS_INTERVAL rows read and once at the end. */
  onProgress?: (progress: { rowsRead: number; rejected: number }) => void;
}

const STAGING_BATCH = 5_000;
const PROGRESS_INTERVAL = 50_000;

/** Collects rejections: all rejected rows are counted, the first MAX_REPORTED_REJECTIONS reasons are kept in full. */
class RejectionLog {
  readonly kept: Rejection[] = [];
  readonly byCode: RejectionCounts = {};
  total = 0;

  /** Records a row rejected for one reason. */
  add(rejection: Rejection): void {
    this.addCount(rejection.code, 1);
    this.keep(rejection);
  }

  /** Records a row rejected for one or more reasons: it counts once, under its first reason's code. */
  addRow(reasons: readonly Rejection[]): void {
    const first = reasons[0];
    if (first === undefined) return;
    this.addCount(first.code, 1);
    for (const reason of reasons) this.keep(reason);
  }

  /** Keeps a reason in full while there is room; counting it is the caller's (see addCount). */
  keep(rejection: Rejection): void {
    if (this.kept.length < MAX_REPORTED_REJECTIONS) this.kept.push(rejection);
  }

  addCount(code: RejectionCode, count: number): void {
    this.total += count;
    this.byCode[code] = (this.byCode[code] ?? 0) + count;
  }

  sorted(): Rejection[] {
    return [...this.kept].sort((a, b) => a.line - b.line);
  }
}

function isBatch(value: ParsedItem | readonly ParsedItem[]): value is readonly ParsedItem[] {
  return Array.isArray(value);
}

/** How many of a duplicated key's other lines its rejections name. */
const MAX_OTHER_LINES_NAMED = 10;

/**
 * The lines other than `line` that give the same key, the first MAX_OTHER_LINES_NAMED of them. Not
 * all: a key given 20,000 times would otherwise give 10,000 reasons of 20,000 line numbers each,
 * gigabytes from a file of 300 kB.
 */
function otherLines(lines: readonly number[], line: number): string {
  const named: number[] = [];
  for (const other of lines) {
    if (other === line) continue;
    if (named.length === MAX_OTHER_LINES_NAMED) return `${named.join(', ')} and ${lines.length - 1 - named.length} more`;
    named.push(other);
  }
  return named.join(', ');
}

/** Turns a read failure into a rejection: where the text stops being CSV, at the line it names. */
function malformedFile(error: unknown): Rejection {
  if (error instanceof CsvSyntaxError) {
    return { line: error.line, field: null, value: null, code: 'MALFORMED_FILE', reason: error.reason };
  }
  // Other parsers' errors (csv-parse's among them) may carry the line they stopped at as `lines`.
  const line = typeof (error as { lines?: unknown }).lines === 'number' ? (error as { lines: number }).lines : 0;
  const message = error instanceof Error ? error.message : String(error);
  return {
    line,
    field: null,
    value: null,
    code: 'MALFORMED_FILE',
    reason: `the file could not be read${line ? ` past line ${line}` : ''}: ${message}`,
  };
}

/**
 * Loads observations: validates every row before writing anything, reports each rejected row with
 * its line and reason, and writes the changes (new values, and new versions of changed values, the
 * old versions kept) in one transaction. Loading the same data again changes nothing.
 *
 * All three doors (the CLI, the GraphQL upload and the demo seed) come through here.
 */
export async function runLoad(
  databaseFile: string,
  items: AsyncIterable<ParsedItem | readonly ParsedItem[]>,
  options: LoadOptions,
): Promise<LoadReport> {
  const connection = openLoadConnection(databaseFile);
  try {
    const lookups = readValidationLookups(connection, options.formerAreaNames ?? new Map());
    createStagingTable(connection);
    const stage = prepareStaging(connection);
    const rejections = new RejectionLog();
    let batch: ValidRow[] = [];
    let rowsRead = 0;
    let rowsStaged = 0;
    let nextProgress = PROGRESS_INTERVAL;

    try {
      // Parsers may hand over a batch of items at a time, which saves an asynchronous step a row.
      for await (const itemOrBatch of items) {
        const batchOfItems: readonly ParsedItem[] = isBatch(itemOrBatch) ? itemOrBatch : [itemOrBatch];
        for (const item of batchOfItems) {
          if ('rejection' in item) {
            rejections.add(item.rejection);
            rowsRead += 1;
          } else {
            const result = validateRecord(item.record, lookups);
            for (const reasons of result.refused) rejections.addRow(reasons);
            for (const row of result.rows) batch.push(row);
            rowsStaged += result.rows.length;
            rowsRead += Math.max(1, item.record.cells.length);
            if (batch.length >= STAGING_BATCH) {
              stage(batch);
              batch = [];
            }
          }
        }
        if (rowsRead >= nextProgress) {
          options.onProgress?.({ rowsRead, rejected: rejections.total });
          nextProgress = rowsRead + PROGRESS_INTERVAL;
        }
      }
    } catch (error) {
      rejections.add(malformedFile(error));
    }
    stage(batch);
    options.onProgress?.({ rowsRead, rejected: rejections.total });

    const duplicates = removeDuplicateKeys(connection, MAX_REPORTED_REJECTIONS);
    if (duplicates.rowCount > 0) rejections.addCount('DUPLICATE_KEY', duplicates.rowCount);
    for (const group of duplicates.groups) {
      for (const line of group.lines) {
        if (rejections.kept.length >= MAX_REPORTED_REJECTIONS) break;
        rejections.keep({
          line,
          field: null,
          value: group.period,
          code: 'DUPLICATE_KEY',
          reason: `the same indicator, area, period and service area are also on line ${otherLines(group.lines, line)}; keep one`,
        });
      }
    }

    if (rowsRead === 0 && rejections.total === 0) {
      rejections.add({ line: 0, field: null, value: null, code: 'EMPTY_FILE', reason: 'the file has no data rows' });
    }

    const keptRejections = rejections.sorted();
    const report = (status: LoadReport['status'], counts: Omit<LoadCounts, 'rejected'>, load?: { id: number; recordedAt: number }): LoadReport => ({
      ...counts,
      rejected: rejections.total,
      loadId: load?.id ?? null,
      status,
      format: options.format,
      fileName: options.fileName,
      rejections: keptRejections,
      rejectionsByCode: rejections.byCode,
      recordedAt: load ? new Date(load.recordedAt) : null,
    });

    if (options.dryRun) return report('DRY_RUN', classifyStagedRows(connection));

    const noChanges = { inserted: 0, updated: 0, unchanged: 0 };
    // With writeGoodRows, a file without a single good row (one refused as a whole, say, for a
    // header that is not its format's) is refused too: there is nothing to write.
    const goodRows = rowsStaged - duplicates.rowCount;
    if (rejections.total > 0 && (!options.writeGoodRows || goodRows === 0)) {
      const load = connection.transaction(() => {
        const created = insertLoad(connection, {
          ...options,
          status: 'REJECTED',
          counts: { ...noChanges, rejected: rejections.total },
          rejectionsByCode: rejections.byCode,
        });
        insertRejections(connection, created.id, keptRejections);
        return created;
      }).immediate();
      return report('REJECTED', noChanges, load);
    }

    // Classify inside the write transaction, so no other writer can change the values compared with.
    const { counts, load } = connection.transaction(() => {
      const classified = classifyStagedRows(connection);
      const created = insertLoad(connection, {
        ...options,
        status: 'COMMITTED',
        counts: { ...classified, rejected: rejections.total },
        rejectionsByCode: rejections.byCode,
      });
      writeChanges(connection, created.id, created.recordedAt);
      insertRejections(connection, created.id, keptRejections);
      return { counts: classified, load: created };
    }).immediate();
    return report('COMMITTED', counts, load);
  } finally {
    dropStagingTables(connection);
    connection.close();
  }
}

/**
 * Undoes a committed load: restores exactly the values that were current before it, as a new load
 * (so history, and every past `asOf` answer, is kept). Refused with CONFLICT when later loads have
 * changed some of its values since, naming them: those must be undone first.
 */
export async function undoLoad(databaseFile: string, loadId: number, createdBy: string): Promise<{ undoLoadId: number }> {
  const connection = openLoadConnection(databaseFile);
  try {
    return connection
      .transaction(() => {
        const load = findStoredLoad(connection, loadId);
        if (!load) throw notFound('load', loadId, 'id');
        if (load.status !== 'COMMITTED') {
          throw conflict(
            load.status === 'UNDONE'
              ? `load ${loadId} has already been undone`
              : `load ${loadId} was rejected and wrote nothing, so there is nothing to undo`,
          );
        }
        // Undoing an undo would bring back values of a load that stays marked UNDONE: load its file again instead.
        if (load.undoOfLoadId !== null) {
          throw conflict(`load ${loadId} is itself the undo of load ${load.undoOfLoadId} and cannot be undone; load that file again instead`);
        }
        const later = findLaterChanges(connection, load);
        if (later.length > 0) {
          const which = later.map((change) => `load ${change.loadId} (${change.count} value(s))`).join(', ');
          throw conflict(`later loads have changed values of load ${loadId} since: ${which}; undo them first`);
        }
        const created = insertLoad(connection, {
          createdBy,
          fileName: `undo of load ${loadId} (${load.fileName})`,
          format: 'undo',
          status: 'COMMITTED',
          counts: { inserted: 0, updated: 0, unchanged: 0, rejected: 0 },
          rejectionsByCode: {},
          undoOfLoadId: loadId,
        });
        const { restored, removed } = writeUndo(connection, load, created.id, created.recordedAt);
        setLoadCounts(connection, created.id, { inserted: 0, updated: restored + removed, unchanged: 0, rejected: 0 });
        return { undoLoadId: created.id };
      })
      .immediate();
  } finally {
    connection.close();
  }
}
