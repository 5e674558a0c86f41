import { describe, expect, it } from 'vitest';
import { sampleTshirt, startOzonEmulator } from '../../bridge/scaffold/ozon-emulator';
import { authHeaders, createHarness } from './emulator-harness';

describe('transport: auth, routing, global limit', () => {
  it('answers a missing or non-numeric Client-Id with 400 code 3', async () => {
    const h = createHarness();
    for (const clientId of ['', 'abc', '0', '-5']) {
      const answer = await h.call('/v1/roles', {}, { ...authHeaders, 'Client-Id': clientId });
      expect(answer).toMatchObject({
        status: 400,
        body: { code: 3, message: 'Client-Id header value should be positive integer' },
      });
    }
  });

  it('answers unknown paths 404, GETs to POST methods 405, and old versions 410 only from their switch-off date', async () => {
    const h = createHarness();
    expect((await h.call('/v4/product/import', {})).status).toBe(404);
    const get = await h.emulator.fetch('http://emulator.test/v1/roles', { headers: authHeaders });
    expect(get.status).toBe(405);
    expect((await h.call('/v1/warehouse/list', { limit: 10 })).status).toBe(410);
    // Not yet switched off on the emulator's clock, but not implemented either: a plain 404.
    const before = await createHarness({}, '2026-05-31T23:59:59Z').call('/v3/posting/fbs/list', {});
    expect(before.status).toBe(404);
    const after = await createHarness({}, '2026-06-01T00:00:00Z').call('/v3/posting/fbs/list', {});
    expect(after.status).toBe(410);
  });

  it('allows 50 requests per second per Client-Id, then 429 code 8 with retry-after 1 and ratelimit-remaining 0', async () => {
    const h = createHarness();
    const remaining: string[] = [];
    for (let i = 0; i < 50; i += 1) {
      const answer = await h.call('/v1/roles', {});
      expect(answer.status).toBe(200);
      remaining.push(answer.headers.get('ratelimit-remaining') ?? '');
    }
    expect(remaining[0]).toBe('49');
    expect(remaining[49]).toBe('0');
    const limited = await h.call('/v1/roles', {});
    expect(limited.status).toBe(429);
    expect(limited.body).toEqual({
      code: 8,
      message: 'You have reached request rate limit per second',
      details: [],
    });
    expect(limited.headers.get('retry-after')).toBe('1');
    expect(limited.headers.get('ratelimit-remaining')).toBe('0');
    await h.clock.advance(1_000);
    expect((await h.call('/v1/roles', {})).status).toBe(200);
  });

  it("answers malformed JSON with 400 code 3 and unknown fields as Ozon's decoder does", async () => {
    const h = createHarness();
    expect((await h.call('/v2/warehouse/list', '{"limit": ')).body).toMatchObject({ code: 3 });
    const unknown = await h.call('/v2/warehouse/list', { limit: 10, page: 2 });
    expect(unknown.body).toMatchObject({
      code: 3,
      message: 'proto: unknown field "page" in WarehouseListV2Request',
    });
  });

  it('returns roles with every method the sync uses and an expiry six months ahead', async () => {
    const h = createHarness();
    const roles = await h.ok('roles', {});
    expect(roles.roles[0]?.methods).toContain('/v2/products/stocks');
    expect(Date.parse(roles.expires_at) - h.clock.now()).toBeGreaterThan(180 * 86_400_000);
  });
});

