import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorEnvelopeSchema } from '../../bridge/src/contract/errors';
import { settingsResponseSchema } from '../../bridge/src/contract/settings';
import { signedHeaders } from '../../bridge/src/http/auth/signature';
import type { RunningBridge } from '../../bridge/src/server/start';
import { createManualClock } from '../../bridge/src/shared/manual-clock';
import { startTestBridge } from '../harness/test-bridge';
import { createTestStore, type TestStore } from '../harness/test-store';

/** One captured request: exactly what went over the wire, to be sent again byte for byte. */
interface Captured {
  readonly path: string;
  readonly method: string;
  readonly headers: Record<string, string>;
  readonly body: string;
}

function capture(secret: string, method: string, path: string, body: unknown, nowMs?: number): Captured {
  const text = JSON.stringify(body);
  return {
    path,
    method,
    body: text,
    headers: {
      ...signedHeaders(secret, { method, pathWithQuery: path, body: text }, nowMs),
      'content-type': 'application/json',
    },
  };
}

const send = (bridge: RunningBridge, request: Captured) =>
  fetch(`${bridge.url}${request.path}`, {
    method: request.method,
    headers: request.headers,
    body: request.body,
  });

describe('a captured request cannot be replayed after a restart', () => {
  let store: TestStore;
  let bridge: RunningBridge | undefined;

  beforeAll(async () => {
    store = await createTestStore();
  });
  afterAll(async () => {
    await bridge?.stop();
    await store?.destroy();
  });

  it('refuses a signed PUT /settings replayed to a restarted bridge on the same database', async () => {
    bridge = await startTestBridge(store);
    const secret = await bridge.services.secrets.current();
    const first = capture(secret, 'PUT', '/api/v1/settings', { autoSync: true, offerIdSource: 'sku' });
    expect((await send(bridge, first)).status).toBe(200);
    // The merchant changes their mind afterwards; the captured request must not undo that.
    const second = capture(secret, 'PUT', '/api/v1/settings', { autoSync: false, offerIdSource: 'model' });
    expect((await send(bridge, second)).status).toBe(200);

    await bridge.stop();
    bridge = await startTestBridge(store);

    const replay = await send(bridge, first);
    expect(replay.status).toBe(401);
    expect(errorEnvelopeSchema.parse(await replay.json()).error.message).toContain('replayed');
    const read = await fetch(`${bridge.url}/api/v1/settings`, {
      headers: signedHeaders(secret, { method: 'GET', pathWithQuery: '/api/v1/settings' }),
    });
    expect(settingsResponseSchema.parse(await read.json()).ozon).toMatchObject({
      autoSync: false,
      offerIdSource: 'model',
    });
    await bridge.stop();
    bridge = undefined;
  });

  it('forgets nonces once their timestamps can no longer pass, so the table stays small', async () => {
    const clock = createManualClock(Date.now());
    bridge = await startTestBridge(store, { clock });
    const secret = await bridge.services.secrets.current();
    const table = bridge.services.store.own.requestNonces;
    const rows = async () => (await store.db.select({ n: count() }).from(table))[0]?.n ?? 0;
    await store.db.delete(table);

    const status = (at: number) =>
      fetch(`${bridge?.url}/api/v1/status`, {
        headers: signedHeaders(secret, { method: 'GET', pathWithQuery: '/api/v1/status' }, at),
      });
    expect((await status(clock.now())).status).toBe(200);
    expect((await status(clock.now())).status).toBe(200);
    expect(await rows()).toBe(2);

    // Past the window, the two can no longer be replayed (their timestamps are stale), so they may go.
    await clock.advance(10 * 60_000);
    expect((await status(clock.now())).status).toBe(200);
    expect(await rows()).toBe(1);
  });
});
