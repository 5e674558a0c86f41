import type { StoreDb } from '../../../db/connection';
import type { LogEntry } from '../../../log/sync-log';
import type { OzonClient } from '../../../ozon/client';
import type { Clock } from '../../../shared/clock';

/** How long the export waits for Ozon, in clock time. */
export interface ExportTiming {
  /** Pause between two polls of import tasks and product statuses. */
  readonly pollIntervalMs: number;
  /** How long a run waits for sent tasks to be processed before it ends (the next run picks them up). */
  readonly settleWaitMs: number;
  /** How long a run follows moderation before it ends (moderation can take a day; the next run goes on). */
  readonly moderationWaitMs: number;
}

export const DEFAULT_TIMING: ExportTiming = {
  pollIntervalMs: 10_000,
  settleWaitMs: 30 * 60_000,
  moderationWaitMs: 30 * 60_000,
};

/** The waits of a run: Ozon's defaults with the overrides given. */
export function timingOf(
  t: { readonly [K in keyof ExportTiming]?: number | undefined } | undefined,
): ExportTiming {
  return {
    pollIntervalMs: t?.pollIntervalMs ?? DEFAULT_TIMING.pollIntervalMs,
    settleWaitMs: t?.settleWaitMs ?? DEFAULT_TIMING.settleWaitMs,
    moderationWaitMs: t?.moderationWaitMs ?? DEFAULT_TIMING.moderationWaitMs,
  };
}

/** Everything the Ozon-facing steps of an export need. */
export interface ExportDeps {
  readonly store: StoreDb;
  readonly clock: Clock;
  readonly ozon: OzonClient;
  readonly jobId: string | null;
  readonly signal: AbortSignal;
  readonly timing: ExportTiming;
  /** Ozon warehouse whose stock is zeroed before archiving; undefined: every warehouse of the seller. */
  readonly warehouseId: string | null;
  /** The price rules' guardrail (percent): a card update never carries a price change beyond it. */
  readonly guardrailPercent: number;
  readonly log: (entry: Omit<LogEntry, 'kind' | 'jobId'>) => Promise<void>;
}

/** The clock's time as a Date, for datetime columns. */
export function nowOf(deps: Pick<ExportDeps, 'clock'>): Date {
  return new Date(deps.clock.now());
}
