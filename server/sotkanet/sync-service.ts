import type { Kysely } from 'kysely';
import { z } from 'zod';
import { findAreas } from '../areas/area-repository';
import { recordAudit } from '../audit/audit-service';
import type { LocalizedText } from '../common/localized-text';
import { boundedText, parseInput, TEXT_LIMITS } from '../common/validation';
import type { Database, SotkanetSyncItemStateValue, SotkanetSyncTriggerValue } from '../db/database';
import { badInput, conflict } from '../errors';
import { findIndicatorsByCodes, findIndicatorsBySourceIds } from '../indicators/indicator-repository';
import type { LoadReport, ParsedItem } from '../loads/load-model';
import { runLoad } from '../loads/load-service';
import { parseSotkanetJsonItem } from '../loads/parsers/sotkanet-rest';
import { parseSotkanetRegions, SOTKANET_COUNTIES_FILE, type SotkanetRegions } from '../loads/parsers/sotkanet-regions';
import { defineSotkanetIndicator } from '../loads/sotkanet-indicator-service';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type SotkanetClient, SotkanetError, type SotkanetIndicatorInfo } from './sotkanet-client';
import { runFromRow, type SotkanetIndicatorSync, type SotkanetSyncOverview, type SotkanetSyncRun } from './sync-model';
import {
  abandonStaleRuns,
  beatRun,
  findLatestRun,
  findRun,
  findRunItems,
  findSotkanetIndicators,
  findSotkanetIdsInUse,
  findSyncStates,
  finishRun,
  insertRun,
  type RunItemUpdate,
  updateRunItem,
  upsertSyncState,
} from './sync-repository';

/** Years asked for in one data request: Sotkanet answers a request of all years slowly, or not at all. */
export const YEARS_PER_REQUEST = 10;
/** Indicators worked on at once: one downloads while the other loads. Requests are limited by the client. */
const INDICATORS_AT_ONCE = 2;
/** A RUNNING run whose heartbeat is older than this died with its process, and no longer blocks a new one. */
const STALE_AFTER_MS = 2 * 60_000;
const HEARTBEAT_MS = 15_000;
/** The years asked for when Sotkanet does not say which years it has. */
const FIRST_YEAR = 1990;
/** What a sync load's `format` says, in the load history. */
export const SYNC_LOAD_FORMAT = 'sotkanet-api';

export interface SyncTarget {
  db: Kysely<Database>;
  databaseFile: string;
  dataDirectory: string;
}

export interface SyncRequest {
  /** Sotkanet ids to sync; with none (and without allInUse), every Sotkanet indicator a strategy uses. */
  sotkanetIds?: readonly string[];
  /** Also every Sotkanet indicator a strategy uses. */
  allInUse?: boolean;
  /** Download even where Sotkanet's `data-updated` has not moved since the last sync. */
  force?: boolean;
  /** Download and compare, write nothing (no indicators, values, loads or runs). */
  dryRun?: boolean;
  trigger: SotkanetSyncTriggerValue;
  startedBy: string;
  client: SotkanetClient;
  /** Called whenever an indicator's state changes. */
  onProgress?: (item: SyncItemResult) => void;
}

/** One indicator's sync, as it stands. */
export interface SyncItemResult {
  position: number;
  sotkanetId: string;
  indicatorCode: string | null;
  state: SotkanetSyncItemStateValue;
  /** Why it failed, or what it did, in a sentence. */
  message: string | null;
  sourceUpdated: string | null;
  createdIndicator: boolean;
  /** The load's report; null where nothing was loaded (skipped, failed, or only described in a dry run). */
  report: LoadReport | null;
  /** Values for areas Mittaristo does not track (sub-regions, hospital districts…), left out of the load. */
  untracked: number;
}

export interface SyncResult {
  /** Null for a dry run, which records nothing. */
  runId: number | null;
  dryRun: boolean;
  items: SyncItemResult[];
  failed: number;
  /** Rejected rows over all loads. */
  rejected: number;
  message: string;
}

