import type { Command } from '../../src/cli/command';
import { parseFlags, STORE_FLAGS, stringFlags, UsageError } from '../../src/cli/flags';
import { loadConfig } from '../../src/config/load';
import { openStoreDb } from '../../src/db/connection';
import { generateSampleStore } from './generate';

export const sampleStoreCommand: Command = {
  name: 'sample-store',
  summary: 'create (or replace) a generated sample OpenCart store for the demo, tests and benchmarks',
  usage: `Usage: meschain-ozon sample-store --database-url URL --products N [options]

  --database-url URL      the database to fill (its OpenCart tables are created if it has none)
  --table-prefix PREFIX   table prefix (default oc_)
  --products N            how many products (default 200)
  --seed N                generator seed; the same seed gives the same store (default 20261127)
  --force                 replace a catalogue the generator did not make (a real shop's catalogue!)`,
  async run(args) {
    const flags = parseFlags(args, {
      ...STORE_FLAGS,
      products: { type: 'string' },
      seed: { type: 'string' },
      force: { type: 'boolean' },
    });
    const products = Number(flags.products ?? '200');
    const seed = Number(flags.seed ?? '20261127');
    if (!Number.isInteger(products) || products < 1 || products > 1_000_000) {
      throw new UsageError(
        `--products must be a whole number from 1 to 1000000, got '${String(flags.products)}'`,
      );
    }
    if (!Number.isInteger(seed)) {
      throw new UsageError(`--seed must be a whole number, got '${String(flags.seed)}'`);
    }
    const config = await loadConfig({ flags: stringFlags(flags) });
    const store = openStoreDb({ databaseUrl: config.databaseUrl, tablePrefix: config.tablePrefix });
    try {
      const started = Date.now();
      const summary = await generateSampleStore(store, {
        products,
        seed,
        force: flags.force === true,
        onProgress: (done, total) => {
          if (process.stdout.isTTY) {
            process.stdout.write(`\r${done}/${total} products`);
          }
        },
      });
      const flawed = Object.entries(summary.flawed)
        .map(([flaw, ids]) => `${flaw} ${ids.length}`)
        .join(', ');
      console.log(
        `\nsample store ready: ${summary.products} products in ${summary.categories} categories (${((Date.now() - started) / 1000).toFixed(1)} s)` +
          `${summary.createdSchema ? ', OpenCart tables created' : ''}; deliberately incomplete: ${flawed || 'none'}`,
      );
      return 0;
    } finally {
      await store.close();
    }
  },
};
