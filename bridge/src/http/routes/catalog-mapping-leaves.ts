import { Hono } from 'hono';
import { describeLeaf } from '../../catalog/mapping/describe-leaf';
import { listDictionaryValues } from '../../catalog/mapping/dictionary-values';
import { setAttributeRules } from '../../catalog/mapping/edit-attribute-rules';
import { describeSourceTexts } from '../../catalog/mapping/source-texts';
import {
  dictionaryValuesQuerySchema,
  dictionaryValuesResponseSchema,
  leafAttributeParamsSchema,
  leafAttributesResponseSchema,
  setAttributeRulesRequestSchema,
  sourceTextsResponseSchema,
} from '../../contract/catalog-mapping/leaves';
import { leafParamsSchema } from '../../contract/ids';
import type { AppEnv } from '../env';
import { validJson, validParams, validQuery } from '../validate';
import { nowOf, ozonClientOf } from './catalog-mapping-shared';

/** One Ozon leaf: its attributes with the merchant's rules, the store's texts for them, its dictionaries. */
export const catalogMappingLeafRoutes = new Hono<AppEnv>()
  .get('/:descriptionCategoryId/:typeId/attributes', validParams(leafParamsSchema, 'leaf'), async (c) => {
    const { store, settings } = c.get('services');
    const leaf = await describeLeaf(store, await settings.ozon(), c.req.valid('param'));
    return c.json(leafAttributesResponseSchema.parse(leaf));
  })
  .put(
    '/:descriptionCategoryId/:typeId/attributes',
    validParams(leafParamsSchema, 'leaf'),
    validJson(setAttributeRulesRequestSchema, 'attribute rules'),
    async (c) => {
      const leaf = c.req.valid('param');
      const { store, settings } = c.get('services');
      await setAttributeRules(store, leaf, c.req.valid('json').rules, nowOf(c));
      return c.json(
        leafAttributesResponseSchema.parse(await describeLeaf(store, await settings.ozon(), leaf)),
      );
    },
  )
  .get(
    '/:descriptionCategoryId/:typeId/attributes/:attributeId/texts',
    validParams(leafAttributeParamsSchema, 'leaf or attribute id'),
    async (c) => {
      const { attributeId, ...leaf } = c.req.valid('param');
      const { store, settings } = c.get('services');
      const texts = await describeSourceTexts(store, await settings.ozon(), leaf, attributeId);
      return c.json(sourceTextsResponseSchema.parse(texts));
    },
  )
  .get(
    '/:descriptionCategoryId/:typeId/values',
    validParams(leafParamsSchema, 'leaf'),
    validQuery(dictionaryValuesQuerySchema, 'dictionary query'),
    async (c) => {
      const { store } = c.get('services');
      const values = await listDictionaryValues(
        store,
        c.req.valid('param'),
        c.req.valid('query'),
        ozonClientOf(c),
        nowOf(c),
      );
      return c.json(dictionaryValuesResponseSchema.parse(values));
    },
  );
