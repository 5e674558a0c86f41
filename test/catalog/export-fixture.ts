import { applyDemoMapping } from '../../bridge/scaffold/demo/mapping-preset';
import { createOzonEmulator, type OzonEmulator } from '../../bridge/scaffold/ozon-emulator';
import { generateSampleStore, type SampleStoreSummary } from '../../bridge/scaffold/sample-store/generate';
import { loadExportContext } from '../../bridge/src/catalog/export/load-context';
import type { ExportCheckpoint, ExportParamsInput } from '../../bridge/src/catalog/export/run/job-schemas';
import { exportParamsSchema } from '../../bridge/src/catalog/export/run/job-schemas';
import type { Resender } from '../../bridge/src/catalog/export/run/phase-ozon';
import type { RunControl, RunEnv } from '../../bridge/src/catalog/export/run/run-env';
import { runExport } from '../../bridge/src/catalog/export/run/run-export';
import { type FollowControl, runFollow } from '../../bridge/src/catalog/export/run/run-follow';
import { createOzonClient, type OzonClient } from '../../bridge/src/ozon/client';
import { readOzonSettings, writeOzonSettings } from '../../bridge/src/settings/store';
import { type Clock, systemClock } from '../../bridge/src/shared/clock';
import { createTestStore, TEST_TABLE_PREFIX, type TestStore } from '../harness/test-store';

export const STORE_URL = 'https://shop.example/';
export const EMULATOR_CREDENTIALS = { clientId: '123456', apiKey: 'emulator-api-key' } as const;

/** The flags that point `meschain-ozon sync products` at a test store. */
export function storeFlags(store: TestStore): string[] {
  return ['--database-url', store.databaseUrl, '--table-prefix', TEST_TABLE_PREFIX, '--store-url', STORE_URL];
}

/** The items of every /v3/product/import request the emulator received, request by request. */
export function importRequests(fx: Pick<ExportFixture, 'emulator'>): Array<Array<{ offer_id?: string }>> {
  return fx.emulator.control
    .requests({ path: '/v3/product/import' })
    .map((r) => (r.body as { items?: Array<{ offer_id?: string }> }).items ?? []);
}

/** Short waits: the emulator processes tasks in 150 ms and moderates in 400 ms of wall time. */
export const FAST_TIMING = {
  pollIntervalMs: 100,
  settleWaitMs: 60_000,
  moderationWaitMs: 60_000,
};

export interface ExportFixture {
  readonly store: TestStore;
  readonly summary: SampleStoreSummary;
  readonly emulator: OzonEmulator;
  readonly ozon: OzonClient;
  env(jobId?: string): Promise<RunEnv>;
  /**
   * Runs the follow-up job's work (catalog-export-follow) to its end: Ozon's task results and moderation. Lost
   * imports are sent again by an export of their products, as the job does by queueing one.
   */
  follow(jobId?: string): Promise<string>;
  /** Runs an export to its end with an in-memory checkpoint; returns the summary line and the last checkpoint. */
  run(
    params?: ExportParamsInput,
    jobId?: string,
  ): Promise<{ summary: string; checkpoint: ExportCheckpoint | undefined }>;
}

export interface ExportFixtureOptions {
  /** Shared by the emulator, the client and the run (a sped-up clock makes Ozon's long waits short). */
  readonly clock?: Clock;
  /** How long Ozon holds an import task before processing it (clock ms, default 150). */
  readonly taskPendingMs?: number;
  /** The waits of every run and follow-up (default FAST_TIMING). */
  readonly timing?: Partial<typeof FAST_TIMING>;
}

/** A sample store of `products` products mapped onto the emulator's seeded catalogue, with a fast emulator. */
export async function createExportFixture(
  products: number,
  options: ExportFixtureOptions = {},
): Promise<ExportFixture> {
  const clock = options.clock ?? systemClock;
  const timing = { ...FAST_TIMING, ...options.timing };
  const store = await createTestStore();
  const summary = await generateSampleStore(store, { products, force: true });
  const emulator = createOzonEmulator({
    clock,
    taskPendingMs: options.taskPendingMs ?? 150,
    moderationMs: 400,
    openApiDocPaths: false,
    limits: { importItemsPerMinute: 1_000_000 },
  });
  emulator.control.setQuota({
    dailyCreateLimit: 1_000_000,
    dailyUpdateLimit: 1_000_000,
    totalLimit: 1_000_000,
  });
  const ozon = createOzonClient({
    ...EMULATOR_CREDENTIALS,
    baseUrl: 'http://ozon.test',
    fetch: emulator.fetch,
    clock,
  });
  await writeOzonSettings(store, { ...EMULATOR_CREDENTIALS, apiUrl: 'http://127.0.0.1:9' }, new Date());
  await applyDemoMapping(store, { ozon });
  let runs = 0;
  const env = async (jobId?: string): Promise<RunEnv> => ({
    store,
    clock,
    jobId: jobId ?? null,
    ozon,
    context: await loadExportContext(store, await readOzonSettings(store), STORE_URL),
    warehouseId: null,
    log: async () => {},
  });
  const fixture: ExportFixture = {
    store,
    summary,
    emulator,
    ozon,
    env,
    async follow(jobId) {
      runs += 1;
      const control: FollowControl = {
        checkpoint: undefined,
        async saveCheckpoint() {},
        async progress() {},
        signal: new AbortController().signal,
      };
      const resend: Resender = {
        async send(productIds) {
          await fixture.run({ onlyIds: [...productIds], follow: 'job' });
          return [];
        },
        busy: async () => false,
      };
      const followed = await runFollow(await env(jobId ?? `follow-${runs}`), { timing }, control, resend);
      return followed.summary;
    },
    async run(params = {}, jobId) {
      runs += 1;
      let checkpoint: ExportCheckpoint | undefined;
      const control: RunControl = {
        checkpoint: undefined,
        async saveCheckpoint(c) {
          checkpoint = c;
        },
        async progress() {},
        signal: new AbortController().signal,
      };
      const parsed = exportParamsSchema.parse({ timing, follow: 'inline', ...params });
      const text = await runExport(await env(jobId ?? `run-${runs}`), parsed, control);
      return { summary: text, checkpoint };
    },
  };
  return fixture;
}
