import { eq } from 'drizzle-orm';
import { type OzonSettings, type OzonSettingsPatch, ozonSettingsSchema } from '../contract/ozon-settings';
import type { StoreDb } from '../db/connection';
import { DomainError } from '../shared/domain-error';
import { applyOzonSettingsPatch } from './public-settings';

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
    throw new DomainError('BROKEN_STATE', `stored Ozon settings are unreadable (${fields}); save them again`);
  }
  return parsed.data;
}

/**
 * The settings after a patch, as PUT stores them and check-connection tries them. The stored Api-Key only ever
 * goes to the API URL it was saved with: a patch that moves the URL must carry the key again. Otherwise anyone
 * allowed to edit the settings, but never shown the key, could point the URL at their own server and have the
 * bridge send them the key.
 */
export function patchedOzonSettings(current: OzonSettings, patch: OzonSettingsPatch): OzonSettings {
  const next = applyOzonSettingsPatch(current, patch);
  const keyGiven = patch.apiKey !== undefined && patch.apiKey !== '';
  if (!keyGiven && current.apiKey !== '' && next.apiUrl !== current.apiUrl) {
    throw new DomainError('INVALID', 'Ozon settings are not valid', {
      fields: {
        apiKey: ['enter the Api-Key again to use it with a different API URL'],
      },
    });
  }
  return next;
}

/**
 * Applies a validated patch and stores the result. An empty or omitted apiKey keeps the stored one; every
 * other field given replaces the stored value (see `patchedOzonSettings` for the API URL). Returns the new
 * settings (with the key: keep it server-side).
 */
export async function writeOzonSettings(
  store: StoreDb,
  patch: OzonSettingsPatch,
  now: Date = new Date(),
): Promise<OzonSettings> {
  const checked = patchedOzonSettings(await readOzonSettings(store), patch);
  const table = store.own.settings;
  await store.db
    .insert(table)
    .values({ key: OZON_SETTINGS_KEY, value: checked, updatedAt: now })
    .onDuplicateKeyUpdate({ set: { value: checked, updatedAt: now } });
  return checked;
}
