import { eq } from 'drizzle-orm';
import {
  type OfferSettings,
  type OfferSettingsPatch,
  offerSettingsPatchSchema,
  priceSettingsSchema,
  stockSettingsSchema,
} from '../contract/offers';
import type { StoreDb } from '../db/connection';
import { DomainError } from '../shared/domain-error';

/** Row keys of the offers settings in the bridge's own `settings` table. */
const KEYS = { stock: 'offers.stock', prices: 'offers.prices' } as const;

async function readKey(store: StoreDb, key: string): Promise<unknown> {
  const t = store.own.settings;
  const [row] = await store.db.select({ value: t.value }).from(t).where(eq(t.key, key)).limit(1);
  return row?.value ?? {};
}

/** The stock and price rules, with defaults for whatever was never saved. */
export async function readOfferSettings(store: StoreDb): Promise<OfferSettings> {
  const [stock, prices] = await Promise.all([readKey(store, KEYS.stock), readKey(store, KEYS.prices)]);
  const parsedStock = stockSettingsSchema.safeParse(stock);
  const parsedPrices = priceSettingsSchema.safeParse(prices);
  if (!parsedStock.success || !parsedPrices.success) {
    // Only a hand edit of the table gets here.
    throw new DomainError('BROKEN_STATE', 'stored stock or price rules are unreadable; save them again');
  }
  return { stock: parsedStock.data, prices: parsedPrices.data };
}

/** Stores the parts of a validated patch (each part replaces the stored one whole) and answers the result. */
export async function saveOfferSettings(
  store: StoreDb,
  patch: OfferSettingsPatch,
  now: Date,
): Promise<OfferSettings> {
  const parsed = offerSettingsPatchSchema.parse(patch);
  const t = store.own.settings;
  for (const part of ['stock', 'prices'] as const) {
    const value = parsed[part];
    if (value !== undefined) {
      await store.db
        .insert(t)
        .values({ key: KEYS[part], value, updatedAt: now })
        .onDuplicateKeyUpdate({ set: { value, updatedAt: now } });
    }
  }
  return readOfferSettings(store);
}
