import { describe, expect, it } from 'vitest';
import { sampleTshirt } from '../../bridge/scaffold/ozon-emulator';
import { OzonApiError, OzonOutcomeUnknownError, OzonQuotaError } from '../../bridge/src/ozon/client';
import { type ClientHarness, createClientHarness, offers, rejection } from './client-helpers';

const WAREHOUSES = '/v2/warehouse/list';
const IMPORT = '/v3/product/import';

function newPosting(h: ClientHarness, scheme: 'fbs' | 'rfbs' = 'fbs') {
  const [product] = h.emulator.control.seedProducts([{ offerId: `F-${scheme}-${h.clock.now()}` }]);
  const created = h.emulator.control.createPosting({
    scheme,
    ...(scheme === 'rfbs' ? { tplIntegrationType: 'non_integrated' as const } : {}),
    products: [{ offerId: product?.offerId ?? '', quantity: 1 }],
  });
  return { postingNumber: created.postingNumber, sku: product?.sku ?? 0 };
}

describe('client under faults: reads and idempotent writes retry', () => {
  it('retries a share of 5xx answers with backoff until the read succeeds', async () => {
    const h = createClientHarness();
    h.emulator.control.injectFault({ kind: 'server-error', path: WAREHOUSES, times: 2 });
    const list = await h.run(h.client.warehouses.list());
    expect(list.length).toBeGreaterThan(0);
    const attempts = h.records.filter((r) => r.path === WAREHOUSES);
    expect(attempts.map((r) => r.status)).toEqual([500, 500, 200]);
    expect(attempts[0]?.retry).toEqual({ again: true, reason: 'server-error', waitMs: 375 });
    expect(attempts[0]?.ozonMessage).toBe('Internal error');
  });

  it('waits retry-after through a 429 storm, even on an import (a 429 is a refusal)', async () => {
    const h = createClientHarness();
    h.emulator.control.injectFault({ kind: 'rate-limit', path: IMPORT, times: 3 });
    const task = await h.run(h.client.products.import([sampleTshirt('STORM-1')]));
    expect(task.taskId).toMatch(/^\d+$/);
    const attempts = h.records.filter((r) => r.path === IMPORT);
    expect(attempts.map((r) => r.status)).toEqual([429, 429, 429, 200]);
    expect(
      attempts.every((r, i) => i === 0 || r.startedAt - (attempts[i - 1]?.startedAt ?? 0) >= 1_000),
    ).toBe(true);
    expect(attempts[0]?.retry?.waitMs).toBe(1_000);
  });

  it('gives up after maxAttempts of a 429 storm with a typed error', async () => {
    const h = createClientHarness({ client: { maxAttempts: 3 } });
    h.emulator.control.injectFault({ kind: 'rate-limit', path: WAREHOUSES });
    const error = await h.run(rejection(h.client.warehouses.list()));
    expect(error).toBeInstanceOf(OzonApiError);
    expect(error).toMatchObject({
      status: 429,
      ozonCode: 8,
      attempts: 3,
      reason: 'rate-limited (attempts exhausted)',
      refused: true,
      outcomeUnknown: false,
    });
    expect((error as OzonApiError).headers.retryAfter).toBe('1');
  });

  it('lets the first matching requests through when a fault is told to skip them', async () => {
    const h = createClientHarness();
    h.emulator.control.injectFault({ kind: 'server-error', path: WAREHOUSES, skip: 1, times: 1 });
    await h.run(h.client.warehouses.list());
    await h.run(h.client.warehouses.list());
    const attempts = h.records.filter((r) => r.path === WAREHOUSES);
    expect(attempts.map((r) => r.status)).toEqual([200, 500, 200]);
  });

  it('times out a slow answer on the shared clock and retries the read', async () => {
    const h = createClientHarness({ client: { timeoutMs: 5_000 } });
    h.emulator.control.injectFault({ kind: 'slow', path: WAREHOUSES, delayMs: 60_000, times: 1 });
    const list = await h.run(h.client.warehouses.list());
    expect(list.length).toBeGreaterThan(0);
    const attempts = h.records.filter((r) => r.path === WAREHOUSES);
    expect(attempts[0]).toMatchObject({
      status: 0,
      failure: 'timeout',
      retry: { again: true, reason: 'timeout' },
    });
    expect(attempts[0]?.durationMs).toBeGreaterThanOrEqual(5_000);
    expect(attempts.at(-1)?.status).toBe(200);
  });

  it('retries a dropped connection and an unreadable JSON answer on reads', async () => {
    const h = createClientHarness();
    h.emulator.control.injectFault({ kind: 'drop', path: WAREHOUSES, times: 1 });
    h.emulator.control.injectFault({ kind: 'malformed', path: '/v1/roles', times: 1 });
    expect((await h.run(h.client.warehouses.list())).length).toBeGreaterThan(0);
    expect((await h.run(h.client.account.roles())).roles.length).toBeGreaterThan(0);
    expect(h.records.filter((r) => r.failure !== undefined).map((r) => [r.path, r.failure])).toEqual([
      [WAREHOUSES, 'connection-dropped'],
      ['/v1/roles', 'malformed-response'],
    ]);
  });

  it('waits out "Circle is open" and then succeeds', async () => {
    const h = createClientHarness({ stepMs: 500 });
    h.emulator.control.seedProducts([{ offerId: 'C-1' }]);
    h.emulator.control.injectFault({ kind: 'circle-open', path: '/v1/product/import/prices', times: 1 });
    const outcome = await h.run(h.client.prices.update([{ offer_id: 'C-1', price: '800', old_price: '0' }]));
    expect(outcome.failed).toEqual([]);
    const attempts = h.records.filter((r) => r.path === '/v1/product/import/prices');
    expect(attempts[0]).toMatchObject({
      status: 503,
      ozonMessage: 'Circle is open',
      retry: { reason: 'circuit-open' },
    });
    expect(attempts[1]?.startedAt ?? 0).toBeGreaterThanOrEqual((attempts[0]?.startedAt ?? 0) + 60_000);
  });

  it('reads string error codes: wrong Api-Key is an auth error, never retried', async () => {
    const h = createClientHarness();
    h.emulator.control.setStringCodes(true);
    const client = h.newClient({ apiKey: 'not-the-key' });
    const error = await h.run(rejection(client.warehouses.list()));
    expect(error).toMatchObject({
      name: 'OzonApiError',
      status: 404,
      ozonCode: 'NOT_FOUND',
      reason: 'auth',
      attempts: 1,
      // Processed and refused: sending the same again would meet the same answer.
      refused: false,
    });
    expect((error as OzonApiError).ozonMessage).toBe('Invalid Api-Key, please check the key and try again');
  });
});

