import type { z } from 'zod';
import type { DictionaryValueRef } from '../../contract/catalog-mapping/rules';
import type { importAttributeValue } from '../../ozon/schemas/import';
import type { DictionaryMatch } from './dictionary-matcher';

/** One value as /v3/product/import takes it (`dictionary_value_id` only for dictionary attributes). */
export type OzonAttributeValue = z.infer<typeof importAttributeValue>;

/** The outcome of turning OpenCart texts into an Ozon attribute's values. */
export type ValueResolution =
  | {
      readonly ok: true;
      readonly values: readonly OzonAttributeValue[];
      readonly usedFallback: boolean;
      /**
       * The texts the fallback stands in for, when it does because none of them matched (absent when the source
       * was empty): a variant's own value must not be replaced by one value shared by every variant.
       */
      readonly unmatched?: readonly string[];
    }
  /** The source gave nothing (no manufacturer, empty attribute text...). */
  | { readonly ok: false; readonly problem: 'empty' }
  /** Dictionary attribute: these texts match no value and no remembered choice. */
  | { readonly ok: false; readonly problem: 'unmatched'; readonly texts: readonly string[] }
  /** Integer/Decimal attribute: these texts are not numbers. */
  | { readonly ok: false; readonly problem: 'not_a_number'; readonly texts: readonly string[] };

export interface AttributeShape {
  readonly dictionaryId: number;
  readonly isCollection: boolean;
  readonly maxValueCount: number;
  readonly type: string;
}

/** Texts of a collection attribute are often one OpenCart field listing several ("Хлопок, эластан"). */
export const LIST_SEPARATOR = /[,;\n]+/;

function splitTexts(attribute: AttributeShape, texts: readonly string[]): string[] {
  const pieces = attribute.isCollection ? texts.flatMap((t) => t.split(LIST_SEPARATOR)) : texts;
  const trimmed = pieces.map((t) => t.trim()).filter((t) => t !== '');
  return attribute.isCollection ? [...new Set(trimmed)] : trimmed.slice(0, 1);
}

/** Ozon's limit for this attribute: one value, or `max_value_count` (0 = no limit) for collections. */
function limitOf(attribute: AttributeShape): number {
  if (!attribute.isCollection) {
    return 1;
  }
  return attribute.maxValueCount > 0 ? attribute.maxValueCount : Number.POSITIVE_INFINITY;
}

function numberText(type: string, text: string): string | undefined {
  const candidate = text.replace(/\s+/g, '').replace(',', '.');
  if (type === 'Integer') {
    return /^-?\d+$/.test(candidate) ? candidate : undefined;
  }
  if (type === 'Decimal') {
    return /^-?\d+(\.\d+)?$/.test(candidate) ? candidate : undefined;
  }
  return text;
}

/**
 * Turns the texts a rule's source produced into values for one attribute. Dictionary attributes must resolve
 * every text (a product with one unknown colour is reported, not sent with the colour silently dropped); the
 * fallback applies only when nothing was given or nothing matched. Collections are split, de-duplicated and cut to
 * Ozon's maximum.
 */
export function resolveAttributeValues(
  attribute: AttributeShape,
  texts: readonly string[],
  resolve: (text: string) => DictionaryMatch | undefined,
  fallback: DictionaryValueRef | undefined,
): ValueResolution {
  const wanted = splitTexts(attribute, texts);
  const withFallback = (unmatched?: readonly string[]): ValueResolution | undefined =>
    fallback
      ? {
          ok: true,
          values: [{ dictionary_value_id: fallback.id, value: fallback.value }],
          usedFallback: true,
          ...(unmatched === undefined ? {} : { unmatched }),
        }
      : undefined;
  if (wanted.length === 0) {
    return withFallback() ?? { ok: false, problem: 'empty' };
  }
  const limit = limitOf(attribute);
  if (attribute.dictionaryId === 0) {
    const numbers = wanted.map((t) => numberText(attribute.type, t));
    const bad = wanted.filter((_, i) => numbers[i] === undefined);
    if (bad.length > 0) {
      return { ok: false, problem: 'not_a_number', texts: bad };
    }
    const values = numbers.flatMap((v) => (v === undefined ? [] : [{ value: v }]));
    return { ok: true, values: values.slice(0, limit), usedFallback: false };
  }
  const matches = wanted.map((t) => resolve(t));
  const unmatched = wanted.filter((_, i) => matches[i] === undefined);
  if (unmatched.length === wanted.length) {
    return withFallback(unmatched) ?? { ok: false, problem: 'unmatched', texts: unmatched };
  }
  if (unmatched.length > 0) {
    return { ok: false, problem: 'unmatched', texts: unmatched };
  }
  const byId = new Map<number, OzonAttributeValue>();
  for (const m of matches) {
    if (m !== undefined && !byId.has(m.id)) {
      byId.set(m.id, { dictionary_value_id: m.id, value: m.value });
    }
  }
  return { ok: true, values: [...byId.values()].slice(0, limit), usedFallback: false };
}
