import type { RowDataPacket } from 'mysql2/promise';
import type { StoreDb } from '../../db/connection';

/** One option value of a product, as a variant unit reads it (its key is the option_value_id). */
export interface OptionValueRow {
  readonly quantity: number;
  readonly price: number;
  readonly prefix: string;
}

/**
 * The option values of these products, keyed `productId\0optionValueId`, read in one statement. OpenCart gives
 * `product_option_value` no index on product_id: looked up per unit (a join or a subquery), each unit read the whole
 * table, and a page of a thousand units held the store's MyISAM tables long enough to stall its own checkout writes.
 * A value listed twice for a product (two options sharing it) counts once: the first.
 */
export async function optionValuesOf(
  store: StoreDb,
  productIds: readonly number[],
): Promise<Map<string, OptionValueRow>> {
  const out = new Map<string, OptionValueRow>();
  if (productIds.length === 0) {
    return out;
  }
  const [rows] = await store.pool.query<
    Array<
      {
        productId: number;
        optionValueId: number;
        quantity: number;
        price: string;
        prefix: string;
      } & RowDataPacket
    >
  >(
    `SELECT product_id AS productId, option_value_id AS optionValueId, quantity, price, price_prefix AS prefix
     FROM \`${store.prefix}product_option_value\` WHERE product_id IN (?) ORDER BY product_option_value_id`,
    [productIds],
  );
  for (const r of rows) {
    const key = `${r.productId}\u0000${r.optionValueId}`;
    if (!out.has(key)) {
      out.set(key, { quantity: Number(r.quantity), price: Number(r.price), prefix: r.prefix });
    }
  }
  return out;
}
