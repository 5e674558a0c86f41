import { applyDemoMapping } from '../../bridge/scaffold/demo/mapping-preset';
import { type FaultRule, startOzonEmulator } from '../../bridge/scaffold/ozon-emulator';
import { generateSampleStore } from '../../bridge/scaffold/sample-store/generate';
import { createSyncProductsCommand } from '../../bridge/src/catalog/export/command';
import { createOzonClient } from '../../bridge/src/ozon/client';
import { writeOzonSettings } from '../../bridge/src/settings/store';
import { createScaledClock } from '../../bridge/src/shared/clock';
import { createTestStore } from '../harness/test-store';
import { EMULATOR_CREDENTIALS, storeFlags } from './export-fixture';

/**
 * Ozon on a bad day, on every method: 20 % 5xx, 20 % 429, 10 % dropped connections (after Ozon processed the
 * request), 10 % malformed bodies (likewise), 10 % slow answers and a few `Circle is open`. Rules fire
 * independently; a 5xx, 429 or open circle replaces processing, a drop wins over a malformed body.
 */
export const BAD_DAY: readonly FaultRule[] = [
  { kind: 'server-error', share: 0.1 },
  { kind: 'server-error', share: 0.11, status: 504 },
  { kind: 'rate-limit', share: 0.2 },
  { kind: 'circle-open', share: 0.02, times: 4 },
  { kind: 'drop', share: 0.1 },
  { kind: 'malformed', share: 0.1 },
  { kind: 'slow', share: 0.1, delayMs: 5_000 },
];

/** States of units that were never meant to go: held back by their data, their mapping or the merchant. */
export const NOT_SENDABLE = new Set(['invalid', 'not_mapped', 'disabled', 'excluded']);

export interface FaultRunCounts {
  /** Ozon items (units) of the store. */
  readonly items: number;
  /** Units that can go (neither invalid nor unmapped nor disabled nor excluded). */
  readonly valid: number;
  readonly live: number;
  readonly failed: number;
  /** Units with no outcome yet, by state. */
  readonly waiting: Readonly<Record<string, number>>;
  /** Offers whose same card reached Ozon in two accepted tasks. */
  readonly doubled: number;
  /** Import tasks Ozon accepted. */
  readonly importTasks: number;
  /** Every request the emulator received, and how many of them a fault changed. */
  readonly ozonCalls: number;
  readonly faultsInjected: number;
}

export interface FaultRunResult {
  readonly exitCode: number;
  readonly output: string;
  readonly counts: FaultRunCounts;
  readonly doubledOffers: readonly string[];
}

export interface FaultRunOptions {
  readonly products: number;
  /** How many times faster than real time the bridge and Ozon's emulator run (one shared clock). */
  readonly speed: number;
  readonly faults: readonly FaultRule[];
  /** Extra `sync products` flags (waits). */
  readonly flags?: readonly string[];
  readonly taskPendingMs?: number;
  readonly faultSeed?: number;
}

/**
 * One `meschain-ozon sync products` (the command itself, in this process, on a clock shared with the emulator)
 * against Ozon's emulator over HTTP with `faults` injected once the catalogue is mapped; then what Ozon and the
 * store hold.
 */
export async function faultRun(options: FaultRunOptions): Promise<FaultRunResult> {
  const store = await createTestStore();
  const clock = createScaledClock(options.speed);
  const ozonServer = await startOzonEmulator({
    clock,
    openApiDocPaths: false,
    limits: { importItemsPerMinute: 1_000_000 },
    ...(options.taskPendingMs === undefined ? {} : { taskPendingMs: options.taskPendingMs }),
    ...(options.faultSeed === undefined ? {} : { faultSeed: options.faultSeed }),
  });
  const control = ozonServer.emulator.control;
  const output: string[] = [];
  const { log, error } = console;
  try {
    await generateSampleStore(store, { products: options.products, force: true });
    control.setQuota({ dailyCreateLimit: 1_000_000, dailyUpdateLimit: 1_000_000, totalLimit: 1_000_000 });
    const ozon = createOzonClient({ ...EMULATOR_CREDENTIALS, baseUrl: ozonServer.url, clock });
    await writeOzonSettings(store, { ...EMULATOR_CREDENTIALS, apiUrl: ozonServer.url }, new Date());
    await applyDemoMapping(store, { ozon });
    control.clearRequests();
    for (const rule of options.faults) {
      control.injectFault(rule);
    }
    const command = createSyncProductsCommand({
      clock,
      // Staleness is measured on the run's clock, heartbeats on the wall clock: scale it so a live job looks live.
      jobRunner: { staleMs: 6_000 * options.speed },
    });
    console.log = (...args: unknown[]) => output.push(args.join(' '));
    console.error = (...args: unknown[]) => output.push(args.join(' '));
    const exitCode = await command.run([...storeFlags(store), ...(options.flags ?? [])]);
    console.log = log;
    console.error = error;
    const rows = await store.db.select().from(store.own.productState);
    const waiting: Record<string, number> = {};
    for (const row of rows) {
      if (row.state !== 'live' && row.state !== 'failed' && !NOT_SENDABLE.has(row.state)) {
        waiting[row.state] = (waiting[row.state] ?? 0) + 1;
      }
    }
    const doubledOffers = control.doubledImports();
    const requests = control.requests();
    return {
      exitCode,
      output: output.join('\n'),
      doubledOffers,
      counts: {
        items: rows.length,
        valid: rows.filter((r) => !NOT_SENDABLE.has(r.state)).length,
        live: rows.filter((r) => r.state === 'live').length,
        failed: rows.filter((r) => r.state === 'failed').length,
        waiting,
        doubled: doubledOffers.length,
        importTasks: ozonServer.emulator.state.tasks.size,
        ozonCalls: requests.length,
        faultsInjected: requests.filter((r) => r.fault !== undefined).length,
      },
    };
  } finally {
    console.log = log;
    console.error = error;
    await ozonServer.close();
    await store.destroy();
  }
}

/** The counts as the soak run prints them. */
export function describeCounts(c: FaultRunCounts): string {
  const waiting = Object.entries(c.waiting)
    .map(([state, n]) => `${state} ${n}`)
    .join(', ');
  return [
    `items ${c.items} (valid ${c.valid})`,
    `live ${c.live}`,
    `failed ${c.failed}`,
    `waiting ${waiting || '0'}`,
    `doubled imports ${c.doubled}`,
    `import tasks ${c.importTasks}`,
    `Ozon calls ${c.ozonCalls}`,
    `faults injected ${c.faultsInjected}`,
  ].join(', ');
}
