import { describe, expect, it } from 'vitest';
import { sampleTshirt, startOzonEmulator } from '../../bridge/scaffold/ozon-emulator';
import {
  type CallRecord,
  createOzonClient,
  OzonApiError,
  OzonOutcomeUnknownError,
} from '../../bridge/src/ozon/client';
import { API_KEY, CLIENT_ID } from './client-helpers';

/** The client over real loopback sockets, where transport failures come from node's own fetch. */
describe('client over HTTP', () => {
  it('works end to end, and a connection dropped after processing is an unknown outcome for an import', async () => {
    const running = await startOzonEmulator({ openApiDocPaths: false });
    try {
      const records: CallRecord[] = [];
      const client = createOzonClient({
        baseUrl: running.url,
        clientId: CLIENT_ID,
        apiKey: API_KEY,
        onCall: (r) => records.push(r),
      });
      expect((await client.warehouses.list()).length).toBeGreaterThan(0);
      running.emulator.control.injectFault({ kind: 'drop', path: '/v3/product/import', times: 1 });
      const error = await client.products.import([sampleTshirt('HTTP-1')]).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(OzonOutcomeUnknownError);
      expect(records.at(-1)).toMatchObject({ status: 0, failure: 'connection-dropped' });
    } finally {
      await running.close();
    }
  });

  it('a refused connection never reached Ozon: retried, then reported as not sent', async () => {
    const running = await startOzonEmulator({ openApiDocPaths: false });
    const url = running.url;
    await running.close();
    const records: CallRecord[] = [];
    const client = createOzonClient({
      baseUrl: url,
      clientId: CLIENT_ID,
      apiKey: API_KEY,
      maxAttempts: 2,
      retry: { baseDelayMs: 10 },
      onCall: (r) => records.push(r),
    });
    // Safe to retry even for an import: the request provably never left.
    const error = await client.products.import([sampleTshirt('HTTP-2')]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OzonApiError);
    expect(error).toMatchObject({
      reason: 'not-sent (attempts exhausted)',
      attempts: 2,
      outcomeUnknown: false,
    });
    expect(records.map((r) => r.failure)).toEqual(['not-sent', 'not-sent']);
  });
});
