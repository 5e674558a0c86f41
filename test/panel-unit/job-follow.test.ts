import { describe, expect, it } from 'vitest';
import { nextPollDelay } from '../../admin-ui/src/hooks/poll-delay';
import { ozonProgress } from '../../admin-ui/src/pages/products/ozon-progress';

describe('following jobs without hammering the bridge', () => {
  it('waits longer by half each time nothing changed, from the minimum up to the maximum', () => {
    const range = { min: 1000, max: 10_000 };
    const delays: number[] = [];
    let delay = range.min;
    for (let i = 0; i < 8; i++) {
      delay = nextPollDelay(delay, range);
      delays.push(delay);
    }
    expect(delays).toEqual([1500, 2250, 3375, 5063, 7595, 10_000, 10_000, 10_000]);
    expect(nextPollDelay(0, range)).toBe(1000);
  });

  it("measures Ozon's follow-up by the catalogue's live items against those still waiting for Ozon", () => {
    expect(ozonProgress({ live: 12, moderation: 3, sent: 2, queued: 1, invalid: 40, not_mapped: 7 })).toEqual(
      {
        live: 12,
        waiting: 6,
      },
    );
    expect(ozonProgress({ invalid: 4 })).toEqual({ live: 0, waiting: 0 });
    expect(ozonProgress(undefined)).toEqual({ live: 0, waiting: 0 });
  });
});
