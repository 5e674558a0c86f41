import type { RowDataPacket } from 'mysql2/promise';
import type { StoreDb } from '../../db/connection';
import { OWN_TABLE_INFIX } from '../../db/own/index';
import { ON_SALE } from './offer-units';

/** Epoch ms of the earliest value due in `table` for an offer on sale, or undefined when none waits. */
export async function nextDue(
  store: StoreDb,
  table: 'offer_stocks' | 'offer_prices',
): Promise<number | undefined> {
  const own = (name: string): string => `\`${store.prefix}${OWN_TABLE_INFIX}${name}\``;
  // Ordered by the due index and stopped at the first on sale, rather than MIN over every due row.
  const [[row]] = await store.pool.query<Array<{ at: Date | null } & RowDataPacket>>(
    `SELECT o.due_at AS at FROM ${own(table)} o
     JOIN ${own('product_state')} s ON s.product_id = o.product_id AND s.variant_key = o.variant_key
     WHERE o.due_at IS NOT NULL AND ${ON_SALE} ORDER BY o.due_at LIMIT 1`,
  );
  return row?.at instanceof Date ? row.at.getTime() : undefined;
}
