import type { OfferPriceView, OfferStockView, OfferView } from '../../contract/offers';
import type { StoreDb } from '../../db/connection';

export type OfferStockRow = StoreDb['own']['offerStocks']['$inferSelect'];
export type OfferPriceRow = StoreDb['own']['offerPrices']['$inferSelect'];
/** What a view needs of the unit's row in product_state. */
export type OfferUnitRow = Pick<
  StoreDb['own']['productState']['$inferSelect'],
  'productId' | 'variantKey' | 'offerId' | 'name' | 'state'
>;

type PriceOf = NonNullable<OfferPriceView['wanted']>;

/** Ozon's price text and old price ('0': none) as the view shows them; null when no price is recorded. */
export function priceOf(price: string | null, oldPrice: string | null): PriceOf | null {
  return price === null ? null : { price, oldPrice: oldPrice ?? '0' };
}

/**
 * How far `next` is from `base`, in percent with one decimal (+ up, - down): what the guardrail measures. 0 when
 * there is no base to measure from (nothing accepted yet, or a price of 0).
 */
export function changePercent(base: string | null, next: string): number {
  const from = Number(base);
  const to = Number(next);
  if (base === null || !Number.isFinite(from) || !Number.isFinite(to) || from <= 0) {
    return 0;
  }
  return Math.round(((to - from) / from) * 1000) / 10;
}

/** The last accepted price, else Ozon's last read: what a held change is measured against and shown beside. */
export function basePriceOf(row: OfferPriceRow): PriceOf | null {
  return priceOf(row.acceptedPrice, row.acceptedOldPrice) ?? priceOf(row.ozonPrice, row.ozonOldPrice);
}

const errorOf = (row: { errorCode: string | null; errorMessage: string | null }) =>
  row.errorCode === null ? null : { code: row.errorCode, message: row.errorMessage ?? '' };

const iso = (date: Date | null): string | null => date?.toISOString() ?? null;

/**
 * Why a pair with a value to send (`due_at` set) has not been sent, in the merchant's words; null when nothing
 * waits. Stock goes only to offers Ozon sells, and Ozon takes one update per offer and warehouse every 30 s.
 */
export function stockWaitReason(row: OfferStockRow, unitState: string | null, now: Date): string | null {
  if (row.dueAt === null) {
    return null;
  }
  if (unitState !== 'live') {
    return 'Ozon has not put the offer on sale yet (price_sent)';
  }
  const later = row.dueAt > now;
  if (row.errorCode !== null) {
    return later
      ? 'Ozon refused the last value; it is tried again at the time shown'
      : 'Ozon refused the last value; the next push tries again';
  }
  return later ? 'Ozon takes one update per warehouse every 30 s' : 'due now: the next push sends it';
}

/** One (offer, warehouse) pair as the panel shows it; `warehouseName` from the mapping ('' once unmapped). */
export function stockView(
  row: OfferStockRow,
  warehouseName: string,
  unitState: string | null,
  now: Date,
): OfferStockView {
  return {
    warehouseId: row.warehouseId,
    warehouseName,
    wanted: row.wanted,
    sent: row.sent,
    accepted: row.accepted,
    acceptedAt: iso(row.acceptedAt),
    ozonPresent: row.ozonPresent,
    ozonReserved: row.ozonReserved,
    dueAt: iso(row.dueAt),
    waitsFor: stockWaitReason(row, unitState, now),
    error: errorOf(row),
  };
}

const NO_PRICE: OfferPriceView = {
  wanted: null,
  sent: null,
  accepted: null,
  acceptedAt: null,
  ozon: null,
  held: null,
  dueAt: null,
  note: null,
  error: null,
};

/** An offer's price as the panel shows it; every part null while the offer has no price row yet. */
export function priceView(row: OfferPriceRow | undefined): OfferPriceView {
  if (!row) {
    return NO_PRICE;
  }
  const held = priceOf(row.heldPrice, row.heldOldPrice);
  return {
    wanted: priceOf(row.wantedPrice, row.wantedOldPrice),
    sent: priceOf(row.sentPrice, row.sentOldPrice),
    accepted: priceOf(row.acceptedPrice, row.acceptedOldPrice),
    acceptedAt: iso(row.acceptedAt),
    ozon: priceOf(row.ozonPrice, row.ozonOldPrice),
    held: held && {
      ...held,
      changePercent: changePercent(basePriceOf(row)?.price ?? null, held.price),
      heldAt: (row.heldAt ?? row.updatedAt).toISOString(),
    },
    dueAt: iso(row.dueAt),
    note: row.note,
    error: errorOf(row),
  };
}

export interface OfferParts {
  readonly unit: OfferUnitRow;
  readonly stocks: readonly OfferStockRow[];
  readonly price: OfferPriceRow | undefined;
  readonly storeQuantity: number | null;
}

/** One offer with its stock per warehouse (in the mapping's order, unmapped ones last) and its price. */
export function offerView(
  parts: OfferParts,
  warehouseNames: ReadonlyMap<string, string>,
  now: Date,
): OfferView {
  const order = [...warehouseNames.keys()];
  const rank = (id: string): number => {
    const at = order.indexOf(id);
    return at === -1 ? order.length : at;
  };
  const stocks = [...parts.stocks].sort(
    (a, b) => rank(a.warehouseId) - rank(b.warehouseId) || a.warehouseId.localeCompare(b.warehouseId),
  );
  return {
    productId: parts.unit.productId,
    variantKey: parts.unit.variantKey,
    offerId: parts.unit.offerId,
    name: parts.unit.name,
    state: parts.unit.state,
    storeQuantity: parts.storeQuantity,
    stocks: stocks.map((s) => stockView(s, warehouseNames.get(s.warehouseId) ?? '', parts.unit.state, now)),
    price: priceView(parts.price),
  };
}
