import { lt } from 'drizzle-orm';
import type { StoreDb } from '../db/connection';
import type { Clock } from '../shared/clock';
import { SIGNATURE_WINDOW_SECONDS } from './request-hmac';

/** How often, at most, expired nonces are deleted; it happens while claiming, so no timer keeps running. */
const PRUNE_EVERY_MS = 60_000;

/**
 * The nonces of accepted signed requests, in the bridge's own table (db/own/request-nonces.ts). A nonce is kept
 * until its request's timestamp falls out of the signature window, so a captured request is refused for as
 * long as it could otherwise pass — across restarts, and across two bridges on one store.
 */
export function createNonceStore(store: StoreDb, clock: Clock) {
  const table = store.own.requestNonces;
  let prunedAt = Number.NEGATIVE_INFINITY;
  return {
    /**
     * Records the nonce of a request signed at `timestampSeconds`; false when it was seen before. The insert is
     * the check, so two copies of one request arriving together cannot both pass.
     */
    async claim(nonce: string, timestampSeconds: number): Promise<boolean> {
      const now = clock.now();
      if (now - prunedAt >= PRUNE_EVERY_MS) {
        prunedAt = now;
        await store.db.delete(table).where(lt(table.expiresAt, new Date(now)));
      }
      // Twice the window: the bridge's clock may be set back a little after it accepted the request.
      const expiresAt = new Date(
        Math.max(timestampSeconds * 1000, now) + 2 * SIGNATURE_WINDOW_SECONDS * 1000,
      );
      const [result] = await store.db.insert(table).ignore().values({ nonce, expiresAt });
      return result.affectedRows === 1;
    },
  };
}

export type NonceStore = ReturnType<typeof createNonceStore>;
