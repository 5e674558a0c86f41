/** A per-item price failure: Ozon's code and a message in its words. */
export interface PriceRuleError {
  code: string;
  message: string;
}

const DECIMAL = /^\d+(\.\d{1,2})?$/;

/** Parses a price string as Ozon accepts it: digits with an optional "." and at most two decimals. */
export function parsePrice(text: string | undefined): number | undefined {
  if (text === undefined || !DECIMAL.test(text)) {
    return undefined;
  }
  return Number(text);
}

/**
 * Ozon's rule for the strikethrough price. With old_price > 0 the gap must be: more than 20 RUB when the price
 * is below 400, more than 5 % from 400 to 10,000, more than 500 RUB above 10,000; and the discount below 90 %.
 * "0" (or absent) means no old price.
 */
export function checkOldPrice(
  priceText: string,
  oldPriceText: string | undefined,
): PriceRuleError | undefined {
  const price = parsePrice(priceText);
  if (price === undefined || price <= 0) {
    return { code: 'price_negative', message: 'An attempt to set a negative price.' };
  }
  if (oldPriceText === undefined || oldPriceText === '' || oldPriceText === '0') {
    return undefined;
  }
  const oldPrice = parsePrice(oldPriceText);
  if (oldPrice === undefined) {
    return { code: 'price_negative', message: 'old_price is not a valid price.' };
  }
  if (oldPrice === 0) {
    return undefined;
  }
  const gap = oldPrice - price;
  if (price < 400 && !(gap > 20)) {
    return {
      code: 'discount_for_low_price_is_too_small',
      message:
        'The discount is too small. If the price after the discount is below 400 rubles inclusive, the difference between the prices before and after the discount must be more than 20 rubles.',
    };
  }
  if (price >= 400 && price <= 10_000 && !(gap > oldPrice * 0.05)) {
    return {
      code: 'discount_for_average_price_is_too_small',
      message:
        'The discount is too small. If the price after the discount is from 400 to 10,000 rubles inclusive, the difference between the prices before and after the discount should be more than 5%.',
    };
  }
  if (price > 10_000 && !(gap > 500)) {
    return {
      code: 'discount_for_top_price_is_too_small',
      message:
        'The discount is too small. If the price after the discount is higher than 10,000 rubles, the difference between the prices before and after the discount must be more than 500 rubles.',
    };
  }
  if (!(gap < oldPrice * 0.9)) {
    return {
      code: 'discount_too_big',
      message:
        'The discount is too big. The difference between the prices before and after the discount must be less than 90%.',
    };
  }
  return undefined;
}
