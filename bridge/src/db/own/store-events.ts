import { bigint, datetime, index, int, json, type MySqlTableFn, varchar } from 'drizzle-orm/mysql-core';

/** Store events reported by the OpenCart extension, queued so that a burst of edits is coalesced, not lost. */
export function storeEventsTable(table: MySqlTableFn) {
  return table(
    'store_events',
    {
      id: bigint('id', { mode: 'number', unsigned: true }).autoincrement().primaryKey(),
      event: varchar('event', { length: 32 }).notNull(),
      entityId: int('entity_id').notNull(),
      data: json('data'),
      occurredAt: datetime('occurred_at', { mode: 'date', fsp: 3 }).notNull(),
      receivedAt: datetime('received_at', { mode: 'date', fsp: 3 }).notNull(),
      processedAt: datetime('processed_at', { mode: 'date', fsp: 3 }),
    },
    (t) => [index('oc_meschain_ozon_store_events_pending_idx').on(t.processedAt, t.event)],
  );
}
