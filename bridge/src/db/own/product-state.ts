import {
  boolean,
  datetime,
  index,
  int,
  json,
  type MySqlTableFn,
  primaryKey,
  varchar,
} from 'drizzle-orm/mysql-core';

import { productLifecycleStates } from '../../contract/values';

/**
 * The Ozon side of every OpenCart product, one row per Ozon product: the product itself (`variant_key` '') or one
 * option value of it. `sent_hash` is the content hash of the last payload Ozon accepted a task for, so an
 * unchanged product is never imported again; `import_id` points at the write-ahead record of the import that
 * carries it (see import-tasks.ts).
 */
export function productStateTable(table: MySqlTableFn) {
  return table(
    'product_state',
    {
      productId: int('product_id').notNull(),
      variantKey: varchar('variant_key', { length: 32 }).notNull().default(''),
      offerId: varchar('offer_id', { length: 255 }).notNull().default(''),
      name: varchar('name', { length: 600 }).notNull().default(''),
      state: varchar('state', { length: 16, enum: productLifecycleStates }).notNull(),
      /** The merchant excluded this product from Ozon; nothing is sent, nothing archived. */
      excluded: boolean('excluded').notNull().default(false),
      /** Preflight problems or Ozon's per-item errors (problemSchema[]). */
      problems: json('problems'),
      /** Hash of the payload built at the last analysis; null when the product cannot be sent. */
      payloadHash: varchar('payload_hash', { length: 64 }),
      /** Hash of the payload Ozon last received in a created task. */
      sentHash: varchar('sent_hash', { length: 64 }),
      importId: int('import_id'),
      taskId: varchar('task_id', { length: 20 }),
      ozonProductId: varchar('ozon_product_id', { length: 20 }),
      ozonSku: varchar('ozon_sku', { length: 20 }),
      /** Ozon's own status text (`price_sent`, `moderating`, ...). */
      ozonStatus: varchar('ozon_status', { length: 64 }),
      archived: boolean('archived').notNull().default(false),
      /** Ozon's card says bulky (КГТ, `is_kgt`): its stock goes only to bulky warehouses. Null until Ozon said. */
      bulky: boolean('bulky'),
      stock: int('stock').notNull().default(0),
      sentAt: datetime('sent_at', { mode: 'date', fsp: 3 }),
      liveAt: datetime('live_at', { mode: 'date', fsp: 3 }),
      updatedAt: datetime('updated_at', { mode: 'date', fsp: 3 }).notNull(),
    },
    (t) => [
      primaryKey({ columns: [t.productId, t.variantKey] }),
      index('oc_meschain_ozon_product_state_offer_idx').on(t.offerId),
      index('oc_meschain_ozon_product_state_state_idx').on(t.state),
      index('oc_meschain_ozon_product_state_import_idx').on(t.importId),
      // The offers wing finds units sent or gone live since it last looked by these.
      index('oc_meschain_ozon_product_state_sent_idx').on(t.sentAt),
      index('oc_meschain_ozon_product_state_live_idx').on(t.liveAt),
    ],
  );
}
