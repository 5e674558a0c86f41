import { z } from 'zod';
import { leafRefSchema, opencartIdParam } from '../ids';

/* /api/v1/catalog-mapping/categories: OpenCart's categories and the Ozon leaf each maps to. */

/** GET /categories?languageId=: the OpenCart tree (admin language by default). */
export const opencartCategoriesQuerySchema = z.strictObject({ languageId: opencartIdParam.optional() });

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
export type OpencartCategory = z.infer<typeof opencartCategorySchema>;
export const opencartCategoriesResponseSchema = z.object({
  languageId: z.number(),
  items: z.array(opencartCategorySchema),
});
export type OpencartCategoriesResponse = z.infer<typeof opencartCategoriesResponseSchema>;

/** The `:categoryId` of PUT and DELETE /categories/:categoryId. */
export const categoryParamsSchema = z.object({ categoryId: opencartIdParam });

/** PUT /categories/:categoryId: map to a leaf. DELETE clears the mapping. */
export const categoryMappingRequestSchema = leafRefSchema;
export const categoryMappingResponseSchema = z.object({ category: opencartCategorySchema });
export type CategoryMappingResponse = z.infer<typeof categoryMappingResponseSchema>;
