import type SqliteDatabase from 'better-sqlite3';
import type { DirectionValue, FrequencyValue, LoadStatusValue } from '../db/database';
import type { LoadCounts, Rejection, RejectionCounts, ValidRow } from './load-model';
import type { IndicatorLookup, ValidationLookups } from './record-validation';

/**
 * A load's SQL. It runs on the load's own connection (raw better-sqlite3 prepared statements, for
 * speed): rows are staged in a temporary table, checked and compared with the current values there,
 * and only then written, in one transaction.
 */
type Connection = SqliteDatabase.Database;

export function readValidationLookups(connection: Connection, formerAreaNames: ReadonlyMap<string, string>): ValidationLookups {
  const indicators = connection
    .prepare(
      `select id, code, frequency, direction, min_value, max_value, natural_limit, source, source_id from indicator`,
    )
    .all() as Array<{
    id: number;
    code: string;
    frequency: FrequencyValue;
    direction: DirectionValue;
    min_value: number | null;
    max_value: number | null;
    natural_limit: number | null;
    source: string;
    source_id: string | null;
  }>;
  const indicatorsByCode = new Map<string, IndicatorLookup>();
  const indicatorsBySotkanetId = new Map<string, IndicatorLookup>();
  for (const row of indicators) {
    const lookup: IndicatorLookup = {
      id: row.id,
      code: row.code,
      frequency: row.frequency,
      direction: row.direction,
      minValue: row.min_value,
      maxValue: row.max_value,
      naturalLimit: row.natural_limit,
    };
    indicatorsByCode.set(row.code, lookup);
    if (row.source === 'sotkanet' && row.source_id) indicatorsBySotkanetId.set(row.source_id, lookup);
  }
  const areas = connection.prepare(`select id, code from area`).all() as Array<{ id: number; code: string }>;
  const serviceAreas = connection.prepare(`select id, code from service_area`).all() as Array<{ id: number; code: string }>;
  return {
    indicatorsByCode,
    indicatorsBySotkanetId,
    areaIdsByCode: new Map(areas.map((area) => [area.code, area.id])),
    formerAreaNames,
    serviceAreaIdsByCode: new Map(serviceAreas.map((serviceArea) => [serviceArea.code, serviceArea.id])),
  };
}

export function createStagingTable(connection: Connection): void {
  connection.exec(`
    drop table if exists temp.load_stage;
    drop table if exists temp.load_change;
    -- Keyed like the observation table (plus the line, so a key given twice is kept twice and found):
    -- duplicates are found along the key, and the comparison and the final write run in key order.
    create temp table load_stage (
      indicator_id integer not null,
      area_id integer not null,
      service_area_id integer not null,
      period text not null,
      line integer not null,
      value real,
      numerator real,
      denominator real,
      provisional integer not null,
      primary key (indicator_id, area_id, service_area_id, period, line)
    ) without rowid;
  `);
}

export function dropStagingTables(connection: Connection): void {
  connection.exec(`drop table if exists temp.load_stage; drop table if exists temp.load_change;`);
}

/** Rows per INSERT statement when staging: many rows a statement is twice as fast as one. */
const STAGING_ROWS_PER_STATEMENT = 100;
const STAGING_COLUMNS = 9;

