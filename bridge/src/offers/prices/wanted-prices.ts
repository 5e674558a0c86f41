import { inArray } from 'drizzle-orm';
import type { StoreDb } from '../../db/connection';
import { computePrice, type PriceRules } from '../../pricing/compute-price';
import { takeFromInsert } from '../shared/upsert';
import { priceBudgetAt } from './price-budget';
import type { PriceUnit } from './price-sources';

type PriceRow = StoreDb['own']['offerPrices']['$inferSelect'];

export interface PriceChange {
  readonly productId: number;
  readonly variantKey: string;
  readonly offerId: string;
  readonly from: string | null;
  readonly to: string | null;
}

/** Old price '0' is Ozon's "none". */
const oldOrNone = (text: string | undefined): string => text ?? '0';

/**
 * Sets the price each of these offers should have on Ozon by the rules, and when it is due: at once, or when the
 * product's hourly budget of ten updates returns. A price the store says again after the merchant rejected it is
 * not sent; whether a change waits for approval (the guardrail) is decided when it is about to be sent, against the
 * freshest price Ozon holds. Writes only offers whose wanted price changed.
 */
export async function updateWantedPrices(
  store: StoreDb,
  units: readonly PriceUnit[],
  rules: PriceRules,
  reason: string,
  now: number,
  options: { readonly dryRun?: boolean } = {},
): Promise<PriceChange[]> {
  if (units.length === 0) {
    return [];
  }
  const t = store.own.offerPrices;
  const productIds = [...new Set(units.map((u) => u.productId))];
  const existing = await store.db.select().from(t).where(inArray(t.productId, productIds));
  const stored = new Map(existing.map((r) => [`${r.productId}\u0000${r.variantKey}`, r]));
  const at = new Date(now);
  const writes: PriceRow[] = [];
  const changes: PriceChange[] = [];
  for (const unit of units) {
    const row = stored.get(`${unit.productId}\u0000${unit.variantKey}`);
    const computed = unit.input ? computePrice(unit.input, rules) : undefined;
    const refusal = !computed
      ? { code: 'product_missing', message: 'The product or its option value is gone from the store' }
      : computed.refusal;
    const wantedPrice = refusal ? null : (computed?.price ?? null);
    const wantedOldPrice = refusal ? null : oldOrNone(computed?.oldPrice);
    const note = refusal?.message ?? computed?.note ?? null;
    if (
      row &&
      row.wantedPrice === wantedPrice &&
      row.wantedOldPrice === wantedOldPrice &&
      row.note === note &&
      row.offerId === unit.offerId
    ) {
      continue;
    }
    const onOzon =
      wantedPrice !== null && wantedPrice === row?.acceptedPrice && wantedOldPrice === row.acceptedOldPrice;
    const rejected = wantedPrice !== null && wantedPrice === row?.rejectedPrice;
    const dueAt =
      wantedPrice === null || onOzon || rejected ? null : priceBudgetAt(row?.recentUpdates ?? null, now);
    writes.push({
      productId: unit.productId,
      variantKey: unit.variantKey,
      offerId: unit.offerId,
      wantedPrice,
      wantedOldPrice,
      note,
      reason,
      sentPrice: row?.sentPrice ?? null,
      sentOldPrice: row?.sentOldPrice ?? null,
      sentAt: row?.sentAt ?? null,
      acceptedPrice: row?.acceptedPrice ?? null,
      acceptedOldPrice: row?.acceptedOldPrice ?? null,
      acceptedAt: row?.acceptedAt ?? null,
      ozonPrice: row?.ozonPrice ?? null,
      ozonOldPrice: row?.ozonOldPrice ?? null,
      ozonReadAt: row?.ozonReadAt ?? null,
      // A new wanted price replaces a held one; the push decides again whether it needs approval.
      heldPrice: null,
      heldOldPrice: null,
      heldAt: null,
      approvedPrice: row?.approvedPrice ?? null,
      rejectedPrice: row?.rejectedPrice ?? null,
      recentUpdates: row?.recentUpdates ?? null,
      dueAt,
      errorCode: refusal ? refusal.code : null,
      errorMessage: refusal ? refusal.message : null,
      attempts: 0,
      updatedAt: at,
    });
    changes.push({
      productId: unit.productId,
      variantKey: unit.variantKey,
      offerId: unit.offerId,
      from: row?.wantedPrice ?? null,
      to: wantedPrice,
    });
  }
  if (options.dryRun) {
    return changes;
  }
  for (let i = 0; i < writes.length; i += 500) {
    await store.db
      .insert(t)
      .values(writes.slice(i, i + 500))
      .onDuplicateKeyUpdate({
        set: takeFromInsert({
          offerId: t.offerId,
          wantedPrice: t.wantedPrice,
          wantedOldPrice: t.wantedOldPrice,
          note: t.note,
          reason: t.reason,
          heldPrice: t.heldPrice,
          heldOldPrice: t.heldOldPrice,
          heldAt: t.heldAt,
          dueAt: t.dueAt,
          errorCode: t.errorCode,
          errorMessage: t.errorMessage,
          attempts: t.attempts,
          updatedAt: t.updatedAt,
        }),
      });
  }
  return changes;
}
