import type { RowDataPacket } from 'mysql2/promise';
import type { StoreDb } from '../../db/connection';
import { OWN_TABLE_INFIX } from '../../db/own/index';
import { OFFER_UNITS, selectionSql, type UnitSelection, wholeProducts } from '../shared/offer-units';
import { optionValuesOf } from '../shared/option-values';
import type { StockSource } from './stock-rule';

/** One Ozon offer with what the store holds of it. */
export interface StockUnit {
  readonly productId: number;
  readonly variantKey: string;
  readonly offerId: string;
  readonly bulky: boolean;
  readonly source: StockSource;
}

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
  if ('productIds' in selection && selection.productIds.length === 0) {
    return [];
  }
  const page = selectionSql(selection);
  const [read] = await store.pool.query<Row[]>(
    `SELECT s.product_id AS productId, s.variant_key AS variantKey, s.offer_id AS offerId, s.state,
            s.excluded, s.bulky, p.quantity AS productQuantity, p.status,
            EXISTS (SELECT 1 FROM ${t('product_to_store')} ps
                    WHERE ps.product_id = s.product_id AND ps.store_id = 0) AS inStore,
            (SELECT SUM(o.ozon_reserved) FROM ${own('offer_stocks')} o
              WHERE o.product_id = s.product_id AND o.variant_key = s.variant_key) AS reserved
     FROM ${own('product_state')} s
     LEFT JOIN ${t('product')} p ON p.product_id = s.product_id
     WHERE ${OFFER_UNITS} AND ${page.where}
     ORDER BY s.product_id, s.variant_key ${page.tail}`,
    page.params,
  );
  const rows = 'limit' in selection ? wholeProducts(read, selection.limit) : read;
  const productIds = [...new Set(rows.map((r) => r.productId))];
  const categories = await categoriesOf(store, productIds);
  const options = rows.some((r) => r.variantKey !== '') ? await optionValuesOf(store, productIds) : new Map();
  return rows.map((r) => {
    const quantity =
      r.variantKey === ''
        ? r.productQuantity
        : (options.get(`${r.productId}\u0000${r.variantKey}`)?.quantity ?? null);
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
