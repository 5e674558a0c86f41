/** What a per-item price refusal means: try again when the hourly budget returns, a few times, or wait for a fix. */
export type PriceCourse =
  | { readonly kind: 'budget' }
  | { readonly kind: 'retry'; readonly attempts: number }
  | { readonly kind: 'fix' };

export interface PriceRefusal {
  readonly course: PriceCourse;
  readonly message: string;
}

const OLD_PRICE =
  'Ozon refuses this struck-through price: the discount does not meet its thresholds (more than 20 RUB below 400, more than 5 % up to 10,000, more than 500 RUB above, and under 90 %). Change the old-price rule in Stock & prices';

/** Ozon's per-item refusals of /v1/product/import/prices (HTTP 200, `updated: false`) in the merchant's words. */
const REFUSALS: Record<string, PriceRefusal> = {
  TOO_MANY_REQUESTS: {
    course: { kind: 'budget' },
    message: 'Ozon takes at most 10 price updates per product an hour; sent again when it allows',
  },
  discount_for_low_price_is_too_small: { course: { kind: 'fix' }, message: OLD_PRICE },
  discount_for_average_price_is_too_small: { course: { kind: 'fix' }, message: OLD_PRICE },
  discount_for_top_price_is_too_small: { course: { kind: 'fix' }, message: OLD_PRICE },
  discount_too_big: { course: { kind: 'fix' }, message: OLD_PRICE },
  price_negative: {
    course: { kind: 'fix' },
    message: 'Ozon refuses a price of 0 or below: check the price rules',
  },
  CURRENCY_MISMATCH: {
    course: { kind: 'fix' },
    message:
      "The Ozon account's currency is not the one in the bridge settings: correct the currency in Settings",
  },
  NOT_FOUND_ERROR: {
    course: { kind: 'fix' },
    message: 'Ozon has no card for this offer: send the product again from Products',
  },
};

const UNKNOWN: PriceRefusal = { course: { kind: 'retry', attempts: 3 }, message: 'Ozon refused the price' };

/** Ozon also answers the hourly limit with this text and no documented code. */
const LIMIT_TEXT = /limit exceeded|too often|too many/i;

export function priceRefusal(code: string, ozonMessage: string): PriceRefusal {
  return (
    REFUSALS[code] ?? (LIMIT_TEXT.test(ozonMessage) ? (REFUSALS.TOO_MANY_REQUESTS as PriceRefusal) : UNKNOWN)
  );
}
