import type { RowDataPacket } from 'mysql2/promise';
import { activeSpecial, type SpecialRow, sqlDateTime } from '../../catalog/source/active-special';
import type { StoreDb } from '../../db/connection';
import { OWN_TABLE_INFIX } from '../../db/own/index';
import type { PriceInput } from '../../pricing/compute-price';
import { OFFER_UNITS, selectionSql, type UnitSelection, wholeProducts } from '../shared/offer-units';
import { optionValuesOf } from '../shared/option-values';

/** One Ozon offer with the OpenCart prices its Ozon price is made of. */
export interface PriceUnit {
  readonly productId: number;
  readonly variantKey: string;
  readonly offerId: string;
  /** Null when the product (or the variant's option value) is gone from the store. */
  readonly input: PriceInput | null;
}

type Row = {
  productId: number;
  variantKey: string;
  offerId: string;
  price: string | null;
} & RowDataPacket;

/**
 * Reads the units with their OpenCart price, the variant's option price difference (signed by OpenCart's
 * `price_prefix`), and the special running now for the customer group, by OpenCart's own rule. In SQL by hand: it
 * joins OpenCart's tables, which the bridge does not model.
 */
export async function readPriceUnits(
  store: StoreDb,
  selection: UnitSelection,
  customerGroupId: number,
  now: number,
): Promise<PriceUnit[]> {
  if ('productIds' in selection && selection.productIds.length === 0) {
    return [];
  }
  const t = (name: string): string => `\`${store.prefix}${name}\``;
  const page = selectionSql(selection);
  const [read] = await store.pool.query<Row[]>(
    `SELECT s.product_id AS productId, s.variant_key AS variantKey, s.offer_id AS offerId, p.price
     FROM ${t(`${OWN_TABLE_INFIX}product_state`)} s
     LEFT JOIN ${t('product')} p ON p.product_id = s.product_id
     WHERE ${OFFER_UNITS} AND ${page.where}
     ORDER BY s.product_id, s.variant_key ${page.tail}`,
    page.params,
  );
  const rows = 'limit' in selection ? wholeProducts(read, selection.limit) : read;
  const productIds = [...new Set(rows.map((r) => r.productId))];
  const options = rows.some((r) => r.variantKey !== '') ? await optionValuesOf(store, productIds) : new Map();
  const specials = await specialsOf(store, productIds);
  const at = sqlDateTime(now);
  return rows.map((r) => {
    const option = r.variantKey === '' ? undefined : options.get(`${r.productId}\u0000${r.variantKey}`);
    const gone = r.price === null || (r.variantKey !== '' && option === undefined);
    const delta = option ? option.price * (option.prefix === '-' ? -1 : 1) : 0;
    const special = activeSpecial(specials.get(r.productId) ?? [], customerGroupId, at);
    return {
      productId: r.productId,
      variantKey: r.variantKey,
      offerId: r.offerId,
      input: gone
        ? null
        : {
            price: Number(r.price),
            specialPrice: special ? Number(special.price) : null,
            priceDelta: delta,
          },
    };
  });
}

async function specialsOf(store: StoreDb, productIds: readonly number[]): Promise<Map<number, SpecialRow[]>> {
  const out = new Map<number, SpecialRow[]>();
  if (productIds.length === 0) {
    return out;
  }
  const [rows] = await store.pool.query<Array<SpecialRow & { productId: number } & RowDataPacket>>(
    `SELECT product_id AS productId, customer_group_id AS customerGroupId, priority, price,
            CAST(date_start AS CHAR) AS dateStart, CAST(date_end AS CHAR) AS dateEnd
     FROM \`${store.prefix}product_special\` WHERE product_id IN (?)`,
    [productIds],
  );
  for (const r of rows) {
    out.set(r.productId, [...(out.get(r.productId) ?? []), r]);
  }
  return out;
}
