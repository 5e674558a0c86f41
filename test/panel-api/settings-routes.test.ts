import { createServer } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  defaultCredentials,
  type RunningOzonEmulator,
  startOzonEmulator,
} from '../../bridge/scaffold/ozon-emulator';
import { errorEnvelopeSchema } from '../../bridge/src/contract/errors';
import {
  connectionCheckSchema,
  settingsResponseSchema,
  warehouseChoicesSchema,
} from '../../bridge/src/contract/settings';
import { signedHeaders } from '../../bridge/src/http/auth/signature';
import type { RunningBridge } from '../../bridge/src/server/start';
import { startTestBridge } from '../harness/test-bridge';
import { createTestStore, type TestStore } from '../harness/test-store';
import { signedFetch } from './signed-fetch';

const KEY = 'a1b2c3d4-e5f6-4711-8899-aabbccddeeff';

describe('settings routes', () => {
  let store: TestStore;
  let bridge: RunningBridge;
  let emulator: RunningOzonEmulator;
  beforeAll(async () => {
    emulator = await startOzonEmulator();
    store = await createTestStore();
    bridge = await startTestBridge(store);
  });
  afterAll(async () => {
    await bridge?.stop();
    await store?.destroy();
    await emulator?.close();
  });

  it('answers defaults, unconfigured, without any key', async () => {
    const answer = await signedFetch(bridge, 'GET', '/api/v1/settings');
    expect(answer.status).toBe(200);
    const { ozon } = settingsResponseSchema.parse(answer.json);
    expect(ozon).toMatchObject({
      clientId: '',
      apiKey: { set: false },
      configured: false,
      offerIdSource: 'model',
    });
  });

  it('refuses invalid values with errors by field and stores nothing', async () => {
    const answer = await signedFetch(bridge, 'PUT', '/api/v1/settings', {
      clientId: 'abc',
      apiUrl: 'ftp://x',
      offerIdSource: 'isbn',
    });
    expect(answer.status).toBe(422);
    const { error } = errorEnvelopeSchema.parse(answer.json);
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(Object.keys(error.fields ?? {}).sort()).toEqual(['apiUrl', 'clientId', 'offerIdSource']);
    const after = settingsResponseSchema.parse((await signedFetch(bridge, 'GET', '/api/v1/settings')).json);
    expect(after.ozon.clientId).toBe('');
  });

  it('reads a body that is not JSON as no body, and a JSON body whatever its content type', async () => {
    const secret = await bridge.services.secrets.current();
    const put = async (text: string, contentType: string) => {
      const path = '/api/v1/settings';
      const response = await fetch(`${bridge.url}${path}`, {
        method: 'PUT',
        headers: {
          ...signedHeaders(secret, { method: 'PUT', pathWithQuery: path, body: text }),
          'content-type': contentType,
        },
        body: text,
      });
      return { status: response.status, error: errorEnvelopeSchema.parse(await response.json()).error };
    };
    const malformed = await put('{"clientId":', 'application/json');
    expect(malformed.status).toBe(422);
    expect(malformed.error).toMatchObject({
      code: 'VALIDATION_FAILED',
      message: 'Ozon settings is not valid',
    });
    expect(Object.keys(malformed.error.fields ?? {})).toEqual(['(body)']);
    const untyped = await put(JSON.stringify({ clientId: 'abc' }), 'text/plain');
    expect(untyped.status).toBe(422);
    expect(Object.keys(untyped.error.fields ?? {})).toEqual(['clientId']);
  });

  it('stores credentials, never answers the key back, and keeps it on a save without one', async () => {
    const saved = await signedFetch(bridge, 'PUT', '/api/v1/settings', {
      clientId: '836201',
      apiKey: KEY,
      autoSync: true,
    });
    expect(saved.status).toBe(200);
    expect(saved.text).not.toContain(KEY);
    expect(settingsResponseSchema.parse(saved.json).ozon).toMatchObject({
      clientId: '836201',
      apiKey: { set: true },
      configured: true,
      autoSync: true,
    });
    const again = await signedFetch(bridge, 'PUT', '/api/v1/settings', { apiKey: '', offerIdSource: 'sku' });
    expect(settingsResponseSchema.parse(again.json).ozon.apiKey.set).toBe(true);
    const read = await signedFetch(bridge, 'GET', '/api/v1/settings');
    expect(read.text).not.toContain(KEY);
    expect(settingsResponseSchema.parse(read.json).ozon.offerIdSource).toBe('sku');
  });

  it('never sends the stored key to an API URL it was not saved with', async () => {
    const heard: Array<string | undefined> = [];
    const listener = createServer((request, response) => {
      heard.push(request.headers['api-key']?.toString());
      response.end('{}');
    });
    await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
    const address = listener.address();
    if (address === null || typeof address === 'string') {
      throw new Error('the listener has no port');
    }
    const elsewhere = `http://127.0.0.1:${address.port}`;
    try {
      for (const [method, path] of [
        ['POST', '/api/v1/settings/check-connection'],
        ['PUT', '/api/v1/settings'],
      ] as const) {
        const answer = await signedFetch(bridge, method, path, { apiUrl: elsewhere });
        expect(answer.status, `${method} ${path}`).toBe(422);
        expect(errorEnvelopeSchema.parse(answer.json).error.fields?.apiKey?.[0]).toContain('Api-Key again');
      }
      expect(heard).toEqual([]);
      const stored = settingsResponseSchema.parse(
        (await signedFetch(bridge, 'GET', '/api/v1/settings')).json,
      );
      expect(stored.ozon.apiUrl).toBe('https://api-seller.ozon.ru');
      // With the key given again the URL may change: whoever sends it knows it already.
      const trial = await signedFetch(bridge, 'POST', '/api/v1/settings/check-connection', {
        apiUrl: elsewhere,
        apiKey: 'typed-again-0000',
      });
      expect(trial.status).toBe(200);
      expect(heard).toEqual(['typed-again-0000']);
    } finally {
      await new Promise((resolve) => listener.close(resolve));
    }
  });

  it("reports an unreachable Ozon in the answer, not as the bridge's failure", async () => {
    // Port 9 on loopback: nothing listens, so the connection is refused at once. A key for another URL must be
    // typed again, so this check carries one.
    const answer = await signedFetch(bridge, 'POST', '/api/v1/settings/check-connection', {
      apiUrl: 'http://127.0.0.1:9',
      apiKey: 'typed-again-0000',
    });
    expect(answer.status).toBe(200);
    const check = connectionCheckSchema.parse(answer.json);
    expect(check.ok).toBe(false);
    expect(check.apiUrl).toBe('http://127.0.0.1:9');
    expect(answer.text).not.toContain(KEY);
    const stored = settingsResponseSchema.parse((await signedFetch(bridge, 'GET', '/api/v1/settings')).json);
    expect(stored.ozon.apiUrl).toBe('https://api-seller.ozon.ru');
  });

  it('keeps the key out of every log entry and log answer', async () => {
    const list = await signedFetch(bridge, 'GET', '/api/v1/logs?limit=500');
    expect(list.status).toBe(200);
    expect(list.text).not.toContain(KEY);
    const [rows] = await store.pool.query(`SELECT message, detail FROM ${store.prefix}meschain_ozon_log`);
    expect(JSON.stringify(rows)).not.toContain(KEY);
    expect(JSON.stringify(rows)).toContain('Ozon settings saved');
  });

  it("checks the stored key against Ozon's /v1/roles and lists the seller's warehouses", async () => {
    const credential = defaultCredentials[0];
    expect(credential).toBeDefined();
    const saved = await signedFetch(bridge, 'PUT', '/api/v1/settings', {
      clientId: credential?.clientId,
      apiKey: credential?.apiKey,
      apiUrl: emulator.url,
    });
    expect(saved.status).toBe(200);
    const check = connectionCheckSchema.parse(
      (await signedFetch(bridge, 'POST', '/api/v1/settings/check-connection')).json,
    );
    expect(check.ok).toBe(true);
    if (check.ok) {
      expect(check.roles.length).toBeGreaterThan(0);
      expect(check.daysLeft).toBeGreaterThan(0);
    }
    const wrong = connectionCheckSchema.parse(
      (await signedFetch(bridge, 'POST', '/api/v1/settings/check-connection', { apiKey: 'not-the-key-1' }))
        .json,
    );
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) {
      expect(wrong.status).toBeGreaterThanOrEqual(400);
      expect(wrong.message).not.toBe('');
    }
    const warehouses = await signedFetch(bridge, 'GET', '/api/v1/settings/warehouses');
    expect(warehouses.status).toBe(200);
    expect(warehouseChoicesSchema.parse(warehouses.json).items.length).toBeGreaterThan(0);
    expect(warehouses.text).not.toContain(credential?.apiKey ?? '-');
  });
});
