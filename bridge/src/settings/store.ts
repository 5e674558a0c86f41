import { eq } from 'drizzle-orm';
import type { StoreDb } from '../db/connection';
import { ApiError } from '../http/errors';
import {
  applyOzonSettingsPatch,
  type OzonSettings,
  type OzonSettingsPatch,
  ozonSettingsSchema,
} from './schema';

/** Row key of the Ozon settings in the bridge's own `settings` table. */
export const OZON_SETTINGS_KEY = 'ozon';

/** The stored Ozon settings, with defaults for fields never saved. Holds the Api-Key: keep it server-side. */
export async function readOzonSettings(store: StoreDb): Promise<OzonSettings> {
  const table = store.own.settings;
  const [row] = await store.db
    .select({ value: table.value })
    .from(table)
    .where(eq(table.key, OZON_SETTINGS_KEY))
    .limit(1);
  const parsed = ozonSettingsSchema.safeParse(row?.value ?? {});
  if (!parsed.success) {
    // Only a hand edit of the table gets here; say which field, never its value (it may be the key).
    const fields = parsed.error.issues.map((issue) => issue.path.join('.')).join(', ');
    throw new ApiError('INTERNAL', `stored Ozon settings are unreadable (${fields}); save them again`);
  }
  return parsed.data;
}

/**
 * Applies a validated patch and stores the result. An empty or omitted apiKey keeps the stored one; every
 * other field given replaces the stored value. Returns the new settings (with the key: keep it server-side).
 */
export async function writeOzonSettings(
  store: StoreDb,
  patch: OzonSettingsPatch,
  now: Date = new Date(),
): Promise<OzonSettings> {
  const checked = applyOzonSettingsPatch(await readOzonSettings(store), patch);
  const table = store.own.settings;
  await store.db
    .insert(table)
    .values({ key: OZON_SETTINGS_KEY, value: checked, updatedAt: now })
    .onDuplicateKeyUpdate({ set: { value: checked, updatedAt: now } });
  return checked;
}
