import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { StoreDb } from '../../db/connection';

/**
 * How far the offers wing has read what the store and the card export report (the last store event, the last unit
 * sent or gone live, the rules it last applied), in the bridge's settings table. Written after the work it covers,
 * so a crash re-reads rather than skips (every step is idempotent).
 */
export const offerMarkSchema = z.object({
  eventId: z.int().min(0).default(0),
  /** Epoch ms of the newest `sent_at`/`live_at` of the units seen. */
  unitsAt: z.number().default(0),
  /** Fingerprint of the stock rules last applied to every unit ('' before the first). */
  stockRules: z.string().default(''),
  /** Fingerprint of the price rules and currency last applied to every unit. */
  priceRules: z.string().default(''),
});
export type OfferMark = z.infer<typeof offerMarkSchema>;

const KEY = 'offers.mark';

export async function readOfferMark(store: StoreDb): Promise<OfferMark> {
  const t = store.own.settings;
  const [row] = await store.db.select({ value: t.value }).from(t).where(eq(t.key, KEY)).limit(1);
  const parsed = offerMarkSchema.safeParse(row?.value ?? {});
  return parsed.success ? parsed.data : offerMarkSchema.parse({});
}

/** Stores the parts given over the stored mark. */
export async function saveOfferMark(store: StoreDb, part: Partial<OfferMark>, now: Date): Promise<void> {
  const value = { ...(await readOfferMark(store)), ...part };
  const t = store.own.settings;
  await store.db
    .insert(t)
    .values({ key: KEY, value, updatedAt: now })
    .onDuplicateKeyUpdate({ set: { value, updatedAt: now } });
}
