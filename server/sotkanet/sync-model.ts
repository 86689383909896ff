import type {
  SotkanetSyncItemStateValue,
  SotkanetSyncRunItemRow,
  SotkanetSyncRunRow,
  SotkanetSyncRunStatusValue,
  SotkanetSyncStatusValue,
  SotkanetSyncTriggerValue,
} from '../db/database';

export interface SotkanetSyncRunItem {
  sotkanetId: string;
  indicatorCode: string | null;
  state: SotkanetSyncItemStateValue;
  message: string | null;
  sourceUpdated: string | null;
  createdIndicator: boolean;
  loadId: number | null;
  inserted: number | null;
  updated: number | null;
  unchanged: number | null;
  rejected: number | null;
}

export interface SotkanetSyncRun {
  id: number;
  trigger: SotkanetSyncTriggerValue;
  startedBy: string;
  startedAt: Date;
  finishedAt: Date | null;
  status: SotkanetSyncRunStatusValue;
  message: string | null;
  items: SotkanetSyncRunItem[];
}

/** One Sotkanet indicator's sync state, as the Data view lists it. */
export interface SotkanetIndicatorSync {
  sotkanetId: string;
  indicatorId: number | null;
  inUse: boolean;
  lastAttemptAt: Date | null;
  lastStatus: SotkanetSyncStatusValue | null;
  lastMessage: string | null;
  lastSyncedAt: Date | null;
  sourceUpdated: string | null;
  lastLoadId: number | null;
}

export interface SotkanetSyncOverview {
  sourceUrl: string;
  schedule: string | null;
  running: boolean;
  latestRun: SotkanetSyncRun | null;
  indicators: SotkanetIndicatorSync[];
}

export function runItemFromRow(row: SotkanetSyncRunItemRow): SotkanetSyncRunItem {
  return {
    sotkanetId: row.sotkanet_id,
    indicatorCode: row.indicator_code,
    state: row.state,
    message: row.message,
    sourceUpdated: row.source_updated,
    createdIndicator: row.created_indicator === 1,
    loadId: row.load_id,
    inserted: row.inserted,
    updated: row.updated,
    unchanged: row.unchanged,
    rejected: row.rejected,
  };
}

export function runFromRow(row: SotkanetSyncRunRow, items: readonly SotkanetSyncRunItemRow[]): SotkanetSyncRun {
  return {
    id: row.id,
    trigger: row.trigger,
    startedBy: row.started_by,
    startedAt: new Date(row.started_at),
    finishedAt: row.finished_at === null ? null : new Date(row.finished_at),
    status: row.status,
    message: row.message,
    items: items.filter((item) => item.run_id === row.id).map(runItemFromRow),
  };
}
