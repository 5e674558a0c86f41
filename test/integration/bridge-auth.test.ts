import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorEnvelopeSchema } from '../../bridge/src/contract/errors';
import { statusResponseSchema } from '../../bridge/src/contract/status';
import { signedHeaders } from '../../bridge/src/http/auth/signature';
import { type RunningBridge, startBridge } from '../../bridge/src/server/start';
import { pruneStoreEvents } from '../../bridge/src/store-events/prune';
import { startTestBridge } from '../harness/test-bridge';
import { createTestStore, type TestStore } from '../harness/test-store';

/** An address of this machine that is not loopback, if it has one. */
function externalAddress(): string | undefined {
  return Object.values(networkInterfaces())
    .flat()
    .find((a) => a !== undefined && !a.internal && a.family === 'IPv4')?.address;
}

function canConnect(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: 1000 });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

describe('bridge authentication over real HTTP', () => {
  let store: TestStore;
  let bridge: RunningBridge;
  let secret: string;

  beforeAll(async () => {
    store = await createTestStore();
    bridge = await startTestBridge(store);
    secret = await bridge.services.secrets.current();
  });
  afterAll(async () => {
    await bridge?.stop();
    await store?.destroy();
  });

  const call = (path: string, init: RequestInit = {}) => fetch(`${bridge.url}${path}`, init);

  it('stores a 64-hex shared secret in OpenCart settings and keeps it across restarts', async () => {
    expect(secret).toMatch(/^[0-9a-f]{64}$/);
    const again = await startBridge({ ...bridge.services.config, port: 0 });
    expect(await again.services.secrets.current()).toBe(secret);
    await again.stop();
  });

  it('answers the health check without a signature, and nothing else', async () => {
    const health = await call('/health');
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ ok: true, draining: false });
    const status = await call('/api/v1/status');
    expect(status.status).toBe(401);
    const body = errorEnvelopeSchema.parse(await status.json());
    expect(body.error.code).toBe('UNAUTHENTICATED');
    expect(body.error.requestId).not.toBe('');
  });

  it('answers a correctly signed request with data from the store', async () => {
    const response = await call('/api/v1/status', {
      headers: signedHeaders(secret, { method: 'GET', pathWithQuery: '/api/v1/status' }),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { tablePrefix: string; store: { products: number } };
    expect(body.tablePrefix).toBe(store.prefix);
    expect(typeof body.store.products).toBe('number');
  });

  it("names the default store, not another store's setting row", async () => {
    const { db, oc } = store;
    const [own] = await db
      .select()
      .from(oc.setting)
      .where(and(eq(oc.setting.storeId, 0), eq(oc.setting.key, 'config_name')));
    // A second store's name stored first, then the default store's row again behind it.
    await db.delete(oc.setting).where(eq(oc.setting.key, 'config_name'));
    const row = { code: 'config', key: 'config_name', serialized: 0 };
    await db.insert(oc.setting).values({ ...row, storeId: 1, value: 'Second shop' });
    await db.insert(oc.setting).values({ ...row, storeId: 0, value: own?.value ?? 'Your Store' });
    const response = await call('/api/v1/status', {
      headers: signedHeaders(secret, { method: 'GET', pathWithQuery: '/api/v1/status' }),
    });
    expect(statusResponseSchema.parse(await response.json()).store.name).toBe(own?.value ?? 'Your Store');
  });

  it('refuses a replayed request (same nonce) and an old one (stale timestamp)', async () => {
    const headers = signedHeaders(secret, { method: 'GET', pathWithQuery: '/api/v1/status' });
    expect((await call('/api/v1/status', { headers })).status).toBe(200);
    const replay = await call('/api/v1/status', { headers });
    expect(replay.status).toBe(401);
    expect(errorEnvelopeSchema.parse(await replay.json()).error.message).toContain('replayed');
    const old = signedHeaders(
      secret,
      { method: 'GET', pathWithQuery: '/api/v1/status' },
      Date.now() - 120_000,
    );
    const stale = await call('/api/v1/status', { headers: old });
    expect(stale.status).toBe(401);
    expect(errorEnvelopeSchema.parse(await stale.json()).error.message).toContain('timestamp');
  });

  it('refuses a signature made with another secret, for another path, or over another body', async () => {
    const wrongSecret = signedHeaders('0'.repeat(64), { method: 'GET', pathWithQuery: '/api/v1/status' });
    expect((await call('/api/v1/status', { headers: wrongSecret })).status).toBe(401);
    const otherPath = signedHeaders(secret, { method: 'GET', pathWithQuery: '/api/v1/status?x=1' });
    expect((await call('/api/v1/status', { headers: otherPath })).status).toBe(401);
    const body = JSON.stringify({ event: 'product.edited', id: 5 });
    const signedFor = signedHeaders(secret, { method: 'POST', pathWithQuery: '/api/v1/events', body });
    const tampered = await call('/api/v1/events', {
      method: 'POST',
      headers: { ...signedFor, 'content-type': 'application/json' },
      body: body.replace('5', '6'),
    });
    expect(tampered.status).toBe(401);
  });

  it('queues a signed store event and rejects a malformed one with field errors', async () => {
    const body = JSON.stringify({ event: 'product.edited', id: 42, at: '2026-11-27T10:00:00Z' });
    const ok = await call('/api/v1/events', {
      method: 'POST',
      headers: {
        ...signedHeaders(secret, { method: 'POST', pathWithQuery: '/api/v1/events', body }),
        'content-type': 'application/json',
      },
      body,
    });
    expect(ok.status).toBe(202);
    const rows = await store.db.select().from(store.own.storeEvents);
    expect(rows.map((r) => [r.event, r.entityId])).toEqual([['product.edited', 42]]);

    // Kept for two weeks: an event received 15 days ago goes, the new one stays.
    await store.db.insert(store.own.storeEvents).values({
      event: 'order.added',
      entityId: 7,
      occurredAt: new Date(Date.now() - 15 * 86_400_000),
      receivedAt: new Date(Date.now() - 15 * 86_400_000),
    });
    expect(await pruneStoreEvents(bridge.services)).toBe(1);
    const kept = await store.db.select().from(store.own.storeEvents);
    expect(kept.map((r) => r.entityId)).toEqual([42]);

    const bad = JSON.stringify({ event: 'product.exploded', id: -1 });
    const refused = await call('/api/v1/events', {
      method: 'POST',
      headers: {
        ...signedHeaders(secret, { method: 'POST', pathWithQuery: '/api/v1/events', body: bad }),
        'content-type': 'application/json',
      },
      body: bad,
    });
    expect(refused.status).toBe(422);
    const envelope = errorEnvelopeSchema.parse(await refused.json());
    expect(Object.keys(envelope.error.fields ?? {}).sort()).toEqual(['event', 'id']);
  });

  it('is reachable on loopback and on no other address', async () => {
    expect(await canConnect('127.0.0.1', bridge.port)).toBe(true);
    const external = externalAddress();
    if (external !== undefined) {
      expect(await canConnect(external, bridge.port)).toBe(false);
    }
    expect(new URL(bridge.url).hostname).toBe('127.0.0.1');
  });
});
