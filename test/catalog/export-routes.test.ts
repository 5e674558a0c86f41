import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyDemoMapping } from '../../bridge/scaffold/demo/mapping-preset';
import { type RunningOzonEmulator, startOzonEmulator } from '../../bridge/scaffold/ozon-emulator';
import { generateSampleStore, type SampleStoreSummary } from '../../bridge/scaffold/sample-store/generate';
import { loadConfig } from '../../bridge/src/config/load';
import type { ExportRun, QuotaResponse, StartExportResponse } from '../../bridge/src/contract/catalog-export';
import type {
  ProductDetail,
  ProductListResponse,
  StartedExport,
} from '../../bridge/src/contract/catalog-products';
import { errorEnvelopeSchema } from '../../bridge/src/contract/errors';
import { signedHeaders } from '../../bridge/src/http/auth/signature';
import { createOzonClient } from '../../bridge/src/ozon/client';
import { type RunningBridge, startBridge } from '../../bridge/src/server/start';
import { writeOzonSettings } from '../../bridge/src/settings/store';
import { createScaledClock } from '../../bridge/src/shared/clock';
import { createTestStore, type TestStore } from '../harness/test-store';
import { EMULATOR_CREDENTIALS, STORE_URL } from './export-fixture';

/** Bridge and emulator share a clock 20× faster than the wall: Ozon's minutes-long waits pass in seconds. */
const clock = createScaledClock(20);
const BALLS_CATEGORY = 106;