/** Returns a function that stages a batch of rows in one (temporary-table-only) transaction. */
export function prepareStaging(connection: Connection): (rows: readonly ValidRow[]) => void {
  const statement = (rowCount: number) =>
    connection.prepare(
      `insert into temp.load_stage (indicator_id, area_id, service_area_id, period, value, numerator, denominator, provisional, line)
       values ${Array(rowCount).fill('(?, ?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
    );
  const full = statement(STAGING_ROWS_PER_STATEMENT);
  const single = statement(1);
  const parameters: unknown[] = new Array(STAGING_ROWS_PER_STATEMENT * STAGING_COLUMNS);
  const bind = (row: ValidRow, target: unknown[], offset: number) => {
    target[offset] = row.indicatorId;
    target[offset + 1] = row.areaId;
    target[offset + 2] = row.serviceAreaId;
    target[offset + 3] = row.period;
    target[offset + 4] = row.value;
    target[offset + 5] = row.numerator;
    target[offset + 6] = row.denominator;
    target[offset + 7] = row.provisional;
    target[offset + 8] = row.line;
  };
  // One (temporary-table-only) transaction a batch. One for the whole file is slower: SQLite then
  // keeps every dirty page of the stage until the end.
  return connection.transaction((rows: readonly ValidRow[]) => {
    let index = 0;
    for (; index + STAGING_ROWS_PER_STATEMENT <= rows.length; index += STAGING_ROWS_PER_STATEMENT) {
      for (let offset = 0; offset < STAGING_ROWS_PER_STATEMENT; offset += 1) {
        bind(rows[index + offset] as ValidRow, parameters, offset * STAGING_COLUMNS);
      }
      full.run(parameters);
    }
    const one: unknown[] = new Array(STAGING_COLUMNS);
    for (; index < rows.length; index += 1) {
      bind(rows[index] as ValidRow, one, 0);
      single.run(one);
    }
  });
}

export interface DuplicateGroup {
  lines: number[];
  period: string;
}

/**
 * Finds keys the file gives more than once, removes them from the stage (which value would be
 * right?) and returns the first `limit` groups with their lines plus the number of rows removed.
 */
export function removeDuplicateKeys(connection: Connection, limit: number): { groups: DuplicateGroup[]; rowCount: number } {
  connection.exec(`
    create temp table load_duplicate as
    select indicator_id, area_id, service_area_id, period, count(*) as occurrences
    from temp.load_stage
    group by indicator_id, area_id, service_area_id, period
    having count(*) > 1
  `);
  const { rowCount } = connection
    .prepare(`select coalesce(sum(occurrences), 0) as rowCount from temp.load_duplicate`)
    .get() as { rowCount: number };
  const groups = (
    connection
      .prepare(
        `select d.period, group_concat(s.line) as lines
         from temp.load_duplicate d
         join temp.load_stage s using (indicator_id, area_id, service_area_id, period)
         group by d.indicator_id, d.area_id, d.service_area_id, d.period
         order by min(s.line)
         limit ?`,
      )
      .all(limit) as Array<{ period: string; lines: string }>
  ).map((row) => ({
    period: row.period,
    lines: row.lines
      .split(',')
      .map(Number)
      .sort((a, b) => a - b),
  }));
  connection.exec(`
    delete from temp.load_stage
    where (indicator_id, area_id, service_area_id, period) in
      (select indicator_id, area_id, service_area_id, period from temp.load_duplicate);
    drop table temp.load_duplicate;
  `);
  return { groups, rowCount };
}

/**
 * Compares the stage with the current values: rows that add or change a value go to
 * `temp.load_change`, with the current version (if any) they will supersede.
 */
export function classifyStagedRows(connection: Connection): Omit<LoadCounts, 'rejected'> {
  connection.exec(`
    drop table if exists temp.load_change;
    create temp table load_change as
    select s.indicator_id, s.area_id, s.service_area_id, s.period,
           s.value, s.numerator, s.denominator, s.provisional,
           o.recorded_at as current_recorded_at,
           coalesce(o.deleted, 1) as current_missing
    from temp.load_stage s
    left join observation o
      on o.indicator_id = s.indicator_id and o.area_id = s.area_id
     and o.service_area_id = s.service_area_id and o.period = s.period
     and o.superseded_at is null
    where o.indicator_id is null or o.deleted = 1
       or o.value is not s.value or o.numerator is not s.numerator
       or o.denominator is not s.denominator or o.provisional <> s.provisional
  `);
  const counts = connection
    .prepare(
      `select
         (select count(*) from temp.load_stage) as staged,
         (select count(*) from temp.load_change where current_missing = 1) as inserted,
         (select count(*) from temp.load_change where current_missing = 0) as updated`,
    )
    .get() as { staged: number; inserted: number; updated: number };
  return { inserted: counts.inserted, updated: counts.updated, unchanged: counts.staged - counts.inserted - counts.updated };
}

/** Writes the classified changes as new versions at `recordedAt`, superseding the current ones. */
export function writeChanges(connection: Connection, loadId: number, recordedAt: number): void {
  // Scans the changes and finds each replaced version by its full primary key.
  connection
    .prepare(
      `update observation set superseded_at = ?
       from temp.load_change c
       where c.current_recorded_at is not null
         and observation.indicator_id = c.indicator_id and observation.area_id = c.area_id
         and observation.service_area_id = c.service_area_id and observation.period = c.period
         and observation.recorded_at = c.current_recorded_at`,
    )
    .run(recordedAt);
  connection
    .prepare(
      `insert into observation (indicator_id, area_id, service_area_id, period, recorded_at, superseded_at,
                                value, numerator, denominator, provisional, deleted, load_id)
       select indicator_id, area_id, service_area_id, period, ?, null,
              value, numerator, denominator, provisional, 0, ?
       from temp.load_change`,
    )
    .run(recordedAt, loadId);
}

export interface NewLoad {
  createdBy: string;
  fileName: string;
  format: string;
  status: LoadStatusValue;
  counts: LoadCounts;
  /** Rejected rows per reason code: all of them, where the rejections kept are only the first ones. */
  rejectionsByCode: RejectionCounts;
  undoOfLoadId?: number | null;
  /** Backdates the load (importing history in order); must be later than every earlier load. */
  recordedAt?: Date | null;
}

/**
 * Records a load. Its instant is strictly later than every earlier load's, even within one
 * millisecond, so versions order by `recorded_at` without ties.
 */
export function insertLoad(connection: Connection, load: NewLoad): { id: number; recordedAt: number } {
  const { latest } = connection.prepare(`select max(recorded_at) as latest from load`).get() as { latest: number | null };
  const requested = load.recordedAt?.getTime();
  if (requested !== undefined && latest !== null && requested <= latest) {
    throw new Error(`a backdated load must be later than the latest load (${new Date(latest).toISOString()})`);
  }
  const recordedAt = requested ?? Math.max(Date.now(), (latest ?? 0) + 1);
  const result = connection
    .prepare(
      `insert into load (recorded_at, created_by, file_name, format, status,
                         inserted_count, updated_count, unchanged_count, rejected_count, undo_of_load_id, rejections_by_code)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      recordedAt,
      load.createdBy,
      load.fileName,
      load.format,
      load.status,
      load.counts.inserted,
      load.counts.updated,
      load.counts.unchanged,
      load.counts.rejected,
      load.undoOfLoadId ?? null,
      JSON.stringify(load.rejectionsByCode),
    );
  return { id: Number(result.lastInsertRowid), recordedAt };
}

