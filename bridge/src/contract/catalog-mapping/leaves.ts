import { z } from 'zod';
import { idParam, leafParamsSchema, pageQuery } from '../ids';
import { attributeRuleSchema, valueSourceSchema } from './rules';

/* /api/v1/catalog-mapping/leaves/:descriptionCategoryId/:typeId: one Ozon leaf's attributes and their rules. */

const dictionaryStateSchema = z.enum(['complete', 'too_large', 'partial']);

/** GET …/attributes: attributes with rules and suggestions. */
export const leafAttributeSchema = z.object({
  attributeId: z.number(),
  name: z.string(),
  nameEn: z.string(),
  description: z.string(),
  type: z.string(),
  groupName: z.string(),
  isRequired: z.boolean(),
  isCollection: z.boolean(),
  isAspect: z.boolean(),
  maxValueCount: z.number(),
  dictionaryId: z.number(),
  dictionary: z
    .object({ state: dictionaryStateSchema, valueCount: z.number(), fetchedAt: z.string() })
    .nullable(),
  rule: attributeRuleSchema.nullable(),
  ruleOrigin: z.enum(['merchant', 'default', 'unmapped']),
  suggestion: z.object({ source: valueSourceSchema, label: z.string(), score: z.number() }).nullable(),
});
export type LeafAttribute = z.infer<typeof leafAttributeSchema>;
export const leafAttributesResponseSchema = z.object({
  leaf: z.object({
    descriptionCategoryId: z.number(),
    typeId: z.number(),
    name: z.string(),
    nameEn: z.string(),
    path: z.string(),
    known: z.boolean(),
  }),
  /** False: Ozon's attributes for this leaf were never fetched; refresh the catalogue for it. */
  attributesCached: z.boolean(),
  attributes: z.array(leafAttributeSchema),
  /** OpenCart attributes and options to choose sources from. */
  sources: z.array(
    z.object({
      kind: z.enum(['attribute', 'option']),
      id: z.number(),
      name: z.string(),
      names: z.array(z.string()),
    }),
  ),
});
export type LeafAttributesResponse = z.infer<typeof leafAttributesResponseSchema>;

/** One change: a rule for the attribute, or null to forget the merchant's rule (the default applies again). */
export const ruleChangeSchema = z.strictObject({
  attributeId: z.int().positive(),
  rule: attributeRuleSchema.nullable(),
});
export type RuleChange = z.infer<typeof ruleChangeSchema>;

/** PUT …/attributes: set or clear (rule null) the rules of some attributes; all or nothing. */
export const setAttributeRulesRequestSchema = z.strictObject({
  rules: z.array(ruleChangeSchema).min(1).max(200),
});
export type SetAttributeRulesRequest = z.infer<typeof setAttributeRulesRequestSchema>;

/** The leaf and attribute of GET …/attributes/:attributeId/texts. */
export const leafAttributeParamsSchema = leafParamsSchema.extend({ attributeId: idParam });

/** GET …/values?attributeId=&q=: a page of the attribute's dictionary (searched on Ozon when not cached whole). */
export const dictionaryValuesQuerySchema = z.strictObject({
  attributeId: idParam,
  q: z.string().trim().max(200).optional(),
  ...pageQuery,
});
export type DictionaryValuesQuery = z.infer<typeof dictionaryValuesQuerySchema>;
export const dictionaryValuesResponseSchema = z.object({
  dictionary: z.object({
    dictionaryId: z.number(),
    state: dictionaryStateSchema.nullable(),
    valueCount: z.number(),
    searchedOnline: z.boolean(),
  }),
  total: z.number(),
  items: z.array(z.object({ id: z.number(), value: z.string(), info: z.string(), picture: z.string() })),
});
export type DictionaryValuesResponse = z.infer<typeof dictionaryValuesResponseSchema>;

/** GET …/attributes/:attributeId/texts: the store's texts for the attribute's rule, matched or with suggestions. */
export const sourceTextsResponseSchema = z.object({
  attributeId: z.number(),
  dictionaryId: z.number(),
  languageId: z.number(),
  source: valueSourceSchema.nullable(),
  /** Texts of a dictionary attribute that resolve to no value (products carrying them cannot be sent). */
  unmatched: z.number(),
  texts: z.array(
    z.object({
      text: z.string(),
      products: z.number(),
      match: z
        .object({ id: z.number(), value: z.string(), how: z.enum(['choice', 'exact', 'normalised']) })
        .nullable(),
      suggestions: z.array(z.object({ id: z.number(), value: z.string(), score: z.number() })),
    }),
  ),
});
export type SourceTextsResponse = z.infer<typeof sourceTextsResponseSchema>;
