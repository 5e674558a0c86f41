import type { PriceSettings } from '../contract/offers';
import { oldPriceRefusal } from './old-price-rule';
import { roundPrice } from './rounding';

/** The struck-through price, or why there is none worth telling the merchant. */
export interface OldPrice {
  readonly amount: number | undefined;
  readonly note: string | undefined;
}

const NONE: OldPrice = { amount: undefined, note: undefined };

/**
 * The old price for a final `price` (rules applied, minimum included). `regularAmount` is the regular price
 * through the same conversion, markup and rounding, present only while the special is the base: `regular` mode
 * strikes it through then and never otherwise. `percent` mode puts the old price `oldPricePercent` above the price,
 * through the same rounding. Either is dropped, with the reason as the note, when it is not above the price or
 * Ozon's discount thresholds refuse it (old-price-rule.ts).
 */
export function oldPriceFor(
  price: number,
  regularAmount: number | undefined,
  settings: Pick<PriceSettings, 'oldPrice' | 'oldPricePercent' | 'rounding'>,
): OldPrice {
  switch (settings.oldPrice) {
    case 'none':
      return NONE;
    case 'regular': {
      if (regularAmount === undefined) {
        return NONE;
      }
      // The rule's own first reason covers a regular price the rounding or the minimum brought down to the price.
      const refusal = oldPriceRefusal(price, regularAmount);
      return refusal === undefined
        ? { amount: regularAmount, note: undefined }
        : { amount: undefined, note: `Regular price not shown struck through: ${refusal}` };
    }
    case 'percent': {
      const percent = settings.oldPricePercent;
      const amount = roundPrice((price * (100 + percent)) / 100, settings.rounding);
      const refusal =
        amount > price
          ? oldPriceRefusal(price, amount)
          : `${percent} % above the price rounds to the price itself`;
      return refusal === undefined
        ? { amount, note: undefined }
        : { amount: undefined, note: `Old price ${percent} % above not shown struck through: ${refusal}` };
    }
  }
}
