import { Hono } from 'hono';
import { z } from 'zod';
import { validationError } from '../errors';
import type { AppEnv } from '../services';

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
  const parsed = storeEventSchema.safeParse(await c.req.json().catch(() => undefined));
  if (!parsed.success) {
    throw validationError(parsed.error, 'store event');
  }
  const { store, clock } = c.get('services');
  const now = new Date(clock.now());
  await store.db.insert(store.own.storeEvents).values({
    event: parsed.data.event,
    entityId: parsed.data.id,
    data: parsed.data.data ?? null,
    occurredAt: parsed.data.at ? new Date(parsed.data.at) : now,
    receivedAt: now,
  });
  return c.json({ queued: true }, 202);
});