describe('client under faults: creating writes and state changes are never resent blindly', () => {
  it('an import whose answer was lost raises OutcomeUnknown with its offer_ids and is not resent', async () => {
    const h = createClientHarness();
    h.emulator.control.injectFault({ kind: 'drop', path: IMPORT, times: 1 });
    const ids = offers('LOST', 2);
    const error = await h.run(rejection(h.client.products.import(ids.map((id) => sampleTshirt(id)))));
    expect(error).toBeInstanceOf(OzonOutcomeUnknownError);
    expect(error).toMatchObject({ offerIds: ids, outcomeUnknown: true, reason: 'outcome-unknown' });
    expect(h.emulator.control.requests({ path: IMPORT })).toHaveLength(1);
    // The task was created: the export layer finds the offers with /v3/product/info/list.
    await h.clock.advance(3_000);
    expect(
      (await h.run(h.client.products.infoList({ offerIds: ids }))).map((c) => c.offer_id).sort(),
    ).toEqual(ids);
  });

  it('a 500 or an unreadable answer on an import is an unknown outcome too', async () => {
    const h = createClientHarness();
    // One fault at a time: faults of different kinds fire together on the same request.
    h.emulator.control.injectFault({ kind: 'malformed', path: IMPORT, times: 1 });
    const unreadable = await h.run(rejection(h.client.products.import([sampleTshirt('X-1')])));
    h.emulator.control.injectFault({ kind: 'server-error', path: IMPORT, times: 1 });
    const internal = await h.run(rejection(h.client.products.import([sampleTshirt('X-2')])));
    expect(unreadable).toBeInstanceOf(OzonOutcomeUnknownError);
    expect(unreadable).toMatchObject({ status: 200, offerIds: ['X-1'] });
    expect(internal).toBeInstanceOf(OzonOutcomeUnknownError);
    expect(internal).toMatchObject({ status: 500, ozonCode: 13, offerIds: ['X-2'] });
    expect(h.emulator.control.requests({ path: IMPORT })).toHaveLength(2);
  });

  it('ship with a dropped answer: re-reads the posting, waits for the async pack, succeeds without resending', async () => {
    const h = createClientHarness();
    const p = newPosting(h);
    h.emulator.control.injectFault({ kind: 'drop', path: '/v4/posting/fbs/ship', times: 1 });
    const shipped = await h.run(
      h.client.postings.ship(p.postingNumber, [{ products: [{ product_id: p.sku, quantity: 1 }] }]),
    );
    expect(shipped).toMatchObject({ result: [p.postingNumber], verifiedByRecheck: true });
    expect(h.emulator.control.requests({ path: '/v4/posting/fbs/ship' })).toHaveLength(1);
    expect(h.emulator.control.posting(p.postingNumber).status).toBe('awaiting_deliver');
  });

  it('ship that timed out before Ozon processed it is resent once the re-read shows it untouched', async () => {
    const h = createClientHarness({ client: { timeoutMs: 5_000 } });
    const p = newPosting(h);
    h.emulator.control.injectFault({
      kind: 'slow',
      path: '/v4/posting/fbs/ship',
      delayMs: 120_000,
      times: 1,
    });
    const shipped = await h.run(
      h.client.postings.ship(p.postingNumber, [{ products: [{ product_id: p.sku, quantity: 1 }] }]),
    );
    expect(shipped.verifiedByRecheck).toBe(false);
    expect(h.records.filter((r) => r.path === '/v3/posting/fbs/get').length).toBeGreaterThanOrEqual(1);
    expect(
      h.records.filter((r) => r.path === '/v4/posting/fbs/ship').map((r) => r.failure ?? r.status),
    ).toEqual(['timeout', 200]);
  });

  it('cancel with a lost answer is confirmed by the re-read', async () => {
    const h = createClientHarness();
    const p = newPosting(h);
    h.emulator.control.injectFault({ kind: 'drop', path: '/v2/posting/fbs/cancel', times: 1 });
    const outcome = await h.run(h.client.postings.cancel({ postingNumber: p.postingNumber, reasonId: 352 }));
    expect(outcome).toEqual({ cancelled: true, verifiedByRecheck: true });
    expect(h.emulator.control.requests({ path: '/v2/posting/fbs/cancel' })).toHaveLength(1);
  });

  it('an rFBS move with a lost answer is confirmed per posting after Ozon settles', async () => {
    const h = createClientHarness();
    const p = newPosting(h, 'rfbs');
    h.emulator.control.setPostingStatus(
      p.postingNumber,
      'awaiting_deliver',
      'posting_transferring_to_delivery',
    );
    h.emulator.control.injectFault({ kind: 'drop', path: '/v2/fbs/posting/delivering', times: 1 });
    const outcome = await h.run(h.client.rfbs.delivering([p.postingNumber]));
    expect(outcome.results).toEqual([
      { posting_number: p.postingNumber, result: true, error: '', verifiedByRecheck: true },
    ]);
    expect(h.emulator.control.requests({ path: '/v2/fbs/posting/delivering' })).toHaveLength(1);
  });

  it('an rFBS move that never reached Ozon is resent for the postings still in the source state', async () => {
    const h = createClientHarness({ client: { timeoutMs: 3_000 } });
    const p = newPosting(h, 'rfbs');
    h.emulator.control.setPostingStatus(
      p.postingNumber,
      'awaiting_deliver',
      'posting_transferring_to_delivery',
    );
    h.emulator.control.injectFault({
      kind: 'slow',
      path: '/v2/fbs/posting/delivering',
      delayMs: 600_000,
      times: 1,
    });
    const outcome = await h.run(h.client.rfbs.delivering([p.postingNumber]));
    expect(outcome.failed).toEqual([]);
    expect(outcome.results[0]?.verifiedByRecheck).toBeUndefined();
    expect(h.emulator.control.requests({ path: '/v2/fbs/posting/delivering' })).toHaveLength(2);
  });
});

