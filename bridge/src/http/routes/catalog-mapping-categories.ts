import { Hono } from 'hono';
import { z } from 'zod';
import { setCategoryLeaf } from '../../catalog/mapping/edit-leaf-mapping';
import { adminLanguageId, listOpencartCategories } from '../../catalog/mapping/opencart-categories';
import type { StoreDb } from '../../db/connection';
import type { AppEnv } from '../env';
import { ApiError } from '../errors';
import { jsonBody, parseOr } from '../request';
import { idParam, leafRefSchema, nowOf } from './catalog-mapping-shared';

/** GET /catalog-mapping/categories?languageId=: the OpenCart tree (admin language by default). */
export const opencartCategoriesQuerySchema = z.object({ languageId: idParam.optional() });

export const categoryLeafMappingSchema = z.object({
  descriptionCategoryId: z.number(),
  typeId: z.number(),
  name: z.string(),
  path: z.string(),
  /** False when the cached Ozon tree does not have this leaf (removed by Ozon, or cache not refreshed). */
  known: z.boolean(),
  /** The ancestor category the mapping comes from; null when the category is mapped itself. */
  inheritedFrom: z.number().nullable(),
});
export const opencartCategorySchema = z.object({
  categoryId: z.number(),
  parentId: z.number(),
  level: z.number(),
  name: z.string(),
  path: z.string(),
  enabled: z.boolean(),
  products: z.number(),
  productsInTree: z.number(),
  mapping: categoryLeafMappingSchema.nullable(),
});
export const opencartCategoriesResponseSchema = z.object({
  languageId: z.number(),
  items: z.array(opencartCategorySchema),
});
export type OpencartCategoriesResponse = z.infer<typeof opencartCategoriesResponseSchema>;

/** PUT /catalog-mapping/categories/:categoryId: map to a leaf. DELETE clears the mapping. */
export const categoryMappingRequestSchema = leafRefSchema;
export const categoryMappingResponseSchema = z.object({ category: opencartCategorySchema });
export type CategoryMappingResponse = z.infer<typeof categoryMappingResponseSchema>;

async function categoryAnswer(store: StoreDb, id: number): Promise<CategoryMappingResponse> {
  const items = await listOpencartCategories(store, await adminLanguageId(store));
  const category = items.find((i) => i.categoryId === id);
  if (!category) {
    throw new ApiError('NOT_FOUND', `OpenCart has no category ${id}`);
  }
  return categoryMappingResponseSchema.parse({ category });
}

export const catalogMappingCategoryRoutes = new Hono<AppEnv>()
  .get('/', async (c) => {
    const query = parseOr(opencartCategoriesQuerySchema, c.req.query(), 'category list query');
    const { store } = c.get('services');
    const languageId = query.languageId ?? (await adminLanguageId(store));
    const items = await listOpencartCategories(store, languageId);
    return c.json(opencartCategoriesResponseSchema.parse({ languageId, items }));
  })
  .put('/:categoryId', async (c) => {
    const id = parseOr(idParam, c.req.param('categoryId'), 'category id');
    const leaf = parseOr(categoryMappingRequestSchema, await jsonBody(c), 'category mapping');
    await setCategoryLeaf(c.get('services').store, id, leaf, nowOf(c));
    return c.json(await categoryAnswer(c.get('services').store, id));
  })
  .delete('/:categoryId', async (c) => {
    const id = parseOr(idParam, c.req.param('categoryId'), 'category id');
    await setCategoryLeaf(c.get('services').store, id, null, nowOf(c));
    return c.json(await categoryAnswer(c.get('services').store, id));
  });
