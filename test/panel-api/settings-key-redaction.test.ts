import { desc } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningBridge } from '../../bridge/src/server/start';
import { startTestBridge } from '../harness/test-bridge';
import { createTestStore, type TestStore } from '../harness/test-store';
import { signedFetch } from './signed-fetch';

const KEY_SAVED_LATER = 'f0e1d2c3-b4a5-4697-8877-665544332211';

/**
 * The log masks secrets when an entry is written. The bridge read the stored Api-Key once at start, so a key
 * saved afterwards in the panel was unknown to the log's redactor until every path went through the settings service.
 */
describe('an Api-Key saved after the bridge started', () => {
  let store: TestStore;
  let bridge: RunningBridge;
  beforeAll(async () => {
    store = await createTestStore();
    bridge = await startTestBridge(store);
  });
  afterAll(async () => {
    await bridge?.stop();
    await store?.destroy();
  });

  it('is masked in log entries written after it was saved', async () => {
    const saved = await signedFetch(bridge, 'PUT', '/api/v1/settings', {
      clientId: '123456',
      apiKey: KEY_SAVED_LATER,
    });
    expect(saved.status, saved.text).toBe(200);
    expect(saved.text).not.toContain(KEY_SAVED_LATER);

    // As an error text that quotes a request would carry it.
    await bridge.services.log.write({
      level: 'error',
      kind: 'api',
      message: `Ozon refused the request with Api-Key ${KEY_SAVED_LATER}`,
    });
    const table = bridge.services.store.own.syncLog;
    const [row] = await bridge.services.store.db.select().from(table).orderBy(desc(table.id)).limit(1);
    expect(row?.message).toContain('Ozon refused the request with Api-Key');
    expect(row?.message).not.toContain(KEY_SAVED_LATER);
  });
});
