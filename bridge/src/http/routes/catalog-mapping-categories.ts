import { Hono } from 'hono';
import { setCategoryLeaf } from '../../catalog/mapping/edit-leaf-mapping';
import { describeOpencartCategory, opencartCategoryTree } from '../../catalog/mapping/opencart-categories';
import {
  categoryMappingRequestSchema,
  categoryMappingResponseSchema,
  categoryParamsSchema,
  opencartCategoriesQuerySchema,
  opencartCategoriesResponseSchema,
} from '../../contract/catalog-mapping/categories';
import type { StoreDb } from '../../db/connection';
import type { AppEnv } from '../env';
import { validJson, validParams, validQuery } from '../validate';
import { nowOf } from './catalog-mapping-shared';

/** The category after a change to its mapping. */
async function categoryAnswer(store: StoreDb, categoryId: number) {
  return categoryMappingResponseSchema.parse({ category: await describeOpencartCategory(store, categoryId) });
}

/** OpenCart's categories with the Ozon leaf each maps to (its own or an ancestor's). */
export const catalogMappingCategoryRoutes = new Hono<AppEnv>()
  .get('/', validQuery(opencartCategoriesQuerySchema, 'category list query'), async (c) => {
    const tree = await opencartCategoryTree(c.get('services').store, c.req.valid('query').languageId);
    return c.json(opencartCategoriesResponseSchema.parse(tree));
  })
  .put(
    '/:categoryId',
    validParams(categoryParamsSchema, 'category id'),
    validJson(categoryMappingRequestSchema, 'category mapping'),
    async (c) => {
      const { categoryId } = c.req.valid('param');
      await setCategoryLeaf(c.get('services').store, categoryId, c.req.valid('json'), nowOf(c));
      return c.json(await categoryAnswer(c.get('services').store, categoryId));
    },
  )
  .delete('/:categoryId', validParams(categoryParamsSchema, 'category id'), async (c) => {
    const { categoryId } = c.req.valid('param');
    await setCategoryLeaf(c.get('services').store, categoryId, null, nowOf(c));
    return c.json(await categoryAnswer(c.get('services').store, categoryId));
  });
