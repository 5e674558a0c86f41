import { z } from 'zod';

/** POST /api/v1/events: a store event as the OpenCart extension reports it. */
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

/** The answer: queued for later, never handled inline. */
export const storeEventResponseSchema = z.object({ queued: z.literal(true) });
export type StoreEventResponse = z.infer<typeof storeEventResponseSchema>;
