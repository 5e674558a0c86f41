import type { BridgeConfig } from '../config/schema';
import { openStoreDb } from '../db/connection';
import { migrate } from '../db/migrate';
import type { JobDefinition } from '../jobs/define';
import { jobDefinitions } from '../jobs/registry';
import { createJobRunner, type JobRunnerOptions } from '../jobs/runner';
import { createSyncLog } from '../log/sync-log';
import { createNonceStore } from '../security/nonce-store';
import { createSecretProvider } from '../security/shared-secret';
import { createSettingsService } from '../settings/service';
import { type Clock, systemClock } from '../shared/clock';
import { createEventArrivals } from '../store-events/arrivals';
import { BRIDGE_VERSION } from '../version';
import { createLifecycle } from './lifecycle';
import type { Services } from './services';

export interface ServicesOptions {
  readonly clock?: Clock;
  /** Job kinds to run (default: every registered kind). */
  readonly jobs?: readonly JobDefinition[];
  readonly jobRunner?: JobRunnerOptions;
}

/**
 * Everything the bridge runs on, without the HTTP server: the store's pool with migrations applied, the shared
 * secret, settings, log, lifecycle and job runner (not yet started). The server and the foreground CLI commands
 * share it, so a job started from either is the same resumable job.
 */
export async function openServices(config: BridgeConfig, options: ServicesOptions = {}) {
  const clock = options.clock ?? systemClock;
  const store = openStoreDb({ databaseUrl: config.databaseUrl, tablePrefix: config.tablePrefix });
  try {
    await migrate(store.pool, config.tablePrefix);
  } catch (error) {
    await store.close();
    throw error;
  }
  const secrets = createSecretProvider(store);
  const secret = await secrets.current();
  const lifecycle = createLifecycle();
  const settings = createSettingsService(store, () => new Date(clock.now()));
  // Read once so that the log masks the stored Api-Key from the first entry on (it also never sees it by design).
  await settings.ozon().catch(() => undefined);
  const log = createSyncLog(store, clock, () => [secret, ...settings.knownSecrets()]);
  const jobs = createJobRunner(
    { config, store, clock, lifecycle, log, settings },
    options.jobs ?? jobDefinitions,
    options.jobRunner,
  );
  const services: Services = {
    config,
    store,
    clock,
    secrets,
    nonces: createNonceStore(store, clock),
    settings,
    lifecycle,
    log,
    jobs,
    arrivals: createEventArrivals(),
    version: BRIDGE_VERSION,
  };
  return { services, lifecycle };
}
