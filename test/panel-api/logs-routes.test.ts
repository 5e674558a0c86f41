import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LogActivityResponse, LogDetailResponse, LogListResponse } from '../../bridge/src/contract/logs';
import type { RunningBridge } from '../../bridge/src/server/start';
import { startTestBridge } from '../harness/test-bridge';
import { createTestStore, type TestStore } from '../harness/test-store';
import { signedFetch } from './signed-fetch';

describe('log routes', () => {
  let store: TestStore;
  let bridge: RunningBridge;
  let secret: string;
  beforeAll(async () => {
    store = await createTestStore();
    bridge = await startTestBridge(store);
    secret = await bridge.services.secrets.current();
    const { log } = bridge.services;
    for (let i = 1; i <= 30; i += 1) {
      await log.write({
        level: i % 10 === 0 ? 'error' : i % 3 === 0 ? 'warning' : 'info',
        kind: i % 2 === 0 ? 'api' : 'sync',
        message: i === 7 ? 'product MODEL-0007 rejected by Ozon' : `step ${i}`,
        entity: 'product',
        entityId: String(i),
        ...(i === 20
          ? {
              detail: { request: { headers: { 'Api-Key': 'abcd-1234-key' }, note: `signed with ${secret}` } },
            }
          : {}),
        httpStatus: i % 2 === 0 ? 200 : null,
      });
    }
  });
  afterAll(async () => {
    await bridge?.stop();
    await store?.destroy();
  });

  const list = async (query: string): Promise<LogListResponse> => {
    const answer = await signedFetch(bridge, 'GET', `/api/v1/logs${query}`);
    expect(answer.status).toBe(200);
    return answer.json as LogListResponse;
  };

  it('pages newest first on the server with `before`', async () => {
    const first = await list('?limit=12');
    expect(first.items.map((e) => e.entityId)).toEqual(Array.from({ length: 12 }, (_, i) => String(30 - i)));
    expect(first.nextBefore).toBe(first.items.at(-1)?.id);
    const second = await list(`?limit=12&before=${first.nextBefore}`);
    expect(second.items[0]?.entityId).toBe('18');
    const third = await list(`?limit=12&before=${second.nextBefore}`);
    expect(third.items).toHaveLength(6);
    expect(third.nextBefore).toBeNull();
  });

  it('filters by level, kind, text and time range', async () => {
    const errors = await list('?level=error');
    expect(errors.items.map((e) => e.entityId)).toEqual(['30', '20', '10']);
    const syncWarnings = await list('?level=warning&kind=sync');
    expect(syncWarnings.items.every((e) => e.kind === 'sync' && e.level === 'warning')).toBe(true);
    expect(syncWarnings.items).toHaveLength(5);
    const text = await list(`?text=${encodeURIComponent('MODEL-0007')}`);
    expect(text.items.map((e) => e.entityId)).toEqual(['7']);
    const future = await list(`?from=${encodeURIComponent(new Date(Date.now() + 3_600_000).toISOString())}`);
    expect(future.items).toEqual([]);
    const bad = await signedFetch(bridge, 'GET', '/api/v1/logs?level=fatal');
    expect(bad.status).toBe(422);
  });

  it('shows one entry with its detail, secrets redacted', async () => {
    const [withDetail] = (await list('?text=20&kind=api')).items.filter((e) => e.entityId === '20');
    expect(withDetail?.hasDetail).toBe(true);
    const answer = await signedFetch(bridge, 'GET', `/api/v1/logs/${withDetail?.id}`);
    expect(answer.status).toBe(200);
    expect(answer.text).not.toContain(secret);
    expect(answer.text).not.toContain('abcd-1234-key');
    const { entry } = answer.json as LogDetailResponse;
    expect(entry.entityId).toBe('20');
    expect(typeof entry.at).toBe('string');
    expect(JSON.stringify(entry.detail)).toContain('[redacted]');
    expect((await signedFetch(bridge, 'GET', '/api/v1/logs/999999')).status).toBe(404);
  });

  it('counts entries per minute and level for the activity chart', async () => {
    const answer = await signedFetch(bridge, 'GET', '/api/v1/logs/activity?minutes=10&kind=api');
    expect(answer.status).toBe(200);
    const body = answer.json as LogActivityResponse;
    expect(body.buckets).toHaveLength(10);
    const total = body.buckets.reduce((sum, b) => sum + b.info + b.warning + b.error, 0);
    expect(total).toBe(15);
    expect(body.buckets.reduce((sum, b) => sum + b.error, 0)).toBe(3);
  });
});
