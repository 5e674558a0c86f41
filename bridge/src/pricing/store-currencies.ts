import type { StoreDb } from '../db/connection';
import { readStoreConfig } from '../db/opencart/store-config';
import type { StoreCurrencies } from './currency';

/** The store's default currency and every currency's rate against it, enabled or not (a merchant may keep RUB off
 * the storefront and still keep its rate for Ozon). */
export async function readStoreCurrencies(store: StoreDb): Promise<StoreCurrencies> {
  const config = await readStoreConfig(store, ['config_currency']);
  const rows = await store.db
    .select({ code: store.oc.currency.code, value: store.oc.currency.value })
    .from(store.oc.currency);
  return {
    defaultCode: (config.get('config_currency') ?? '').trim().toUpperCase(),
    values: new Map(rows.map((c) => [c.code.trim().toUpperCase(), Number(c.value)])),
  };
}
