import type { Language } from '../config';
import { en, type MessageKey, type Messages } from './en';
import { ru } from './ru';
import { tr } from './tr';

export type { MessageKey };

const catalogues: Record<Language, Messages> = { en, ru, tr };

/** Text for a key with `{name}` placeholders filled. */
export type Translate = (key: MessageKey, vars?: Readonly<Record<string, string | number>>) => string;

/** The translator for one language; missing vars are left visible so a mistake shows on screen. */
export function createTranslator(language: Language): Translate {
  const messages = catalogues[language];
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
