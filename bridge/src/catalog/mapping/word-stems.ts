import { stemmer as englishStem } from '@orama/stemmers/english';
import { stemmer as russianStem } from '@orama/stemmers/russian';
import { normaliseText } from './normalise';

/**
 * Words that say nothing about what a thing is ("Чехол для смартфона", "T-shirts and tops", "Erkek ve kadın"):
 * Russian, English and Turkish, the languages Ozon's tree and the stores we meet are written in.
 */
const STOP_WORDS: ReadonlySet<string> = new Set([
  'и',
  'в',
  'во',
  'на',
  'с',
  'со',
  'для',
  'из',
  'по',
  'без',
  'от',
  'к',
  'а',
  'and',
  'or',
  'for',
  'of',
  'the',
  'with',
  'in',
  'a',
  'to',
  've',
  'ile',
  'için',
]);

const CYRILLIC = /\p{Script=Cyrillic}/u;

/**
 * The stems of a text's words, each once: Snowball's Russian stemmer for Cyrillic words, its English one for the
 * rest, so that "Футболки" and "Футболка" meet while "Футбол" stays apart, and "Footballs" meets "Football".
 */
export function wordStems(text: string): string[] {
  const stems = new Set<string>();
  for (const word of normaliseText(text).split(' ')) {
    if (word !== '' && !STOP_WORDS.has(word)) {
      stems.add(CYRILLIC.test(word) ? russianStem(word) : englishStem(word));
    }
  }
  return [...stems];
}
