import { datetime, index, int, json, type MySqlTableFn, primaryKey, varchar } from 'drizzle-orm/mysql-core';

import { unitActions } from '../../contract/values';

/**
 * What the last dry run found for each unit (a product, or one variant of it): its action and problems, so the
 * product list shows every verdict and filters by it without a preview per product. Replaced whole by the next dry
 * run; a real export's analysis goes to product_state, never here.
 */
export function dryRunUnitsTable(table: MySqlTableFn) {
  return table(
    'dry_run_units',
    {
      productId: int('product_id').notNull(),
      variantKey: varchar('variant_key', { length: 32 }).notNull().default(''),
      offerId: varchar('offer_id', { length: 255 }).notNull().default(''),
      name: varchar('name', { length: 600 }).notNull().default(''),
      stock: int('stock').notNull().default(0),
      action: varchar('action', { length: 16, enum: unitActions }).notNull(),
      /** Preflight problems of the unit (problemSchema[]); null when it has none. */
      problems: json('problems'),
      /** The dry run's job. */
      jobId: varchar('job_id', { length: 36 }).notNull(),
      checkedAt: datetime('checked_at', { mode: 'date', fsp: 3 }).notNull(),
    },
    (t) => [
      primaryKey({ columns: [t.productId, t.variantKey] }),
      index('oc_meschain_ozon_dry_run_units_action_idx').on(t.action),
    ],
  );
}
