import type { StoreEvent } from '../contract/store-events';
import type { StoreDb } from '../db/connection';

/**
 * Queues a store event for later. Events are not handled inline: the extension waits at most a second for the
 * answer, and a bulk edit of thousands of products must be coalesced into one sync, not thousands.
 */
export async function queueStoreEvent(store: StoreDb, event: StoreEvent, now: Date): Promise<void> {
  await store.db.insert(store.own.storeEvents).values({
    event: event.event,
    entityId: event.id,
    data: event.data ?? null,
    occurredAt: event.at ? new Date(event.at) : now,
    receivedAt: now,
  });
}