export function insertRejections(connection: Connection, loadId: number, rejections: readonly Rejection[]): void {
  const insert = connection.prepare(
    `insert into load_rejection (load_id, line, field, value, reason_code, reason) values (?, ?, ?, ?, ?, ?)`,
  );
  for (const rejection of rejections) {
    insert.run(loadId, rejection.line, rejection.field, rejection.value, rejection.code, rejection.reason);
  }
}

export interface StoredLoad {
  id: number;
  recordedAt: number;
  status: LoadStatusValue;
  fileName: string;
  /** Set when the load is itself an undo of that load. */
  undoOfLoadId: number | null;
}

export function findStoredLoad(connection: Connection, id: number): StoredLoad | undefined {
  return connection
    .prepare(
      `select id, recorded_at as recordedAt, status, file_name as fileName, undo_of_load_id as undoOfLoadId from load where id = ?`,
    )
    .get(id) as StoredLoad | undefined;
}

/**
 * Values of a load that later loads have replaced since and that are still in effect, grouped by
 * the load whose value is: undoing the load now would overwrite their newer values with older ones.
 *
 * A value replaced by a later load that has itself been undone since is the load's own again: an
 * undo's version restores the version its undone load had replaced, so each value's current version
 * is followed back through undos to the version whose value it holds (its origin). The load's value
 * is in effect where that origin is the load's own version.
 */
