import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyDemoMapping } from '../../bridge/scaffold/demo/mapping-preset';
import { type RunningOzonEmulator, startOzonEmulator } from '../../bridge/scaffold/ozon-emulator';
import { generateSampleStore } from '../../bridge/scaffold/sample-store/generate';
import type { StartExportResponse } from '../../bridge/src/contract/catalog-export';
import type { StartedExport } from '../../bridge/src/contract/catalog-products';
import { CATALOG_EXPORT_JOB } from '../../bridge/src/contract/values';
import { signedHeaders } from '../../bridge/src/http/auth/signature';
import { createOzonClient } from '../../bridge/src/ozon/client';
import { type RunningBridge, startBridge } from '../../bridge/src/server/start';
import { writeOzonSettings } from '../../bridge/src/settings/store';
import { createScaledClock } from '../../bridge/src/shared/clock';
import { testBridgeConfig } from '../harness/test-bridge';
import { createTestStore, type TestStore } from '../harness/test-store';
import { EMULATOR_CREDENTIALS, STORE_URL } from './export-fixture';

/** Bridge and emulator share a clock 20× faster than the wall: Ozon's minutes-long waits pass in seconds. */
const clock = createScaledClock(20);
const PRODUCTS = 20;

describe('"export all" while a one-product send is under way', () => {
  let store: TestStore;
  let emulator: RunningOzonEmulator;
  let bridge: RunningBridge;
  let secret: string;

  beforeAll(async () => {
    store = await createTestStore();
    await generateSampleStore(store, { products: PRODUCTS, force: true });
    emulator = await startOzonEmulator({
      clock,
      taskPendingMs: 2_000,
      moderationMs: 4_000,
      openApiDocPaths: false,
    });
    emulator.emulator.control.setQuota({ dailyCreateLimit: 100_000 });
    await writeOzonSettings(store, { ...EMULATOR_CREDENTIALS, apiUrl: emulator.url });
    await applyDemoMapping(store, {
      ozon: createOzonClient({ ...EMULATOR_CREDENTIALS, baseUrl: emulator.url }),
    });
    const config = await testBridgeConfig(store, { 'store-url': STORE_URL });
    bridge = await startBridge(config, {
      clock,
      jobRunner: { heartbeatMs: 100, staleMs: 600_000, pollMs: 100 },
    });
    secret = await bridge.services.secrets.current();
  });
  afterAll(async () => {
    await bridge?.stop();
    await emulator?.close();
    await store?.destroy();
  });

  async function post<T>(path: string, body: unknown): Promise<{ status: number; body: T }> {
    const text = JSON.stringify(body);
    const pathWithQuery = `/api/v1/catalog${path}`;
    const response = await bridge.app.request(pathWithQuery, {
      method: 'POST',
      headers: {
        ...signedHeaders(secret, { method: 'POST', pathWithQuery, body: text }, clock.now()),
        'content-type': 'application/json',
      },
      body: text,
    });
    return { status: response.status, body: (await response.json()) as T };
  }

  /** Waits until no job is queued or running; every one that ran must have ended done. */
  async function allJobsEnded(): Promise<void> {
    for (;;) {
      const active = (await bridge.services.jobs.list({ limit: 50 })).find(
        (j) => j.state === 'queued' || j.state === 'running',
      );
      if (!active) {
        return;
      }
      const ended = await bridge.services.jobs.waitFor(active.id, 20 * 60_000);
      expect(ended?.state, ended?.error ?? '').toBe('done');
    }
  }

  it('queues the full export after the send instead of joining it, and runs it to the end', async () => {
    // Nothing picks jobs up while both requests arrive, so the send is certainly still waiting to run.
    await bridge.services.jobs.stop();
    const send = await post<StartedExport>('/products/send', { productIds: [3] });
    expect(send.status).toBe(202);
    const all = await post<StartExportResponse>('/export', {});
    expect(all.status).toBe(202);
    expect(all.body).toMatchObject({ kind: CATALOG_EXPORT_JOB, existing: false, after: send.body.jobId });
    expect(all.body.jobId).not.toBe(send.body.jobId);
    // Asked again while it waits, "export all" is the same work: it joins the queued one.
    const again = await post<StartExportResponse>('/export', {});
    expect(again).toMatchObject({ status: 200, body: { jobId: all.body.jobId, existing: true } });
    const queued = await bridge.services.jobs.list({ kind: CATALOG_EXPORT_JOB, state: 'queued' });
    expect(queued.map((j) => j.id).sort()).toEqual([send.body.jobId, all.body.jobId].sort());

    bridge.services.jobs.start();
    await allJobsEnded();
    const one = await bridge.services.jobs.get(send.body.jobId);
    const full = await bridge.services.jobs.get(all.body.jobId);
    expect(one).toMatchObject({ state: 'done', progressTotal: 1 });
    expect(full).toMatchObject({ state: 'done', progressDone: PRODUCTS, progressTotal: PRODUCTS });
    // One after the other: no two exports touching the same products ran at once.
    expect(full?.startedAt?.getTime()).toBeGreaterThanOrEqual(one?.finishedAt?.getTime() ?? Number.NaN);

    // The full export reached every product: none is left unanalysed or waiting to be sent.
    const states = await store.db.select().from(store.own.productState);
    expect(new Set(states.map((s) => s.productId)).size).toBe(PRODUCTS);
    expect(states.filter((s) => s.state === 'queued' || s.state === 'sent')).toEqual([]);
    expect(states.filter((s) => s.state === 'live').length).toBeGreaterThan(PRODUCTS / 2);
  });
});
