import { inArray } from 'drizzle-orm';
import type { StoreDb } from '../db/connection';
import type { UnitRef } from './unit-state';

/** The price Ozon holds for a unit, as the offers wing knows it, and the value the merchant approved. */
export interface PriceBaseline {
  /** What Ozon last accepted, else what Ozon last reported (null: nothing known). */
  readonly price: string | null;
  readonly oldPrice: string | null;
  readonly approved: string | null;
}

/**
 * What the offers wing knows of these units' prices on Ozon (offer_prices), keyed `productId\0variantKey`. The
 * card export needs it because a card import carries a price too: it must not carry a change the guardrail holds.
 */
export async function priceBaselines(
  store: StoreDb,
  units: readonly UnitRef[],
): Promise<Map<string, PriceBaseline>> {
  const out = new Map<string, PriceBaseline>();
  if (units.length === 0) {
    return out;
  }
  const t = store.own.offerPrices;
  const rows = await store.db
    .select({
      productId: t.productId,
      variantKey: t.variantKey,
      acceptedPrice: t.acceptedPrice,
      acceptedOldPrice: t.acceptedOldPrice,
      ozonPrice: t.ozonPrice,
      ozonOldPrice: t.ozonOldPrice,
      approvedPrice: t.approvedPrice,
    })
    .from(t)
    .where(inArray(t.productId, [...new Set(units.map((u) => u.productId))]));
  for (const r of rows) {
    const accepted = r.acceptedPrice !== null;
    out.set(`${r.productId}\u0000${r.variantKey}`, {
      price: accepted ? r.acceptedPrice : r.ozonPrice,
      oldPrice: accepted ? r.acceptedOldPrice : r.ozonOldPrice,
      approved: r.approvedPrice,
    });
  }
  return out;
}
