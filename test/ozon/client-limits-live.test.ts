import { describe, expect, it } from 'vitest';
import { createOzonEmulator } from '../../bridge/scaffold/ozon-emulator';
import { createOzonClient } from '../../bridge/src/ozon/client';
import { createScaledClock } from '../../bridge/src/shared/clock';
import { API_KEY, CLIENT_ID, createClientHarness, FBS_WAREHOUSE } from './client-helpers';

const STOCKS = '/v2/products/stocks';

/** `n` stock pairs for offers the account does not have: each request still counts against the limits. */
function fakePairs(n: number) {
  return Array.from({ length: n }, (_, i) => ({
    offer_id: `NOPE-${i}`,
    stock: 1,
    warehouse_id: FBS_WAREHOUSE,
  }));
}

describe('client limiters against the emulator enforced limits', () => {
  it('pushes 17 stock requests through a 5-a-minute limit without one 429, at the limit pace', async () => {
    const h = createClientHarness({
      emulator: { limits: { stockRequestsPerMinute: 5 } },
      client: { limits: { perPath: { [STOCKS]: { limit: 5, windowMs: 60_000 } } } },
      stepMs: 100,
    });
    const start = h.clock.now();
    const outcome = await h.run(h.client.stocks.update(fakePairs(1_700)));
    expect(outcome.results).toHaveLength(1_700);
    expect(outcome.failed[0]?.errors[0]?.code).toBeDefined();
    const sent = h.emulator.control.requests({ path: STOCKS });
    expect(sent).toHaveLength(17);
    expect(sent.filter((r) => r.status === 429)).toHaveLength(0);
    // 17 requests at 5 per rolling minute: the last window opens after three full minutes.
    const elapsed = h.clock.now() - start;
    expect(elapsed).toBeGreaterThanOrEqual(180_000);
    expect(elapsed).toBeLessThan(185_000);
  });

  it('keeps 150 reads under the 50 rps global limit with globalRps 50', async () => {
    const h = createClientHarness({ client: { limits: { globalRps: 50 } }, stepMs: 10 });
    const start = h.clock.now();
    await h.run(Promise.all(Array.from({ length: 150 }, () => h.client.account.roles())));
    const sent = h.emulator.control.requests({ path: '/v1/roles' });
    expect(sent).toHaveLength(150);
    expect(sent.filter((r) => r.status === 429)).toHaveLength(0);
    expect(h.clock.now() - start).toBeGreaterThanOrEqual(2_000);
  });

  it('shares one limiter set between two clients of the same Client-Id', async () => {
    const h = createClientHarness({ client: { limits: { globalRps: 50 } }, stepMs: 10 });
    const second = h.newClient({ limits: h.client.limiters });
    await h.run(
      Promise.all([
        ...Array.from({ length: 60 }, () => h.client.account.roles()),
        ...Array.from({ length: 60 }, () => second.account.roles()),
      ]),
    );
    expect(h.emulator.control.requests({ path: '/v1/roles' }).filter((r) => r.status === 429)).toHaveLength(
      0,
    );
  });

  it('on a sped-up wall clock (x200) stays under the emulator stock limit too', async () => {
    const clock = createScaledClock(200);
    const emulator = createOzonEmulator({ clock, limits: { stockRequestsPerMinute: 4 } });
    const client = createOzonClient({
      baseUrl: 'http://emulator.test',
      clientId: CLIENT_ID,
      apiKey: API_KEY,
      fetch: emulator.fetch,
      clock,
      limits: { perPath: { [STOCKS]: { limit: 4, windowMs: 60_000 } } },
    });
    const start = clock.now();
    await client.stocks.update(fakePairs(900));
    const sent = emulator.control.requests({ path: STOCKS });
    expect(sent).toHaveLength(9);
    expect(sent.filter((r) => r.status === 429)).toHaveLength(0);
    expect(clock.now() - start).toBeGreaterThanOrEqual(120_000);
  });
});
