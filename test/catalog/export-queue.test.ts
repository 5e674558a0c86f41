import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StartExportResponse } from '../../bridge/src/contract/catalog-export';
import type { StartedExport } from '../../bridge/src/contract/catalog-products';
import { CATALOG_EXPORT_JOB } from '../../bridge/src/contract/values';
import { createScaledClock } from '../../bridge/src/shared/clock';
import { type ExportBridge, startExportBridge } from './export-bridge';

const PRODUCTS = 20;

describe('"export all" while a one-product send is under way', () => {
  let env: ExportBridge;

  beforeAll(async () => {
    // Bridge and emulator share a clock 5× faster than the wall: Ozon's waits pass in a fraction, while its 30 s
    // answer timeout stays 6 s of wall time, which a busy machine (the real-store tests beside it) does not reach.
    env = await startExportBridge({
      products: PRODUCTS,
      clock: createScaledClock(5),
      emulator: { taskPendingMs: 2_000, moderationMs: 4_000 },
      jobRunner: { heartbeatMs: 100, staleMs: 600_000, pollMs: 100 },
    });
  });
  afterAll(async () => {
    await env?.close();
  });

  it('queues the full export after the send instead of joining it, and runs it to the end', async () => {
    // Nothing picks jobs up while both requests arrive, so the send is certainly still waiting to run.
    await env.bridge.services.jobs.stop();
    const send = await env.api<StartedExport>('POST', '/products/send', { productIds: [3] });
    expect(send.status).toBe(202);
    const all = await env.api<StartExportResponse>('POST', '/export', {});
    expect(all.status).toBe(202);
    expect(all.body).toMatchObject({ kind: CATALOG_EXPORT_JOB, existing: false, after: send.body.jobId });
    expect(all.body.jobId).not.toBe(send.body.jobId);
    // Asked again while it waits, "export all" is the same work: it joins the queued one.
    const again = await env.api<StartExportResponse>('POST', '/export', {});
    expect(again).toMatchObject({ status: 200, body: { jobId: all.body.jobId, existing: true } });
    const queued = await env.bridge.services.jobs.list({ kind: CATALOG_EXPORT_JOB, state: 'queued' });
    expect(queued.map((j) => j.id).sort()).toEqual([send.body.jobId, all.body.jobId].sort());

    env.bridge.services.jobs.start();
    await env.finished();
    const one = await env.bridge.services.jobs.get(send.body.jobId);
    const full = await env.bridge.services.jobs.get(all.body.jobId);
    expect(one).toMatchObject({ state: 'done', progressTotal: 1 });
    expect(full).toMatchObject({ state: 'done', progressDone: PRODUCTS, progressTotal: PRODUCTS });
    // One after the other: no two exports touching the same products ran at once.
    expect(full?.startedAt?.getTime()).toBeGreaterThanOrEqual(one?.finishedAt?.getTime() ?? Number.NaN);

    // The full export reached every product: none is left unanalysed or waiting to be sent.
    const states = await env.store.db.select().from(env.store.own.productState);
    expect(new Set(states.map((s) => s.productId)).size).toBe(PRODUCTS);
    expect(states.filter((s) => s.state === 'queued' || s.state === 'sent')).toEqual([]);
    expect(states.filter((s) => s.state === 'live').length).toBeGreaterThan(PRODUCTS / 2);
  });
});
