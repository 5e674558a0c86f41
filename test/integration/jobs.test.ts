import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BridgeConfig } from '../../bridge/src/config/schema';
import { signedHeaders } from '../../bridge/src/http/auth/signature';
import { type RunningBridge, startBridge } from '../../bridge/src/server/start';
import { countingJob } from '../harness/counting-job';
import { testBridgeConfig } from '../harness/test-bridge';
import { createTestStore, type TestStore } from '../harness/test-store';

/** Work done by the test job, by item, across bridge restarts: proves nothing is done twice or skipped. */
const counting = countingJob('test.count');
const countJob = counting.job;
const processed = counting.processed;
const closeGate = counting.closeGate;

const fast = { heartbeatMs: 50, staleMs: 400, pollMs: 50 };

/** Resolves once the bridge has claimed the job and started it. */
async function untilRunning(bridge: RunningBridge, id: string): Promise<void> {
  while ((await bridge.services.jobs.get(id))?.state !== 'running') {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('resumable jobs', () => {
  let store: TestStore;
  let config: BridgeConfig;
  let bridge: RunningBridge | undefined;

  beforeAll(async () => {
    store = await createTestStore();
    config = await testBridgeConfig(store, { 'shutdown-timeout-ms': '5000' });
  });
  afterAll(async () => {
    await bridge?.stop();
    await store?.destroy();
  });

  const start = async (): Promise<RunningBridge> => {
    bridge = await startBridge(config, { jobs: [countJob], jobRunner: fast });
    return bridge;
  };

  it('runs a job to the end with progress, and a second request joins the running one', async () => {
    processed.length = 0;
    const b = await start();
    const first = await b.services.jobs.enqueue('test.count', { to: 5 });
    const second = await b.services.jobs.enqueue('test.count', { to: 5 });
    expect(second).toEqual({ id: first.id, existing: true });
    const job = await b.services.jobs.waitFor(first.id, 10_000);
    expect(job).toMatchObject({ state: 'done', progressDone: 5, progressTotal: 5, summary: '5 counted' });
    expect(processed).toEqual([1, 2, 3, 4, 5]);
    await b.stop();
  });

  it('queues a job of the same kind but other work after the running one, and runs it when that one ends', async () => {
    processed.length = 0;
    const release = closeGate();
    const b = await start();
    const started: string[] = [];
    try {
      const first = await b.services.jobs.enqueue('test.count', { to: 3 });
      started.push(first.id);
      await untilRunning(b, first.id);
      const second = await b.services.jobs.enqueue('test.count', { to: 2 });
      started.push(second.id);
      expect(second.id).not.toBe(first.id);
      expect(second).toEqual({ id: second.id, existing: false, after: first.id });
      // The same work as the queued one joins it; the same work as the running one joins that.
      expect(await b.services.jobs.enqueue('test.count', { to: 2 })).toMatchObject({
        id: second.id,
        existing: true,
      });
      expect(await b.services.jobs.enqueue('test.count', { to: 3 })).toMatchObject({
        id: first.id,
        existing: true,
      });
      // The first holds its run at the gate: the second must not start beside it.
      expect((await b.services.jobs.get(second.id))?.state).toBe('queued');
      expect(b.services.jobs.isRunning(second.id)).toBe(false);
      release();
      const one = await b.services.jobs.waitFor(first.id, 10_000);
      const two = await b.services.jobs.waitFor(second.id, 10_000);
      expect(one).toMatchObject({ state: 'done', summary: '3 counted' });
      expect(two).toMatchObject({ state: 'done', summary: '2 counted' });
      expect(processed).toEqual([1, 2, 3, 1, 2]);
      expect(two?.startedAt?.getTime()).toBeGreaterThanOrEqual(one?.finishedAt?.getTime() ?? Number.NaN);
    } finally {
      // Whatever failed above, the next test starts with an open gate, no bridge and no job left active.
      for (const id of started) {
        await b.services.jobs.cancel(id);
      }
      release();
      counting.openGate();
      await b.stop();
    }
  });

  it('hands a job back on graceful shutdown and finishes it at the next start, each item once', async () => {
    processed.length = 0;
    const release = closeGate();
    const b = await start();
    const { id } = await b.services.jobs.enqueue('test.count', { to: 4 });
    await untilRunning(b, id);
    const stopping = b.stop();
    release();
    await stopping;
    const handedBack = await store.db.select().from(store.own.jobs);
    expect(handedBack.find((j) => j.id === id)?.state).toBe('queued');
    counting.openGate();
    const again = await start();
    expect((await again.services.jobs.waitFor(id, 10_000))?.state).toBe('done');
    expect(processed).toEqual([1, 2, 3, 4]);
    await again.stop();
  });

  it("resumes a dead bridge's job from its checkpoint once its heartbeat is stale", async () => {
    processed.length = 0;
    const id = randomUUID();
    // As a bridge killed with SIGKILL leaves it: running, owned by a dead process, checkpoint at item 3.
    await store.db.insert(store.own.jobs).values({
      id,
      kind: 'test.count',
      state: 'running',
      params: { to: 6 },
      checkpoint: { next: 3 },
      owner: 'dead-host:1:abc',
      heartbeatAt: new Date(Date.now() - 60_000),
      createdAt: new Date(),
      startedAt: new Date(),
    });
    const b = await start();
    expect((await b.services.jobs.waitFor(id, 10_000))?.state).toBe('done');
    expect(processed).toEqual([3, 4, 5, 6]);
    await b.stop();
  });

  it('stops writing to a job that another bridge has taken over', async () => {
    processed.length = 0;
    const release = closeGate();
    const b = await start();
    const { id } = await b.services.jobs.enqueue('test.count', { to: 4 });
    await untilRunning(b, id);
    b.services.jobs.stop(); // no new claims: only the run already under way may write
    const jobs = store.own.jobs;
    // Another bridge judged this one dead (its heartbeat looked stale) and claimed the job.
    const takenOver = { owner: 'other-host:9:zzz', checkpoint: { next: 1 }, heartbeatAt: new Date() };
    await store.db.update(jobs).set(takenOver).where(eq(jobs.id, id));
    release();
    await b.stop();
    const [row] = await store.db.select().from(jobs).where(eq(jobs.id, id));
    expect(row).toMatchObject({ state: 'running', owner: takenOver.owner, checkpoint: takenOver.checkpoint });
    expect(row?.progressDone).toBe(0);
    expect(processed.length).toBeLessThanOrEqual(1);
    counting.openGate();
    await store.db.update(jobs).set({ state: 'cancelled' }).where(eq(jobs.id, id));
  });

  it('streams progress as newline-delimited JSON until the job ends', async () => {
    const b = await start();
    const secret = await b.services.secrets.current();
    const release = closeGate();
    const { id } = await b.services.jobs.enqueue('test.count', { to: 3 });
    const path = `/api/v1/jobs/${id}/stream`;
    const response = await fetch(`${b.url}${path}`, {
      headers: signedHeaders(secret, { method: 'GET', pathWithQuery: path }),
    });
    expect(response.headers.get('content-type')).toContain('ndjson');
    release();
    const lines = (await response.text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { state: string; done: number });
    expect(lines.at(-1)).toMatchObject({ state: 'done', done: 3 });
    expect(lines.length).toBeGreaterThanOrEqual(2);
    counting.openGate();
    await b.stop();
  });

  it('gives concurrent requests for one kind the same job', async () => {
    const b = await start();
    b.services.jobs.stop(); // nothing picks it up, so every request meets it queued
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => b.services.jobs.enqueue('test.count', { to: 1 })),
    );
    expect(new Set(answers.map((a) => a.id)).size).toBe(1);
    expect(answers.filter((a) => !a.existing)).toHaveLength(1);
    const active = await b.services.jobs.list({ kind: 'test.count', state: 'queued' });
    expect(active.map((j) => j.id)).toEqual([answers[0]?.id]);
    await b.services.jobs.cancel(answers[0]?.id ?? '');
    await b.stop();
  });

  it('cancels a queued job', async () => {
    const b = await start();
    b.services.jobs.stop(); // nothing picks it up, so it stays queued
    const { id } = await b.services.jobs.enqueue('test.count', { to: 2 });
    const cancelled = await b.services.jobs.cancel(id);
    expect(cancelled?.state).toBe('cancelled');
    await b.stop();
  });

  it('cancels a job that another bridge is running: that bridge stops before its next item', async () => {
    processed.length = 0;
    const release = closeGate();
    const runner = await start();
    const { id } = await runner.services.jobs.enqueue('test.count', { to: 50 });
    await untilRunning(runner, id);
    // A second bridge on the same store (as the panel's bridge while a CLI export runs) cancels it.
    const other = await startBridge({ ...config, port: 0 }, { jobs: [countJob], jobRunner: fast });
    other.services.jobs.stop();
    expect((await other.services.jobs.cancel(id))?.state).toBe('cancelled');
    release();
    const deadline = Date.now() + 10_000;
    while (runner.services.jobs.isRunning(id) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(runner.services.jobs.isRunning(id)).toBe(false);
    const row = await runner.services.jobs.get(id);
    expect(row).toMatchObject({ state: 'cancelled', owner: null });
    expect(processed.length).toBeLessThan(50);
    await other.stop();
    await runner.stop();
  });
});
