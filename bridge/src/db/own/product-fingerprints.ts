import { datetime, int, type MySqlTableFn, varchar } from 'drizzle-orm/mysql-core';

/**
 * Products a real export found quiet: analysing them again changed nothing and sent nothing. `fingerprint` hashes
 * everything that analysis read (the product's rows, the run's settings and mapping, its stored units), so a run
 * that computes the same fingerprint passes the product over without building its payloads; `actions` counts its
 * units by the action they had, for the run's report. A row is written only when its fingerprint changes.
 */
export function productFingerprintsTable(table: MySqlTableFn) {
  return table('product_fingerprints', {
    productId: int('product_id').primaryKey(),
    fingerprint: varchar('fingerprint', { length: 44 }).notNull(),
    /** JSON object: unit action → units (`{"unchanged":3}`). */
    actions: varchar('actions', { length: 255 }).notNull(),
    changedAt: datetime('changed_at', { mode: 'date', fsp: 3 }).notNull(),
  });
}
