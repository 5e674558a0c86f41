import type { Language } from '../config';
import type { MessageKey, Messages } from './en';

export type { MessageKey, Messages };

/**
 * Each language's texts are a chunk of their own that only an admin of that language downloads, English too: in
 * the entry it was 4 KB gzipped that every Russian or Turkish admin downloaded and never read. English is what
 * the panel speaks when the admin's own dictionary cannot be loaded.
 */
const dictionaries: Readonly<Record<Language, () => Promise<Messages>>> = {
  en: async () => (await import('./en')).en,
  ru: async () => (await import('./ru')).ru,
  tr: async () => (await import('./tr')).tr,
};

/** The texts of the admin's language; English when that language's chunk did not load. */
export async function loadMessages(language: Language): Promise<Messages> {
  try {
    return await dictionaries[language]();
  } catch (error) {
    if (language === 'en') {
      throw error;
    }
    return dictionaries.en();
  }
}

/** Text for a key with `{name}` placeholders filled. */
export type Translate = (key: MessageKey, vars?: Readonly<Record<string, string | number>>) => string;

/** The translator over one language's texts; missing vars are left visible so a mistake shows on screen. */
export function createTranslator(messages: Messages): Translate {
  return (key, vars = {}) =>
    messages[key].replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = vars[name];
      return value === undefined ? whole : String(value);
    });
}

/** Numbers and dates the way the admin's language writes them. */
export function formatters(language: Language) {
  const locale = language === 'en' ? 'en-GB' : language === 'ru' ? 'ru-RU' : 'tr-TR';
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'medium' });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  const number = new Intl.NumberFormat(locale);
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' });
  return {
    dateTime: (iso: string) => dateTime.format(new Date(iso)),
    date: (iso: string) => date.format(new Date(iso)),
    number: (n: number) => number.format(n),
    time: (at: Date) => time.format(at),
  };
}
export type Formatters = ReturnType<typeof formatters>;
