import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BenchResult, benchDatabase } from './harness';
import { forgetRequests, pairsOf, receivedRequests } from './offers/emulator-control';
import { prepareLiveStore, REGULAR_WAREHOUSES } from './offers/live-store';
import { pairCounts } from './offers/stock-pairs';
import { startBusyProcess } from './sync-products/background-load';
import { childEnv } from './sync-products/child-env';
import { startEmulatorProcess } from './sync-products/emulator-process';
import type { ListeningProcess } from './sync-products/listening-process';
import { runTimed } from './sync-products/timed-process';

/*
 * The whole catalogue's stock pushed against Ozon's enforced limits, by the real `meschain-ozon sync stocks` process.
 * The emulator runs in its own process on the real clock (speed 1) with its default limits, so a stall on this
 * machine can only add our own CPU time to the elapsed time, not multiply it (as the sped-up in-process clock of the
 * bench this replaces did, whose ratio went from 1.008 to 1.244 with the machine's load).
 */

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const PREFIX = 'bp_';
const OZON = { clientId: '123456', apiKey: 'bench-api-key' };
const STOCKS = '/v2/products/stocks';
/** Ozon's documented stock limits, which the emulator enforces by default. */
const PAIRS_PER_REQUEST = 100;
const REQUESTS_PER_WINDOW = 80;
const WINDOW_MS = 60_000;
/** The push is to take at most 3 % longer than the fastest any client could be. */
const GOAL_RATIO = 1.03;
const RUN_TIMEOUT_MS = 15 * 60_000;

function positiveInt(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(`${name} must be a whole number above 0, got '${process.env[name]}'`);
  }
  return value;
}

/**
 * The fastest any client can push `pairs` through Ozon's limits: `requests = ceil(pairs / 100)` in
 * `windows = ceil(requests / 80)` rolling minutes. The first window is used at once, at the start, so the last
 * window opens `(windows - 1) × 60 s` after it: minimum = (windows − 1) × 60 s (what the last window's requests take
 * besides is left out, which only makes the minimum stricter).
 */
export function theoreticalMinimum(pairs: number): { requests: number; windows: number; ms: number } {
  const requests = Math.ceil(pairs / PAIRS_PER_REQUEST);
  const windows = Math.ceil(requests / REQUESTS_PER_WINDOW);
  return { requests, windows, ms: (windows - 1) * WINDOW_MS };
}

/** "N sent, N accepted[, N refused]" from the command's summary. */
function summaryCounts(stdout: string): { sent: number; accepted: number; refused: number } | undefined {
  const found = /(\d+) sent, (\d+) accepted(?:, (\d+) refused)?/.exec(stdout);
  return found
    ? { sent: Number(found[1]), accepted: Number(found[2]), refused: Number(found[3] ?? 0) }
    : undefined;
}

const seconds = (ms: number): number => Number((ms / 1000).toFixed(2));

/**
 * `meschain-ozon sync stocks`, spawn to exit, on a store of live offers (5,500 products, some 11,000 offers) × the
 * emulator's two regular warehouses, the first sync after mapping them: every pair (some 22,000, 220 requests, three
 * rate windows) is sent. Set beside the theoretical minimum, with the 429 answers the emulator recorded (none may
 * be) and the pairs Ozon refused. `BENCH_LOAD=1` keeps another process busy on a core meanwhile.
 */
