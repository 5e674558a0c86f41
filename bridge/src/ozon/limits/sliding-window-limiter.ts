import type { Clock } from '../../shared/clock';

/** Call when the answer (or the failure) of a request came back; frees its slot after the window. */
export type ReleaseSlot = () => void;

export interface WindowLimit {
  /** Requests allowed in any window. */
  readonly limit: number;
  readonly windowMs: number;
}

interface Waiter {
  readonly resolve: (release: ReleaseSlot) => void;
  readonly reject: (reason: unknown) => void;
  readonly signal: AbortSignal | undefined;
  readonly onAbort: () => void;
}

/**
 * A sliding-window limiter that stays under a server-side limit of `limit` requests per `windowMs`, whether the
 * server counts a rolling window or fixed buckets.
 *
 * Why slots are held until the answer: the server timestamps a request on arrival, somewhere between our send and
 * our receipt of the answer. A slot counts from acquisition until `windowMs` after its release, so by the time it
 * frees, the request's arrival is surely older than one window on the server too, whatever the latency.
 */
export class SlidingWindowLimiter {
  private readonly queue: Waiter[] = [];
  /** Release times (ascending) of finished requests still inside the window. */
  private readonly releasedAt: number[] = [];
  private inFlight = 0;
  private pausedUntil = 0;
  private wakeAt = Number.POSITIVE_INFINITY;

  constructor(
    private readonly clock: Clock,
    readonly config: WindowLimit,
    /** Extra distance from the window edge, against a server that counts both ends of the window. */
    private readonly marginMs = 5,
  ) {
    if (!(config.limit >= 1 && config.windowMs > 0)) {
      throw new RangeError(`invalid limit ${config.limit} per ${config.windowMs} ms`);
    }
  }

  /** Resolves with a release function once a request may be sent. FIFO; rejects if `signal` aborts. */
  acquire(signal?: AbortSignal): Promise<ReleaseSlot> {
    if (signal?.aborted) {
      return Promise.reject(signal.reason);
    }
    return new Promise<ReleaseSlot>((resolve, reject) => {
      const waiter: Waiter = {
        resolve,
        reject,
        signal,
        onAbort: () => {
          const index = this.queue.indexOf(waiter);
          if (index >= 0) {
            this.queue.splice(index, 1);
            reject(signal?.reason);
          }
        },
      };
      signal?.addEventListener('abort', waiter.onAbort, { once: true });
      this.queue.push(waiter);
      this.pump();
    });
  }

  /** Holds every request until `until` (clock time), e.g. after the server said 429 to someone sharing the account. */
  pauseUntil(until: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, until);
    this.pump();
  }

  /** Requests counted against the window right now (in flight plus recently finished). */
  used(): number {
    this.prune(this.clock.now());
    return this.inFlight + this.releasedAt.length;
  }

  private prune(now: number): void {
    const horizon = now - this.config.windowMs - this.marginMs;
    while (this.releasedAt.length > 0 && (this.releasedAt[0] ?? 0) <= horizon) {
      this.releasedAt.shift();
    }
  }

  private grant(waiter: Waiter): void {
    waiter.signal?.removeEventListener('abort', waiter.onAbort);
    this.inFlight += 1;
    let released = false;
    waiter.resolve(() => {
      if (released) {
        return;
      }
      released = true;
      this.inFlight -= 1;
      this.releasedAt.push(this.clock.now());
      this.pump();
    });
  }

  private pump(): void {
    const now = this.clock.now();
    this.prune(now);
    while (
      this.queue.length > 0 &&
      now >= this.pausedUntil &&
      this.inFlight + this.releasedAt.length < this.config.limit
    ) {
      const next = this.queue.shift();
      if (next !== undefined) {
        this.grant(next);
      }
    }
    if (this.queue.length > 0) {
      this.armTimer(now);
    }
  }

  private armTimer(now: number): void {
    const full = this.inFlight + this.releasedAt.length >= this.config.limit;
    const oldest = this.releasedAt[0];
    // With every slot in flight, only a release can free one; release() pumps by itself.
    const freeAt = !full
      ? now
      : oldest === undefined
        ? Number.POSITIVE_INFINITY
        : oldest + this.config.windowMs + this.marginMs;
    const wake = Math.max(freeAt, this.pausedUntil);
    if (!Number.isFinite(wake) || wake >= this.wakeAt) {
      return;
    }
    this.wakeAt = wake;
    void this.clock.sleep(Math.max(0, wake - now) + 1).then(() => {
      if (this.wakeAt === wake) {
        this.wakeAt = Number.POSITIVE_INFINITY;
      }
      this.pump();
    });
  }
}
