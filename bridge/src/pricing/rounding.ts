import type { PriceSettings } from '../contract/offers';

export type PriceRounding = PriceSettings['rounding'];

/*
 * Amounts reach here after a multiplication or two (rate, markup), so a value meant as 1.005 or 1239 may sit a few
 * units of the last binary place off (100.49999999999999 cents, 1239.0000000000002). Each rounding nudges the
 * amount by a relative 1e-12 towards the side a decimal reading would take: far below any real amount's precision
 * (a tenth of a millionth of a kopeck on a million), far above the noise of a few operations.
 */
const NUDGE = 1e-12;

/** `amount` to the nearest multiple of `step` (0.01, 1, 10, 100), halves up as written in decimal. */
function nearest(amount: number, step: number): number {
  // Divide by steps above 1 and multiply by fractional ones: both are exact for whole amounts (15 / 10 = 1.5,
  // where 15 * 0.1 = 1.5000000000000002), and cents keep the long-standing 1.005 → 1.01.
  return step < 1
    ? Math.round(amount * (1 / step) * (1 + NUDGE)) / (1 / step)
    : Math.round((amount / step) * (1 + NUDGE)) * step;
}

/** Money rounded to two decimals, halves up as written in decimal (1.005 → 1.01, though it is 1.00499… in binary). */
export function cents(amount: number): number {
  return nearest(amount, 0.01);
}

/** Money as Ozon's price text: two decimals at most, no trailing zeros ("1490", "399.9"). */
export function priceText(amount: number): string {
  return String(cents(amount));
}

/** The smallest whole number ending in 9 at or above `amount` (1231 → 1239, 1239 → 1239, 1239.01 → 1249). */
function endingIn9(amount: number): number {
  // Nudged down, so that 1239 computed as 1239.0000000000002 stays 1239 (see NUDGE).
  const whole = Math.ceil(amount * (1 - NUDGE));
  const lastDigit = ((whole % 10) + 10) % 10;
  return whole + ((9 - lastDigit + 10) % 10);
}

/** To the nearest `step`; a positive amount never becomes 0 (4 RUB is sent as 10, not refused as free). */
function nearestNotZero(amount: number, step: number): number {
  const rounded = nearest(amount, step);
  return amount > 0 && rounded <= 0 ? step : rounded;
}

/**
 * An amount in the Ozon currency rounded as the merchant chose: `cents` two decimals, `whole` whole units, `end9`
 * up to the next whole number ending in 9, `ten`/`hundred` the nearest 10/100 (halves up, a positive amount never
 * to 0). Amounts of 0 or less are returned rounded as they come; the caller refuses them.
 */
export function roundPrice(amount: number, rounding: PriceRounding): number {
  switch (rounding) {
    case 'cents':
      return cents(amount);
    case 'whole':
      return nearest(amount, 1);
    case 'end9':
      return amount > 0 ? endingIn9(amount) : cents(amount);
    case 'ten':
      return nearestNotZero(amount, 10);
    case 'hundred':
      return nearestNotZero(amount, 100);
  }
}
