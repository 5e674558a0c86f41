import { and, eq, inArray } from 'drizzle-orm';
import type { StoreDb } from '../connection';

/**
 * The OpenCart store the bridge serves: the default store, store 0, whose settings (languages, currency, customer
 * group) it reads and whose products it sends. The Ozon settings have no store choice.
 */
export const SERVED_STORE_ID = 0;

/** Values of OpenCart's own settings (code `config`) of the served store, by key; absent keys are left out. */
export async function readStoreConfig(store: StoreDb, keys: readonly string[]): Promise<Map<string, string>> {
  const { db, oc } = store;
  const rows = await db
    .select({ key: oc.setting.key, value: oc.setting.value })
    .from(oc.setting)
    .where(
      and(
        eq(oc.setting.storeId, SERVED_STORE_ID),
        eq(oc.setting.code, 'config'),
        inArray(oc.setting.key, [...keys]),
      ),
    );
  return new Map(rows.map((r) => [r.key, r.value]));
}
