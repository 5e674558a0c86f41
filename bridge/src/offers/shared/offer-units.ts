/**
 * The units the offers wing looks after, as an SQL condition on `product_state` aliased `s`: those on their way to
 * Ozon or there (sent, in moderation, live, or once live: they have an Ozon SKU), so that their stock and price are
 * known the moment Ozon puts them on sale. Archived ones are Ozon's no more.
 */
export const OFFER_UNITS = `s.offer_id <> '' AND s.archived = 0
  AND (s.state IN ('sent', 'moderation', 'live') OR s.ozon_sku IS NOT NULL)`;

/** Units Ozon has on sale (`price_sent`): the only ones Ozon takes stock and prices for. */
export const ON_SALE = 's.ozon_sku IS NOT NULL AND s.archived = 0';

/** Which units: those of some products (store events), or a page of every unit after a product id. */
export type UnitSelection =
  | { readonly productIds: readonly number[] }
  | { readonly afterProductId: number; readonly limit: number };

/** The SQL condition and parameters of a selection, and the LIMIT of a page. */
export function selectionSql(selection: UnitSelection): { where: string; tail: string; params: unknown[] } {
  return 'productIds' in selection
    ? { where: 's.product_id IN (?)', tail: '', params: [[...selection.productIds]] }
    : { where: 's.product_id > ?', tail: 'LIMIT ?', params: [selection.afterProductId, selection.limit] };
}

/** A page that hit its limit ends on a whole product: its last product's other units come with the next page. */
export function wholeProducts<R extends { productId: number }>(rows: R[], limit: number): R[] {
  if (rows.length < limit) {
    return rows;
  }
  const last = rows.at(-1)?.productId;
  const kept = rows.filter((r) => r.productId !== last);
  return kept.length > 0 ? kept : rows;
}
