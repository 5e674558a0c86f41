import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { z } from 'zod';
import { setProductLeaf } from '../../catalog/mapping/edit-leaf-mapping';
import { describeProductLeaf } from '../../catalog/mapping/product-leaf';
import type { StoreDb } from '../../db/connection';
import type { AppEnv } from '../env';
import { ApiError } from '../errors';
import { jsonBody, parseOr } from '../request';
import { idParam, leafRefSchema, nowOf } from './catalog-mapping-shared';

/** GET /catalog-mapping/products/:productId: the product's leaf, its override and where the leaf comes from. */
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

/** PUT /catalog-mapping/products/:productId: the product's own leaf. DELETE returns it to its categories'. */
export const productOverrideRequestSchema = leafRefSchema;

async function productAnswer(store: StoreDb, productId: number): Promise<ProductLeafResponse> {
  const found = await store.db
    .select({ id: store.oc.product.productId })
    .from(store.oc.product)
    .where(eq(store.oc.product.productId, productId));
  if (found.length === 0) {
    throw new ApiError('NOT_FOUND', `OpenCart has no product ${productId}`);
  }
  return productLeafResponseSchema.parse(await describeProductLeaf(store, productId));
}

export const catalogMappingProductRoutes = new Hono<AppEnv>()
  .get('/:productId', async (c) => {
    const id = parseOr(idParam, c.req.param('productId'), 'product id');
    return c.json(await productAnswer(c.get('services').store, id));
  })
  .put('/:productId', async (c) => {
    const id = parseOr(idParam, c.req.param('productId'), 'product id');
    const leaf = parseOr(productOverrideRequestSchema, await jsonBody(c), 'product override');
    await setProductLeaf(c.get('services').store, id, leaf, nowOf(c));
    return c.json(await productAnswer(c.get('services').store, id));
  })
  .delete('/:productId', async (c) => {
    const id = parseOr(idParam, c.req.param('productId'), 'product id');
    await setProductLeaf(c.get('services').store, id, null, nowOf(c));
    return c.json(await productAnswer(c.get('services').store, id));
  });
