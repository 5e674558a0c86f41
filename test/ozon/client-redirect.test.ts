import { afterEach, describe, expect, it } from 'vitest';
import { type CallRecord, createOzonClient, OzonApiError } from '../../bridge/src/ozon/client';
import { type RecordingServer, ROLES_ANSWER, startRecordingServer } from '../harness/recording-server';

const API_KEY = 'redirect-test-api-key-0001';
const CLIENT_ID = '424242';

const running: RecordingServer[] = [];
const start = async (...args: Parameters<typeof startRecordingServer>) => {
  const server = await startRecordingServer(...args);
  running.push(server);
  return server;
};

afterEach(async () => {
  await Promise.all(running.splice(0).map((server) => server.close()));
});

describe('the Api-Key never follows a redirect', () => {
  for (const status of [301, 302, 307, 308]) {
    it(`a ${status} from the API URL to another host is refused, and the other host hears nothing`, async () => {
      const elsewhere = await start(() => ROLES_ANSWER);
      const api = await start((request) => ({
        status,
        headers: { location: `${elsewhere.url}${request.url ?? '/'}` },
      }));
      const records: CallRecord[] = [];
      const client = createOzonClient({
        baseUrl: api.url,
        clientId: CLIENT_ID,
        apiKey: API_KEY,
        maxAttempts: 3,
        retry: { baseDelayMs: 1 },
        onCall: (record) => records.push(record),
      });

      const error = await client.account.roles().catch((e: unknown) => e);

      expect(elsewhere.heard).toEqual([]);
      expect(api.heard).toHaveLength(1);
      expect(error).toBeInstanceOf(OzonApiError);
      expect(error).toMatchObject({ status, reason: 'redirect-refused', attempts: 1 });
      const message = (error as OzonApiError).message;
      // The merchant reads where the API URL tried to send the key, and that it was not sent.
      expect(message).toContain(new URL(elsewhere.url).host);
      expect(message).toMatch(/redirect/i);
      expect(message).not.toContain(API_KEY);
      expect(records).toMatchObject([{ status, failure: 'redirect-refused' }]);
    });
  }

  it('a redirect to another path of the same server is refused as well: Ozon never redirects', async () => {
    const api = await start((request) =>
      request.url === '/v1/roles' ? { status: 307, headers: { location: '/moved/v1/roles' } } : ROLES_ANSWER,
    );
    const client = createOzonClient({ baseUrl: api.url, clientId: CLIENT_ID, apiKey: API_KEY });
    const error = await client.account.roles().catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 307, reason: 'redirect-refused' });
    expect(api.heard.map((h) => h.path)).toEqual(['/v1/roles']);
  });
});
