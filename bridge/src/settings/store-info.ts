import { asc } from 'drizzle-orm';
import type { SettingsStoreInfo } from '../contract/settings';
import type { StoreDb } from '../db/connection';
import { resolveTextLanguage } from './text-language';

/**
 * The store's languages and tax classes, for the settings form's language and VAT choices, and the language texts
 * are taken from with `descriptionLanguage` (the stored choice, '' for automatic).
 */
export async function readStoreInfo(store: StoreDb, descriptionLanguage: string): Promise<SettingsStoreInfo> {
  const { db, oc } = store;
  const languages = await db
    .select({ code: oc.language.code, name: oc.language.name })
    .from(oc.language)
    .orderBy(asc(oc.language.sortOrder), asc(oc.language.languageId));
  const taxClasses = await db
    .select({ id: oc.taxClass.taxClassId, title: oc.taxClass.title })
    .from(oc.taxClass)
    .orderBy(asc(oc.taxClass.taxClassId));
  const { code, name, source } = await resolveTextLanguage(store, descriptionLanguage);
  return { languages, taxClasses, textLanguage: { code, name, source } };
}
