import type { Language } from '../config';
import { en, type MessageKey, type Messages } from './en';

export type { MessageKey, Messages };

/**
 * The other languages' texts, each a chunk of its own that only an admin of that language downloads. English is
 * in the entry: the panel's default, and what it speaks when a dictionary cannot be loaded.
 */
const dictionaries: Readonly<Record<Exclude<Language, 'en'>, () => Promise<Messages>>> = {
  ru: async () => (await import('./ru')).ru,
  tr: async () => (await import('./tr')).tr,
};

/** The texts of the admin's language; English for `en`, and when that language's chunk did not load. */
export async function loadMessages(language: Language): Promise<Messages> {
  if (language === 'en') {
    return en;
  }
  try {
    return await dictionaries[language]();
  } catch {
    return en;
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