export async function run(): Promise<BenchResult[]> {
  const products = positiveInt('BENCH_STOCK_PRODUCTS', 5_500);
  const loaded = process.env.BENCH_LOAD === '1';
  const database = await benchDatabase(PREFIX);
  let emulator: ListeningProcess | undefined;
  let busy: ReturnType<typeof startBusyProcess> | undefined;
  try {
    const { store, databaseUrl } = database;
    const setupStart = Date.now();
    emulator = await startEmulatorProcess({ cwd: ROOT, speed: 1, ...OZON });
    const units = await prepareLiveStore(store, databaseUrl, {
      products,
      ozon: { apiUrl: emulator.url, ...OZON },
      warehouses: REGULAR_WAREHOUSES,
    });
    // No card in the sample store is bulky (product_state.bulky is unset), so each goes to every regular warehouse.
    const pairs = units.length * REGULAR_WAREHOUSES.length;
    const minimum = theoreticalMinimum(pairs);
    if (minimum.windows < 3) {
      throw new Error(
        `${pairs} pairs fill ${minimum.windows} rate windows; the bench needs 3: more products`,
      );
    }
    await forgetRequests(emulator.url);
    const setupMs = Date.now() - setupStart;
    console.log(
      `  setup ${seconds(setupMs)} s: ${products} products, ${units.length} live offers × ` +
        `${REGULAR_WAREHOUSES.length} warehouses = ${pairs} pairs, ${minimum.requests} requests at least`,
    );

    busy = loaded ? startBusyProcess() : undefined;
    const sync = await runTimed(
      [
        'bridge/bin/meschain-ozon.mjs',
        'sync',
        'stocks',
        '--database-url',
        databaseUrl,
        '--table-prefix',
        PREFIX,
      ],
      { cwd: ROOT, timeoutMs: RUN_TIMEOUT_MS, env: childEnv() },
    );
    await busy?.stop();
    busy = undefined;

    const received = await receivedRequests(emulator.url);
    const stockRequests = received.filter((r) => r.path === STOCKS);
    const answers429 = received.filter((r) => r.status === 429).length;
    const pairsSent = stockRequests.reduce((n, r) => n + pairsOf(r).length, 0);
    const firstAt = Math.min(...stockRequests.map((r) => r.at));
    const lastAt = Math.max(...stockRequests.map((r) => r.at));
    const counts = summaryCounts(sync.stdout);
    const stored = await pairCounts(store);
    const refused = Math.max(counts?.refused ?? 0, stored.refused);
    const ratio = sync.wallMs / minimum.ms;
    const details = {
      products,
      liveOffers: units.length,
      warehouses: REGULAR_WAREHOUSES.length,
      pairs,
      minimumRequests: minimum.requests,
      windows: minimum.windows,
      stockRequests: stockRequests.length,
      pairsSent,
      accepted: counts?.accepted ?? null,
      // First to last stock request at the emulator: the pacing alone, without start-up and the first compare.
      firstToLastRequestSeconds: seconds(lastAt - firstAt),
      spawnToFirstRequestSeconds: seconds(firstAt - sync.spawnedAt),
      cpuSeconds: seconds(sync.cpuMs),
      peakRssMB: Math.round(sync.peakRssMB),
      loaded,
      setupSeconds: seconds(setupMs),
    };
    console.log(
      `  sync stocks: ${seconds(sync.wallMs)} s (minimum ${minimum.ms / 1000} s, ratio ${ratio.toFixed(4)}), ` +
        `${stockRequests.length} stock requests, ${answers429} answers 429, ${refused} pairs refused; ` +
        `${JSON.stringify(details)}`,
    );
    if (ratio > GOAL_RATIO || answers429 > 0 || refused > 0 || stored.accepted !== pairs) {
      throw new Error(
        `the stock push missed its goal: ratio ${ratio.toFixed(4)} (goal ≤ ${GOAL_RATIO}), ${answers429} answers 429, ` +
          `${refused} pairs refused, ${stored.accepted} of ${pairs} pairs accepted`,
      );
    }
    return [
      { name: 'sync stocks, every pair: elapsed', value: seconds(sync.wallMs), unit: 's', details },
      { name: 'sync stocks, every pair: theoretical minimum', value: minimum.ms / 1000, unit: 's' },
      {
        name: 'sync stocks, every pair: elapsed / minimum',
        value: Number(ratio.toFixed(4)),
        unit: 'x',
        details: { goal: `≤ ${GOAL_RATIO}`, met: true },
      },
      { name: 'sync stocks, every pair: 429 answers', value: answers429, unit: 'count' },
      { name: 'sync stocks, every pair: pairs refused', value: refused, unit: 'count' },
    ];
  } finally {
    await Promise.allSettled([busy?.stop(), emulator?.stop()]);
    await database.destroy();
  }
}
