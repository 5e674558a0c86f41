import {
  createManualClock,
  createOzonEmulator,
  defaultCredentials,
  type ManualClock,
  type OzonEmulator,
  type OzonEmulatorOptions,
} from '../../bridge/scaffold/ozon-emulator';
import type { CallRecord } from '../../bridge/src/ozon/client';
import { createOzonClient, type OzonClient, type OzonClientOptions } from '../../bridge/src/ozon/client';

export const FBS_WAREHOUSE = 1020005003107121;
export const RFBS_WAREHOUSE = 1020005003107122;
export const CLIENT_ID = defaultCredentials[0]?.clientId ?? '123456';
export const API_KEY = defaultCredentials[0]?.apiKey ?? 'emulator-api-key';

export interface ClientHarness {
  readonly emulator: OzonEmulator;
  readonly clock: ManualClock;
  readonly client: OzonClient;
  /** Every call record the client reported. */
  readonly records: CallRecord[];
  /**
   * Runs client work while moving the manual clock forward in small steps, so limiter windows, backoff waits,
   * timeouts and the emulator's asynchronous changes all pass without real waiting.
   */
  run<T>(work: Promise<T>): Promise<T>;
  /** Builds another client on the same emulator and clock. */
  newClient(options?: Partial<OzonClientOptions>): OzonClient;
}

export interface HarnessOptions {
  readonly emulator?: OzonEmulatorOptions;
  readonly client?: Partial<OzonClientOptions>;
  /** Clock step of `run`, ms. */
  readonly stepMs?: number;
}

/** An emulator on a manual clock and a client wired to its in-process fetch. */
export function createClientHarness(options: HarnessOptions = {}): ClientHarness {
  const clock = createManualClock();
  const emulator = createOzonEmulator({ clock, faultSeed: 7, ...options.emulator });
  const records: CallRecord[] = [];
  const stepMs = options.stepMs ?? 50;
  const newClient = (overrides: Partial<OzonClientOptions> = {}): OzonClient =>
    createOzonClient({
      baseUrl: 'http://emulator.test',
      clientId: CLIENT_ID,
      apiKey: API_KEY,
      fetch: emulator.fetch,
      clock,
      // Deterministic backoff for assertions on waits.
      retry: { jitter: () => 0.5 },
      onCall: (record) => records.push(record),
      ...options.client,
      ...overrides,
    });
  return {
    emulator,
    clock,
    client: newClient(),
    records,
    newClient,
    async run<T>(work: Promise<T>): Promise<T> {
      let settled = false;
      const tracked = work.finally(() => {
        settled = true;
      });
      tracked.catch(() => undefined);
      while (!settled) {
        await new Promise((resolve) => setImmediate(resolve));
        if (!settled) {
          await clock.advance(stepMs);
        }
      }
      return tracked;
    },
  };
}

/** Offer ids `prefix-1` … `prefix-n`. */
export function offers(prefix: string, n: number): string[] {
  return Array.from({ length: n }, (_, i) => `${prefix}-${i + 1}`);
}

/** The error a promise rejects with (fails the test when it resolves). */
export async function rejection(work: Promise<unknown>): Promise<unknown> {
  try {
    await work;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail, but it succeeded');
}
