/** Ozon takes at most ten price updates per product an hour. */
export const PRICE_UPDATES_PER_HOUR = 10;
export const HOUR_MS = 3_600_000;

/** The accepted updates of the last hour (epoch ms), oldest first. */
export function recentOf(updates: readonly number[] | null, now: number): number[] {
  return (updates ?? []).filter((at) => at > now - HOUR_MS).sort((a, b) => a - b);
}

/** When the offer may take its next price: now, or when the oldest of the hour's ten updates is an hour old. */
export function priceBudgetAt(updates: readonly number[] | null, now: number): Date {
  const recent = recentOf(updates, now);
  const blocking = recent[recent.length - PRICE_UPDATES_PER_HOUR];
  return new Date(blocking === undefined ? now : Math.max(now, blocking + HOUR_MS + 1_000));
}
