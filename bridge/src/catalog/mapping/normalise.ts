/**
 * The form two texts are compared in when an exact match fails: Unicode-compatible, lower case, ё read as е
 * (Russian shops write both), punctuation and runs of spaces read as one space. "Чёрный " and "черный",
 * "Темно-синий" and "темно синий" become equal; digits and letters of every script are kept.
 */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replaceAll('ё', 'е')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Longest key the choices table holds; longer texts are cut (they are still unique enough to remember). */
export const TEXT_KEY_LENGTH = 255;

/** The key a remembered dictionary choice is stored under. */
export function choiceKey(text: string): string {
  return normaliseText(text).slice(0, TEXT_KEY_LENGTH);
}
