/** Outcome of asking a window for capacity. */
export type WindowDecision =
  | { readonly ok: true; readonly remaining: number }
  | { readonly ok: false; readonly remaining: number; readonly retryAfterMs: number };

/**
 * A sliding-window counter per key: at most `limit` units within any `windowMs` of clock time. Sliding rather
 * than fixed windows, so that a client cannot pass twice the limit across a window boundary; a client that
 * stays at the limit on average is never refused.
 */
export class SlidingWindow {
  private readonly hits = new Map<string, { at: number; weight: number }[]>();

  constructor(
    readonly limit: number,
    readonly windowMs: number,
  ) {}

  /** Takes `weight` units for `key` at time `now`, or says how long until they fit. */
  take(key: string, now: number, weight = 1): WindowDecision {
    const live = this.prune(key, now);
    const used = live.reduce((sum, h) => sum + h.weight, 0);
    if (used + weight > this.limit) {
      return {
        ok: false,
        remaining: Math.max(0, this.limit - used),
        retryAfterMs: this.waitFor(live, used, weight, now),
      };
    }
    live.push({ at: now, weight });
    return { ok: true, remaining: this.limit - used - weight };
  }

  /** Units still free for `key` at `now`. */
  remaining(key: string, now: number): number {
    return Math.max(0, this.limit - this.prune(key, now).reduce((sum, h) => sum + h.weight, 0));
  }

  reset(): void {
    this.hits.clear();
  }

  private prune(key: string, now: number): { at: number; weight: number }[] {
    const list = this.hits.get(key) ?? [];
    const live = list.filter((h) => h.at > now - this.windowMs);
    this.hits.set(key, live);
    return live;
  }

  /** Time until enough old hits leave the window for `weight` more units. */
  private waitFor(live: { at: number; weight: number }[], used: number, weight: number, now: number): number {
    let freed = 0;
    for (const hit of live) {
      freed += hit.weight;
      if (used - freed + weight <= this.limit) {
        return Math.max(1, hit.at + this.windowMs - now);
      }
    }
    return this.windowMs;
  }
}
