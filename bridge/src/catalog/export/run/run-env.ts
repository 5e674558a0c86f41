import type { StoreDb } from '../../../db/connection';
import type { LogEntry } from '../../../log/sync-log';
import type { OzonClient } from '../../../ozon/client';
import type { Clock } from '../../../shared/clock';
import type { ExportContext } from '../export-context';
import type { ExportDeps } from '../steps/deps';
import type { ExportCheckpoint } from './job-schemas';

/** How far the run is, for progress bars. */
export interface RunProgress {
  readonly done: number;
  readonly total: number;
  readonly note?: string;
}

/**
 * The job runner's hooks, so the export runs unchanged under the bridge's job runner or under the CLI: the last
 * checkpoint, a way to save the next one (only after the data it covers is written), progress, and the stop signal.
 */
export interface RunControl {
  readonly checkpoint: ExportCheckpoint | undefined;
  saveCheckpoint(checkpoint: ExportCheckpoint, progress?: RunProgress): Promise<void>;
  progress(progress: RunProgress): Promise<void>;
  readonly signal: AbortSignal;
}

/** What a run works with. `ozon` is optional for a dry run (no quota figures then). */
export interface RunEnv {
  readonly store: StoreDb;
  readonly clock: Clock;
  readonly jobId: string | null;
  readonly ozon: OzonClient | undefined;
  readonly context: ExportContext;
  readonly warehouseId: string | null;
  readonly log: (entry: Omit<LogEntry, 'kind' | 'jobId'>) => Promise<void>;
}

/** The Ozon-facing dependencies of a real run. */
export function depsOf(
  env: RunEnv,
  ozon: OzonClient,
  signal: AbortSignal,
  timing: ExportDeps['timing'],
): ExportDeps {
  return {
    store: env.store,
    clock: env.clock,
    ozon,
    jobId: env.jobId,
    signal,
    timing,
    warehouseId: env.warehouseId,
    guardrailPercent: env.context.priceRules.settings.guardrailPercent,
    log: env.log,
  };
}
