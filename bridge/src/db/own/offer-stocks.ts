import { datetime, index, int, type MySqlTableFn, primaryKey, varchar } from 'drizzle-orm/mysql-core';

/**
 * Stock per Ozon offer and warehouse: what the store's quantity and the rules want Ozon to offer, what was last
 * sent, what Ozon accepted, and what Ozon last reported. A pair with `due_at` set has a value to push: at that time
 * at the earliest (Ozon takes one update per pair per 30 s), and only once the offer is on sale (`price_sent`).
 */
export function offerStocksTable(table: MySqlTableFn) {
  return table(
    'offer_stocks',
    {
      productId: int('product_id').notNull(),
      variantKey: varchar('variant_key', { length: 32 }).notNull().default(''),
      warehouseId: varchar('warehouse_id', { length: 20 }).notNull(),
      offerId: varchar('offer_id', { length: 255 }).notNull(),
      /** What Ozon should offer now, by the store's quantity and the rules. */
      wanted: int('wanted').notNull(),
      /** Why `wanted` was last set or the pair is due ('store event 12', 'reconciliation', ...). */
      reason: varchar('reason', { length: 200 }).notNull().default(''),
      sent: int('sent'),
      sentAt: datetime('sent_at', { mode: 'date', fsp: 3 }),
      accepted: int('accepted'),
      acceptedAt: datetime('accepted_at', { mode: 'date', fsp: 3 }),
      ozonPresent: int('ozon_present'),
      ozonReserved: int('ozon_reserved'),
      ozonReadAt: datetime('ozon_read_at', { mode: 'date', fsp: 3 }),
      dueAt: datetime('due_at', { mode: 'date', fsp: 3 }),
      errorCode: varchar('error_code', { length: 64 }),
      errorMessage: varchar('error_message', { length: 1000 }),
      /** Failed sends of the value now due, so that a refusal that keeps coming back stops being retried. */
      attempts: int('attempts').notNull().default(0),
      updatedAt: datetime('updated_at', { mode: 'date', fsp: 3 }).notNull(),
    },
    (t) => [
      // Named: the generated name (table, columns, `_pk`) is 68 characters, over the 64 MySQL and MariaDB allow.
      primaryKey({
        name: 'oc_meschain_ozon_offer_stocks_pk',
        columns: [t.productId, t.variantKey, t.warehouseId],
      }),
      index('oc_meschain_ozon_offer_stocks_due_idx').on(t.dueAt),
      index('oc_meschain_ozon_offer_stocks_offer_idx').on(t.offerId),
    ],
  );
}
