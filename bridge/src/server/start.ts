import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { BridgeConfig } from '../config/schema';
import { openStoreDb } from '../db/connection';
import { migrate } from '../db/migrate';
import { type AppOptions, createApp } from '../http/app';
import { createSecretProvider } from '../http/auth/shared-secret';
import { createLifecycle } from '../http/lifecycle';
import type { Services } from '../http/services';
import type { JobDefinition } from '../jobs/define';
import { jobDefinitions } from '../jobs/registry';
import { createJobRunner, type JobRunnerOptions } from '../jobs/runner';
import { createSyncLog } from '../log/sync-log';
import { type Clock, systemClock } from '../shared/clock';
import { BRIDGE_VERSION } from '../version';

export interface StartOptions {
  readonly clock?: Clock;
  readonly app?: AppOptions | ((services: Services) => AppOptions);
  /** Job kinds to run (default: every registered kind). */
  readonly jobs?: readonly JobDefinition[];
  readonly jobRunner?: JobRunnerOptions;
}

/**
 * Opens the store's database, applies the bridge's migrations, makes sure the shared secret exists and serves
 * the app on loopback. `stop()` is the graceful shutdown: no new work, running work finished or checkpointed
 * within the timeout, then the pool closed.
 */
export async function startBridge(config: BridgeConfig, options: StartOptions = {}) {
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
  const log = createSyncLog(store, clock, () => [secret]);
  const jobs = createJobRunner(
    { store, clock, lifecycle, log },
    options.jobs ?? jobDefinitions,
    options.jobRunner,
  );
  const services: Services = { config, store, clock, secrets, lifecycle, log, jobs, version: BRIDGE_VERSION };
  const appOptions = typeof options.app === 'function' ? options.app(services) : (options.app ?? {});
  const app = createApp(services, appOptions);
  const { server, address } = await new Promise<{ server: ReturnType<typeof serve>; address: AddressInfo }>(
    (resolve, reject) => {
      const s = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, (info) =>
        resolve({ server: s, address: info }),
      );
      s.once('error', reject);
    },
  );
  jobs.start(services);
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  let stopping: Promise<void> | undefined;
  return {
    app,
    services,
    url: `http://${host}:${address.port}`,
    port: address.port,
    stop(): Promise<void> {
      stopping ??= (async () => {
        jobs.stop();
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        const { unfinished } = await lifecycle.drain(config.shutdownTimeoutMs);
        if (unfinished > 0) {
          console.warn(
            `stopped with ${unfinished} task(s) unfinished; they resume from their checkpoint at next start`,
          );
        }
        if ('closeAllConnections' in server) {
          server.closeAllConnections();
        }
        await closed;
        await store.close();
      })();
      return stopping;
    },
  };
}

export type RunningBridge = Awaited<ReturnType<typeof startBridge>>;
