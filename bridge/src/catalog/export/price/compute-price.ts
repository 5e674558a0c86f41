import { oldPriceRefusal } from './old-price-rule';

/*
 * THE place where an Ozon price is made from an OpenCart product. A later issue adds markups and rounding: it
 * replaces this module (same signature) and nothing else changes.
 */

/** The merchant's price rules. */
export interface PriceRules {
  /** Send the running OpenCart special as the price (with the regular price struck through where allowed). */
  readonly useSpecials: boolean;
}

export const DEFAULT_PRICE_RULES: PriceRules = { useSpecials: true };

/** The OpenCart prices of one product or variant, in the store's currency. */
export interface PriceInput {
  readonly price: number;
  /** The special running today, or null. */
  readonly specialPrice: number | null;
  /** A variant's option price difference (OpenCart adds it to the special too). */
  readonly priceDelta?: number;
}

export interface ComputedPrice {
  /** Ozon's `price`: decimal text with at most two decimals. */
  readonly price: string;
  /** Ozon's `old_price`, only where Ozon's discount rule allows it. */
  readonly oldPrice: string | undefined;
  /** Why the regular price was not sent as the old price, for the product's detail view. */
  readonly note: string | undefined;
}

/** Money as Ozon's price text: two decimals at most, no trailing zeros ("1490", "399.9"). */
export function priceText(amount: number): string {
  return String(Math.round(amount * 100) / 100);
}

/**
 * The price Ozon gets: the OpenCart price (plus a variant's option difference), or the running special with the
 * regular price as the old price when Ozon's old-price rule allows it, and no old price when it does not.
 */
export function computePrice(product: PriceInput, rules: PriceRules): ComputedPrice {
  const delta = product.priceDelta ?? 0;
  const regular = Math.round((product.price + delta) * 100) / 100;
  const special =
    rules.useSpecials && product.specialPrice !== null
      ? Math.round((product.specialPrice + delta) * 100) / 100
      : undefined;
  if (special === undefined || !(special > 0) || special >= regular) {
    return { price: priceText(regular), oldPrice: undefined, note: undefined };
  }
  const refusal = oldPriceRefusal(special, regular);
  return {
    price: priceText(special),
    oldPrice: refusal === undefined ? priceText(regular) : undefined,
    note: refusal === undefined ? undefined : `Regular price not shown struck through: ${refusal}`,
  };
}
