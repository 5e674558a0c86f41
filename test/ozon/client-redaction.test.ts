import { describe, expect, it } from 'vitest';
import { createManualClock, createOzonEmulator, sampleTshirt } from '../../bridge/scaffold/ozon-emulator';
import type { CallRecord, FetchLike } from '../../bridge/src/ozon/client';
import { createOzonClient, OzonBatchError, OzonError } from '../../bridge/src/ozon/client';
import { API_KEY, CLIENT_ID, FBS_WAREHOUSE } from './client-helpers';

/**
 * Stands between the client and the emulator and makes "Ozon" echo the request headers back in every message:
 * error bodies, per-item errors of 200 answers, and transport failures.
 */
function echoingFetch(inner: FetchLike): FetchLike {
  return async (url, init) => {
    const headers = new Headers(init.headers);
    const echo = ` [Client-Id: ${headers.get('client-id')}; Api-Key: ${headers.get('api-key')?.toUpperCase()}; ${headers.get('api-key')}]`;
    let response: Response;
    try {
      response = await inner(url, init);
    } catch (error) {
      throw new TypeError(`fetch failed${echo}`, { cause: error });
    }
    const text = await response.text();
    const rewritten = text.replace(
      /"message":"([^"]*)"/g,
      (_m, message: string) => `"message":${JSON.stringify(message + echo)}`,
    );
    return new Response(rewritten, { status: response.status, headers: response.headers });
  };
}

const wholeClientId = new RegExp(`(?<![\\w-])${CLIENT_ID}(?![\\w-])`);

function leaks(text: string): boolean {
  return text.toLowerCase().includes(API_KEY.toLowerCase()) || wholeClientId.test(text);
}

describe('redaction', () => {
  it('no call record, error message or stack carries the Api-Key or Client-Id, even when Ozon echoes them', async () => {
    const clock = createManualClock();
    const emulator = createOzonEmulator({ clock, limits: { importItemsPerMinute: 1 } });
    const records: CallRecord[] = [];
    const client = createOzonClient({
      baseUrl: 'http://emulator.test',
      clientId: CLIENT_ID,
      apiKey: API_KEY,
      fetch: echoingFetch(emulator.fetch),
      clock,
      maxAttempts: 2,
      timeoutMs: 2_000,
      retry: { jitter: () => 0.5, maxItemWaitMs: 1_000 },
      onCall: (record) => records.push(record),
    });
    const wrongKey = createOzonClient({
      baseUrl: 'http://emulator.test',
      clientId: CLIENT_ID,
      apiKey: `${API_KEY}-revoked`,
      fetch: echoingFetch(emulator.fetch),
      clock,
      onCall: (record) => records.push(record),
    });
    emulator.control.seedProducts([{ offerId: 'RED-1', onSale: false }]);

    const errors: unknown[] = [];
    const attempt = async (work: Promise<unknown>): Promise<void> => {
      const tracked = work.catch((error: unknown) => errors.push(error));
      for (let i = 0; i < 200; i += 1) {
        await clock.advance(100);
      }
      await tracked;
    };
    // Per-item errors inside a 200, echoed.
    await attempt(client.stocks.update([{ offer_id: 'RED-1', stock: 1, warehouse_id: FBS_WAREHOUSE }]));
    // Auth error.
    await attempt(wrongKey.warehouses.list());
    // Item quota exhausted beyond the allowed wait, and an import with an unknown outcome.
    await attempt(client.products.import([sampleTshirt('RED-2'), sampleTshirt('RED-3')]));
    emulator.control.injectFault({ kind: 'drop', path: '/v1/roles', times: 2 });
    await attempt(client.account.roles());
    emulator.control.injectFault({ kind: 'server-error', path: '/v3/product/import', times: 1 });
    await attempt(client.products.import([sampleTshirt('RED-4')]));
    emulator.control.injectFault({ kind: 'slow', path: '/v2/warehouse/list', delayMs: 10_000, times: 2 });
    await attempt(client.warehouses.list());
    // A request our own schema refuses.
    await attempt(client.stocks.update([{ offer_id: 'RED-1', stock: -1, warehouse_id: FBS_WAREHOUSE }]));

    expect(records.length).toBeGreaterThanOrEqual(8);
    expect(records.some((r) => r.itemErrors?.some((e) => e.message.includes('[redacted]')))).toBe(true);
    expect(records.some((r) => r.ozonMessage?.includes('[redacted]'))).toBe(true);
    for (const record of records) {
      expect(leaks(JSON.stringify(record)), JSON.stringify(record)).toBe(false);
    }
    expect(errors.length).toBe(6);
    const inner = errors.flatMap((e) => (e instanceof OzonBatchError ? e.rejected.map((r) => r.error) : []));
    expect(inner.map((e) => e.name)).toEqual(['OzonRequestInvalidError']);
    for (const error of [...errors, ...inner]) {
      expect(error instanceof OzonError || error instanceof OzonBatchError).toBe(true);
      const e = error as Error;
      const everything = [e.message, e.stack ?? '', JSON.stringify(e), String(e)].join('\n');
      expect(leaks(everything), everything).toBe(false);
    }
    expect(errors.map((e) => (e as OzonError).name)).toEqual([
      'OzonApiError',
      'OzonQuotaError',
      'OzonApiError',
      'OzonOutcomeUnknownError',
      'OzonApiError',
      'OzonBatchError',
    ]);
  });
});
