import { createProgressPrinter } from '../../cli/cli-progress';
import { type CliServicesOptions, startCliRun } from '../../cli/cli-services';
import type { Command } from '../../cli/command';
import { parseFlags, STORE_FLAGS } from '../../cli/flags';
import { OFFERS_PRICE_SYNC_JOB, OFFERS_STOCK_SYNC_JOB } from '../../contract/values';
import { fixPlace } from '../../shared/fix-places';
import { offerSyncParamsSchema } from '../jobs/params';

const WHAT = {
  stocks: {
    kind: OFFERS_STOCK_SYNC_JOB,
    summary: 'reconcile stock on Ozon with the store (or --dry-run: count what would be sent)',
    does: `Compares, for every Ozon offer and mapped warehouse, what the store's quantity and the stock rules say, what
Ozon last accepted and what Ozon reports now (present and reserved), and sends only the differences, within Ozon's
limits (100 pairs a request, 80 requests a minute, one update per pair every 30 s).`,
  },
  prices: {
    kind: OFFERS_PRICE_SYNC_JOB,
    summary: 'reconcile prices on Ozon with the store and the price rules (or --dry-run)',
    does: `Compares, for every Ozon offer, the price the rules make of the store's price, what Ozon last accepted and
what Ozon reports now, and sends only the differences (1,000 a request, at most 10 updates per product an hour).
A change beyond the guardrail is held for approval in Stock & prices, not sent.`,
  },
} as const;

/** `sync stocks` / `sync prices`; tests pass the clock they share with the Ozon emulator. */
export function createSyncOffersCommand(what: keyof typeof WHAT, options: CliServicesOptions = {}): Command {
  const spec = WHAT[what];
  return {
    name: `sync ${what}`,
    summary: spec.summary,
    usage: `Usage: meschain-ozon sync ${what} [--dry-run] [options]

${spec.does}

  --dry-run               compare only: print how many values would be sent; nothing is sent or changed
  --opencart-root DIR     read the database settings and prefix from DIR/config.php
  --database-url URL      mysql://user:pass@host:port/database (instead of --opencart-root)
  --table-prefix PREFIX   OpenCart's DB_PREFIX (default oc_)
  --store-url URL         accepted as the other commands take it (stock and prices do not use it)
  --config FILE           JSON file with any of these settings
Runs as the bridge's resumable job: stopped, it continues where it stopped the next time. Ozon credentials come
from the bridge settings (${fixPlace('settings')}); warehouses and rules from Stock & prices.
Exit codes: 0 done; 1 failed; 130 stopped.`,
    async run(args) {
      const flags = parseFlags(args, {
        ...STORE_FLAGS,
        'store-url': { type: 'string' },
        'dry-run': { type: 'boolean' },
      });
      const { 'dry-run': dry, ...rest } = flags;
      const run = await startCliRun(rest, options);
      const { cli } = run;
      const printer = createProgressPrinter(process.stdout, 'offers');
      try {
        const params = offerSyncParamsSchema.parse({ dryRun: dry === true });
        const { id, existing, after } = await cli.services.jobs.enqueue(spec.kind, params);
        const waits = after ? `; it waits for job ${after} to end` : '';
        console.log(
          existing
            ? `continuing the ${what} sync under way (job ${id})${waits}`
            : `${what} sync job ${id} started${waits}`,
        );
        cli.start();
        const job = await cli.follow(id, (row) => printer.update(what, row.progressDone, row.progressTotal));
        printer.end();
        if (run.interrupted() || !job) {
          console.log('stopped; the sync continues from its checkpoint next time');
          return 130;
        }
        console.log(job.state === 'done' ? (job.summary ?? 'done') : `${job.state}: ${job.error ?? ''}`);
        return job.state === 'done' ? 0 : 1;
      } finally {
        await run.end();
      }
    },
  };
}

export const syncStocksCommand: Command = createSyncOffersCommand('stocks');
export const syncPricesCommand: Command = createSyncOffersCommand('prices');
