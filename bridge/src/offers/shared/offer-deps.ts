import type { StoreDb } from '../../db/connection';
import type { LogEntry } from '../../log/sync-log';
import type { OzonClient } from '../../ozon/client';
import type { Clock } from '../../shared/clock';

/** What the offers wing works with: the store, Ozon, the clock and the log; no HTTP, no settings storage. */
export interface OfferDeps {
  readonly store: StoreDb;
  readonly clock: Clock;
  readonly ozon: OzonClient;
  /** The Ozon account's currency: prices are sent in it. */
  readonly currency: string;
  /** Writes a sync-log entry (the job's id, if any, is added by the caller). */
  readonly log: (entry: Omit<LogEntry, 'kind'>) => Promise<void>;
  readonly signal?: AbortSignal | undefined;
}
