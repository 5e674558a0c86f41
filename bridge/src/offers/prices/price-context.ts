import type { PriceSettings } from '../../contract/offers';
import type { StoreDb } from '../../db/connection';
import { readStoreConfig } from '../../db/opencart/store-config';
import type { PriceRules } from '../../pricing/compute-price';
import { currencyConversion } from '../../pricing/currency';
import { readStoreCurrencies } from '../../pricing/store-currencies';

/** What the price rules need of the store: its customer group for specials and its currency rates. */
export interface PriceContext {
  readonly rules: PriceRules;
  readonly customerGroupId: number;
}

/** The merchant's price rules with the store's rates into the Ozon currency and the customer group whose specials count. */
export async function readPriceContext(
  store: StoreDb,
  settings: PriceSettings,
  ozonCurrency: string,
): Promise<PriceContext> {
  const config = await readStoreConfig(store, ['config_customer_group_id']);
  const currency = currencyConversion(await readStoreCurrencies(store), ozonCurrency);
  return {
    rules: { currency, settings },
    customerGroupId: settings.customerGroupId ?? (Number(config.get('config_customer_group_id') ?? '1') || 1),
  };
}
