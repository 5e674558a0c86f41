import { z } from 'zod';
import { leafRefSchema, opencartIdParam } from '../ids';

/* /api/v1/catalog-mapping/products/:productId: a product's own leaf (override) and where its leaf comes from. */

export const productLeafParamsSchema = z.object({ productId: opencartIdParam });

/** GET: the product's leaf, its override and where the leaf comes from. */
export const productLeafResponseSchema = z.object({
  productId: z.number(),
  categoryIds: z.array(z.number()),
  override: z.object({ descriptionCategoryId: z.number(), typeId: z.number() }).nullable(),
  resolved: z
    .object({
      descriptionCategoryId: z.number(),
      typeId: z.number(),
      via: z.enum(['product', 'category']),
      categoryId: z.number().nullable(),
      name: z.string(),
      path: z.string(),
    })
    .nullable(),
});
export type ProductLeafResponse = z.infer<typeof productLeafResponseSchema>;

/** PUT: the product's own leaf. DELETE returns it to its categories'. */
export const productOverrideRequestSchema = leafRefSchema;
