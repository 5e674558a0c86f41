import { Hono } from 'hono';
import { setProductLeaf } from '../../catalog/mapping/edit-leaf-mapping';
import { describeProductLeaf } from '../../catalog/mapping/product-leaf';
import {
  productLeafParamsSchema,
  productLeafResponseSchema,
  productOverrideRequestSchema,
} from '../../contract/catalog-mapping/products';
import type { StoreDb } from '../../db/connection';
import type { AppEnv } from '../env';
import { validJson, validParams } from '../validate';
import { nowOf } from './catalog-mapping-shared';

async function productAnswer(store: StoreDb, productId: number) {
  return productLeafResponseSchema.parse(await describeProductLeaf(store, productId));
}

/** A product's own Ozon leaf (an override of its categories' leaf). */
export const catalogMappingProductRoutes = new Hono<AppEnv>()
  .get('/:productId', validParams(productLeafParamsSchema, 'product id'), async (c) => {
    return c.json(await productAnswer(c.get('services').store, c.req.valid('param').productId));
  })
  .put(
    '/:productId',
    validParams(productLeafParamsSchema, 'product id'),
    validJson(productOverrideRequestSchema, 'product override'),
    async (c) => {
      const { productId } = c.req.valid('param');
      await setProductLeaf(c.get('services').store, productId, c.req.valid('json'), nowOf(c));
      return c.json(await productAnswer(c.get('services').store, productId));
    },
  )
  .delete('/:productId', validParams(productLeafParamsSchema, 'product id'), async (c) => {
    const { productId } = c.req.valid('param');
    await setProductLeaf(c.get('services').store, productId, null, nowOf(c));
    return c.json(await productAnswer(c.get('services').store, productId));
  });
