import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RowDataPacket } from 'mysql2/promise';
import { OWN_TABLE_INFIX } from '../../bridge/src/db/own/index';
import { ensureSharedSecret } from '../../bridge/src/security/shared-secret';
import { type BenchResult, benchDatabase } from './harness';
import { postStoreEvent, startBridgeProcess } from './offers/bridge-process';
import { forgetRequests, pairsOf, type ReceivedRequest, receivedRequests } from './offers/emulator-control';
import { spread } from './offers/latency';
import { prepareLiveStore, REGULAR_WAREHOUSES } from './offers/live-store';
import { pairCounts } from './offers/stock-pairs';
import { waitFor } from './offers/wait-for';
import { startBusyProcess } from './sync-products/background-load';
import { startEmulatorProcess } from './sync-products/emulator-process';
import type { ListeningProcess } from './sync-products/listening-process';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const PREFIX = 'be_';
const OZON = { clientId: '123456', apiKey: 'bench-api-key' };
const STOCKS = '/v2/products/stocks';
const EVENTS = 500;
/**
 * One event every 75 ms (13 a second), the middle of 50–100 ms: a bulk quantity import or a sale rush, far more
 * than Ozon's 80 stock requests a minute (1.3 a second) if each were sent alone, so the worker must put the pairs
 * of several events in one request to keep up. The 500 events last 37.5 s, inside one rolling minute of Ozon's.
 * One event is the store's UPDATE then the POST, as an admin save is; one that starts late (the UPDATE waited for a
 * lock) is followed 75 ms later, not by a burst catching up with the schedule.
 */
const PACE_MS = 75;
/** Stock on Ozon within a second of the store event. */
const GOAL_P95_MS = 1_000;
/** Ozon's stock requests count for a rolling minute; the events start when the first push's have left it. */
const OZON_WINDOW_MS = 60_000;
/** Quantities sent in the measured part are above any the sample store holds (≤ 200): each is a change. */
const QUANTITY_BASE = 10_000;

/** One event as it was sent, and when the emulator first received the stock it asked for. */
interface Sent {
  readonly productId: number;
  readonly offerId: string;
  readonly quantity: number;
  /** How long the store's own UPDATE of the quantity took (it waits for any lock the bridge's reads hold). */
  readonly updateMs: number;
  /** Wall clock just before the POST. */
  readonly postedAt: number;
  /** The bridge's answer (202) came back. */
  readonly answeredAt: number;
  arrivedAt?: number;
}

function positiveInt(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(`${name} must be a whole number above 0, got '${process.env[name]}'`);
  }
  return value;
}

const sleepUntil = (at: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, Math.max(0, at - Date.now())));

/** Fills in `arrivedAt` of every event whose stock the emulator has received since its POST. */
function matchArrivals(events: readonly Sent[], requests: readonly ReceivedRequest[]): number {
  const byOffer = new Map(events.map((e) => [e.offerId, e]));
  for (const request of requests) {
    for (const pair of pairsOf(request)) {
      const event = pair.offer_id === undefined ? undefined : byOffer.get(pair.offer_id);
      if (
        event &&
        event.arrivedAt === undefined &&
        request.at >= event.postedAt &&
        pair.stock === event.quantity
      ) {
        event.arrivedAt = request.at;
      }
    }
  }
  return events.filter((e) => e.arrivedAt !== undefined).length;
}

/**
 * Store event to stock request at Ozon, end to end: the real `meschain-ozon serve` process (its offers worker woken
 * by each event) on a store of live offers whose stock was pushed once, against the emulator process on the real
 * clock. Each of 500 events changes one more product's quantity in SQL and POSTs `product.edited`, signed as the
 * extension does; its latency runs from just before the POST to the emulator's arrival time of the first stock
 * request carrying the new value of that offer. Both clocks are this machine's wall clock (the emulator runs at
 * speed 1 and records `at` on arrival, after reading the body), to the millisecond. Each event is for a different
 * product, so Ozon's one update per pair per 30 s is never in play; the pairs were pushed more than a minute earlier.
 */
