import { desc } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectionCheckSchema } from '../../bridge/src/contract/settings';
import { type RecordingServer, ROLES_ANSWER, startRecordingServer } from '../harness/recording-server';
import { useTestBridge } from '../harness/test-bridge';
import { signedFetch } from './signed-fetch';

const KEY = 'b7c8d9e0-f1a2-4b3c-8d4e-5f6a7b8c9d0e';

describe('an API URL that redirects', () => {
  const fixture = useTestBridge();
  let elsewhere: RecordingServer;
  let api: RecordingServer;
  beforeAll(async () => {
    elsewhere = await startRecordingServer(() => ROLES_ANSWER);
    api = await startRecordingServer((request) => ({
      status: 307,
      headers: { location: `${elsewhere.url}${request.url ?? '/'}` },
    }));
  });
  afterAll(async () => {
    await api?.close();
    await elsewhere?.close();
  });

  it('never gets the stored Api-Key to the other host, and the merchant reads why the check failed', async () => {
    const saved = await signedFetch(fixture.bridge, 'PUT', '/api/v1/settings', {
      clientId: '777',
      apiKey: KEY,
      apiUrl: api.url,
    });
    expect(saved.status).toBe(200);

    const answer = await signedFetch(fixture.bridge, 'POST', '/api/v1/settings/check-connection');
    expect(answer.status).toBe(200);
    const check = connectionCheckSchema.parse(answer.json);
    expect(check).toMatchObject({ ok: false, status: 307 });
    if (check.ok) {
      throw new Error('the check passed through a redirect');
    }
    expect(check.message).toMatch(/redirect/i);
    expect(check.message).toContain(new URL(elsewhere.url).host);

    expect(elsewhere.heard).toEqual([]);
    expect(api.heard.map((h) => h.apiKey)).toEqual([KEY]);

    // The log says the same, without the key.
    const { store } = fixture;
    const table = store.own.syncLog;
    const [entry] = await store.db.select().from(table).orderBy(desc(table.id)).limit(1);
    expect(entry?.message).toMatch(/redirect/i);
    expect(JSON.stringify(entry)).not.toContain(KEY);
  });
});
