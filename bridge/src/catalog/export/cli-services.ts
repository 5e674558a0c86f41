import type { BridgeConfig } from '../../config/schema';
import { openStoreDb } from '../../db/connection';
import { migrate } from '../../db/migrate';
import { createSecretProvider } from '../../http/auth/shared-secret';
import { createLifecycle } from '../../http/lifecycle';
import type { Services } from '../../http/services';
import { jobDefinitions } from '../../jobs/registry';
import { createJobRunner, type JobRow } from '../../jobs/runner';
import { createSyncLog } from '../../log/sync-log';
import { systemClock } from '../../shared/clock';
import { BRIDGE_VERSION } from '../../version';

const ENDED = new Set<JobRow['state']>(['done', 'failed', 'cancelled']);

/**
 * The bridge's services without its HTTP server, for commands that run jobs in the foreground. The job runner is
 * the bridge's own, so a job started here is the same resumable job the bridge would run: interrupted, the next
 * command or bridge start takes it over (a killed process is detected by its stale heartbeat).
 */
export async function createCliServices(config: BridgeConfig) {
  const store = openStoreDb({ databaseUrl: config.databaseUrl, tablePrefix: config.tablePrefix });
  try {
    await migrate(store.pool, config.tablePrefix);
  } catch (error) {
    await store.close();
    throw error;
  }
  const clock = systemClock;
  const secrets = createSecretProvider(store);
  const secret = await secrets.current();
  const lifecycle = createLifecycle();
  const log = createSyncLog(store, clock, () => [secret]);
  // A CLI run takes over a job whose process died after 6 s without a heartbeat (heartbeat every 2 s).
  const jobs = createJobRunner({ store, clock, lifecycle, log }, jobDefinitions, {
    heartbeatMs: 2_000,
    staleMs: 6_000,
    pollMs: 500,
  });
  const services: Services = { config, store, clock, secrets, lifecycle, log, jobs, version: BRIDGE_VERSION };
  let stopping: Promise<void> | undefined;
  return {
    services,
    start: () => jobs.start(services),
    /** Calls `onChange` with the job row until the job ends; undefined when stopped first. */
    async follow(id: string, onChange: (row: JobRow) => void): Promise<JobRow | undefined> {
      for (;;) {
        if (lifecycle.draining) {
          return undefined;
        }
        const row = await jobs.get(id);
        if (row) {
          onChange(row);
          if (ENDED.has(row.state)) {
            return row;
          }
        }
        await new Promise((resolve) => setTimeout(resolve, 300));
      }
    },
    /** Hands a running job back (checkpointed) and closes the database. */
    stop(): Promise<void> {
      stopping ??= (async () => {
        jobs.stop();
        await lifecycle.drain(config.shutdownTimeoutMs);
        await store.close();
      })();
      return stopping;
    },
  };
}