describe('fault injection and request log', () => {
  it('injects a reproducible share of 5xx answers', async () => {
    const h = createHarness();
    h.emulator.control.injectFault({ kind: 'server-error', share: 0.3, path: '/v1/roles' });
    const statuses: number[] = [];
    for (let i = 0; i < 40; i += 1) {
      await h.clock.advance(100);
      statuses.push((await h.call('/v1/roles', {})).status);
    }
    const failures = statuses.filter((s) => s === 500).length;
    expect(failures).toBeGreaterThan(4);
    expect(failures).toBeLessThan(24);
    expect(statuses.every((s) => s === 200 || s === 500)).toBe(true);
  });

  it('injects 429 storms, Circle is open, and string error codes', async () => {
    const h = createHarness();
    h.emulator.control.injectFault({ kind: 'rate-limit', times: 3 });
    const storm = [];
    for (let i = 0; i < 4; i += 1) {
      storm.push((await h.call('/v1/roles', {})).status);
    }
    expect(storm).toEqual([429, 429, 429, 200]);
    h.emulator.control.injectFault({ kind: 'circle-open', times: 1 });
    expect((await h.call('/v1/roles', {})).body).toMatchObject({ message: 'Circle is open' });
    h.emulator.control.setStringCodes(true);
    const wrongKey = await h.call('/v1/roles', {}, { ...authHeaders, 'Api-Key': 'x' });
    expect(wrongKey.body).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('delays slow answers by clock time', async () => {
    const h = createHarness();
    h.emulator.control.injectFault({ kind: 'slow', delayMs: 5_000, times: 1 });
    let settled = false;
    const pending = h.call('/v1/roles', {}).then((a) => {
      settled = true;
      return a;
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(settled).toBe(false);
    await h.clock.advance(5_000);
    expect((await pending).status).toBe(200);
  });

  it('processes a request and then drops the connection or sends truncated JSON (outcome unknown to the client)', async () => {
    const h = createHarness();
    h.emulator.control.injectFault({ kind: 'drop', times: 1, path: '/v3/product/import' });
    await expect(h.call('/v3/product/import', { items: [sampleTshirt('D-1')] })).rejects.toThrow(
      'fetch failed',
    );
    expect(h.emulator.state.tasks.size).toBe(1);
    h.emulator.control.injectFault({ kind: 'malformed', times: 1 });
    const response = await h.emulator.fetch('http://emulator.test/v1/roles', {
      method: 'POST',
      headers: authHeaders,
      body: '{}',
    });
    expect(response.status).toBe(200);
    await expect(response.json()).rejects.toThrow();
  });

  it('records every request with the Api-Key redacted', async () => {
    const h = createHarness();
    await h.call('/v2/warehouse/list', { limit: 5 });
    await h.call('/v1/roles', {}, { ...authHeaders, 'Api-Key': 'wrong' });
    const log = h.emulator.control.requests();
    expect(log.map((r) => [r.path, r.status])).toEqual([
      ['/v2/warehouse/list', 200],
      ['/v1/roles', 404],
    ]);
    expect(log[0]?.headers['api-key']).toBe('[redacted]');
    expect(log[0]?.headers['client-id']).toBe(authHeaders['Client-Id']);
    expect(log[0]?.body).toEqual({ limit: 5 });
    expect(JSON.stringify(log)).not.toContain(authHeaders['Api-Key']);
  });
});

describe('standalone server', () => {
  it('serves Ozon and the control API over loopback HTTP, and really drops connections', async () => {
    const running = await startOzonEmulator({ port: 0, openApiDocPaths: false });
    try {
      expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const seeded = await fetch(`${running.url}/__control/products`, {
        method: 'POST',
        body: JSON.stringify({ products: [{ offerId: 'HTTP-1' }] }),
      });
      expect(seeded.status).toBe(200);
      const posting = await fetch(`${running.url}/__control/postings`, {
        method: 'POST',
        body: JSON.stringify({ products: [{ offerId: 'HTTP-1', quantity: 1 }] }),
      });
      expect(await posting.json()).toMatchObject({ postingNumber: expect.stringMatching(/-1$/) });
      const list = await fetch(`${running.url}/v3/product/info/list`, {
        method: 'POST',
        headers: authHeaders,
        body: JSON.stringify({ offer_id: ['HTTP-1'] }),
      });
      expect(await list.json()).toMatchObject({ items: [{ offer_id: 'HTTP-1' }] });
      await fetch(`${running.url}/__control/faults`, {
        method: 'POST',
        body: JSON.stringify({ kind: 'drop', times: 1 }),
      });
      await expect(
        fetch(`${running.url}/v1/roles`, { method: 'POST', headers: authHeaders, body: '{}' }),
      ).rejects.toThrow();
      const log = await (await fetch(`${running.url}/__control/requests?path=/v1/roles`)).json();
      expect(log).toMatchObject({ requests: [{ path: '/v1/roles', fault: 'drop' }] });
      const bad = await fetch(`${running.url}/__control/faults`, {
        method: 'POST',
        body: JSON.stringify({ kind: 'nope' }),
      });
      expect(bad.status).toBe(400);
    } finally {
      await running.close();
    }
  });
});
