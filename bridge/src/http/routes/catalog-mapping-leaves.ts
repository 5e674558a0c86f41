import { Hono } from 'hono';
import { z } from 'zod';
import { describeLeaf } from '../../catalog/mapping/describe-leaf';
import { listDictionaryValues } from '../../catalog/mapping/dictionary-values';
import { ruleChangeSchema, setAttributeRules } from '../../catalog/mapping/edit-attribute-rules';
import { attributeRuleSchema, valueSourceSchema } from '../../catalog/mapping/rules';
import { describeSourceTexts } from '../../catalog/mapping/source-texts';
import type { AppEnv } from '../env';
import { jsonBody, parseOr } from '../request';
import { idParam, leafParamsSchema, nowOf, ozonClientOf, pageQuery } from './catalog-mapping-shared';

/** GET /catalog-mapping/leaves/:descriptionCategoryId/:typeId/attributes: attributes with rules and suggestions. */
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
    .object({
      state: z.enum(['complete', 'too_large', 'partial']),
      valueCount: z.number(),
      fetchedAt: z.string(),
    })
    .nullable(),
  rule: attributeRuleSchema.nullable(),
  ruleOrigin: z.enum(['merchant', 'default', 'unmapped']),
  suggestion: z.object({ source: valueSourceSchema, label: z.string(), score: z.number() }).nullable(),
});
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

/** PUT …/attributes: set or clear (rule null) the rules of some attributes; all or nothing. */
export const setAttributeRulesRequestSchema = z.object({ rules: z.array(ruleChangeSchema).min(1).max(200) });
export type SetAttributeRulesRequest = z.infer<typeof setAttributeRulesRequestSchema>;

/** GET …/values?attributeId=&q=: a page of the attribute's dictionary (searched on Ozon when not cached whole). */
export const dictionaryValuesQuerySchema = z.object({
  attributeId: idParam,
  q: z.string().trim().max(200).optional(),
  ...pageQuery,
});
export const dictionaryValuesResponseSchema = z.object({
  dictionary: z.object({
    dictionaryId: z.number(),
    state: z.enum(['complete', 'too_large', 'partial']).nullable(),
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

export const catalogMappingLeafRoutes = new Hono<AppEnv>()
  .get('/:descriptionCategoryId/:typeId/attributes', async (c) => {
    const leaf = parseOr(leafParamsSchema, c.req.param(), 'leaf');
    return c.json(
      leafAttributesResponseSchema.parse(
        await describeLeaf(c.get('services').store, await c.get('services').settings.ozon(), leaf),
      ),
    );
  })
  .put('/:descriptionCategoryId/:typeId/attributes', async (c) => {
    const leaf = parseOr(leafParamsSchema, c.req.param(), 'leaf');
    const body = parseOr(setAttributeRulesRequestSchema, await jsonBody(c), 'attribute rules');
    const { store, settings } = c.get('services');
    await setAttributeRules(store, leaf, body.rules, nowOf(c));
    return c.json(leafAttributesResponseSchema.parse(await describeLeaf(store, await settings.ozon(), leaf)));
  })
  .get('/:descriptionCategoryId/:typeId/attributes/:attributeId/texts', async (c) => {
    const leaf = parseOr(leafParamsSchema, c.req.param(), 'leaf');
    const attributeId = parseOr(idParam, c.req.param('attributeId'), 'attribute id');
    const result = await describeSourceTexts(
      c.get('services').store,
      await c.get('services').settings.ozon(),
      leaf,
      attributeId,
    );
    return c.json(sourceTextsResponseSchema.parse(result));
  })
  .get('/:descriptionCategoryId/:typeId/values', async (c) => {
    const leaf = parseOr(leafParamsSchema, c.req.param(), 'leaf');
    const query = parseOr(dictionaryValuesQuerySchema, c.req.query(), 'dictionary query');
    const result = await listDictionaryValues(
      c.get('services').store,
      leaf,
      query,
      ozonClientOf(c),
      nowOf(c),
    );
    return c.json(dictionaryValuesResponseSchema.parse(result));
  });
