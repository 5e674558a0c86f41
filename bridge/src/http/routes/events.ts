import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../env';
import { jsonBody, parseOr } from '../request';

/** A store event as the OpenCart extension reports it. */
export const storeEventSchema = z.object({
  event: z.enum([
    'product.added',
    'product.edited',
    'product.deleted',
    'category.edited',
    'order.added',
    'order.history_added',
  ]),
  id: z.coerce.number().int().positive(),
  data: z.record(z.string(), z.unknown()).optional(),
  at: z.iso.datetime({ offset: true }).optional(),
});
export type StoreEvent = z.infer<typeof storeEventSchema>;

/**
 * Store events are queued, not handled inline: the extension waits at most a second for this answer, and a bulk
 * edit of thousands of products must be coalesced into one sync, not thousands.
 */
export const eventRoutes = new Hono<AppEnv>().post('/', async (c) => {
  const event = parseOr(storeEventSchema, await jsonBody(c), 'store event');
  const { store, clock } = c.get('services');
  const now = new Date(clock.now());
  await store.db.insert(store.own.storeEvents).values({
    event: event.event,
    entityId: event.id,
    data: event.data ?? null,
    occurredAt: event.at ? new Date(event.at) : now,
    receivedAt: now,
  });
  return c.json({ queued: true }, 202);
});
