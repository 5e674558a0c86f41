import { fixPlace } from '../shared/fix-places';

/** What OpenCart knows about currencies: the default one (`config_currency`) and each code's `value` against it. */
export interface StoreCurrencies {
  /** '' when the store has no default currency set. */
  readonly defaultCode: string;
  readonly values: ReadonlyMap<string, number>;
}

/**
 * How store amounts become amounts in the Ozon account's currency. OpenCart keeps every price in the store's
 * default currency (`config_currency`) and, per currency, `value`: how many units of it one default unit is
 * worth (the default itself is 1). Undefined `rate` means the store has no usable rate for the Ozon currency.
 */
export interface CurrencyConversion {
  /** The store's default currency, the one product prices are stored in ("USD"). */
  readonly from: string;
  /** The Ozon account's currency ("RUB"). */
  readonly to: string;
  /** Ozon units per store unit, or undefined when OpenCart has no positive rate for `to`. */
  readonly rate: number | undefined;
}

function usable(value: number | undefined): value is number {
  return value !== undefined && Number.isFinite(value) && value > 0;
}

/**
 * The conversion from the store's default currency into `ozonCurrency`, the way OpenCart's own converter does
 * it: amount × value(to) ÷ value(from). The same currency needs no rate; the default's value is taken as 1 when
 * its row is missing or broken (OpenCart defines it so). A store without a default currency gets no rate: guessing
 * one is how unconverted prices reached Ozon.
 */
export function currencyConversion(store: StoreCurrencies, ozonCurrency: string): CurrencyConversion {
  const from = store.defaultCode.toUpperCase();
  const to = ozonCurrency.toUpperCase();
  if (from === to) {
    return { from, to, rate: 1 };
  }
  const target = store.values.get(to);
  const base = store.values.get(from);
  if (from === '' || !usable(target)) {
    return { from, to, rate: undefined };
  }
  return { from, to, rate: usable(base) ? target / base : target };
}

/** The merchant-facing reason prices cannot be sent, naming what to do in OpenCart. */
export function missingRateMessage(conversion: CurrencyConversion): string {
  const { from, to } = conversion;
  if (from === '') {
    return `The store has no default currency, so prices cannot be converted to ${to} for Ozon: choose the ${fixPlace('storeCurrency')}. No product is sent until then`;
  }
  return (
    `Prices are kept in ${from} (the store's default currency) but your Ozon account sells in ${to}, and OpenCart has no rate for ${to}: ` +
    `add ${to} in OpenCart's ${fixPlace('currencies')} with Value = how many ${to} one ${from} is worth ` +
    `(it may stay disabled for the storefront), or change it in ${fixPlace('settingsCurrency')}. No product is sent until then`
  );
}
