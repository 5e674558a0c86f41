import { datetime, index, type MySqlTableFn, varchar } from 'drizzle-orm/mysql-core';

/**
 * Nonces of signed requests the bridge has accepted, kept until their timestamp can no longer pass the signature
 * window. In the database rather than in memory, so a restart does not open the window for a captured request.
 */
export function requestNoncesTable(table: MySqlTableFn) {
  return table(
    'request_nonces',
    {
      nonce: varchar('nonce', { length: 128 }).primaryKey(),
      expiresAt: datetime('expires_at', { mode: 'date', fsp: 3 }).notNull(),
    },
    (t) => [index('oc_meschain_ozon_request_nonces_expires_idx').on(t.expiresAt)],
  );
}
