import { and, eq } from 'drizzle-orm';
import type { StoreDb } from '../../src/db/connection';

/** Roubles per unit of the currencies OpenCart ships, a plausible day's rates for a sample store. */
const ROUBLES_PER_UNIT: Readonly<Record<string, number>> = { USD: 90.5, EUR: 98.25, GBP: 114.75 };
const NOW = '2026-01-01 00:00:00';

/**
 * Makes the sample store price in roubles, as a Russian merchant's store does: a RUB currency with value 1 is the
 * default (`config_currency`), and the currencies OpenCart ships get their value against it. The catalogue's
 * prices are rouble amounts, so the export converts nothing; a store in another currency is a test of its own.
 */
export async function makeRoublesTheDefault(store: StoreDb): Promise<void> {
  const { db, oc } = store;
  const [rouble] = await db.select().from(oc.currency).where(eq(oc.currency.code, 'RUB'));
  if (rouble) {
    await db
      .update(oc.currency)
      .set({ value: 1, status: 1, dateModified: NOW })
      .where(eq(oc.currency.currencyId, rouble.currencyId));
  } else {
    await db.insert(oc.currency).values({
      title: 'Российский рубль',
      code: 'RUB',
      symbolLeft: '',
      symbolRight: ' ₽',
      decimalPlace: '2',
      value: 1,
      status: 1,
      dateModified: NOW,
    });
  }
  for (const [code, roubles] of Object.entries(ROUBLES_PER_UNIT)) {
    await db
      .update(oc.currency)
      .set({ value: 1 / roubles, dateModified: NOW })
      .where(eq(oc.currency.code, code));
  }
  const s = oc.setting;
  const [current] = await db
    .select()
    .from(s)
    .where(and(eq(s.storeId, 0), eq(s.code, 'config'), eq(s.key, 'config_currency')));
  if (current) {
    await db.update(s).set({ value: 'RUB' }).where(eq(s.settingId, current.settingId));
  } else {
    await db
      .insert(s)
      .values({ storeId: 0, code: 'config', key: 'config_currency', value: 'RUB', serialized: 0 });
  }
}
