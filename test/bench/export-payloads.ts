import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { applyDemoMapping } from '../../bridge/scaffold/demo/mapping-preset';
import { createOzonEmulator } from '../../bridge/scaffold/ozon-emulator';
import { generateSampleStore } from '../../bridge/scaffold/sample-store/generate';
import { createOzonClient } from '../../bridge/src/ozon/client';
import { type BenchResult, benchDatabase } from './harness';
import { writeFirstExportBaseline } from './setup/first-export-baseline';
import { withRealSchema } from './setup/real-schema';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const PRODUCTS = Number(process.env.BENCH_EXPORT_PRODUCTS ?? 100_000);
/** One product in this many gets a new price between the baseline export and the measured diff. */
const CHANGED_EVERY = 100;
/** The budget: the measured run gets a heap this size and must stay within it (V8 aborts the process if not). */
const HEAP_CAP_MB = 256;
const MiB = 2 ** 20;
/** The store URL of the baseline's payloads; the worker's dry run builds them with the same one. */
const STORE_URL = 'https://shop.example/';

/**
 * Building and diffing the Ozon payloads of a 100,000-product sample store, as a dry run does: every product read
 * from OpenCart in keyset pages, turned into import items with its variants, checked, hashed and compared with
 * the hashes a previous export stored; 1 % of the prices changed since. Setup (store generation, mapping, the
 * baseline) is not timed. The measured run is a child process with a 256 MB heap cap; the figures are its time,
 * and its peak heap and RSS growth over the run.
 */
export async function run(): Promise<BenchResult[]> {
  const database = await benchDatabase('bx_');
  try {
    const { store } = database;
    const setupStart = performance.now();
    await withRealSchema(database.databaseUrl, store.prefix);
    await generateSampleStore(store, { products: PRODUCTS, force: true });
    const emulator = createOzonEmulator({ openApiDocPaths: false });
    const ozon = createOzonClient({
      clientId: '123456',
      apiKey: 'emulator-api-key',
      baseUrl: 'http://ozon.test',
      fetch: emulator.fetch,
    });
    await applyDemoMapping(store, { ozon });
    await writeFirstExportBaseline(store, STORE_URL);
    await store.pool.query(
      `UPDATE \`${store.prefix}product\` SET price = price + 10 WHERE product_id % ${CHANGED_EVERY} = 0`,
    );
    const setupMs = performance.now() - setupStart;
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [
        `--max-old-space-size=${HEAP_CAP_MB}`,
        '--import',
        'tsx',
        path.join(HERE, 'workers', 'export-payloads.ts'),
        database.databaseUrl,
        store.prefix,
        STORE_URL,
      ],
      { cwd: path.resolve(HERE, '..', '..'), maxBuffer: 16 * MiB },
    );
    const figures = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as {
      elapsedMs: number;
      cpuMs: number;
      summary: string;
      report: { products: number; units: number; actions: Record<string, number> };
      heapBefore: number;
      heapPeak: number;
      rssBefore: number;
      rssPeak: number;
    };
    const units = figures.report.units;
    const details = {
      products: figures.report.products,
      units,
      actions: figures.report.actions,
      heapCapMB: HEAP_CAP_MB,
      setupMs: Math.round(setupMs),
    };
    return [
      {
        name: 'export payloads: build + diff of the store',
        value: Math.round(figures.elapsedMs),
        unit: 'ms',
        details,
      },
      {
        // The machine is shared: CPU time says what the run itself cost when other work slows the wall clock.
        name: 'export payloads: CPU time of the run',
        value: Math.round(figures.cpuMs),
        unit: 'ms',
      },
      {
        name: 'export payloads: per Ozon item',
        value: Number(((figures.elapsedMs * 1000) / Math.max(1, units)).toFixed(1)),
        unit: 'µs',
      },
      {
        name: 'export payloads: heap growth (peak)',
        value: Math.round((figures.heapPeak - figures.heapBefore) / MiB),
        unit: 'MiB',
      },
      {
        name: 'export payloads: RSS growth (peak)',
        value: Math.round((figures.rssPeak - figures.rssBefore) / MiB),
        unit: 'MiB',
      },
    ];
  } finally {
    await database.destroy();
  }
}
