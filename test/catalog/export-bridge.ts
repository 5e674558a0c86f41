import { expect } from 'vitest';
import { applyDemoMapping } from '../../bridge/scaffold/demo/mapping-preset';
import {
  type EmulatorControl,
  type OzonEmulatorOptions,
  type RunningOzonEmulator,
  startOzonEmulator,
} from '../../bridge/scaffold/ozon-emulator';
import { generateSampleStore, type SampleStoreSummary } from '../../bridge/scaffold/sample-store/generate';
import { jobStateEnded } from '../../bridge/src/contract/values';
import { signedHeaders } from '../../bridge/src/http/auth/signature';
import type { JobRow, JobRunnerOptions } from '../../bridge/src/jobs/runner';
import { createOzonClient } from '../../bridge/src/ozon/client';
import { type RunningBridge, startBridge } from '../../bridge/src/server/start';
import { writeOzonSettings } from '../../bridge/src/settings/store';
import { type Clock, systemClock } from '../../bridge/src/shared/clock';
import { testBridgeConfig } from '../harness/test-bridge';
import { createTestStore, type TestStore } from '../harness/test-store';
import { EMULATOR_CREDENTIALS, STORE_URL } from './export-fixture';

export interface ExportBridgeOptions {
  readonly products: number;
  /** Shared by the bridge and the emulator (a scaled clock passes Ozon's waits in seconds). */
  readonly clock?: Clock;
  readonly emulator?: OzonEmulatorOptions;
  readonly quota?: Parameters<EmulatorControl['setQuota']>[0];
  readonly jobRunner?: JobRunnerOptions;
}

/** Offer ids of every /v3/product/import request the emulator received, with how often each was sent. */
export function sentOffers(emulator: RunningOzonEmulator): Map<string, number> {
  const counts = new Map<string, number>();
  for (const request of emulator.emulator.control.requests({ path: '/v3/product/import' })) {
    for (const item of (request.body as { items?: Array<{ offer_id?: string }> }).items ?? []) {
      const offer = item.offer_id ?? '';
      counts.set(offer, (counts.get(offer) ?? 0) + 1);
    }
  }
  return counts;
}

/**
 * A sample store of `products` products mapped onto the emulator's catalogue, the emulator served over HTTP, and a
 * real bridge over both (jobs running), with the signed calls the panel makes. `close()` in afterAll.
 */
export async function startExportBridge(options: ExportBridgeOptions) {
  const clock = options.clock ?? systemClock;
  const store: TestStore = await createTestStore();
  const summary: SampleStoreSummary = await generateSampleStore(store, {
    products: options.products,
    force: true,
  });
  const emulator = await startOzonEmulator({ clock, openApiDocPaths: false, ...options.emulator });
  emulator.emulator.control.setQuota(options.quota ?? { dailyCreateLimit: 100_000 });
  await writeOzonSettings(store, { ...EMULATOR_CREDENTIALS, apiUrl: emulator.url });
  await applyDemoMapping(store, {
    ozon: createOzonClient({ ...EMULATOR_CREDENTIALS, baseUrl: emulator.url }),
  });
  const bridge: RunningBridge = await startBridge(await testBridgeConfig(store, { 'store-url': STORE_URL }), {
    clock,
    ...(options.jobRunner ? { jobRunner: options.jobRunner } : {}),
  });
  const secret = await bridge.services.secrets.current();

  /**
   * The job once ended, or undefined after 90 s of wall time: bounded by the wall, not the bridge's clock, so that
   * on any clock speed a job that hangs is reported (with `stillOpen`) before the test's own timeout.
   */
  async function ended(jobId: string): Promise<JobRow | undefined> {
    const deadline = Date.now() + 90_000;
    while (Date.now() < deadline) {
      const job = await bridge.services.jobs.get(jobId);
      if (job && jobStateEnded(job.state)) {
        return job;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return undefined;
  }

  /** What a job that did not end was waiting for: the jobs, the products' states, the imports not settled. */
  async function stillOpen(jobId: string): Promise<string> {
    const own = store.own;
    const jobRows = await bridge.services.jobs.list({ limit: 50 });
    const states = await store.db.select().from(own.productState);
    const byState = new Map<string, number>();
    for (const s of states) {
      byState.set(s.state, (byState.get(s.state) ?? 0) + 1);
    }
    const imports = await store.db.select().from(own.importTasks);
    const log = await store.db.select().from(own.syncLog);
    return JSON.stringify({
      waitedFor: jobId,
      jobs: jobRows.map((j) => ({
        id: j.id,
        kind: j.kind,
        state: j.state,
        summary: j.summary,
        error: j.error,
      })),
      productStates: Object.fromEntries(byState),
      imports: imports.map((i) => ({ id: i.id, state: i.state, taskId: i.taskId, jobId: i.jobId })),
      log: log.slice(-30).map((l) => `${l.level} ${l.jobId ?? ''} ${l.message}`),
    });
  }

  return {
    store,
    summary,
    emulator,
    bridge,
    /** A signed call to /api/v1/catalog`path`, as the panel makes it. */
    async api<T>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
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
    },
    /**
     * Waits for the job (when given), then for whatever is queued or running after it (the follow-up an export
     * queues, an export a follow-up queues), until nothing is left; each must end done.
     */
    async finished(jobId?: string): Promise<void> {
      if (jobId !== undefined) {
        const job = await ended(jobId);
        expect(job?.state, job ? (job.error ?? '') : await stillOpen(jobId)).toBe('done');
      }
      for (;;) {
        const active = (await bridge.services.jobs.list({ limit: 50 })).find(
          (j) => j.state === 'queued' || j.state === 'running',
        );
        if (!active) {
          return;
        }
        const job = await ended(active.id);
        expect(job?.state, job ? `${job.kind}: ${job.error ?? ''}` : await stillOpen(active.id)).toBe('done');
      }
    },
    async close(): Promise<void> {
      await bridge.stop();
      await emulator.close();
      await store.destroy();
    },
  };
}

export type ExportBridge = Awaited<ReturnType<typeof startExportBridge>>;
