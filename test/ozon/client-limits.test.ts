import { describe, expect, it } from 'vitest';
import { chunk, LimiterSet, OZON_BATCH_MAX, SlidingWindowLimiter } from '../../bridge/src/ozon/limits';
import { createScaledClock } from '../../bridge/src/shared/clock';
import { createManualClock } from '../../bridge/src/shared/manual-clock';

/** Largest number of timestamps falling inside any half-open window [t, t + windowMs). */
function maxInAnyWindow(times: readonly number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let best = 0;
  for (let i = 0; i < sorted.length; i += 1) {
    const start = sorted[i] ?? 0;
    best = Math.max(best, sorted.filter((t) => t >= start && t < start + windowMs).length);
  }
  return best;
}

describe('SlidingWindowLimiter', () => {
  it('never lets more than `limit` requests into any window and keeps the pace', async () => {
    // A manual clock: the pace is checked in clock time, exactly, whatever the machine's load.
    const clock = createManualClock(0);
    const limiter = new SlidingWindowLimiter(clock, { limit: 5, windowMs: 1_000 });
    const granted: number[] = [];
    const all = Promise.all(
      Array.from({ length: 12 }, async () => {
        const release = await limiter.acquire();
        granted.push(clock.now());
        await clock.sleep(20);
        release();
      }),
    );
    for (let step = 0; step < 1_000 && granted.length < 12; step += 1) {
      await clock.advance(10);
    }
    await clock.advance(100);
    await all;
    expect(granted).toHaveLength(12);
    expect(maxInAnyWindow(granted, 1_000)).toBeLessThanOrEqual(5);
    // 12 requests at 5 per second, each held 20 ms: the third group starts two windows and two holds later.
    const elapsed = Math.max(...granted);
    expect(elapsed).toBeGreaterThanOrEqual(2_000);
    expect(elapsed).toBeLessThanOrEqual(2_100);
  });

  it('counts a slot from acquisition until one window after its release', async () => {
    const clock = createScaledClock(100);
    const limiter = new SlidingWindowLimiter(clock, { limit: 1, windowMs: 500 });
    const release = await limiter.acquire();
    await clock.sleep(300);
    const releasedAt = clock.now();
    release();
    await limiter.acquire();
    expect(clock.now() - releasedAt).toBeGreaterThanOrEqual(500);
  });

  it('holds everything while paused', async () => {
    const clock = createScaledClock(100);
    const limiter = new SlidingWindowLimiter(clock, { limit: 10, windowMs: 1_000 });
    const until = clock.now() + 1_500;
    limiter.pauseUntil(until);
    await limiter.acquire();
    expect(clock.now()).toBeGreaterThanOrEqual(until);
  });

  it('drops an aborted waiter without granting it a slot', async () => {
    const clock = createScaledClock(100);
    const limiter = new SlidingWindowLimiter(clock, { limit: 1, windowMs: 60_000 });
    await limiter.acquire();
    const abort = new AbortController();
    const waiting = limiter.acquire(abort.signal);
    abort.abort(new Error('gave up'));
    await expect(waiting).rejects.toThrow('gave up');
    expect(limiter.used()).toBe(1);
  });

  it('rejects nonsense limits', () => {
    const clock = createScaledClock(1);
    expect(() => new SlidingWindowLimiter(clock, { limit: 0, windowMs: 1_000 })).toThrow(RangeError);
  });
});

describe('LimiterSet', () => {
  it('refuses a global rate above Ozon ceiling of 50 rps', () => {
    const clock = createScaledClock(1);
    expect(() => new LimiterSet(clock, { globalRps: 51 })).toThrow(RangeError);
    expect(new LimiterSet(clock, { globalRps: 50 }).global.config.limit).toBe(50);
    expect(new LimiterSet(clock).global.config.limit).toBe(40);
  });

  it('applies the stock limit of 80 a minute on top of the global one', () => {
    const set = new LimiterSet(createScaledClock(1));
    expect(set.forPath('/v2/products/stocks')?.config).toEqual({ limit: 80, windowMs: 60_000 });
    expect(set.forPath('/v3/product/list')).toBeUndefined();
  });

  it('lets an override replace one method limit', () => {
    const set = new LimiterSet(createScaledClock(1), {
      perPath: { '/v3/posting/fbs/get': { limit: 2, windowMs: 1_000 } },
    });
    expect(set.forPath('/v3/posting/fbs/get')?.config.limit).toBe(2);
    expect(set.forPath('/v2/products/stocks')?.config.limit).toBe(80);
  });

  it('takes a slot from both the method and the global limiter, and frees both', async () => {
    const clock = createScaledClock(100);
    const set = new LimiterSet(clock);
    const release = await set.acquire('/v2/products/stocks');
    expect(set.forPath('/v2/products/stocks')?.used()).toBe(1);
    expect(set.global.used()).toBe(1);
    release();
    await clock.sleep(1_100);
    expect(set.global.used()).toBe(0);
    expect(set.forPath('/v2/products/stocks')?.used()).toBe(1);
  });
});

describe('batches', () => {
  it('splits at Ozon maxima', () => {
    const pairs = Array.from({ length: 250 }, (_, i) => i);
    const batches = chunk(pairs, OZON_BATCH_MAX.stockPairs);
    expect(batches.map((b) => b.length)).toEqual([100, 100, 50]);
    expect(batches.flat()).toEqual(pairs);
    expect(chunk([], 100)).toEqual([]);
    expect(() => chunk([1], 0)).toThrow(RangeError);
    expect(OZON_BATCH_MAX.productImport).toBe(100);
    expect(OZON_BATCH_MAX.prices).toBe(1_000);
  });
});
