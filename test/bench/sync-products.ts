import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BenchResult, benchDatabase } from './harness';
import { startBusyProcess } from './sync-products/background-load';
import { prepareBenchStore } from './sync-products/bench-store';
import { measuredCommands } from './sync-products/commands';
import { startEmulatorProcess } from './sync-products/emulator-process';
import { medians, syncResults } from './sync-products/figures';
import type { ProcessFigures } from './sync-products/timed-process';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const PREFIX = 'bs_';
/** The store URL of the baseline's payloads (image links are hashed): every sync run must use the same one. */
const STORE_URL = 'https://shop.example/';
const OZON = { clientId: '123456', apiKey: 'bench-api-key' };
/**
 * Ozon's clock runs 600 times faster: an import task's 2 s and moderation's 10 s take 3 and 17 ms, so following
 * Ozon's answers costs what our side does, not minutes of Ozon's pace.
 */
const EMULATOR_SPEED = 600;
/**
 * `--poll-ms 20`: about the emulated moderation time at that speed, so a wait for Ozon ends within one poll of
 * its answer (the default, 10 s, would make every changed run a multiple of 10 s of our own pause).
 */
const SYNC_FLAGS = ['--poll-ms', '20'];
/** The 1 %-changed run reads only what changed: the products the store saved since the last sync. */
const CHANGED_RUN_FLAGS: readonly string[] = ['--changed'];
/** Round r changes the products with product_id % 100 = r: a different 1 % each round. */
const CHANGED_EVERY = 100;
const RUN_TIMEOUT_MS = 30 * 60_000;
const GOALS = {
  noChange: { ratio: 1.5, peakRssMB: 250 },
  changed: { ratio: 0.3, peakRssMB: 250 },
};

function positiveInt(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(`${name} must be a whole number above 0, got '${process.env[name]}'`);
  }
  return value;
}

/** "sent N in M tasks" from the command's report: what a run sent to Ozon. */
function sentBy(run: ProcessFigures): { items: number; tasks: number } | undefined {
  const found = /sent (\d+) in (\d+) tasks/.exec(run.stdout);
  return found ? { items: Number(found[1]), tasks: Number(found[2]) } : undefined;
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

/**
 * What merchants run, end to end: the real `meschain-ozon sync products` process (start-up, reading and planning
 * the store, sending, following Ozon's answers until settled) on a 100,000-product sample store after a first
 * export, beside a plain script that only reads and hashes the same products (the floor). Each round runs the
 * plain read, a sync over the unchanged store and a sync after 1 % of the prices changed, each as its own process
 * timed from spawn to exit; the figures are medians over the rounds, as ratios to the floor.
 */
export async function run(): Promise<BenchResult[]> {
  const products = positiveInt('BENCH_SYNC_PRODUCTS', 100_000);
  const rounds = positiveInt('BENCH_ROUNDS', 3);
  const loaded = process.env.BENCH_LOAD === '1';
  const database = await benchDatabase(PREFIX);
  let emulator: Awaited<ReturnType<typeof startEmulatorProcess>> | undefined;
  let busy: ReturnType<typeof startBusyProcess> | undefined;
  try {
    const { store, databaseUrl } = database;
    const setupStart = performance.now();
    emulator = await startEmulatorProcess({ cwd: ROOT, speed: EMULATOR_SPEED, ...OZON });
    const { languageId } = await prepareBenchStore(store, databaseUrl, {
      products,
      ozon: { apiUrl: emulator.url, ...OZON },
      storeUrl: STORE_URL,
    });
    const commands = measuredCommands({
      root: ROOT,
      databaseUrl,
      prefix: PREFIX,
      products,
      languageId,
      storeUrl: STORE_URL,
      syncFlags: SYNC_FLAGS,
      timeoutMs: RUN_TIMEOUT_MS,
    });
    // The first run after the baseline records every product's fingerprint and the mark a sync of what changed
    // starts from; the runs measured are the ones a merchant's store sees every few minutes after that.
    // A unit whose first analysis wrote something (warnings the baseline did not carry) is recorded quiet by the
    // second, so two runs.
    const first = await commands.sync([]);
    await commands.sync([]);
    const setupMs = performance.now() - setupStart;
    console.log(`  setup ${seconds(setupMs)} (of which the first sync run ${seconds(first.wallMs)})`);

    busy = loaded ? startBusyProcess() : undefined;
    const runs = {
      plainRead: [] as ProcessFigures[],
      noChange: [] as ProcessFigures[],
      changed: [] as ProcessFigures[],
    };
    for (let round = 1; round <= rounds; round += 1) {
      const plain = await commands.plainRead();
      const noChange = await commands.sync([]);
      await store.pool.query(
        `UPDATE \`${PREFIX}product\` SET price = price + 1, date_modified = NOW()
         WHERE product_id % ${CHANGED_EVERY} = ?`,
        [round % CHANGED_EVERY],
      );
      const changed = await commands.sync(CHANGED_RUN_FLAGS);
      runs.plainRead.push(plain);
      runs.noChange.push(noChange);
      runs.changed.push(changed);
      console.log(
        `  round ${round}/${rounds}: plain read ${seconds(plain.wallMs)}, no change ${seconds(noChange.wallMs)}, ` +
          `1 % changed ${seconds(changed.wallMs)}`,
      );
    }
    await busy?.stop();
    busy = undefined;

    const floor = medians(runs.plainRead);
    const noChange = medians(runs.noChange);
    const changed = medians(runs.changed);
    const details = {
      products,
      rounds,
      loaded,
      medians: { plainRead: floor, noChange, changed },
      changedRunFlags: CHANGED_RUN_FLAGS.join(' ') || '(none: a full run)',
      sent: { noChange: runs.noChange.map(sentBy), changed: runs.changed.map(sentBy) },
      emulatorSpeed: EMULATOR_SPEED,
      syncFlags: SYNC_FLAGS.join(' '),
      setupMs: Math.round(setupMs),
    };
    return [
      { name: 'sync products: plain read (the floor)', value: floor.wallMs, unit: 'ms', details },
      ...syncResults('sync products, no change', noChange, floor, GOALS.noChange),
      ...syncResults('sync products, 1 % changed', changed, floor, GOALS.changed),
    ];
  } finally {
    await Promise.allSettled([busy?.stop(), emulator?.stop()]);
    await database.destroy();
  }
}