export async function run(): Promise<BenchResult[]> {
  const products = positiveInt('BENCH_EVENT_PRODUCTS', 2_000);
  const loaded = process.env.BENCH_LOAD === '1';
  const warehouse = REGULAR_WAREHOUSES[0];
  if (!warehouse) {
    throw new Error('the emulator has no regular warehouse');
  }
  const database = await benchDatabase(PREFIX);
  let emulator: ListeningProcess | undefined;
  let bridge: ListeningProcess | undefined;
  let busy: ReturnType<typeof startBusyProcess> | undefined;
  try {
    const { store, databaseUrl } = database;
    const setupStart = Date.now();
    emulator = await startEmulatorProcess({ cwd: ROOT, speed: 1, ...OZON });
    const ozonUrl = emulator.url;
    const units = await prepareLiveStore(store, databaseUrl, {
      products,
      ozon: { apiUrl: ozonUrl, ...OZON },
      warehouses: [warehouse],
    });
    const secret = await ensureSharedSecret(store);
    bridge = await startBridgeProcess({ cwd: ROOT, databaseUrl, prefix: PREFIX });
    // The worker takes the new warehouse mapping as a change of rules and pushes every pair once.
    await waitFor(
      async () => {
        const c = await pairCounts(store);
        return c.pairs === units.length && c.accepted + c.refused === c.pairs;
      },
      { timeoutMs: 180_000, everyMs: 500, what: `the first push of ${units.length} pairs` },
    );
    const first = await pairCounts(store);
    const firstPush = await receivedRequests(ozonUrl, STOCKS);
    const lastFirst = Math.max(...firstPush.map((r) => r.at));
    await sleepUntil(lastFirst + OZON_WINDOW_MS + 1_000);
    await forgetRequests(ozonUrl);
    const setupMs = Date.now() - setupStart;
    console.log(
      `  setup ${(setupMs / 1000).toFixed(1)} s: ${products} products, ${units.length} live offers, first push ` +
        `${first.accepted} accepted and ${first.refused} refused in ${firstPush.length} requests, then a quiet minute`,
    );

    const [targets] = await store.pool.query<Array<{ productId: number; offerId: string } & RowDataPacket>>(
      `SELECT s.product_id AS productId, s.offer_id AS offerId
       FROM \`${PREFIX}${OWN_TABLE_INFIX}product_state\` s JOIN \`${PREFIX}product\` p ON p.product_id = s.product_id
       WHERE s.state = 'live' AND s.variant_key = '' AND s.ozon_sku IS NOT NULL AND p.status = 1
       ORDER BY s.product_id LIMIT ?`,
      [EVENTS],
    );
    if (targets.length < EVENTS) {
      throw new Error(`the store has ${targets.length} live products without variants, ${EVENTS} are needed`);
    }
    busy = loaded ? startBusyProcess() : undefined;
    const sent: Sent[] = [];
    const start = Date.now();
    let updateAt = start - PACE_MS;
    for (const [i, target] of targets.entries()) {
      await sleepUntil(updateAt + PACE_MS);
      const quantity = QUANTITY_BASE + i;
      updateAt = Date.now();
      await store.pool.query(`UPDATE \`${PREFIX}product\` SET quantity = ? WHERE product_id = ?`, [
        quantity,
        target.productId,
      ]);
      const postedAt = Date.now();
      const status = await postStoreEvent(bridge.url, secret, {
        event: 'product.edited',
        id: target.productId,
      });
      if (status !== 202) {
        throw new Error(`the bridge answered ${status} to the event of product ${target.productId}`);
      }
      sent.push({ ...target, quantity, updateMs: postedAt - updateAt, postedAt, answeredAt: Date.now() });
    }
    const eventsMs = Date.now() - start;
    // Long enough for a worker that waited for Ozon's next rolling minute to be measured rather than cut off.
    const arrived = await waitFor(
      async () => matchArrivals(sent, await receivedRequests(ozonUrl, STOCKS)) === sent.length,
      { timeoutMs: 2 * OZON_WINDOW_MS, everyMs: 500, what: 'the stock of every event at the emulator' },
    ).then(
      () => true,
      () => false,
    );
    await busy?.stop();
    busy = undefined;

    const all = await receivedRequests(ozonUrl);
    const stockRequests = all.filter((r) => r.path === STOCKS);
    const latencies = sent.flatMap((e) => (e.arrivedAt === undefined ? [] : [e.arrivedAt - e.postedAt]));
    const answers = spread(sent.map((e) => e.answeredAt - e.postedAt));
    const figures =
      latencies.length > 0 ? spread(latencies) : { p50: Number.NaN, p95: Number.NaN, max: Number.NaN };
    const details = {
      products,
      liveOffers: units.length,
      events: sent.length,
      arrived: latencies.length,
      paceMs: PACE_MS,
      eventsSeconds: Number((eventsMs / 1000).toFixed(1)),
      loaded,
      stockRequests: stockRequests.length,
      pairsPerRequest: Number(
        (
          stockRequests.reduce((n, r) => n + pairsOf(r).length, 0) / Math.max(1, stockRequests.length)
        ).toFixed(1),
      ),
      answers429: all.filter((r) => r.status === 429).length,
      postAnswerMs: answers,
      storeUpdateMs: spread(sent.map((e) => e.updateMs)),
      setupMs,
    };
    console.log(
      `  store event → stock request: p50 ${figures.p50} ms, p95 ${figures.p95} ms, max ${figures.max} ms ` +
        `(${latencies.length}/${sent.length} arrived; ${stockRequests.length} stock requests, ` +
        `${details.answers429} answers 429; the bridge answered the POSTs in p50 ${answers.p50} ms, p95 ${answers.p95} ms; ` +
        `the store's quantity UPDATEs took p50 ${details.storeUpdateMs.p50} ms, max ${details.storeUpdateMs.max} ms)`,
    );
    if (!arrived || figures.p95 > GOAL_P95_MS) {
      throw new Error(
        `stock did not follow the store within ${GOAL_P95_MS} ms (p95 ${figures.p95} ms, ` +
          `${sent.length - latencies.length} of ${sent.length} never arrived): ${JSON.stringify(details)}`,
      );
    }
    const goal = { goal: `p95 ≤ ${GOAL_P95_MS} ms`, met: true };
    return [
      { name: 'store event → stock request at Ozon: p50', value: figures.p50, unit: 'ms', details },
      { name: 'store event → stock request at Ozon: p95', value: figures.p95, unit: 'ms', details: goal },
      { name: 'store event → stock request at Ozon: max', value: figures.max, unit: 'ms' },
    ];
  } finally {
    await Promise.allSettled([busy?.stop(), bridge?.stop(), emulator?.stop()]);
    await database.destroy();
  }
}
