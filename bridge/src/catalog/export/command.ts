import { createProgressPrinter } from '../../cli/cli-progress';
import { type CliServicesOptions, startCliRun } from '../../cli/cli-services';
import type { Command } from '../../cli/command';
import { parseFlags, STORE_FLAGS, UsageError } from '../../cli/flags';
import {
  CATALOG_EXPORT_DRY_RUN_JOB,
  CATALOG_EXPORT_FOLLOW_JOB,
  CATALOG_EXPORT_JOB,
} from '../../contract/values';
import { fixPlace } from '../../shared/fix-places';
import { printReport, stateSummary } from './cli-report';
import { writeDryRunPayloads } from './dry-run-payloads';
import { loadExportContext } from './load-context';
import { type ExportParamsInput, exportCheckpointSchema, exportParamsSchema } from './run/job-schemas';
import { describeWaiting, waitingItems } from './views/waiting-items';

function parseOnly(value: string | boolean | undefined): number[] | undefined {
  if (typeof value !== 'string') {
    return undefined;
  }
  const ids = value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (ids.length === 0 || ids.some((s) => !/^[1-9][0-9]{0,9}$/.test(s))) {
    throw new UsageError(
      `--only takes product ids separated by commas, e.g. --only 12,40,41 (got "${value}")`,
    );
  }
  return ids.map(Number);
}

function parseMs(value: string | boolean | undefined, flag: string): number | undefined {
  if (typeof value !== 'string') {
    return undefined;
  }
  if (!/^[0-9]{1,9}$/.test(value)) {
    throw new UsageError(`--${flag} takes milliseconds (got "${value}")`);
  }
  return Number(value);
}

/** The run ended, but some items have no outcome yet (waiting on Ozon); the report says how many and why. */
const EXIT_WAITING = 3;

/** `sync products`; tests pass the clock they share with the Ozon emulator. */
export function createSyncProductsCommand(options: CliServicesOptions = {}): Command {
  return {
    name: 'sync products',
    summary: 'export OpenCart products to Ozon (or --dry-run: show what would be sent)',
    usage: `Usage: meschain-ozon sync products [--dry-run] [--changed | --only ID,...] [options]

  --dry-run               build and check every payload, print what would be sent and the quota it uses
  --changed               only what changed since the last sync (product saves, store events, specials that
                          started or ended); everything is compared once a day and after settings change
  --only ID,...           only these OpenCart product ids
  --payloads FILE         with --dry-run: write every payload that would be sent to FILE (JSON lines)
  --opencart-root DIR     read the database settings and prefix from DIR/config.php
  --database-url URL      mysql://user:pass@host:port/database (instead of --opencart-root)
  --table-prefix PREFIX   OpenCart's DB_PREFIX (default oc_)
  --store-url URL         the store's public URL (image links sent to Ozon)
  --config FILE           JSON file with any of these settings
Waits (advanced, milliseconds): --poll-ms, --settle-wait-ms, --moderation-wait-ms.
The export runs as the bridge's resumable job: stopped (Ctrl-C, or a crash), it continues where it stopped the
next time this command or the bridge runs. Ozon credentials come from the bridge settings (${fixPlace('settings')}).
Exit codes: 0 every item has its outcome (live, failed or held back with its reason); 1 the export failed;
${EXIT_WAITING} it ended with items still waiting (the last lines say how many and why); 130 stopped.`,
    async run(args) {
      const flags = parseFlags(args, {
        ...STORE_FLAGS,
        'store-url': { type: 'string' },
        'dry-run': { type: 'boolean' },
        changed: { type: 'boolean' },
        only: { type: 'string' },
        payloads: { type: 'string' },
        'poll-ms': { type: 'string' },
        'settle-wait-ms': { type: 'string' },
        'moderation-wait-ms': { type: 'string' },
      });
      const { only, payloads, 'dry-run': dry, changed, ...rest } = flags;
      const timingFlags = {
        pollIntervalMs: parseMs(rest['poll-ms'], 'poll-ms'),
        settleWaitMs: parseMs(rest['settle-wait-ms'], 'settle-wait-ms'),
        moderationWaitMs: parseMs(rest['moderation-wait-ms'], 'moderation-wait-ms'),
      };
      const timing = Object.fromEntries(Object.entries(timingFlags).filter(([, v]) => v !== undefined));
      const onlyIds = parseOnly(only);
      if (changed === true && (onlyIds !== undefined || dry === true)) {
        throw new UsageError(
          '--changed syncs what changed since the last sync; it takes neither --only nor --dry-run',
        );
      }
      const params: ExportParamsInput = {
        dryRun: dry === true,
        // The export ends when everything is sent; this command then follows Ozon's answers (the follow-up job).
        follow: 'job',
        ...(onlyIds ? { onlyIds } : {}),
        ...(changed === true ? { scope: 'changed' as const } : {}),
        ...(Object.keys(timing).length > 0 ? { timing } : {}),
      };
      const run = await startCliRun(rest, options);
      const { cli, config } = run;
      const printer = createProgressPrinter();
      const kind = params.dryRun ? CATALOG_EXPORT_DRY_RUN_JOB : CATALOG_EXPORT_JOB;
      try {
        const { id, existing, after } = await cli.services.jobs.enqueue(
          kind,
          exportParamsSchema.parse(params),
        );
        const waits = after ? `; it waits for export ${after} to end` : '';
        console.log(
          existing
            ? `continuing the export already under way (job ${id})${waits}`
            : `export job ${id} started${waits}`,
        );
        cli.start();
        const job = await cli.follow(id, (row) => {
          const checkpoint = exportCheckpointSchema.safeParse(row.checkpoint);
          printer.update(
            checkpoint.success ? checkpoint.data.phase : row.state,
            row.progressDone,
            row.progressTotal,
          );
        });
        printer.end();
        if (run.interrupted() || !job) {
          console.log('stopped; the export continues from its checkpoint next time');
          return 130;
        }
        await printReport(cli.services.store, job);
        if (!params.dryRun && job.state === 'done') {
          // Ozon processes imports and moderates cards afterwards: follow that (and any export it starts) too.
          console.log("following Ozon's answers (tasks, moderation)…");
          const followed = await cli.followAll([CATALOG_EXPORT_FOLLOW_JOB, CATALOG_EXPORT_JOB], (row) =>
            printer.update(
              row.kind === CATALOG_EXPORT_JOB ? 'export' : 'ozon',
              row.progressDone,
              row.progressTotal,
            ),
          );
          printer.end();
          if (run.interrupted() || !followed) {
            console.log('stopped; following Ozon continues next time');
            return 130;
          }
          console.log(await stateSummary(cli.services.store));
          const waiting = describeWaiting(await waitingItems(cli.services.store, onlyIds));
          if (waiting !== undefined) {
            console.log(waiting);
            return EXIT_WAITING;
          }
        }
        if (typeof payloads === 'string' && params.dryRun) {
          const context = await loadExportContext(
            cli.services.store,
            await cli.services.settings.ozon(),
            config.storeUrl,
          );
          const count = await writeDryRunPayloads(cli.services.store, context, payloads, {
            onlyIds,
            now: cli.services.clock.now(),
          });
          console.log(`  ${count} payloads written to ${payloads}`);
        }
        return job.state === 'done' ? 0 : 1;
      } finally {
        await run.end();
      }
    },
  };
}

export const syncProductsCommand: Command = createSyncProductsCommand();
