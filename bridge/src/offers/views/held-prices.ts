import { and, asc, count, eq, isNotNull } from 'drizzle-orm';
import type { HeldPriceList, HeldPriceListQuery } from '../../contract/offers';
import type { StoreDb } from '../../db/connection';
import { basePriceOf, changePercent } from './offer-view';

/**
 * The price changes held for the merchant (further from the last accepted price than the guardrail allows), held
 * longest first, each beside the price it would replace.
 */
export async function listHeldPrices(store: StoreDb, query: HeldPriceListQuery): Promise<HeldPriceList> {
  const { db, own } = store;
  const p = own.offerPrices;
  const s = own.productState;
  const held = isNotNull(p.heldPrice);
  const [rows, [total]] = await Promise.all([
    db
      .select({ price: p, name: s.name })
      .from(p)
      .leftJoin(s, and(eq(s.productId, p.productId), eq(s.variantKey, p.variantKey)))
      .where(held)
      .orderBy(asc(p.heldAt), asc(p.productId), asc(p.variantKey))
      .limit(query.limit)
      .offset(query.offset),
    db.select({ n: count() }).from(p).where(held),
  ]);
  const items = rows.flatMap(({ price: row, name }) => {
    if (row.heldPrice === null) {
      return [];
    }
    const base = basePriceOf(row);
    return [
      {
        productId: row.productId,
        variantKey: row.variantKey,
        offerId: row.offerId,
        name: name ?? '',
        // Nothing accepted or read yet cannot hold a change (the guardrail measures from it); shown as 0.
        accepted: base ?? { price: '0', oldPrice: '0' },
        held: { price: row.heldPrice, oldPrice: row.heldOldPrice ?? '0' },
        changePercent: changePercent(base?.price ?? null, row.heldPrice),
        heldAt: (row.heldAt ?? row.updatedAt).toISOString(),
      },
    ];
  });
  return { items, total: total?.n ?? 0 };
}
