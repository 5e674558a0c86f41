import { createOzonEmulator, seedWarehouses } from '../../bridge/scaffold/ozon-emulator';
import { type CallRecord, createOzonClient } from '../../bridge/src/ozon/client';
import { defaultLimits } from '../../bridge/src/ozon/limits';
import { createScaledClock } from '../../bridge/src/shared/clock';
import type { BenchResult } from './harness';

const PAIRS = 20_000;
// Speed 10, not 60: everything the in-process emulator and the client compute runs on this thread, and the clock
// multiplies each real millisecond of it (and of any stall while other processes share the CPU) by its speed.
// At 60, a 100 ms stall already reads as 6 s of "Ozon latency"; measured on a loaded two-core machine, speed 60
// gave ratios of 1.03 to 1.22, speed 20 1.01 to 1.07, speed 10 1.01 to 1.03. The run takes 12 s of real time.
const SPEED = 10;
const STOCKS = '/v2/products/stocks';
const CLIENT_ID = '123456';
const API_KEY = 'bench-api-key';

/**
 * The fastest any client can push `pairs` through Ozon's stock limits: requests of 100 pairs, 80 per rolling
 * minute, the first window used at once, so the last window opens (windows - 1) minutes after the start.
 */
export function theoreticalMinimumMs(pairs: number): { requests: number; windows: number; ms: number } {
  const limit = defaultLimits.perPath[STOCKS];
  const perRequest = 100;
  const requests = Math.ceil(pairs / perRequest);
  const perWindow = limit?.limit ?? 80;
  const windowMs = limit?.windowMs ?? 60_000;
  const windows = Math.ceil(requests / perWindow);
  return { requests, windows, ms: (windows - 1) * windowMs };
}

/**
 * Runs the same code path once on a throwaway emulator with the limits lifted. The in-process emulator spends its
 * CPU time on our thread, and a sped-up clock multiplies that time by its speed (cold code at speed 60 turns
 * milliseconds of JIT warm-up into seconds of "Ozon latency"); a real Ozon does its work elsewhere.
 */
async function warmUp(): Promise<void> {
  const emulator = createOzonEmulator({
    credentials: [{ clientId: CLIENT_ID, apiKey: API_KEY }],
    limits: { stockRequestsPerMinute: 1_000_000, requestsPerSecond: 1_000_000 },
  });
  const products = emulator.control.seedProducts(
    Array.from({ length: 3_000 }, (_, i) => ({ offerId: `WARM-${i}` })),
  );
  const client = createOzonClient({
    baseUrl: 'http://emulator.test',
    clientId: CLIENT_ID,
    apiKey: API_KEY,
    fetch: emulator.fetch,
    limits: { globalRps: 50, perPath: { [STOCKS]: { limit: 1_000_000, windowMs: 60_000 } } },
  });
  await client.stocks.update(
    products.map((p) => ({
      offer_id: p.offerId,
      stock: 1,
      warehouse_id: seedWarehouses[0]?.warehouseId ?? 0,
    })),
  );
}

/**
 * Pushes 20,000 stock pairs (products already on sale, active FBS and rFBS warehouses) through the client
 * against the emulator's enforced limits on a clock running 10 times faster than the wall clock.
 */
export async function run(): Promise<BenchResult[]> {
  const clock = createScaledClock(SPEED);
  const emulator = createOzonEmulator({ clock, credentials: [{ clientId: CLIENT_ID, apiKey: API_KEY }] });
  const warehouses = seedWarehouses
    .filter((w) => w.status === 'created' && !w.isKgt)
    .map((w) => w.warehouseId);
  const productCount = Math.ceil(PAIRS / warehouses.length);
  const products = emulator.control.seedProducts(
    Array.from({ length: productCount }, (_, i) => ({ offerId: `BENCH-${i + 1}` })),
  );
  const pairs = products
    .flatMap((p) => warehouses.map((warehouse_id) => ({ offer_id: p.offerId, stock: 5, warehouse_id })))
    .slice(0, PAIRS);

  await warmUp();
  const records: CallRecord[] = [];
  const client = createOzonClient({
    baseUrl: 'http://emulator.test',
    clientId: CLIENT_ID,
    apiKey: API_KEY,
    fetch: emulator.fetch,
    clock,
    onCall: (record) => records.push(record),
  });
  emulator.control.clearRequests();
  const started = clock.now();
  const realStarted = performance.now();
  const outcome = await client.stocks.update(pairs);
  const elapsedMs = clock.now() - started;
  const realMs = performance.now() - realStarted;

  const minimum = theoreticalMinimumMs(PAIRS);
  const received = emulator.control.requests({ path: STOCKS });
  const rateLimited =
    received.filter((r) => r.status === 429).length + records.filter((r) => r.status === 429).length;
  const ratio = elapsedMs / minimum.ms;
  const details = {
    pairs: PAIRS,
    warehouses: warehouses.length,
    requests: received.length,
    clockSpeed: SPEED,
    realSeconds: Number((realMs / 1000).toFixed(2)),
    pairsRefused: outcome.failed.length,
    minimumSeconds: minimum.ms / 1000,
  };
  console.log(
    `  ozon stocks: ${PAIRS} pairs in ${received.length} requests, ${(elapsedMs / 1000).toFixed(1)} s emulated ` +
      `(minimum ${minimum.ms / 1000} s, ratio ${ratio.toFixed(3)}), 429s: ${rateLimited}, refused pairs: ${outcome.failed.length}`,
  );
  if (ratio > 1.05 || rateLimited > 0 || outcome.failed.length > 0) {
    throw new Error(
      `stock push missed its target: ratio ${ratio.toFixed(3)}, ${rateLimited} 429s, ${outcome.failed.length} refused`,
    );
  }
  return [
    {
      name: 'ozon stocks 20k pairs: elapsed',
      value: Number((elapsedMs / 1000).toFixed(2)),
      unit: 'emulated s',
      details,
    },
    { name: 'ozon stocks 20k pairs: theoretical minimum', value: minimum.ms / 1000, unit: 'emulated s' },
    { name: 'ozon stocks 20k pairs: ratio to minimum', value: Number(ratio.toFixed(4)), unit: 'x' },
    { name: 'ozon stocks 20k pairs: 429 answers', value: rateLimited, unit: 'count' },
  ];
}
