import { eq, like } from 'drizzle-orm';
import { type MappingOptions, mappingOptionsSchema } from '../../contract/catalog-mapping/options';
import type { OzonSettings } from '../../contract/ozon-settings';
import type { StoreDb } from '../../db/connection';

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
 * The OpenCart language to read texts in: the one chosen here, else the Ozon settings' description language (the
 * export sends names and descriptions in it), else a Russian language (Ozon's dictionaries are Russian), else the
 * store's default language, else 1 (OpenCart's first language).
 */
export async function contentLanguageId(
  store: StoreDb,
  options: MappingOptions,
  { descriptionLanguage }: TextSettings,
): Promise<number> {
  if (options.contentLanguageId !== undefined) {
    return options.contentLanguageId;
  }
  const { db, oc } = store;
  const described = await db
    .select({ id: oc.language.languageId })
    .from(oc.language)
    .where(eq(oc.language.code, descriptionLanguage))
    .limit(1);
  if (described[0]) {
    return described[0].id;
  }
  const russian = await db
    .select({ id: oc.language.languageId })
    .from(oc.language)
    .where(like(oc.language.code, 'ru%'))
    .limit(1);
  if (russian[0]) {
    return russian[0].id;
  }
  const configured = await db
    .select({ id: oc.language.languageId })
    .from(oc.language)
    .innerJoin(oc.setting, eq(oc.setting.value, oc.language.code))
    .where(eq(oc.setting.key, 'config_language'))
    .limit(1);
  return configured[0]?.id ?? 1;
}
