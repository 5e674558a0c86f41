import { eq } from 'drizzle-orm';
import { type MappingOptions, mappingOptionsSchema } from '../../contract/catalog-mapping/options';
import type { OzonSettings } from '../../contract/ozon-settings';
import type { StoreDb } from '../../db/connection';
import { resolveTextLanguage } from '../../settings/text-language';

/* The merchant's mapping-wide options (their shape is the contract's), kept in the settings table under one key. */

/** The part of the Ozon settings (read through the settings service) that decides which language texts are read in. */
export type TextSettings = Pick<OzonSettings, 'descriptionLanguage'>;

const SETTINGS_KEY = 'catalog_mapping';

/** The merchant's mapping options, defaults filled in. */
export async function readMappingOptions(store: StoreDb): Promise<MappingOptions> {
  const rows = await store.db
    .select({ value: store.own.settings.value })
    .from(store.own.settings)
    .where(eq(store.own.settings.key, SETTINGS_KEY));
  const parsed = mappingOptionsSchema.safeParse(rows[0]?.value ?? {});
  return parsed.success ? parsed.data : mappingOptionsSchema.parse({});
}

/** Merges `patch` into the stored options. */
export async function writeMappingOptions(
  store: StoreDb,
  patch: Partial<MappingOptions>,
  now: Date,
): Promise<MappingOptions> {
  const next = mappingOptionsSchema.parse({ ...(await readMappingOptions(store)), ...patch });
  await store.db
    .insert(store.own.settings)
    .values({ key: SETTINGS_KEY, value: next, updatedAt: now })
    .onDuplicateKeyUpdate({ set: { value: next, updatedAt: now } });
  return next;
}

/**
 * The OpenCart language to match texts against Ozon's dictionaries in: the one chosen here, else the language the
 * export takes texts from (the settings' language of texts when installed, else Russian, else the store's default;
 * see settings/text-language.ts).
 */
export async function contentLanguageId(
  store: StoreDb,
  options: MappingOptions,
  { descriptionLanguage }: TextSettings,
): Promise<number> {
  if (options.contentLanguageId !== undefined) {
    return options.contentLanguageId;
  }
  return (await resolveTextLanguage(store, descriptionLanguage)).id;
}
