import { type PriceSettings, priceSettingsSchema } from '../contract/offers';
import { fixPlace } from '../shared/fix-places';
import { type CurrencyConversion, missingRateMessage } from './currency';
import { oldPriceFor } from './old-price';
import { priceText, roundPrice } from './rounding';

/*
 * THE place where an Ozon price is made from an OpenCart product, for the card export and the offers wing alike.
 * For one product or variant, in this order:
 *
 * 1. Base: the running special plus the variant's priceDelta when `source` is 'special' and that sum is above 0
 *    and below the regular price plus priceDelta; otherwise the regular price plus priceDelta. A regular price of
 *    0 or less is refused (`price_not_positive`): OpenCart has no price to start from, and no rule invents one.
 * 2. Conversion: × the rate into the Ozon currency (currency.ts); no rate: refused (`currency_rate_missing`).
 * 3. Markup: × (1 + markupPercent / 100), then + markupAmount (the percentage never applies to the amount).
 * 4. Rounding (rounding.ts): `cents` two decimals half-up, `whole` the nearest whole, `end9` the smallest whole
 *    number ending in 9 at or above, `ten`/`hundred` the nearest 10/100 half-up, a positive amount never to 0.
 * 5. Minimum: a price below minimumPrice (when it is above 0) is raised to it, and the note says so.
 * 6. A price of 0 or less after all this is refused (`price_not_positive`).
 * 7. Old price (old-price.ts): `regular` the regular price through steps 2-4, only while the special is the base;
 *    `percent` the price × (1 + oldPricePercent / 100) through step 4; `none` none. Dropped, with the reason in the
 *    note, when it is not above the price or Ozon's discount thresholds refuse it (old-price-rule.ts).
 */

/** The merchant's price rules. */
export interface PriceRules {
  /** From the store's default currency into the Ozon account's (currency.ts); identity when they are the same. */
  readonly currency: CurrencyConversion;
  /** Source, markup, rounding, minimum and old price (contract/offers.ts). */
  readonly settings: PriceSettings;
}

/** Rules for a store that already prices in the Ozon currency (RUB), with the settings' defaults. */
export const DEFAULT_PRICE_RULES: PriceRules = {
  currency: { from: 'RUB', to: 'RUB', rate: 1 },
  settings: priceSettingsSchema.parse({}),
};

/** The OpenCart prices of one product or variant, in the store's default currency. */
export interface PriceInput {
  readonly price: number;
  /** The special running today for the rules' customer group, or null. */
  readonly specialPrice: number | null;
  /** A variant's option price difference (OpenCart adds it to the special too). */
  readonly priceDelta?: number;
}

export interface ComputedPrice {
  /** Ozon's `price` in the Ozon currency: decimal text with at most two decimals ("0" when refused). */
  readonly price: string;
  /** Ozon's `old_price`, only where the rules ask for one and Ozon's discount rule allows it. */
  readonly oldPrice: string | undefined;
  /** What the rules did that the merchant should know: a price raised to the minimum, an old price not sent. */
  readonly note: string | undefined;
  /** Why no price can be sent at all: the product must not be sent. */
  readonly refusal?: { readonly code: string; readonly message: string } | undefined;
}

function refused(code: string, message: string): ComputedPrice {
  return { price: '0', oldPrice: undefined, note: undefined, refusal: { code, message } };
}

/** Steps 2-4 above: a store amount as the rules make it in the Ozon currency. */
function ruled(amount: number, rate: number, settings: PriceSettings): number {
  const marked = (amount * rate * (100 + settings.markupPercent)) / 100 + settings.markupAmount;
  return roundPrice(marked, settings.rounding);
}

/** The Ozon price of one product or variant under the merchant's rules, in the order the module comment gives. */
export function computePrice(input: PriceInput, rules: PriceRules): ComputedPrice {
  const { rate, to } = rules.currency;
  if (rate === undefined) {
    return refused('currency_rate_missing', missingRateMessage(rules.currency));
  }
  const { settings } = rules;
  const delta = input.priceDelta ?? 0;
  const regular = input.price + delta;
  if (!(regular > 0)) {
    const place =
      delta === 0 ? fixPlace('productPrice') : `${fixPlace('productPrice')} or its option's price`;
    return refused('price_not_positive', `Price is ${priceText(regular)}: set ${place}`);
  }
  const special = input.specialPrice === null ? undefined : input.specialPrice + delta;
  const onSpecial =
    settings.source === 'special' && special !== undefined && special > 0 && special < regular;
  const amount = ruled(onSpecial ? special : regular, rate, settings);
  const raised = settings.minimumPrice > 0 && amount < settings.minimumPrice;
  const price = raised ? settings.minimumPrice : amount;
  if (!(price > 0)) {
    return refused(
      'price_not_positive',
      `The price rules make this price ${priceText(price)} ${to}, and Ozon sells nothing for 0 or less: ` +
        'lower the discount in the price rules or set a minimum price there',
    );
  }
  const old = oldPriceFor(price, onSpecial ? ruled(regular, rate, settings) : undefined, settings);
  const notes = [
    raised
      ? `Raised to the minimum price of ${priceText(price)} ${to} (the rules made it ${priceText(amount)})`
      : '',
    old.note ?? '',
  ].filter((note) => note !== '');
  return {
    price: priceText(price),
    oldPrice: old.amount === undefined ? undefined : priceText(old.amount),
    note: notes.length === 0 ? undefined : notes.join('. '),
  };
}

// priceText lived here before rounding.ts took it; callers written against that (the offers wing) keep working.
export { priceText };
