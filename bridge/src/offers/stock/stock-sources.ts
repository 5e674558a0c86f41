import type { RowDataPacket } from 'mysql2/promise';
import type { StoreDb } from '../../db/connection';
import { OWN_TABLE_INFIX } from '../../db/own/index';
import type { StockSource } from './stock-rule';

/** One Ozon offer with what the store holds of it. */
export interface StockUnit {
  readonly productId: number;
  readonly variantKey: string;
  readonly offerId: string;
  readonly bulky: boolean;
  readonly source: StockSource;
}

/** Which units: those of some products (store events), or a page of every unit after a product id. */
export type UnitSelection =
  | { readonly productIds: readonly number[] }
  | { readonly afterProductId: number; readonly limit: number };

/**
 * Units that are on their way to Ozon or there (sent, in moderation, live, or once live: they have an Ozon SKU), so
 * their stock is known the moment Ozon puts them on sale. States in which the store does not sell through Ozon
 * (disabled, excluded) offer nothing.
 */
const OFFER_UNITS = `s.offer_id <> '' AND s.archived = 0
  AND (s.state IN ('sent', 'moderation', 'live') OR s.ozon_sku IS NOT NULL)`;

type Row = {
  productId: number;
  variantKey: string;
  offerId: string;
  state: string;
  excluded: number;
  bulky: number | null;
  productQuantity: number | null;
  status: number | null;
  inStore: number;
  optionQuantity: number | null;
  reserved: number | null;
} & RowDataPacket;

/**
 * Reads the units and, in the same statement, their OpenCart quantity (the product's, or the option value's for a
 * variant), whether the store sells the product, and the reserve Ozon last reported for them. Written in SQL by
 * hand: it joins OpenCart's tables, which the bridge does not model.
 */
export async function readStockUnits(store: StoreDb, selection: UnitSelection): Promise<StockUnit[]> {
  const t = (name: string): string => `\`${store.prefix}${name}\``;
  const own = (name: string): string => t(`${OWN_TABLE_INFIX}${name}`);
  const byIds = 'productIds' in selection;
  if (byIds && selection.productIds.length === 0) {
    return [];
  }
  const [rows] = await store.pool.query<Row[]>(
    `SELECT s.product_id AS productId, s.variant_key AS variantKey, s.offer_id AS offerId, s.state,
            s.excluded, s.bulky, p.quantity AS productQuantity, p.status,
            EXISTS (SELECT 1 FROM ${t('product_to_store')} ps
                    WHERE ps.product_id = s.product_id AND ps.store_id = 0) AS inStore,
            (SELECT MIN(v.quantity) FROM ${t('product_option_value')} v
              WHERE v.product_id = s.product_id AND s.variant_key <> ''
                AND v.option_value_id = CAST(s.variant_key AS UNSIGNED)) AS optionQuantity,
            (SELECT SUM(o.ozon_reserved) FROM ${own('offer_stocks')} o
              WHERE o.product_id = s.product_id AND o.variant_key = s.variant_key) AS reserved
     FROM ${own('product_state')} s
     LEFT JOIN ${t('product')} p ON p.product_id = s.product_id
     WHERE ${OFFER_UNITS} AND ${byIds ? 's.product_id IN (?)' : 's.product_id > ?'}
     ORDER BY s.product_id, s.variant_key
     ${byIds ? '' : 'LIMIT ?'}`,
    byIds ? [[...selection.productIds]] : [selection.afterProductId, selection.limit],
  );
  if (!byIds && rows.length === selection.limit) {
    // A page ends on a whole product: its last product's other variants come with the next page otherwise.
    const last = rows.at(-1)?.productId;
    while (rows.length > 0 && rows.at(-1)?.productId === last && rows[0]?.productId !== last) {
      rows.pop();
    }
  }
  const categories = await categoriesOf(store, [...new Set(rows.map((r) => r.productId))]);
  return rows.map((r) => {
    const quantity = r.variantKey === '' ? r.productQuantity : r.optionQuantity;
    return {
      productId: r.productId,
      variantKey: r.variantKey,
      offerId: r.offerId,
      bulky: r.bulky === 1,
      source: {
        productId: r.productId,
        quantity: Math.max(0, Number(quantity ?? 0)),
        sellable:
          quantity !== null &&
          r.status === 1 &&
          Number(r.inStore) === 1 &&
          r.excluded === 0 &&
          !['disabled', 'excluded'].includes(r.state),
        categoryIds: categories.get(r.productId) ?? [],
        unstoredReserve: Math.max(0, Number(r.reserved ?? 0)),
      },
    };
  });
}

async function categoriesOf(store: StoreDb, productIds: readonly number[]): Promise<Map<number, number[]>> {
  const out = new Map<number, number[]>();
  if (productIds.length === 0) {
    return out;
  }
  const [rows] = await store.pool.query<Array<{ productId: number; categoryId: number } & RowDataPacket>>(
    `SELECT product_id AS productId, category_id AS categoryId FROM \`${store.prefix}product_to_category\`
     WHERE product_id IN (?)`,
    [productIds],
  );
  for (const r of rows) {
    const list = out.get(r.productId) ?? [];
    list.push(r.categoryId);
    out.set(r.productId, list);
  }
  return out;
}
