import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorEnvelopeSchema } from '../../bridge/src/contract/errors';
import { signedHeaders } from '../../bridge/src/http/auth/signature';
import { jobDefinitions } from '../../bridge/src/jobs/registry';
import { type RunningBridge, startBridge } from '../../bridge/src/server/start';
import { countingJob } from '../harness/counting-job';
import { startTcpRelay, type TcpRelay } from '../harness/tcp-relay';
import { testBridgeConfig } from '../harness/test-bridge';
import { createTestStore, type TestStore } from '../harness/test-store';

/** Items the test job has done, in order, across every run of it. */
const counting = countingJob('test.count-through-outage');
const countJob = counting.job;

describe('the store database goes away under a running bridge', () => {
  let store: TestStore;
  let relay: TcpRelay;
  let bridge: RunningBridge;
  let secret: string;

  beforeAll(async () => {
    store = await createTestStore();
    const server = new URL(store.databaseUrl);
    relay = await startTcpRelay(server.hostname, Number(server.port || 3306));
    // The bridge reaches the database only through the relay; the test's own pool goes straight to the server.
    const throughRelay = new URL(store.databaseUrl);
    throughRelay.hostname = '127.0.0.1';
    throughRelay.port = String(relay.port);
    const config = await testBridgeConfig(store, { 'database-url': throughRelay.toString() });
    bridge = await startBridge(config, {
      jobs: [...jobDefinitions, countJob],
      // Only the runner's own recovery can bring the job back: a takeover would wait a minute.
      jobRunner: { heartbeatMs: 50, staleMs: 60_000, pollMs: 50 },
    });
    secret = await bridge.services.secrets.current();
  });
  afterAll(async () => {
    await relay?.open().catch(() => undefined);
    await bridge?.stop();
    await relay?.shut();
    await store?.destroy();
  });

  async function call(method: string, path: string, body?: unknown): Promise<Response> {
    const text = body === undefined ? '' : JSON.stringify(body);
    return bridge.app.request(path, {
      method,
      headers: path.startsWith('/api/')
        ? {
            ...signedHeaders(secret, { method, pathWithQuery: path, body: text }),
            'content-type': 'application/json',
          }
        : {},
      ...(body === undefined ? {} : { body: text }),
    });
  }

  const jobRow = async (id: string) => {
    const jobs = store.own.jobs;
    const [row] = await store.db.select().from(jobs).where(eq(jobs.id, id));
    return row;
  };

  it('answers 503 with the envelope while it cannot reach the database, and carries on when it can', async () => {
    expect((await call('GET', '/health')).status).toBe(200);
    expect((await call('GET', '/api/v1/status')).status).toBe(200);

    const release = counting.closeGate();
    const { id } = await bridge.services.jobs.enqueue(countJob.kind, { to: 3 });
    while ((await jobRow(id))?.state !== 'running') {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await relay.shut();
    release(); // the job's next checkpoint meets the dead database

    const health = await call('GET', '/health');
    expect(health.status).toBe(503);
    const healthBody = errorEnvelopeSchema.parse(await health.json());
    expect(healthBody.error.code).toBe('DATABASE_UNAVAILABLE');
    expect(healthBody.error.message).toMatch(/database/);

    const asked: Array<[string, string, unknown?]> = [
      ['GET', '/api/v1/status'],
      ['GET', '/api/v1/jobs'],
      ['GET', '/api/v1/catalog/products'],
      ['GET', '/api/v1/settings'],
      ['POST', '/api/v1/catalog/export', {}],
    ];
    for (const [method, path, body] of asked) {
      const response = await call(method, path, body);
      const envelope = errorEnvelopeSchema.parse(await response.json());
      expect({ path, status: response.status, code: envelope.error.code }).toEqual({
        path,
        status: 503,
        code: 'DATABASE_UNAVAILABLE',
      });
      expect(envelope.error.message).toMatch(/database/);
    }
    // Whatever the job met, the outage is no verdict on it.
    while (counting.processed.length === 0) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect((await jobRow(id))?.state).not.toBe('failed');

    await relay.open();
    const ended = await bridge.services.jobs.waitFor(id, 30_000);
    expect(ended).toMatchObject({ state: 'done', error: null, summary: '3 counted', progressDone: 3 });
    // Resumed from its checkpoint: at least once each, in order, and the lost step at most repeated.
    expect([...new Set(counting.processed)]).toEqual([1, 2, 3]);
    expect((await call('GET', '/health')).status).toBe(200);
    expect((await call('GET', '/api/v1/status')).status).toBe(200);
  });
});