describe('catalog product and export routes', () => {
  let store: TestStore;
  let emulator: RunningOzonEmulator;
  let bridge: RunningBridge;
  let secret: string;
  let summary: SampleStoreSummary;

  beforeAll(async () => {
    store = await createTestStore();
    summary = await generateSampleStore(store, { products: 60, force: true });
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
    const config = await loadConfig({
      flags: {
        'database-url': store.databaseUrl,
        'table-prefix': store.prefix,
        port: '0',
        'store-url': STORE_URL,
      },
      env: {},
    });
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

  async function api<T>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
    const text = body === undefined ? '' : JSON.stringify(body);
    const pathWithQuery = `/api/v1/catalog${path}`;
    const response = await bridge.app.request(pathWithQuery, {
      method,
      headers: {
        ...signedHeaders(secret, { method, pathWithQuery, body: text }, clock.now()),
        'content-type': 'application/json',
      },
      ...(body === undefined ? {} : { body: text }),
    });
    return { status: response.status, body: (await response.json()) as T };
  }

  /** Waits for the job, then for the follow-up it starts (Ozon's tasks and moderation) and anything after it. */
  async function finished(jobId: string): Promise<void> {
    const job = await bridge.services.jobs.waitFor(jobId, 20 * 60_000);
    expect(job?.state, job?.error ?? '').toBe('done');
    for (;;) {
      const active = (await bridge.services.jobs.list({ limit: 20 })).find(
        (j) => j.state === 'queued' || j.state === 'running',
      );
      if (!active) {
        return;
      }
      const ended = await bridge.services.jobs.waitFor(active.id, 20 * 60_000);
      expect(ended?.state, ended?.error ?? '').toBe('done');
    }
  }

  const imports = () => emulator.emulator.control.requests({ path: '/v3/product/import' });

  it('lists products before any analysis', async () => {
    const list = await api<ProductListResponse>('GET', '/products?pageSize=10');
    expect(list.status).toBe(200);
    expect(list.body.total).toBe(60);
    expect(list.body.items).toHaveLength(10);
    expect(list.body.items.every((i) => i.state === 'not_analysed')).toBe(true);
    expect(list.body.counts.not_analysed).toBe(60);
  });

  it('shows a product with the payload it would send and its problems', async () => {
    const noWeight = summary.flawed['no-weight']?.[0] ?? 0;
    const broken = await api<ProductDetail>('GET', `/products/${noWeight}`);
    expect(broken.status).toBe(200);
    expect(broken.body.units[0]?.nextAction).toBe('invalid');
    expect(broken.body.units[0]?.problems.map((p) => p.code)).toContain('no_weight');
    const ball = await api<ProductDetail>('GET', '/products/3');
    expect(ball.body.units).toHaveLength(1);
    expect(ball.body.units[0]).toMatchObject({ nextAction: 'create', problems: expect.any(Array) });
    expect(ball.body.units[0]?.payload).toMatchObject({
      offer_id: 'MS-BALLS-000003',
      dimension_unit: 'mm',
      weight_unit: 'g',
    });
    const missing = await api<unknown>('GET', '/products/999999');
    expect(missing.status).toBe(404);
    expect(errorEnvelopeSchema.parse(missing.body).error.code).toBe('NOT_FOUND');
    const bad = await api<unknown>('GET', '/products?state=nonsense');
    expect(errorEnvelopeSchema.parse(bad.body).error.code).toBe('VALIDATION_FAILED');
  });

  it('runs a dry run that sends nothing and reports the quota it would use', async () => {
    const started = await api<StartExportResponse>('POST', '/export', { dryRun: true });
    expect(started.status).toBe(202);
    await finished(started.body.jobId);
    const run = await api<ExportRun>('GET', `/export/runs/${started.body.jobId}`);
    expect(run.body.mode).toBe('dry');
    expect(run.body.report.actions.create).toBeGreaterThan(50);
    expect(run.body.report.quotaNeeded.create).toBe(run.body.report.actions.create);
    expect(run.body.report.quota?.createLimit).toBe(100_000);
    expect(run.body.report.changes[0]).toMatchObject({ action: 'create' });
    expect(imports()).toHaveLength(0);
    // No state changed: every Ozon item the dry run found (a T-shirt is one per size) is still not analysed.
    const list = await api<ProductListResponse>('GET', '/products');
    expect(list.body.counts).toEqual({ not_analysed: run.body.report.units });
    const invalid = await api<ProductListResponse>('GET', '/products?dryRun=invalid&pageSize=200');
    expect(invalid.body.total).toBe(run.body.report.actions.invalid);
  });

  it('excludes a product, exports the rest and filters the list', async () => {
    const excluded = await api<{ products: number }>('POST', '/products/exclude', {
      productIds: [4],
      excluded: true,
    });
    expect(excluded.status).toBe(200);
    const started = await api<StartExportResponse>('POST', '/export', {});
    await finished(started.body.jobId);
    const live = await api<ProductListResponse>('GET', '/products?state=live&pageSize=200');
    expect(live.body.total).toBeGreaterThan(100);
    expect(live.body.items.some((i) => i.productId === 4)).toBe(false);
    const four = await api<ProductListResponse>('GET', '/products?q=MS-TSHIRTS-000004');
    expect(four.body.items.every((i) => i.state === 'excluded' && i.excluded)).toBe(true);
    const invalid = await api<ProductListResponse>('GET', '/products?state=invalid');
    expect(invalid.body.items.length).toBeGreaterThan(0);
    expect(invalid.body.items.every((i) => i.reason.length > 10)).toBe(true);
    const balls = await api<ProductListResponse>('GET', `/products?category=${BALLS_CATEGORY}&pageSize=200`);
    expect(balls.body.total).toBe(10);
    expect(balls.body.items.every((i) => i.offerId.startsWith('MS-BALLS-'))).toBe(true);
    const sent = imports().flatMap((r) =>
      (r.body as { items: Array<{ offer_id: string }> }).items.map((i) => i.offer_id),
    );
    expect(sent.some((o) => o.startsWith('MS-TSHIRTS-000004'))).toBe(false);
  });

  it('sends selected products now, retries failed ones and answers the quota', async () => {
    const { db, oc, own } = store;
    await db.update(oc.product).set({ price: '777.0000' }).where(eq(oc.product.productId, 9));
    const before = imports().length;
    const send = await api<StartedExport>('POST', '/products/send', { productIds: [9] });
    expect(send.status).toBe(202);
    await finished(send.body.jobId);
    const resent = imports()
      .slice(before)
      .flatMap((r) => (r.body as { items: Array<{ offer_id: string; price: string }> }).items);
    expect(resent).toEqual([expect.objectContaining({ offer_id: 'MS-BALLS-000009', price: '777' })]);

    // Ozon refused a product earlier (as it does for reasons no preflight can see): retry sends it unchanged.
    await db
      .update(own.productState)
      .set({
        state: 'failed',
        problems: [{ code: 'x', field: 'ozon', message: 'Ozon: try later', blocks: 'data', origin: 'ozon' }],
      })
      .where(eq(own.productState.productId, 15));
    const retry = await api<StartedExport>('POST', '/products/retry-failed', {});
    expect(retry.body.products).toBe(1);
    const mark = imports().length;
    await finished(retry.body.jobId);
    const retried = imports()
      .slice(mark)
      .flatMap((r) => (r.body as { items: Array<{ offer_id: string }> }).items);
    expect(retried.length).toBeGreaterThan(0);
    expect(retried.every((i) => i.offer_id.startsWith('MS-BALLS-000015'))).toBe(true);
    const [row] = await db.select().from(own.productState).where(eq(own.productState.productId, 15));
    expect(row?.state).toBe('live');

    const quota = await api<QuotaResponse>('GET', '/export/quota');
    expect(quota.status).toBe(200);
    expect(quota.body.quota.createUsed).toBeGreaterThan(100);
    expect(quota.body.left.create).toBe(100_000 - quota.body.quota.createUsed);
  });
});
