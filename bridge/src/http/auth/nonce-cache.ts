/**
 * Remembers nonces for the signature window, so that a captured request replayed inside the window is refused
 * as surely as an old one. Bounded: past `maxEntries` the oldest are dropped (their timestamps are expiring).
 */
export class NonceCache {
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly windowMs: number,
    private readonly maxEntries = 100_000,
  ) {}

  /** Records the nonce; false when it was already used within the window. */
  claim(nonce: string, now: number): boolean {
    this.evict(now);
    if (this.seen.has(nonce)) {
      return false;
    }
    this.seen.set(nonce, now);
    if (this.seen.size > this.maxEntries) {
      const oldest = this.seen.keys().next().value;
      if (oldest !== undefined) {
        this.seen.delete(oldest);
      }
    }
    return true;
  }

  private evict(now: number): void {
    // Map keeps insertion order, which is time order here.
    for (const [nonce, at] of this.seen) {
      if (now - at <= 2 * this.windowMs) {
        break;
      }
      this.seen.delete(nonce);
    }
  }
}
