/**
 * Whether Ozon accepts `oldPrice` as the strikethrough price for `price`: the gap must be more than 20 RUB below
 * a price of 400, more than 5 % of the old price from 400 to 10,000, more than 500 RUB above 10,000, and the
 * discount less than 90 %. Returns the reason when it does not.
 */
export function oldPriceRefusal(price: number, oldPrice: number): string | undefined {
  const gap = oldPrice - price;
  if (!(gap > 0)) {
    return 'the special is not below the regular price';
  }
  if (price < 400 && !(gap > 20)) {
    return 'below 400 RUB Ozon needs a discount of more than 20 RUB';
  }
  if (price >= 400 && price <= 10_000 && !(gap > oldPrice * 0.05)) {
    return 'from 400 to 10,000 RUB Ozon needs a discount of more than 5 %';
  }
  if (price > 10_000 && !(gap > 500)) {
    return 'above 10,000 RUB Ozon needs a discount of more than 500 RUB';
  }
  if (!(gap < oldPrice * 0.9)) {
    return 'Ozon refuses discounts of 90 % or more';
  }
  return undefined;
}
