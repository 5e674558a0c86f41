import type { BridgeConfig } from '../config/schema';
import type { StoreDb } from '../db/connection';
import type { JobRunner } from '../jobs/runner';
import type { SyncLog } from '../log/sync-log';
import type { SettingsService } from '../settings/service';
import type { Clock } from '../shared/clock';
import type { SecretProvider } from './auth/shared-secret';

/** Tracks work in flight so that shutdown can stop taking new work and wait for what is running. */
export interface Lifecycle {
  readonly draining: boolean;
  /** Runs `work` as in-flight work; refused once draining has begun. */
  track<T>(work: () => Promise<T>): Promise<T>;
  /** Aborted when the bridge starts to shut down; long jobs checkpoint and stop on it. */
  readonly signal: AbortSignal;
}

/** Everything a route needs, built once at start and handed to the app (never read from globals). */
export interface Services {
  readonly config: BridgeConfig;
  readonly store: StoreDb;
  readonly clock: Clock;
  readonly secrets: SecretProvider;
  /** The merchant's Ozon settings (Api-Key server-side only) and a client for them. */
  readonly settings: SettingsService;
  readonly log: SyncLog;
  readonly lifecycle: Lifecycle;
  /** Resumable background jobs (exports, catalogue refreshes). */
  readonly jobs: JobRunner;
  /** Version of the bridge, for the status answer and the panel. */
  readonly version: string;
}

export interface AppEnv {
  Variables: {
    services: Services;
    requestId: string;
  };
}
