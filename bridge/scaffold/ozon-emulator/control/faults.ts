import type { FaultRule } from './inputs';

export type { FaultKind, FaultRule } from './inputs';

/**
 * Faults the control API can inject, to test how a client survives Ozon on a bad day.
 * - server-error: 500 `Internal error` (or `status`), before the request is processed.
 * - rate-limit: 429 code 8 "per second" with retry-after 1 (a "429 storm" when `share` is 1).
 * - circle-open: 503 `Circle is open` (Ozon's circuit breaker; the HTTP status is not documented).
 * - slow: the answer comes `delayMs` of clock time later.
 * - drop: the request IS processed, then the connection is dropped (outcome unknown to the client).
 * - malformed: the request IS processed, then a truncated JSON body is sent with 200.
 */
/** A small seeded generator, so that "a share of requests" is reproducible in tests. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

interface LiveRule {
  rule: FaultRule;
  left: number;
  /** Matching requests still to let through. */
  skip: number;
}

export class FaultInjector {
  private rules: LiveRule[] = [];
  private random: () => number;
  /** When set, error bodies spell `code` as its gRPC name ("RESOURCE_EXHAUSTED") instead of a number. */
  stringCodes = false;

  constructor(seed = 1) {
    this.random = mulberry32(seed);
  }

  add(rule: FaultRule): void {
    this.rules.push({ rule, left: rule.times ?? Number.POSITIVE_INFINITY, skip: rule.skip ?? 0 });
  }

  clear(seed = 1): void {
    this.rules = [];
    this.stringCodes = false;
    this.random = mulberry32(seed);
  }

  list(): FaultRule[] {
    return this.rules.map((r) => r.rule);
  }

  /** The faults that fire for this request (at most one per kind), consuming their counts. */
  pick(path: string): FaultRule[] {
    const fired: FaultRule[] = [];
    for (const live of this.rules) {
      const { rule } = live;
      if (rule.path !== undefined && rule.path !== path) {
        continue;
      }
      if (live.skip > 0) {
        live.skip -= 1;
        continue;
      }
      if (fired.some((f) => f.kind === rule.kind) || this.random() >= (rule.share ?? 1)) {
        continue;
      }
      live.left -= 1;
      fired.push(rule);
    }
    this.rules = this.rules.filter((r) => r.left > 0);
    return fired;
  }
}
