import { type CurrencyConversion, missingRateMessage } from './currency';
import { oldPriceRefusal } from './old-price-rule';

/*
 * THE place where an Ozon price is made from an OpenCart product. A later issue adds markups and rounding: it
 * replaces this module (same signature) and nothing else changes.
 */

/** The merchant's price rules. */
export interface PriceRules {
  /** Send the running OpenCart special as the price (with the regular price struck through where allowed). */
  readonly useSpecials: boolean;
  /** From the store's default currency into the Ozon account's (currency.ts); identity when they are the same. */
  readonly currency: CurrencyConversion;
}

/** Rules for a store that already prices in the Ozon currency (RUB): no conversion. */
export const DEFAULT_PRICE_RULES: PriceRules = {
  useSpecials: true,
  currency: { from: 'RUB', to: 'RUB', rate: 1 },
};

/** The OpenCart prices of one product or variant, in the store's default currency. */
export interface PriceInput {
  readonly price: number;
  /** The special running today, or null. */
  readonly specialPrice: number | null;
  /** A variant's option price difference (OpenCart adds it to the special too). */
  readonly priceDelta?: number;
}

export interface ComputedPrice {
  /** Ozon's `price` in the Ozon currency: decimal text with at most two decimals ("0" when refused). */
  readonly price: string;
  /** Ozon's `old_price`, only where Ozon's discount rule allows it. */
  readonly oldPrice: string | undefined;
  /** Why the regular price was not sent as the old price, for the product's detail view. */
  readonly note: string | undefined;
  /** Why no price can be sent at all (no exchange rate): the product must not be sent. */
  readonly refusal?: { readonly code: string; readonly message: string } | undefined;
}

/**
 * Money rounded to two decimals, halves up as written in decimal: 1.005 is 100.49999999999999 cents in binary,
 * so the cents are nudged by far less than any real amount's precision before rounding (1.005 → 1.01).
 */
function cents(amount: number): number {
  return Math.round(amount * 100 * (1 + 1e-12)) / 100;
}

/** Money as Ozon's price text: two decimals at most, no trailing zeros ("1490", "399.9"). */
export function priceText(amount: number): string {
  return String(cents(amount));
}

/**
 * The price Ozon gets, converted into the Ozon currency and rounded to two decimals: the OpenCart price (plus a
 * variant's option difference), or the running special with the regular price as the old price when Ozon's
 * old-price rule allows it (judged on the converted amounts), and no old price when it does not. Refused when
 * the store has no rate for the Ozon currency.
 */
export function computePrice(product: PriceInput, rules: PriceRules): ComputedPrice {
  const { rate } = rules.currency;
  if (rate === undefined) {
    return {
      price: '0',
      oldPrice: undefined,
      note: undefined,
      refusal: { code: 'currency_rate_missing', message: missingRateMessage(rules.currency) },
    };
  }
  const delta = product.priceDelta ?? 0;
  const regular = cents((product.price + delta) * rate);
  const special =
    rules.useSpecials && product.specialPrice !== null
      ? cents((product.specialPrice + delta) * rate)
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
