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

/** Text for a key with `{name}` placeholders filled (numbers written the admin's way). */
export type Translate = (key: MessageKey, vars?: Readonly<Record<string, string | number>>) => string;

const LOCALES: Readonly<Record<Language, string>> = { en: 'en-GB', ru: 'ru-RU', tr: 'tr-TR' };

/**
 * `{name, plural, =0 {…} one {# …} few {…} other {…}}` (ICU's form, which translators know): the form that the
 * language's rules pick for the number (Russian has one, few and many; "1 categories" is English's mistake), `#`
 * the number itself. A language that needs no forms (Turkish after a number) keeps writing `{name}`.
 */
const PLURAL = /\{(\w+), plural,((?:\s*=?\w+ \{[^{}]*\})+)\s*\}/g;
const PLURAL_FORM = /(=?\w+) \{([^{}]*)\}/g;

/** The translator over one language's texts; missing vars are left visible so a mistake shows on screen. */
export function createTranslator(messages: Messages, language: Language = 'en'): Translate {
  const rules = new Intl.PluralRules(LOCALES[language]);
  const number = new Intl.NumberFormat(LOCALES[language]);
  return (key, vars = {}) =>
    messages[key]
      .replace(PLURAL, (whole, name: string, options: string) => {
        const n = vars[name];
        if (typeof n !== 'number') {
          return whole;
        }
        const forms = new Map([...options.matchAll(PLURAL_FORM)].map((m) => [m[1], m[2]]));
        const form = forms.get(`=${n}`) ?? forms.get(rules.select(n)) ?? forms.get('other') ?? whole;
        return form.replace(/#/g, number.format(n));
      })
      .replace(/\{(\w+)\}/g, (whole, name: string) => {
        const value = vars[name];
        return value === undefined ? whole : typeof value === 'number' ? number.format(value) : value;
      });
}

/** Numbers and dates the way the admin's language writes them. */
export function formatters(language: Language) {
  const locale = LOCALES[language];
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
