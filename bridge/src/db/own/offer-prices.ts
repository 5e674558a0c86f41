import { datetime, index, int, json, type MySqlTableFn, primaryKey, varchar } from 'drizzle-orm/mysql-core';

/**
 * The price of each Ozon offer: what the rules make of the store's price now, what was sent, what Ozon accepted
 * and last reported, and a change held for the merchant's approval (larger than the guardrail allows). Prices are
 * Ozon's decimal text ("1490", "399.9"); `old_price` '0' means none.
 */
export function offerPricesTable(table: MySqlTableFn) {
  const price = (name: string) => varchar(name, { length: 20 });
  return table(
    'offer_prices',
    {
      productId: int('product_id').notNull(),
      variantKey: varchar('variant_key', { length: 32 }).notNull().default(''),
      offerId: varchar('offer_id', { length: 255 }).notNull(),
      wantedPrice: price('wanted_price'),
      wantedOldPrice: price('wanted_old_price'),
      /** Why the struck-through price is not sent, or why no price can be (no exchange rate). */
      note: varchar('note', { length: 500 }),
      reason: varchar('reason', { length: 200 }).notNull().default(''),
      sentPrice: price('sent_price'),
      sentOldPrice: price('sent_old_price'),
      sentAt: datetime('sent_at', { mode: 'date', fsp: 3 }),
      acceptedPrice: price('accepted_price'),
      acceptedOldPrice: price('accepted_old_price'),
      acceptedAt: datetime('accepted_at', { mode: 'date', fsp: 3 }),
      ozonPrice: price('ozon_price'),
      ozonOldPrice: price('ozon_old_price'),
      ozonReadAt: datetime('ozon_read_at', { mode: 'date', fsp: 3 }),
      /** A wanted price beyond the guardrail, waiting for the merchant. */
      heldPrice: price('held_price'),
      heldOldPrice: price('held_old_price'),
      heldAt: datetime('held_at', { mode: 'date', fsp: 3 }),
      /** The value the merchant approved (sent despite the guardrail) or rejected (never held or sent again). */
      approvedPrice: price('approved_price'),
      rejectedPrice: price('rejected_price'),
      /** Epoch ms of the updates Ozon accepted in the last hour: it takes at most ten per product an hour. */
      recentUpdates: json('recent_updates').$type<number[]>(),
      dueAt: datetime('due_at', { mode: 'date', fsp: 3 }),
      errorCode: varchar('error_code', { length: 64 }),
      errorMessage: varchar('error_message', { length: 1000 }),
      attempts: int('attempts').notNull().default(0),
      updatedAt: datetime('updated_at', { mode: 'date', fsp: 3 }).notNull(),
    },
    (t) => [
      primaryKey({ name: 'oc_meschain_ozon_offer_prices_pk', columns: [t.productId, t.variantKey] }),
      index('oc_meschain_ozon_offer_prices_due_idx').on(t.dueAt),
      index('oc_meschain_ozon_offer_prices_held_idx').on(t.heldAt),
    ],
  );
}