describe('client: import item quota', () => {
  it('waits Item-Retry-After when the per-minute item limit is hit', async () => {
    const h = createClientHarness({ emulator: { limits: { importItemsPerMinute: 100 } }, stepMs: 1_000 });
    await h.run(h.client.products.import(offers('Q1', 100).map((id) => sampleTshirt(id))));
    const second = await h.run(h.client.products.import(offers('Q2', 10).map((id) => sampleTshirt(id))));
    expect(second.offerIds).toHaveLength(10);
    const refused = h.records.find((r) => r.status === 429);
    expect(refused).toMatchObject({
      ozonCode: 'RESOURCE_EXHAUSTED',
      retry: { again: true, reason: 'item-quota', waitMs: 60_000 },
    });
  });

  it('gives up with the reset time when the wait is longer than allowed', async () => {
    const h = createClientHarness({
      emulator: { limits: { importItemsPerMinute: 100 } },
      client: { retry: { jitter: () => 0.5, maxItemWaitMs: 10_000 } },
    });
    await h.run(h.client.products.import(offers('R1', 100).map((id) => sampleTshirt(id))));
    const before = h.clock.now();
    const error = await h.run(rejection(h.client.products.import([sampleTshirt('R2-1')])));
    expect(error).toBeInstanceOf(OzonQuotaError);
    const quota = error as OzonQuotaError;
    expect(quota.resetAt).toBeGreaterThanOrEqual(before + 60_000);
    expect(quota.message).toMatch(/resets at \d{4}-\d\d-\d\dT/);
    expect(quota.headers.itemRetryAfter).toBe('1');
  });
});
