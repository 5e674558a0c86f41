import type { z } from 'zod';
import type { Services } from '../http/services';
import type { LogEntry } from '../log/sync-log';

/** How far a job has got, shown by the panel's progress bar and the CLI's. */
export interface JobProgress {
  readonly done: number;
  readonly total: number;
  readonly note?: string;
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
  readonly services: Services;
  /** Writes to the sync log with this job's id. */
  log(entry: Omit<LogEntry, 'jobId' | 'kind'> & { kind?: LogEntry['kind'] }): Promise<void>;
}

export interface JobDefinition<P extends z.ZodType = z.ZodType, C extends z.ZodType = z.ZodType> {
  readonly kind: string;
  readonly params: P;
  readonly checkpoint: C;
  /** Resolves to a short summary for the job list (e.g. "980 sent, 20 invalid"). */
  run(ctx: JobContext<z.infer<P>, z.infer<C>>): Promise<string | undefined>;
}

/** Declares a job kind; the schemas validate what is enqueued and what is read back from the database. */
export function defineJob<P extends z.ZodType, C extends z.ZodType>(
  definition: JobDefinition<P, C>,
): JobDefinition<P, C> {
  return definition;
}
