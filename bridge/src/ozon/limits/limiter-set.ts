import type { Clock } from '../../shared/clock';
import { type ReleaseSlot, SlidingWindowLimiter, type WindowLimit } from './sliding-window-limiter';

/** Ozon's documented ceiling for all methods of one Client-Id. */
export const OZON_MAX_RPS = 50;

export interface LimitsConfig {
  /**
   * Requests per second for everything this client sends. Below Ozon's 50 because other tools (1C, MoySklad...)
   * share the same Client-Id.
   */
  readonly globalRps: number;
  /** Method-specific limits keyed by path; they apply on top of the global one. */
  readonly perPath: Readonly<Record<string, WindowLimit>>;
}

const MINUTE = 60_000;
const SECOND = 1_000;

export const defaultLimits: LimitsConfig = {
  globalRps: 40,
  perPath: {
    // Documented: 80 requests a minute per seller account.
    '/v2/products/stocks': { limit: 80, windowMs: MINUTE },
    // Documented for v1 (once a minute); v2 states no limit, so a slow pace is the safe guess.
    '/v2/warehouse/list': { limit: 1, windowMs: SECOND },
    // Undocumented; public SDKs use 2/s. Re-checks after an unknown outcome also go through here.
    '/v3/posting/fbs/get': { limit: 5, windowMs: SECOND },
    // Barcode methods: documented 20 a minute.
    '/v1/barcode/add': { limit: 20, windowMs: MINUTE },
    '/v1/barcode/generate': { limit: 20, windowMs: MINUTE },
  },
};

/**
 * The limiters of one Client-Id: one global window plus one per limited path. Create one set per Client-Id and
 * share it between every client object using that id.
 */
export class LimiterSet {
  readonly global: SlidingWindowLimiter;
  private readonly byPath = new Map<string, SlidingWindowLimiter>();

  constructor(clock: Clock, config: Partial<LimitsConfig> = {}) {
    const globalRps = config.globalRps ?? defaultLimits.globalRps;
    if (!(globalRps > 0 && globalRps <= OZON_MAX_RPS)) {
      throw new RangeError(`globalRps must be in (0, ${OZON_MAX_RPS}], got ${globalRps}`);
    }
    this.global = new SlidingWindowLimiter(clock, { limit: Math.floor(globalRps), windowMs: SECOND });
    const perPath = { ...defaultLimits.perPath, ...config.perPath };
    for (const [path, limit] of Object.entries(perPath)) {
      this.byPath.set(path, new SlidingWindowLimiter(clock, limit));
    }
  }

  /** The method limiter of a path, if it has one. */
  forPath(path: string): SlidingWindowLimiter | undefined {
    return this.byPath.get(path);
  }

  /**
   * Waits for the method limiter first, then the global one: a stock update waiting a minute for its own
   * window must not sit on a global slot meanwhile.
   */
  async acquire(path: string, signal?: AbortSignal): Promise<ReleaseSlot> {
    const method = this.byPath.get(path);
    const releaseMethod = method === undefined ? undefined : await method.acquire(signal);
    try {
      const releaseGlobal = await this.global.acquire(signal);
      return () => {
        releaseGlobal();
        releaseMethod?.();
      };
    } catch (error) {
      releaseMethod?.();
      throw error;
    }
  }
}
