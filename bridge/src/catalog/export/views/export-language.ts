import { and, eq } from 'drizzle-orm';
import type { StoreDb } from '../../../db/connection';

/** The language product names are shown in: the settings' description language if installed, else the admin one. */
export async function exportLanguageId(store: StoreDb, descriptionLanguage: string): Promise<number> {
  const { db, oc } = store;
  const [wanted] = await db
    .select({ id: oc.language.languageId })
    .from(oc.language)
    .where(eq(oc.language.code, descriptionLanguage));
  if (wanted) {
    return wanted.id;
  }
  const [admin] = await db
    .select({ id: oc.language.languageId })
    .from(oc.language)
    .innerJoin(
      oc.setting,
      and(eq(oc.setting.value, oc.language.code), eq(oc.setting.key, 'config_admin_language')),
    );
  return admin?.id ?? 1;
}
