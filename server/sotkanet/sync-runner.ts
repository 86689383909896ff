import { Cron } from 'croner';
import type { SotkanetConfig } from '../config';
import { AppError } from '../errors';
import { createSotkanetClient, type SotkanetClient, type SotkanetClientOptions } from './sotkanet-client';
import { startSotkanetSync, type SyncRequest, type SyncResult, type SyncTarget } from './sync-service';

/**
 * The server's own syncs: started from the dashboard (answered at once; the run goes on in the
 * background) or by the schedule (SOTKANET_SYNC_CRON or SOTKANET_SYNC_INTERVAL_HOURS; off unless
 * set). One client for all of them, so that its two-requests-at-a-time limit holds over every run;
 * one run at a time is the sync service's rule, across processes.
 */
export class SotkanetSyncRunner {
  readonly client: SotkanetClient;
  private readonly running = new Set<Promise<SyncResult>>();
  private job: Cron | null = null;

  constructor(
    private readonly target: SyncTarget,
    private readonly config: SotkanetConfig,
    clientOptions: Partial<SotkanetClientOptions> = {},
    private readonly log: (message: string) => void = (message) => console.log(message),
  ) {
    this.client = createSotkanetClient({ baseUrl: config.baseUrl, timeoutMs: config.timeoutMs, ...clientOptions });
  }

  /** The schedule in words, or null when the server does not sync by itself. */
  get schedule(): string | null {
    if (this.config.syncCron) return `cron ${this.config.syncCron}`;
    if (this.config.syncIntervalHours !== null) return `every ${this.config.syncIntervalHours} h`;
    return null;
  }

  /** Starts a run and returns its id; the run goes on after this returns. CONFLICT while one runs. */
  async start(request: Omit<SyncRequest, 'client' | 'dryRun' | 'onProgress'>): Promise<{ runId: number; done: Promise<SyncResult> }> {
    const { runId, done } = await startSotkanetSync(this.target, { ...request, client: this.client });
    if (runId === null) throw new Error('a sync that writes always records its run');
    this.running.add(done);
    void done.finally(() => this.running.delete(done));
    return { runId, done };
  }

  /** Starts the schedule, if one is set. Runs it starts overlap nothing: a run still going is left to finish. */
  startSchedule(): void {
    if (this.job || !this.schedule) return;
    const run = () => this.scheduledRun();
    if (this.config.syncCron) {
      this.job = new Cron(this.config.syncCron, { protect: true, name: 'sotkanet-sync' }, run);
    } else if (this.config.syncIntervalHours !== null) {
      const seconds = Math.round(this.config.syncIntervalHours * 3600);
      // Every second matches; `interval` spaces the runs, and the first comes one interval after the start.
      this.job = new Cron('* * * * * *', { protect: true, interval: seconds, startAt: new Date(Date.now() + seconds * 1000), name: 'sotkanet-sync' }, run);
    }
    this.log(`Sotkanet sync scheduled (${this.schedule}) from ${this.config.baseUrl}`);
  }

  private async scheduledRun(): Promise<void> {
    try {
      const { runId, done } = await this.start({ trigger: 'SCHEDULE', startedBy: 'schedule', allInUse: true });
      const result = await done;
      this.log(`Scheduled Sotkanet sync (run ${runId}): ${result.message}`);
    } catch (error) {
      if (error instanceof AppError && error.code === 'CONFLICT') this.log('Scheduled Sotkanet sync skipped: another sync is running');
      else this.log(`Scheduled Sotkanet sync failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** Stops the schedule and waits for the runs in progress, so the database is not closed under them. */
  async stop(): Promise<void> {
    this.job?.stop();
    this.job = null;
    await Promise.allSettled([...this.running]);
  }
}
