import { choiceKey, normaliseText } from './normalise';

/** How an OpenCart text was matched to a dictionary value. */
export type MatchKind = 'choice' | 'exact' | 'normalised';

export interface DictionaryMatch {
  readonly id: number;
  readonly value: string;
  readonly how: MatchKind;
}

export interface DictionaryMatcher {
  /** Values indexed (cached values, not remembered choices). */
  readonly size: number;
  match(text: string): DictionaryMatch | undefined;
}

interface Value {
  readonly id: number;
  readonly value: string;
}

/**
 * Matches texts to one dictionary: the merchant's remembered choice for the text first (it is a decision, and must
 * be able to overrule an automatic match), then the exact value, then the normalised one. When several values
 * normalise alike the lowest id wins, so the answer does not depend on the order rows were read in.
 */
export function createDictionaryMatcher(
  values: Iterable<Value>,
  choices: Iterable<{ readonly textKey: string } & Value>,
): DictionaryMatcher {
  const exact = new Map<string, Value>();
  const normalised = new Map<string, Value>();
  const keep = (map: Map<string, Value>, key: string, value: Value) => {
    const seen = map.get(key);
    if (seen === undefined || value.id < seen.id) {
      map.set(key, value);
    }
  };
  let size = 0;
  for (const value of values) {
    size += 1;
    keep(exact, value.value, value);
    keep(normalised, normaliseText(value.value), value);
  }
  const chosen = new Map<string, Value>();
  for (const choice of choices) {
    chosen.set(choice.textKey, { id: choice.id, value: choice.value });
  }
  return {
    size,
    match(text) {
      const byChoice = chosen.get(choiceKey(text));
      if (byChoice) {
        return { ...byChoice, how: 'choice' };
      }
      const byExact = exact.get(text);
      if (byExact) {
        return { ...byExact, how: 'exact' };
      }
      const key = normaliseText(text);
      const byNormal = key === '' ? undefined : normalised.get(key);
      return byNormal ? { ...byNormal, how: 'normalised' } : undefined;
    },
  };
}
