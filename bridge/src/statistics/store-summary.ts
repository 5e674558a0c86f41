import { and, count, eq } from 'drizzle-orm';
import type { StoreDb } from '../db/connection';

/** What the bridge sees of the store at a glance: its name and how many products it has, and how many are on. */
export interface StoreSummary {
  readonly name: string;
  readonly products: number;
  readonly enabledProducts: number;
}

/** Reads the store's name and product counts; the panel's status line shows them to prove the chain works. */
export async function storeSummary(store: StoreDb): Promise<StoreSummary> {
  const { db, oc } = store;
  const [all] = await db.select({ n: count() }).from(oc.product);
  const [enabled] = await db.select({ n: count() }).from(oc.product).where(eq(oc.product.status, 1));
  const [name] = await db
    .select({ value: oc.setting.value })
    .from(oc.setting)
    // store_id 0 is the default store; a multi-store OpenCart has one config_name per store.
    .where(and(eq(oc.setting.storeId, 0), eq(oc.setting.key, 'config_name')))
    .limit(1);
  return { name: name?.value ?? '', products: all?.n ?? 0, enabledProducts: enabled?.n ?? 0 };
}