export function findLaterChanges(connection: Connection, load: StoredLoad): Array<{ loadId: number; count: number }> {
  return connection
    .prepare(
      `with recursive walk (indicator_id, area_id, service_area_id, period, mine_at, version_at, version_load) as (
         select mine.indicator_id, mine.area_id, mine.service_area_id, mine.period, mine.recorded_at,
                latest.recorded_at, latest.load_id
         from observation mine
         join observation latest
           on latest.indicator_id = mine.indicator_id and latest.area_id = mine.area_id
          and latest.service_area_id = mine.service_area_id and latest.period = mine.period
          and latest.superseded_at is null
         where mine.load_id = ?
         union all
         select walk.indicator_id, walk.area_id, walk.service_area_id, walk.period, walk.mine_at,
                restored.recorded_at, restored.load_id
         from walk
         join load undo on undo.id = walk.version_load and undo.undo_of_load_id is not null
         join load undone on undone.id = undo.undo_of_load_id
         join observation restored
           on restored.indicator_id = walk.indicator_id and restored.area_id = walk.area_id
          and restored.service_area_id = walk.service_area_id and restored.period = walk.period
          and restored.superseded_at = undone.recorded_at
         where walk.version_at <> walk.mine_at
       ),
       origin as (
         -- The walk goes back in time and stops at the load's own version: each value's earliest
         -- step is its origin (with a single min(), SQLite takes the other columns from that row).
         select min(version_at) as origin_at, version_load as origin_load, mine_at
         from walk group by indicator_id, area_id, service_area_id, period
       )
       select origin_load as loadId, count(*) as count from origin where origin_at <> mine_at
       group by origin_load order by origin_load`,
    )
    .all(load.id) as Array<{ loadId: number; count: number }>;
}

/**
 * Undoes a load as a new load at `recordedAt`: every value it wrote gets a new version equal to the
 * one it had replaced, or a tombstone where it had added a value. History is kept: as of any earlier
 * moment the answers stay what they were. Returns how many values were restored and removed.
 * Only for a load whose values are all in effect (`findLaterChanges` found none).
 */
export function writeUndo(
  connection: Connection,
  undone: StoredLoad,
  undoLoadId: number,
  recordedAt: number,
): { restored: number; removed: number } {
  connection.exec(`drop table if exists temp.undo_version`);
  connection
    .prepare(
      `create temp table undo_version as
       select mine.indicator_id, mine.area_id, mine.service_area_id, mine.period,
              previous.value, previous.numerator, previous.denominator,
              coalesce(previous.provisional, 0) as provisional,
              case when previous.indicator_id is null or previous.deleted = 1 then 1 else 0 end as deleted
       from observation mine
       left join observation previous
         on previous.indicator_id = mine.indicator_id and previous.area_id = mine.area_id
        and previous.service_area_id = mine.service_area_id and previous.period = mine.period
        and previous.superseded_at = ?
       where mine.load_id = ?`,
    )
    .run(undone.recordedAt, undone.id);
  // The current version is the load's own, or (after later loads were undone) an undo's copy of it.
  connection
    .prepare(
      `update observation set superseded_at = ?
       from temp.undo_version u
       where observation.indicator_id = u.indicator_id and observation.area_id = u.area_id
         and observation.service_area_id = u.service_area_id and observation.period = u.period
         and observation.superseded_at is null`,
    )
    .run(recordedAt);
  connection
    .prepare(
      `insert into observation (indicator_id, area_id, service_area_id, period, recorded_at, superseded_at,
                                value, numerator, denominator, provisional, deleted, load_id)
       select indicator_id, area_id, service_area_id, period, ?, null, value, numerator, denominator, provisional, deleted, ?
       from temp.undo_version order by indicator_id, area_id, service_area_id, period`,
    )
    .run(recordedAt, undoLoadId);
  const counts = connection
    .prepare(`select coalesce(sum(deleted = 0), 0) as restored, coalesce(sum(deleted = 1), 0) as removed from temp.undo_version`)
    .get() as { restored: number; removed: number };
  connection.exec(`drop table temp.undo_version`);
  connection.prepare(`update load set status = 'UNDONE' where id = ?`).run(undone.id);
  return counts;
}

export function setLoadCounts(connection: Connection, loadId: number, counts: LoadCounts): void {
  connection
    .prepare(`update load set inserted_count = ?, updated_count = ?, unchanged_count = ?, rejected_count = ? where id = ?`)
    .run(counts.inserted, counts.updated, counts.unchanged, counts.rejected, loadId);
}
