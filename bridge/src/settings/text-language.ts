import { asc } from 'drizzle-orm';
import type { TextLanguageView } from '../contract/ozon-settings';
import type { StoreDb } from '../db/connection';
import { readStoreConfig } from '../db/opencart/store-config';
import { DomainError } from '../shared/domain-error';
import { fixPlace } from '../shared/fix-places';

/** The language product texts are taken from, with its id for the queries that read them. */
export interface TextLanguage extends TextLanguageView {
  readonly id: number;
  /** The settings' choice it was resolved from ('' for automatic), for saying when that one is not installed. */
  readonly chosen: string;
}

interface InstalledLanguage {
  readonly id: number;
  readonly code: string;
  readonly name: string;
}

const isRussian = (code: string): boolean => code === 'ru' || code.startsWith('ru-');

/**
 * The one answer to "which language are product texts read in", for the export, the product list, the mapping's
 * texts and the settings answer alike. The merchant's choice when the store has it; otherwise Russian when the
 * store has it (Ozon's cards and dictionaries are Russian); otherwise the store's default language, the one its
 * products are written in for its shoppers; then the admin language; then the first installed one.
 */
export async function resolveTextLanguage(store: StoreDb, chosen: string): Promise<TextLanguage> {
  const { db, oc } = store;
  const installed: InstalledLanguage[] = (
    await db
      .select({ id: oc.language.languageId, code: oc.language.code, name: oc.language.name })
      .from(oc.language)
      .orderBy(asc(oc.language.languageId))
  ).map((l) => ({ ...l, code: l.code.toLowerCase() }));
  const config = await readStoreConfig(store, ['config_language', 'config_admin_language']);
  const byCode = (code: string | undefined) => installed.find((l) => l.code === code?.toLowerCase());
  const candidates: Array<[InstalledLanguage | undefined, TextLanguage['source']]> = [
    [chosen === '' ? undefined : byCode(chosen.toLowerCase()), 'chosen'],
    [byCode('ru-ru') ?? installed.find((l) => isRussian(l.code)), 'russian'],
    [byCode(config.get('config_language')), 'store_default'],
    [byCode(config.get('config_admin_language')), 'admin'],
    [installed[0], 'first'],
  ];
  for (const [language, source] of candidates) {
    if (language) {
      return { ...language, source, chosen };
    }
  }
  throw new DomainError(
    'BROKEN_STATE',
    `the store has no language; OpenCart needs at least one in ${fixPlace('languages')}`,
  );
}

/** The language in words, for the export's log: which one, and why that one. */
export function textLanguageNote(language: TextLanguage): string {
  const { chosen } = language;
  const which = `Product texts are taken from ${language.name} (${language.code})`;
  const missing =
    chosen !== '' && language.source !== 'chosen'
      ? `${chosen}, chosen in ${fixPlace('settingsTextLanguage')}, is not installed`
      : '';
  switch (language.source) {
    case 'chosen':
      return `${which}, as chosen in ${fixPlace('settingsTextLanguage')}`;
    case 'russian':
      return missing ? `${which}: ${missing}` : `${which}: Russian, as the store has it`;
    case 'store_default':
      return `${which}, the store's default language: ${missing ? `${missing} and ` : ''}the store has no Russian`;
    case 'admin':
      return `${which}, the admin language: ${missing ? `${missing}, ` : ''}the store has no Russian and no default language`;
    case 'first':
      return `${which}, the store's first language: ${missing ? `${missing}, ` : ''}the store has no Russian and no default or admin language`;
  }
}
