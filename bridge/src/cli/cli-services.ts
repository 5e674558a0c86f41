import { loadConfig } from '../config/load';
import type { BridgeConfig } from '../config/schema';
import { jobStateEnded } from '../contract/values';
import type { JobRow } from '../jobs/runner';
import { openServices, type ServicesOptions } from '../services/open-services';
import { stringFlags } from './flags';

/** Tests run a command on the Ozon emulator's sped-up clock (the job runner's staleness is then in its time too). */
export type CliServicesOptions = Pick<ServicesOptions, 'clock' | 'jobRunner'>;

/**
 * The bridge's services without its HTTP server, for commands that run jobs in the foreground. The job runner is
 * the bridge's own, so a job started here is the same resumable job the bridge would run: interrupted, the next
 * command or bridge start takes it over (a killed process is detected by its stale heartbeat).
 */
export async function createCliServices(config: BridgeConfig, options: CliServicesOptions = {}) {
  // A CLI run takes over a job whose process died after 6 s without a heartbeat (heartbeat every 2 s).
  const { services, lifecycle } = await openServices(config, {
    ...(options.clock ? { clock: options.clock } : {}),
    jobRunner: { heartbeatMs: 2_000, staleMs: 6_000, pollMs: 500, ...options.jobRunner },
  });
  const { store, jobs } = services;
  let stopping: Promise<void> | undefined;
  return {
    services,
    start: () => jobs.start(),
    /** Calls `onChange` with the job row until the job ends; undefined when stopped first. */
    async follow(id: string, onChange: (row: JobRow) => void): Promise<JobRow | undefined> {
      for (;;) {
        if (lifecycle.draining) {
          return undefined;
        }
        const row = await jobs.get(id);
        if (row) {
          onChange(row);
          if (jobStateEnded(row.state)) {
            return row;
          }
        }
        await new Promise((resolve) => setTimeout(resolve, 300));
      }
    },
    /**
     * Follows whichever job of these kinds is queued or running, one after the other, until none is left (a
     * follow-up may start an export, which starts a follow-up). True when all ended; false when stopped.
     */
    async followAll(kinds: readonly string[], onChange: (row: JobRow) => void): Promise<boolean> {
      for (;;) {
        const active = (await Promise.all(kinds.map((kind) => jobs.list({ kind, limit: 5 }))))
          .flat()
          .find((row) => !jobStateEnded(row.state));
        if (!active) {
          return true;
        }
        if ((await this.follow(active.id, onChange)) === undefined) {
          return false;
        }
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

/**
 * A foreground command's run: the settings from its flags (and `--config FILE`), the services, and Ctrl-C or
 * SIGTERM stopping them (the job is handed back at its checkpoint). Call `end()` when done, however it went.
 */
export async function startCliRun(
  flags: Parameters<typeof stringFlags>[0] & { readonly config?: string | boolean | undefined },
  options: CliServicesOptions = {},
) {
  const config = await loadConfig({
    flags: stringFlags(flags),
    ...(typeof flags.config === 'string' ? { configFile: flags.config } : {}),
  });
  const cli = await createCliServices(config, options);
  let interrupted = false;
  const stop = (): void => {
    interrupted = true;
    void cli.stop();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return {
    config,
    cli,
    interrupted: (): boolean => interrupted,
    async end(): Promise<void> {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      await cli.stop();
    },
  };
}
