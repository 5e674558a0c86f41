import type { RowDataPacket } from 'mysql2/promise';
import { z } from 'zod';
import type { StoreDb } from '../db/connection';
import { OWN_TABLE_INFIX } from '../db/own/index';

/** A queued store event as the readers of the queue see it. */
export interface QueuedStoreEvent {
  readonly id: number;
  readonly event: string;
  readonly entityId: number;
  readonly data: unknown;
}

type Ids = Array<{ id: number } & RowDataPacket>;

/** The part of an `order.added` event's data that names products (see the extension's event payload). */
const orderLinesSchema = z.object({
  products: z.array(z.object({ product_id: z.int().positive() }).loose()).default([]),
});

/** Store events with ids in (after, upTo], oldest first, at most `limit`. */
export async function readStoreEvents(
  store: StoreDb,
  after: number,
  upTo: number,
  limit = 1_000_000,
): Promise<QueuedStoreEvent[]> {
  const [rows] = await store.pool.query<Array<QueuedStoreEvent & RowDataPacket>>(
    `SELECT id, event, entity_id AS entityId, data FROM \`${store.prefix}${OWN_TABLE_INFIX}store_events\`
     WHERE id > ? AND id <= ? ORDER BY id LIMIT ?`,
    [after, upTo, limit],
  );
  // The id is a BIGINT, which the pool reads as text (bigNumberStrings): as a mark it must be a number.
  return rows.map((r) => ({ id: Number(r.id), event: r.event, entityId: r.entityId, data: r.data }));
}

/** The newest store event's id (0 when none was ever received). */
export async function newestStoreEventId(store: StoreDb): Promise<number> {
  const [[row]] = await store.pool.query<Array<{ newest: number | null } & RowDataPacket>>(
    `SELECT MAX(id) AS newest FROM \`${store.prefix}${OWN_TABLE_INFIX}store_events\``,
  );
  return Number(row?.newest ?? 0);
}

export interface AffectedOptions {
  /** Also the products of an edited category (their cards name it); stock and prices do not depend on it. */
  readonly categories: boolean;
}

/**
 * The products store events may have changed: those added, edited or deleted, the products of orders placed or
 * moved on (their stock: OpenCart subtracts it when an order reaches a processing status and puts it back when it
 * leaves one), and with `categories` those of an edited category.
 */
export async function productsOfEvents(
  store: StoreDb,
  events: readonly QueuedStoreEvent[],
  options: AffectedOptions,
): Promise<Set<number>> {
  const t = (name: string): string => `\`${store.prefix}${name}\``;
  const ids = (sql: string, params: unknown[]): Promise<number[]> =>
    store.pool.query<Ids>(sql, params).then(([rows]) => rows.map((r) => r.id));
  const out = new Set<number>();
  const categories: number[] = [];
  const orders: number[] = [];
  for (const e of events) {
    if (e.event.startsWith('product.')) {
      out.add(e.entityId);
    } else if (e.event === 'category.edited' && options.categories) {
      categories.push(e.entityId);
    } else if (e.event === 'order.history_added') {
      orders.push(e.entityId);
    } else if (e.event === 'order.added') {
      const data = orderLinesSchema.safeParse(typeof e.data === 'string' ? JSON.parse(e.data) : e.data);
      for (const line of data.success ? data.data.products : []) {
        out.add(line.product_id);
      }
    }
  }
  const [inCategories, ordered] = await Promise.all([
    categories.length > 0
      ? ids(`SELECT DISTINCT product_id AS id FROM ${t('product_to_category')} WHERE category_id IN (?)`, [
          categories,
        ])
      : [],
    orders.length > 0
      ? ids(`SELECT DISTINCT product_id AS id FROM ${t('order_product')} WHERE order_id IN (?)`, [orders])
      : [],
  ]);
  for (const id of [...inCategories, ...ordered]) {
    out.add(id);
  }
  return out;
}
