import { z } from 'zod';
import { opencartId } from '../ids';
import { productFields } from '../values';

/** Product columns an Ozon attribute can take its value from (the list is shared with the panel). */
export const productFieldSchema = z.enum(productFields);
export type ProductField = z.infer<typeof productFieldSchema>;

/** One Ozon dictionary value, as chosen or matched. */
export const dictionaryValueRefSchema = z.strictObject({
  id: z.int().positive(),
  value: z.string().min(1).max(1000),
});
export type DictionaryValueRef = z.infer<typeof dictionaryValueRefSchema>;

/**
 * Where an Ozon attribute's value comes from. `none` is an explicit "do not send", different from "not mapped yet"
 * (no rule at all), so that an optional attribute the merchant has looked at stops being suggested.
 */
export const valueSourceSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('attribute'), attributeId: opencartId }),
  z.strictObject({ kind: z.literal('option'), optionId: opencartId }),
  z.strictObject({ kind: z.literal('manufacturer') }),
  z.strictObject({ kind: z.literal('field'), field: productFieldSchema }),
  z.strictObject({
    kind: z.literal('fixed'),
    value: z.string().trim().min(1).max(1000),
    /** Required when the attribute has a dictionary. */
    dictionaryValueId: z.int().positive().optional(),
  }),
  z.strictObject({ kind: z.literal('none') }),
]);
export type ValueSource = z.infer<typeof valueSourceSchema>;

/** The stored rule of one Ozon attribute on one leaf. */
export const attributeRuleSchema = z.strictObject({
  source: valueSourceSchema,
  /**
   * For dictionary attributes: the value sent when the source is empty or none of its texts matches (the brand
   * dictionary's "no brand", for instance). Without it such a product fails validation with the unmatched text.
   */
  fallback: dictionaryValueRefSchema.optional(),
});
export type AttributeRule = z.infer<typeof attributeRuleSchema>;
