import { z } from 'zod';
import { idParam } from '../ids';
import { dictionaryValueRefSchema } from './rules';

/* /api/v1/catalog-mapping/dictionary-choices: which dictionary value a store text means, as the merchant chose. */

/** GET ?attributeId=&dictionaryId=: the merchant's remembered choices. */
export const dictionaryChoicesQuerySchema = z.strictObject({ attributeId: idParam, dictionaryId: idParam });
export type DictionaryChoicesQuery = z.infer<typeof dictionaryChoicesQuerySchema>;
export const dictionaryChoiceItemSchema = z.object({
  text: z.string(),
  valueId: z.number(),
  value: z.string(),
  updatedAt: z.string(),
});
export const dictionaryChoicesResponseSchema = z.object({ items: z.array(dictionaryChoiceItemSchema) });
export type DictionaryChoicesResponse = z.infer<typeof dictionaryChoicesResponseSchema>;

/** PUT: "this OpenCart text means that dictionary value" for one Ozon attribute; `value` null forgets the choice. */
export const dictionaryChoiceSchema = z.strictObject({
  attributeId: z.int().positive(),
  dictionaryId: z.int().positive(),
  text: z.string().trim().min(1).max(1000),
  value: dictionaryValueRefSchema.nullable(),
});
export type DictionaryChoice = z.infer<typeof dictionaryChoiceSchema>;
