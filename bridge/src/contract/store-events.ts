import { z } from 'zod';
import { opencartId } from './ids';

/*
 * Bounds of what an event may carry, so that every event is stored as sent or refused by field: MariaDB refuses
 * JSON nested deeper than 32 levels and stores a DATETIME before year 1000 as a zero date. The extension sends ids,
 * quantities and a status (depth 3, a few KB for the largest order), far inside both bounds.
 */

/** Levels of objects and arrays in `data`, counting `data` itself. */
export const STORE_EVENT_DATA_MAX_DEPTH = 16;
/** `data` as JSON, in UTF-8 bytes: some 1,500 order lines. */
export const STORE_EVENT_DATA_MAX_BYTES = 65_536;

/** Times the `occurred_at` DATETIME column holds (the bridge writes UTC) and OpenCart could have made. */
const EARLIEST = Date.UTC(1970, 0, 1);
const LATEST = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/** Whether `value` has objects or arrays more than `limit` levels deep; stops looking below the limit. */
function deeperThan(value: unknown, limit: number): boolean {
  let level: object[] = typeof value === 'object' && value !== null ? [value] : [];
  for (let depth = 1; level.length > 0; depth++) {
    if (depth > limit) {
      return true;
    }
    level = level.flatMap((node) =>
      Object.values(node).filter((child): child is object => typeof child === 'object' && child !== null),
    );
  }
  return false;
}

const eventDataSchema = z.record(z.string(), z.unknown()).superRefine((data, ctx) => {
  // Depth first: only a bounded value is serialised to be measured.
  if (deeperThan(data, STORE_EVENT_DATA_MAX_DEPTH)) {
    ctx.addIssue({ code: 'custom', message: `is nested deeper than ${STORE_EVENT_DATA_MAX_DEPTH} levels` });
    return;
  }
  const bytes = new TextEncoder().encode(JSON.stringify(data)).length;
  if (bytes > STORE_EVENT_DATA_MAX_BYTES) {
    const number = (n: number) => n.toLocaleString('en-US');
    ctx.addIssue({
      code: 'custom',
      message: `is ${number(bytes)} bytes as JSON; at most ${number(STORE_EVENT_DATA_MAX_BYTES)} are taken`,
    });
  }
});

/** POST /api/v1/events: a store event as the OpenCart extension reports it. */
export const storeEventSchema = z.strictObject({
  event: z.enum([
    'product.added',
    'product.edited',
    'product.deleted',
    'category.edited',
    'order.added',
    'order.history_added',
  ]),
  /** The product, category or order id: all int(11) in OpenCart, and in the queue's column. */
  id: opencartId,
  data: eventDataSchema.optional(),
  at: z.iso
    .datetime({ offset: true })
    .refine((at) => {
      const time = Date.parse(at);
      return time >= EARLIEST && time <= LATEST;
    }, 'must be a time from 1970 to 9999')
    .optional(),
});
export type StoreEvent = z.infer<typeof storeEventSchema>;

/** The answer: queued for later, never handled inline. */
export const storeEventResponseSchema = z.object({ queued: z.literal(true) });
export type StoreEventResponse = z.infer<typeof storeEventResponseSchema>;
