import { inArray } from 'drizzle-orm';
import type { StoreDb } from '../../db/connection';
import { priceText } from '../../pricing/compute-price';
import type { OfferDeps } from '../shared/offer-deps';
import { writePriceColumns } from './price-rows';

/** What Ozon reports of one offer's price, as Ozon's price text. */
export interface OzonPrice {
  readonly productId: number;
  readonly variantKey: string;
  readonly price: string;
  readonly oldPrice: string;
}

type Unit = { readonly productId: number; readonly variantKey: string; readonly offerId: string };

/** Reads what Ozon holds as these offers' prices (`/v5/product/info/prices`, numbers there, text here). */
export async function readOzonPrices(deps: OfferDeps, units: readonly Unit[]): Promise<OzonPrice[]> {
  const byOffer = new Map(units.map((u) => [u.offerId, u]));
  const out: OzonPrice[] = [];
  const offers = [...byOffer.keys()];
  for (let i = 0; i < offers.length; i += 1000) {
    const filter = { offer_id: offers.slice(i, i + 1000), visibility: 'ALL' as const };
    for await (const page of deps.ozon.prices.infoPages(filter, { signal: deps.signal })) {
      for (const item of page.items) {
        const unit = byOffer.get(item.offer_id);
        if (unit) {
          out.push({
            productId: unit.productId,
            variantKey: unit.variantKey,
            price: priceText(item.price.price),
            oldPrice: item.price.old_price ? priceText(item.price.old_price) : '0',
          });
        }
      }
    }
  }
  return out;
}

/** Records what Ozon reports, read at `at`. */
export async function recordOzonPrices(
  store: StoreDb,
  prices: readonly OzonPrice[],
  at: Date,
): Promise<void> {
  if (prices.length === 0) {
    return;
  }
  const t = store.own.offerPrices;
  const reported = new Map(prices.map((p) => [`${p.productId}\u0000${p.variantKey}`, p]));
  const rows = await store.db
    .select()
    .from(t)
    .where(inArray(t.productId, [...new Set(prices.map((p) => p.productId))]));
  const read = rows.flatMap((row) => {
    const p = reported.get(`${row.productId}\u0000${row.variantKey}`);
    return p ? [{ ...row, ozonPrice: p.price, ozonOldPrice: p.oldPrice, ozonReadAt: at }] : [];
  });
  await writePriceColumns(store, read, ['ozonPrice', 'ozonOldPrice', 'ozonReadAt']);
}
