import { asc, inArray } from 'drizzle-orm';
import type { StoreDb } from '../../db/connection';
import type { UnitRef } from '../../unit-state/unit-state';

/** `productId:variantKey`, the key of a unit in the maps of this folder. */
export const unitKey = (unit: UnitRef): string => `${unit.productId}:${unit.variantKey}`;

/**
 * OpenCart's quantity of each unit as the store keeps it (not yet through the stock rules): the product's own, or
 * for a variant the quantity of the product's option value its key names. A unit whose product or option value
 * is gone from the store is missing from the map.
 */
export async function readStoreQuantities(
  store: StoreDb,
  units: readonly UnitRef[],
): Promise<Map<string, number>> {
  const quantities = new Map<string, number>();
  const productIds = [...new Set(units.map((u) => u.productId))];
  if (productIds.length === 0) {
    return quantities;
  }
  const { db, oc } = store;
  const withVariants = [...new Set(units.filter((u) => u.variantKey !== '').map((u) => u.productId))];
  const [products, values] = await Promise.all([
    db
      .select({ productId: oc.product.productId, quantity: oc.product.quantity })
      .from(oc.product)
      .where(inArray(oc.product.productId, productIds)),
    withVariants.length === 0
      ? []
      : db
          .select({
            productId: oc.productOptionValue.productId,
            optionValueId: oc.productOptionValue.optionValueId,
            quantity: oc.productOptionValue.quantity,
          })
          .from(oc.productOptionValue)
          .where(inArray(oc.productOptionValue.productId, withVariants))
          // An option value belongs to one option, so a product has one row of it; were the option on a product
          // twice, its first row would count.
          .orderBy(asc(oc.productOptionValue.productOptionValueId)),
  ]);
  for (const p of products) {
    quantities.set(unitKey({ productId: p.productId, variantKey: '' }), p.quantity);
  }
  for (const v of values) {
    const key = unitKey({ productId: v.productId, variantKey: String(v.optionValueId) });
    if (!quantities.has(key)) {
      quantities.set(key, v.quantity);
    }
  }
  return quantities;
}
