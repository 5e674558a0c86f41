import { describe, expect, it } from 'vitest';
import { HOUR_MS, priceBudgetAt, recentOf } from '../../../bridge/src/offers/prices/price-budget';

const NOW = 1_800_000_000_000;

describe("Ozon's ten price updates per product an hour", () => {
  it('allows the next update at once while fewer than ten were accepted in the last hour', () => {
    expect(priceBudgetAt(null, NOW).getTime()).toBe(NOW);
    const nine = Array.from({ length: 9 }, (_, i) => NOW - i * 60_000);
    expect(priceBudgetAt(nine, NOW).getTime()).toBe(NOW);
  });

  it('after ten, waits until the oldest of them is an hour old (with a second to spare)', () => {
    const ten = Array.from({ length: 10 }, (_, i) => NOW - 50 * 60_000 + i * 1_000);
    expect(priceBudgetAt(ten, NOW).getTime()).toBe(NOW - 50 * 60_000 + HOUR_MS + 1_000);
  });

  it('forgets updates older than an hour', () => {
    const old = [NOW - HOUR_MS - 1, NOW - HOUR_MS, NOW - 5];
    expect(recentOf(old, NOW)).toEqual([NOW - 5]);
  });
});
