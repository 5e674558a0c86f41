import { randomBytes } from 'node:crypto';
import { count } from 'drizzle-orm';
import type { Command } from '../../src/cli/command';
import { parseFlags, UsageError } from '../../src/cli/flags';
import { loadConfig } from '../../src/config/load';
import { CATALOG_EXPORT_JOB } from '../../src/contract/values';
import { openStoreDb } from '../../src/db/connection';
import { migrate } from '../../src/db/migrate';
import { createSettingsService } from '../../src/settings/service';
import { startBridgeWithPanel } from '../demo-panel/host';
import { seedWarehouses } from '../ozon-emulator/seed/warehouses';
import { startOzonEmulator } from '../ozon-emulator/start-emulator';
import { generateSampleStore } from '../sample-store/generate';
import { demoDatabase } from './database';
import { applyDemoMapping } from './mapping-preset';

const DEMO_PREFIX = 'demo_';

async function waitForSignal(): Promise<string> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });
}

export const demoCommand: Command = {
  name: 'demo',
  summary: 'run the whole product on a generated sample store and the Ozon emulator (no Ozon account needed)',
  usage: `Usage: meschain-ozon demo [--products N] [--port N] [--no-export]

Creates (or replaces) the database meschain_demo on the local MariaDB (DATABASE_URL, default 127.0.0.1:3306;
a private MariaDB is started when none answers), fills a sample store, starts the Ozon emulator and the bridge
with its panel, maps the sample categories and exports them. Prints a one-time login link to the panel.

  --products N   sample products (default 200)
  --port N       the bridge's port on 127.0.0.1 (default 7420; 0 = any free port)
  --no-export    stop after mapping: start the export from the panel yourself
  --database N   the database to (re)create the demo in (default meschain_demo)`,
  async run(args) {
    const flags = parseFlags(args, {
      products: { type: 'string' },
      port: { type: 'string' },
      'no-export': { type: 'boolean' },
      database: { type: 'string' },
    });
    const databaseName = typeof flags.database === 'string' ? flags.database : 'meschain_demo';
    if (!/^[A-Za-z0-9_]{1,64}$/.test(databaseName)) {
      throw new UsageError(`--database must be a database name (letters, digits, _), got '${databaseName}'`);
    }
    const products = Number(flags.products ?? '200');
    if (!Number.isInteger(products) || products < 1 || products > 100_000) {
      throw new UsageError(
        `--products must be a whole number from 1 to 100000, got '${String(flags.products)}'`,
      );
    }
    const database = await demoDatabase(databaseName);
    const config = await loadConfig({
      flags: {
        'database-url': database.databaseUrl,
        'table-prefix': DEMO_PREFIX,
        port: typeof flags.port === 'string' ? flags.port : '7420',
        'store-url': 'http://shop.demo.localhost/',
      },
      env: {},
    });

    const store = openStoreDb({
      databaseUrl: config.databaseUrl,
      tablePrefix: config.tablePrefix,
      poolSize: 2,
    });
    console.log(
      `1/5 sample store: ${products} products in ${new URL(config.databaseUrl).pathname.slice(1)} (prefix ${DEMO_PREFIX})`,
    );
    const summary = await generateSampleStore(store, { products, force: true });
    await migrate(store.pool, config.tablePrefix);
    // A fresh demo each run: forget what an earlier run exported, mapped or logged.
    for (const table of Object.values(store.own)) {
      await store.db.delete(table);
    }

    const credentials = { clientId: '100500', apiKey: `demo-${randomBytes(12).toString('hex')}` };
    const emulator = await startOzonEmulator({
      port: 0,
      credentials: [credentials],
      taskPendingMs: 3_000,
      moderationMs: 8_000,
    });
    console.log(
      `2/5 Ozon emulator on ${emulator.url} (Client-Id ${credentials.clientId}; it accepts no other key)`,
    );
    const warehouse = seedWarehouses.find((w) => w.status === 'created' && !w.isRfbs && !w.isKgt);
    const settings = createSettingsService(store);
    await settings.updateOzon({
      ...credentials,
      apiUrl: emulator.url,
      ...(warehouse ? { defaultWarehouseId: String(warehouse.warehouseId) } : {}),
    });

    // Stock goes to the regular FBS and the rFBS warehouse, the same quantity to each (Stock & prices).
    const stocked = seedWarehouses.filter((w) => w.status === 'created' && !w.isKgt);
    await settings.updateOffers({
      stock: { warehouses: stocked.map((w) => ({ warehouseId: String(w.warehouseId), name: w.name })) },
    });
    const ozon = await settings.ozonClient();
    const mapped = await applyDemoMapping(store, { ozon });
    console.log(
      `3/5 mapped ${mapped.categories} categories and ${mapped.rules} attribute rules to the emulator's catalogue`,
    );
    await store.close();

    const bridge = await startBridgeWithPanel(config);
    console.log(`4/5 bridge on ${bridge.url}`);
    const flawed = Object.values(summary.flawed).reduce((n, ids) => n + ids.length, 0);
    if (flags['no-export'] !== true) {
      const { id } = await bridge.services.jobs.enqueue(CATALOG_EXPORT_JOB, {});
      console.log(
        `5/5 exporting (job ${id}); ${flawed} products are deliberately incomplete and will be refused with the reason`,
      );
      let last = '';
      const unsubscribe = bridge.services.jobs.subscribe(id, ({ job }) => {
        const line = `    ${job.state}: ${job.progressDone}/${job.progressTotal}`;
        if (line !== last) {
          last = line;
          console.log(line);
        }
      });
      const job = await bridge.services.jobs.waitFor(id, 10 * 60_000);
      unsubscribe();
      console.log(
        `    export ${job?.state ?? 'still running'}${job?.summary ? `: ${job.summary}` : ''}${job?.error ? ` (${job.error})` : ''}`,
      );
      const states = await bridge.services.store.db
        .select({ state: bridge.services.store.own.productState.state, n: count() })
        .from(bridge.services.store.own.productState)
        .groupBy(bridge.services.store.own.productState.state);
      console.log(`    product states now: ${states.map((s) => `${s.state} ${s.n}`).join(', ')}`);
      console.log(
        '    (Ozon moderation in the emulator takes a few seconds: watch the rest reach "live" in the panel)',
      );
    }
    console.log(`\nOpen the panel (one-time link): ${bridge.panelLoginUrl()}\nPress Ctrl+C to stop.`);
    const signal = await waitForSignal();
    console.log(`${signal}: stopping`);
    await bridge.stop();
    await emulator.close();
    await database.privateServer?.stop();
    return 0;
  },
};
