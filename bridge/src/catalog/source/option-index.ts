import { inArray } from 'drizzle-orm';
import type { RowDataPacket } from 'mysql2/promise';
import type { StoreDb } from '../../db/connection';
import type { ProductRows } from './map-product';
import { Columns, range } from './numeric-columns';

type OptionRow = ProductRows['options'][number] & { productId: number };
type ValueRow = ProductRows['optionValues'][number] & { productId: number };

/** Where a page of products gets its options and option values from. */
export interface OptionSource {
  forProducts(productIds: readonly number[]): Promise<{ options: OptionRow[]; values: ValueRow[] }>;
}

/**
 * Options straight from the tables. OpenCart has no index on product_id in product_option and
 * product_option_value, so each call scans both tables: right for one product (the detail view), ruinous for a
 * whole catalogue read page by page (use `preloadOptionIndex` there).
 */
export function queryOptionSource(store: StoreDb): OptionSource {
  const { db, oc } = store;
  return {
    async forProducts(productIds) {
      if (productIds.length === 0) {
        return { options: [], values: [] };
      }
      const ids = [...productIds];
      const [options, values] = await Promise.all([
        db.select().from(oc.productOption).where(inArray(oc.productOption.productId, ids)),
        db.select().from(oc.productOptionValue).where(inArray(oc.productOptionValue.productId, ids)),
      ]);
      return { options, values };
    },
  };
}

const SCAN = 20_000;

function sign(prefix: string): number {
  return prefix === '-' ? -1 : 1;
}

/**
 * Reads every product option and option value once, in primary-key slices, into columns of numbers ordered by
 * product: one pass over each table instead of one per page, and about 60 bytes per value row (the 230,000
 * values of a 100,000-product store take some 15 MB). Only what the export reads is kept, signs applied. With
 * `onlyIds`, only theirs (the tables are still read whole: OpenCart indexes neither by product).
 */
export async function preloadOptionIndex(store: StoreDb, onlyIds?: readonly number[]): Promise<OptionSource> {
  const only = onlyIds ? ' AND product_id IN (?)' : '';
  const ids = onlyIds ? [onlyIds.length > 0 ? onlyIds : [-1]] : [];
  const options = new Columns(['productId', 'productOptionId', 'optionId', 'required'] as const);
  const values = new Columns([
    'productId',
    'productOptionValueId',
    'productOptionId',
    'optionValueId',
    'quantity',
    'price',
    'weight',
  ] as const);
  const table = (name: string): string => `\`${store.prefix}${name}\``;
  // Plain SQL: hundreds of thousands of rows, read once; the query builder's per-row mapping doubled the time.
  for (let after = 0; ; ) {
    const [rows] = await store.pool.query<
      Array<Record<(typeof options.keys)[number], number> & RowDataPacket>
    >(
      `SELECT product_id AS productId, product_option_id AS productOptionId, option_id AS optionId, required
       FROM ${table('product_option')} WHERE product_option_id > ?${only} ORDER BY product_option_id LIMIT ?`,
      [after, ...ids, SCAN],
    );
    for (const row of rows) {
      options.push(row);
    }
    const last = rows.at(-1);
    if (!last || rows.length < SCAN) {
      break;
    }
    after = last.productOptionId;
  }
  for (let after = 0; ; ) {
    const [rows] = await store.pool.query<
      Array<
        Record<
          'productId' | 'productOptionValueId' | 'productOptionId' | 'optionValueId' | 'quantity',
          number
        > & {
          price: string;
          pricePrefix: string;
          weight: string;
          weightPrefix: string;
        } & RowDataPacket
      >
    >(
      `SELECT product_id AS productId, product_option_value_id AS productOptionValueId,
         product_option_id AS productOptionId, option_value_id AS optionValueId, quantity,
         price, price_prefix AS pricePrefix, weight, weight_prefix AS weightPrefix
       FROM ${table('product_option_value')} WHERE product_option_value_id > ?${only}
       ORDER BY product_option_value_id LIMIT ?`,
      [after, ...ids, SCAN],
    );
    for (const row of rows) {
      values.push({
        productId: row.productId,
        productOptionValueId: row.productOptionValueId,
        productOptionId: row.productOptionId,
        optionValueId: row.optionValueId,
        quantity: row.quantity,
        price: sign(row.pricePrefix) * Math.abs(Number(row.price)),
        weight: sign(row.weightPrefix) * Math.abs(Number(row.weight)),
      });
    }
    const last = rows.at(-1);
    if (!last || rows.length < SCAN) {
      break;
    }
    after = last.productOptionValueId;
  }
  const optionOrder = options.orderBy('productId');
  const valueOrder = values.orderBy('productId');
  return {
    async forProducts(productIds) {
      const out: { options: OptionRow[]; values: ValueRow[] } = { options: [], values: [] };
      const from = Math.min(...productIds);
      const to = Math.max(...productIds);
      const wanted = new Set(productIds);
      for (const i of range(options, optionOrder, 'productId', from, to)) {
        const productId = options.get('productId', i);
        if (wanted.has(productId)) {
          out.options.push({
            productId,
            productOptionId: options.get('productOptionId', i),
            optionId: options.get('optionId', i),
            required: options.get('required', i),
          });
        }
      }
      for (const i of range(values, valueOrder, 'productId', from, to)) {
        const productId = values.get('productId', i);
        if (wanted.has(productId)) {
          out.values.push({
            productId,
            productOptionValueId: values.get('productOptionValueId', i),
            productOptionId: values.get('productOptionId', i),
            optionValueId: values.get('optionValueId', i),
            quantity: values.get('quantity', i),
            price: values.get('price', i),
            pricePrefix: '+',
            weight: values.get('weight', i),
            weightPrefix: '+',
          });
        }
      }
      return out;
    },
  };
}