const SOTKANET_ID = /^\d{1,9}$/;

/** At most `limit` tasks at a time. */
function limiter(limit: number) {
  let active = 0;
  const waiting: Array<() => void> = [];
  return async function run<T>(task: () => Promise<T>): Promise<T> {
    if (active >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    active += 1;
    try {
      return await task();
    } finally {
      active -= 1;
      waiting.shift()?.();
    }
  };
}

/** The indicators a request names, checked, in ascending order; each at most once. */
export async function resolveSyncIds(db: Kysely<Database>, request: Pick<SyncRequest, 'sotkanetIds' | 'allInUse'>): Promise<string[]> {
  const given = parseInput(z.array(boundedText(TEXT_LIMITS.name)), request.sotkanetIds ?? [], 'input.sotkanetIds').map((id) => id.trim());
  const bad = given.findIndex((id) => !SOTKANET_ID.test(id));
  if (bad >= 0) {
    throw badInput({ field: `input.sotkanetIds.${bad}`, reason: `"${given[bad]}" is not a Sotkanet indicator id (a number such as 1244)` });
  }
  const ids = new Set(given);
  if (request.allInUse || given.length === 0) for (const id of await findSotkanetIdsInUse(db)) ids.add(id);
  return [...ids].sort((a, b) => Number(a) - Number(b));
}

/** The unit a value type's name suggests: a percentage is `%`; other types keep their own name. */
function unitFrom(valueType: LocalizedText | null): string | null {
  if (!valueType) return null;
  if (/prosent|percent|%/i.test(`${valueType.fi} ${valueType.en ?? ''}`)) return '%';
  return valueType.fi.slice(0, 40);
}

function yearBatches(info: SotkanetIndicatorInfo, now: Date): number[][] {
  const start = info.range?.start ?? FIRST_YEAR;
  const end = info.range?.end ?? now.getUTCFullYear();
  const batches: number[][] = [];
  for (let from = start; from <= end; from += YEARS_PER_REQUEST) {
    batches.push(Array.from({ length: Math.min(YEARS_PER_REQUEST, end - from + 1) }, (_, index) => from + index));
  }
  return batches;
}

function failureMessage(error: unknown): string {
  if (error instanceof SotkanetError) return `${error.message} (${error.url})`;
  return error instanceof Error ? error.message : String(error);
}

export function describeItem(item: SyncItemResult): string {
  if (item.state === 'FAILED') return `failed: ${item.message ?? 'no reason given'}`;
  if (item.state === 'UNCHANGED') return item.message ?? 'unchanged at Sotkanet';
  const parts: string[] = [];
  if (item.createdIndicator) parts.push(`created ${item.indicatorCode} from Sotkanet's metadata (check its unit, decimals and direction)`);
  if (item.report) {
    const { inserted, updated, unchanged, rejected } = item.report;
    parts.push(`${item.report.status === 'DRY_RUN' ? 'would insert' : 'inserted'} ${inserted}, updated ${updated}, unchanged ${unchanged}, rejected ${rejected}`);
  }
  if (item.untracked > 0) parts.push(`${item.untracked} values for areas not tracked here left out`);
  if (item.message) parts.push(item.message);
  return parts.join('; ');
}

/**
 * Starts syncing Sotkanet indicators: records the run (refused with CONFLICT while another runs, in
 * this process or another) and returns its id at once with a promise of its result, so a request
 * need not wait for the downloads. A dry run records nothing and takes no turn.
 */
export async function startSotkanetSync(target: SyncTarget, request: SyncRequest): Promise<{ runId: number | null; done: Promise<SyncResult> }> {
  const ids = await resolveSyncIds(target.db, request);
  const known = await indicatorCodesFor(target.db, ids);
  let runId: number | null = null;
  if (!request.dryRun) {
    const now = Date.now();
    await abandonStaleRuns(target.db, now - STALE_AFTER_MS, now);
    runId = await insertRun(target.db, {
      trigger: request.trigger,
      startedBy: request.startedBy,
      startedAt: now,
      items: ids.map((sotkanetId) => ({ sotkanetId, indicatorCode: known.get(sotkanetId) ?? null })),
    });
    if (runId === null) throw conflict('a Sotkanet sync is already running; wait for it to finish');
  }
  return { runId, done: runSync(target, request, ids, known, runId) };
}

/** Our code for each Sotkanet id that is defined here (under any code). */
async function indicatorCodesFor(db: Kysely<Database>, ids: readonly string[]): Promise<Map<string, string>> {
  const [bySourceId, byCode] = await Promise.all([
    findIndicatorsBySourceIds(db, 'sotkanet', ids),
    findIndicatorsByCodes(
      db,
      ids.map((id) => `sotkanet:${id}`),
    ),
  ]);
  const codes = new Map<string, string>();
  for (const indicator of byCode) codes.set(indicator.code.slice('sotkanet:'.length), indicator.code);
  for (const indicator of bySourceId) if (indicator.sourceId) codes.set(indicator.sourceId, indicator.code);
  return codes;
}

async function runSync(
  target: SyncTarget,
  request: SyncRequest,
  ids: readonly string[],
  known: Map<string, string>,
  runId: number | null,
): Promise<SyncResult> {
  const { db } = target;
  const dryRun = request.dryRun ?? false;
  const items: SyncItemResult[] = ids.map((sotkanetId, position) => ({
    position,
    sotkanetId,
    indicatorCode: known.get(sotkanetId) ?? null,
    state: 'PENDING',
    message: null,
    sourceUpdated: null,
    createdIndicator: false,
    report: null,
    untracked: 0,
  }));
  const heartbeat = runId === null ? null : setInterval(() => void beatRun(db, runId, Date.now()).catch(() => {}), HEARTBEAT_MS);
  heartbeat?.unref();

  // Progress is written in order, one write at a time, so a late write never overtakes a newer state.
  let progressWrites = Promise.resolve();
  const update = (item: SyncItemResult, change: Partial<SyncItemResult>) => {
    Object.assign(item, change);
    request.onProgress?.({ ...item });
    if (runId === null) return;
    const row: RunItemUpdate = {
      state: item.state,
      indicatorCode: item.indicatorCode,
      message: item.message,
      sourceUpdated: item.sourceUpdated,
      createdIndicator: item.createdIndicator,
      loadId: item.report?.loadId ?? null,
      ...(item.report
        ? { counts: { inserted: item.report.inserted, updated: item.report.updated, unchanged: item.report.unchanged, rejected: item.report.rejected, untracked: item.untracked } }
        : {}),
    };
    progressWrites = progressWrites.then(() => updateRunItem(db, runId, item.position, row, Date.now())).catch(() => {});
  };

  try {
    const states = new Map((await findSyncStates(db, ids)).map((state) => [state.sotkanet_id, state]));
    const currentCodes = new Set((await findAreas(db, { kind: 'MUNICIPALITY' })).map((area) => area.code));
    // The regions list is read once, when the first indicator needs it; its failure fails each of them.
    let regions: Promise<SotkanetRegions> | null = null;
    const regionList = () => {
      regions ??= (async () => {
        const [regionsText, countiesText] = await Promise.all([
          request.client.regionsText(),
          readFile(join(target.dataDirectory, SOTKANET_COUNTIES_FILE), 'utf8'),
        ]);
        return parseSotkanetRegions(regionsText, countiesText);
      })();
      return regions;
    };
    const oneIndicatorAtATime = limiter(INDICATORS_AT_ONCE);
    const oneLoadAtATime = limiter(1);

    await Promise.all(
      items.map((item) =>
        oneIndicatorAtATime(async () => {
          try {
            await syncOne(item);
          } catch (error) {
            update(item, { state: 'FAILED', message: failureMessage(error), report: null });
          }
          if (!dryRun) {
            const attemptAt = Date.now();
            await upsertSyncState(db, {
              sotkanetId: item.sotkanetId,
              attemptAt,
              status: item.state === 'FAILED' ? 'FAILED' : item.state === 'UNCHANGED' ? 'UNCHANGED' : 'SYNCED',
              message: describeItem(item),
              ...(item.state === 'SYNCED' ? { success: { at: attemptAt, sourceUpdated: item.sourceUpdated, loadId: item.report?.loadId ?? null } } : {}),
            });
          }
        }),
      ),
    );

    async function syncOne(item: SyncItemResult): Promise<void> {
      const id = item.sotkanetId;
      update(item, { state: 'CHECKING' });
      const info = await request.client.indicator(id);
      update(item, { sourceUpdated: info.dataUpdated });

      const missing = item.indicatorCode === null;
      if (missing && dryRun) {
        update(item, { state: 'SYNCED', indicatorCode: `sotkanet:${id}`, createdIndicator: true, message: 'dry run: the indicator would be created first; its values are compared once it exists' });
        return;
      }

      const last = states.get(id);
      if (!request.force && !missing && info.dataUpdated !== null && last?.source_updated === info.dataUpdated && last.last_success_at !== null) {
        update(item, { state: 'UNCHANGED', message: `unchanged at Sotkanet since ${info.dataUpdated}; nothing downloaded` });
        return;
      }

      update(item, { state: 'DOWNLOADING' });
      const batches = yearBatches(info, new Date());
      // All batches arrive, or the indicator fails as a whole: nothing is loaded from half an answer.
      const answers = await Promise.allSettled(batches.map((years) => request.client.data(id, years)));
      const failure = answers.find((answer): answer is PromiseRejectedResult => answer.status === 'rejected');
      if (failure) throw failure.reason;
      let mapping: SotkanetRegions;
      try {
        mapping = await regionList();
      } catch (error) {
        throw new Error(`could not read Sotkanet's regions list: ${failureMessage(error)}`);
      }

      const parsed: ParsedItem[] = [];
      let untracked = 0;
      let itemNumber = 0;
      for (const answer of answers) {
        for (const value of (answer as PromiseFulfilledResult<unknown[]>).value) {
          itemNumber += 1;
          const result = parseSotkanetJsonItem(itemNumber, value, mapping);
          if ('rejection' in result && result.rejection.code === 'UNSUPPORTED_AREA') {
            untracked += 1;
            continue;
          }
          if ('record' in result && 'sotkanetId' in result.record.indicator && result.record.indicator.sotkanetId !== id) {
            parsed.push({
              rejection: {
                line: itemNumber,
                field: 'indicator',
                value: result.record.indicator.sotkanetId,
                code: 'UNSUPPORTED_ROW',
                reason: `Sotkanet's answer for indicator ${id} holds a value of indicator ${result.record.indicator.sotkanetId}`,
              },
            });
            continue;
          }
          parsed.push(result);
        }
      }

      if (missing) {
        // Only now that all of its data has arrived: a failed download leaves no indicator behind either.
        const created = await defineSotkanetIndicator(db, {
          code: `sotkanet:${id}`,
          name: info.title,
          sourceId: id,
          frequency: 'YEAR',
          unit: unitFrom(info.valueType),
          decimals: info.decimals,
          description: info.description,
        });
        update(item, { indicatorCode: created.code, createdIndicator: true });
      }
      update(item, { state: 'LOADING', untracked });
      const first = batches[0]?.[0];
      const lastYear = batches.at(-1)?.at(-1);
      const report = await oneLoadAtATime(() =>
        runLoad(
          target.databaseFile,
          (async function* () {
            yield parsed;
          })(),
          {
            fileName: `Sotkanet ${id}, ${first}–${lastYear}`,
            format: SYNC_LOAD_FORMAT,
            createdBy: request.startedBy,
            dryRun,
            // Sotkanet's rows cannot be corrected here: the good ones load, the bad ones stay on record in the load.
            writeGoodRows: true,
            formerAreaNames: mapping.formerMunicipalityNames(currentCodes),
          },
        ),
      );
      update(item, { state: 'SYNCED', report, message: null });
    }

    const failed = items.filter((item) => item.state === 'FAILED').length;
    const rejected = items.reduce((sum, item) => sum + (item.report?.rejected ?? 0), 0);
    const changed = items.filter((item) => item.report && item.report.inserted + item.report.updated > 0).length;
    const unchanged = items.filter((item) => item.state === 'UNCHANGED').length;
    const message =
      items.length === 0
        ? 'no Sotkanet indicator to sync: name one, or link Sotkanet indicators to a strategy'
        : `${items.length} indicator(s): ${changed} with new or revised values, ${unchanged} unchanged at Sotkanet, ${failed} failed; ${rejected} rows rejected`;
    await progressWrites;
    if (runId !== null) {
      await finishRun(db, runId, failed > 0 ? 'FAILED' : 'FINISHED', message, Date.now());
      await recordAudit(db, {
        actor: request.startedBy,
        action: 'sotkanetSync',
        entityType: 'SotkanetSyncRun',
        entityId: String(runId),
        summary: `synced from Sotkanet (${request.trigger.toLowerCase().replace('_', ' ')}): ${message}`,
        details: { sotkanetIds: ids, force: request.force ?? false },
      });
    }
    return { runId, dryRun, items, failed, rejected, message };
  } catch (error) {
    // Something beyond one indicator (the database itself): the run ends, and says why.
    await progressWrites;
    const message = `the sync stopped: ${failureMessage(error)}`;
    if (runId !== null) await finishRun(db, runId, 'FAILED', message, Date.now()).catch(() => {});
    for (const item of items) if (item.state !== 'SYNCED' && item.state !== 'UNCHANGED' && item.state !== 'FAILED') item.state = 'FAILED';
    return { runId, dryRun, items, failed: items.length, rejected: 0, message };
  } finally {
    if (heartbeat) clearInterval(heartbeat);
  }
}

/** A run with its items, or undefined. */
export async function readSyncRun(db: Kysely<Database>, runId: number): Promise<SotkanetSyncRun | undefined> {
  const run = await findRun(db, runId);
  return run ? runFromRow(run, await findRunItems(db, [run.id])) : undefined;
}

/**
 * What the Data view shows: each Sotkanet indicator defined here (and any synced before) with its
 * last sync and Sotkanet's `data-updated` then, and the latest run with its progress.
 */
export async function readSotkanetSync(db: Kysely<Database>, source: { sourceUrl: string; schedule: string | null }): Promise<SotkanetSyncOverview> {
  const now = Date.now();
  await abandonStaleRuns(db, now - STALE_AFTER_MS, now);
  const [indicators, states, latest] = await Promise.all([findSotkanetIndicators(db), findSyncStates(db), findLatestRun(db)]);
  const byId = new Map<string, SotkanetIndicatorSync>();
  const entry = (sotkanetId: string): SotkanetIndicatorSync => {
    let found = byId.get(sotkanetId);
    if (!found) {
      found = { sotkanetId, indicatorId: null, inUse: false, lastAttemptAt: null, lastStatus: null, lastMessage: null, lastSyncedAt: null, sourceUpdated: null, lastLoadId: null };
      byId.set(sotkanetId, found);
    }
    return found;
  };
  for (const indicator of indicators) Object.assign(entry(indicator.sotkanetId), { indicatorId: indicator.id, inUse: indicator.inUse });
  for (const state of states) {
    Object.assign(entry(state.sotkanet_id), {
      lastAttemptAt: new Date(state.last_attempt_at),
      lastStatus: state.last_status,
      lastMessage: state.last_message,
      lastSyncedAt: state.last_success_at === null ? null : new Date(state.last_success_at),
      sourceUpdated: state.source_updated,
      lastLoadId: state.last_load_id,
    });
  }
  const latestRun = latest ? runFromRow(latest, await findRunItems(db, [latest.id])) : null;
  return {
    ...source,
    running: latestRun?.status === 'RUNNING',
    latestRun,
    indicators: [...byId.values()].sort((a, b) => Number(a.sotkanetId) - Number(b.sotkanetId)),
  };
}
