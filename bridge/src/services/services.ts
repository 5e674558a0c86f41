import type { BridgeConfig } from '../config/schema';
import type { StoreDb } from '../db/connection';
import type { JobRunner } from '../jobs/runner';
import type { SyncLog } from '../log/sync-log';
import type { NonceStore } from '../security/nonce-store';
import type { SecretProvider } from '../security/shared-secret';
import type { SettingsService } from '../settings/service';
import type { Clock } from '../shared/clock';
import type { EventArrivals } from '../store-events/arrivals';
import type { Lifecycle } from './lifecycle';

/**
 * Everything the bridge runs on, built once by the composition root (`open-services.ts`) and handed to the HTTP app,
 * the CLI commands and (narrowed to `JobServices`) the jobs; never read from globals.
 */
export interface Services {
  readonly config: BridgeConfig;
  readonly store: StoreDb;
  readonly clock: Clock;
  readonly secrets: SecretProvider;
  /** Nonces of accepted signed requests, kept across restarts so a captured request cannot be replayed. */
  readonly nonces: NonceStore;
  /** The merchant's Ozon settings (Api-Key server-side only) and a client for them. */
  readonly settings: SettingsService;
  readonly log: SyncLog;
  readonly lifecycle: Lifecycle;
  /** Resumable background jobs (exports, catalogue refreshes). */
  readonly jobs: JobRunner;
  /** Store events queued by this process, for work that reacts to them at once (stock on Ozon). */
  readonly arrivals: EventArrivals;
  /** Version of the bridge, for the status answer and the panel. */
  readonly version: string;
}
