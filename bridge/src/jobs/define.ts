import type { z } from 'zod';
import type { BridgeConfig } from '../config/schema';
import type { StoreDb } from '../db/connection';
import type { LogEntry, SyncLog } from '../log/sync-log';
import type { SettingsService } from '../settings/service';
import type { Clock } from '../shared/clock';

/** How far a job has got, shown by the panel's progress bar and the CLI's. */
export interface JobProgress {
  readonly done: number;
  readonly total: number;
  readonly note?: string;
}

/** What `enqueue` answers: the job that will do the work, whether it was there already, and what it waits behind. */
export interface Enqueued {
  readonly id: string;
  /** A queued or running job of the same kind doing the same work was joined instead of queueing another. */
  readonly existing: boolean;
  /** The job is queued behind this one of its kind (jobs of a kind run one at a time, in the order asked). */
  readonly after?: string;
}

/** How a job starts another (an export its follow-up, a follow-up a re-send); the same call the panel's routes make. */
export interface JobQueue {
  /**
   * Queues a job, or joins the queued or running job of the same kind that would do the same work (see
   * `JobDefinition.work`). Jobs of one kind run one at a time: any other is queued behind the last one asked.
   */
  enqueue(kind: string, params: unknown): Promise<Enqueued>;
}

/** The part of the bridge's services a job may use: no HTTP, no secrets, no lifecycle (the signal says when to stop). */
export interface JobServices {
  readonly config: Pick<BridgeConfig, 'storeUrl'>;
  readonly store: StoreDb;
  readonly clock: Clock;
  readonly log: SyncLog;
  /** The only way to read the Ozon settings or build an Ozon client. */
  readonly settings: SettingsService;
  readonly jobs: JobQueue;
}

export interface JobContext<P, C> {
  readonly jobId: string;
  readonly params: P;
  /** The last checkpoint saved by an earlier run of this job (after a crash or a shutdown), if any. */
  readonly checkpoint: C | undefined;
  /**
   * Persists the checkpoint. Call it only after the data it covers is written: a job resumed from it must not
   * skip work that was not done (at-least-once is safe because every step is idempotent; at-most-once loses data).
   */
  saveCheckpoint(checkpoint: C, progress?: JobProgress): Promise<void>;
  progress(progress: JobProgress): Promise<void>;
  /** Aborted on shutdown or cancel: save a checkpoint and return promptly. */
  readonly signal: AbortSignal;
  readonly services: JobServices;
  /** Writes to the sync log with this job's id. */
  log(entry: Omit<LogEntry, 'jobId' | 'kind'> & { kind?: LogEntry['kind'] }): Promise<void>;
}

export interface JobDefinition<P extends z.ZodType = z.ZodType, C extends z.ZodType = z.ZodType> {
  readonly kind: string;
  readonly params: P;
  readonly checkpoint: C;
  /**
   * The work these params ask for: a request whose work is equal to a queued or running job's joins that job
   * instead of queueing another. Leave out what changes how, not what (timings). Default: the params as parsed.
   */
  work?(params: z.infer<P>): unknown;
  /** Resolves to a short summary for the job list (e.g. "980 sent, 20 invalid"). */
  run(ctx: JobContext<z.infer<P>, z.infer<C>>): Promise<string | undefined>;
}

/** Declares a job kind; the schemas validate what is enqueued and what is read back from the database. */
export function defineJob<P extends z.ZodType, C extends z.ZodType>(
  definition: JobDefinition<P, C>,
): JobDefinition<P, C> {
  return definition;
}
