import type { Context } from 'hono';
import { Hono } from 'hono';
import { z } from 'zod';
import { resetFailed, setExcluded } from '../../catalog/export/actions/product-actions';
import { CATALOG_EXPORT_JOB } from '../../catalog/export/job';
import { productDetail } from '../../catalog/export/views/product-detail';
import { listProducts } from '../../catalog/export/views/product-list';
import type { AppEnv } from '../env';
import { ApiError } from '../errors';
import { jsonBody, parseOr } from '../request';
import {
  excludeRequestSchema,
  productListQuerySchema,
  retryFailedRequestSchema,
  type StartedExport,
  sendProductsRequestSchema,
} from './catalog-products-schema';

/** Starts (or joins) the export job for these products. */
async function exportNow(c: Context<AppEnv>, productIds: readonly number[]): Promise<StartedExport> {
  const { id, existing } = await c
    .get('services')
    // The panel never waits for moderation inside the export: a follow-up job does that (see job-schemas.ts).
    .jobs.enqueue(CATALOG_EXPORT_JOB, { onlyIds: [...productIds], follow: 'job' });
  return { jobId: id, existing, products: productIds.length };
}

/** The panel's product list, product detail and per-product actions. */
export const catalogProductRoutes = new Hono<AppEnv>()
  .get('/', async (c) => {
    const query = parseOr(productListQuerySchema, c.req.query(), 'product filter');
    return c.json(
      await listProducts(c.get('services').store, await c.get('services').settings.ozon(), query),
    );
  })
  .get('/:productId', async (c) => {
    const productId = parseOr(z.coerce.number().int().positive(), c.req.param('productId'), 'product id');
    const { store, clock, config, settings } = c.get('services');
    const detail = await productDetail(store, await settings.ozon(), clock, config.storeUrl, productId);
    if (!detail) {
      throw new ApiError('NOT_FOUND', `OpenCart has no product ${productId}`);
    }
    return c.json(detail);
  })
  .post('/send', async (c) => {
    const request = parseOr(sendProductsRequestSchema, await jsonBody(c), 'send request');
    return c.json(await exportNow(c, request.productIds), 202);
  })
  .post('/retry-failed', async (c) => {
    const request = parseOr(retryFailedRequestSchema, await jsonBody(c), 'retry request');
    const { store, clock } = c.get('services');
    const productIds = await resetFailed(store, request.productIds, new Date(clock.now()));
    if (productIds.length === 0) {
      return c.json({ jobId: null, existing: false, products: 0 });
    }
    return c.json(await exportNow(c, productIds), 202);
  })
  .post('/exclude', async (c) => {
    const request = parseOr(excludeRequestSchema, await jsonBody(c), 'exclude request');
    const { store, clock } = c.get('services');
    const products = await setExcluded(store, request.productIds, request.excluded, new Date(clock.now()));
    return c.json({ products, excluded: request.excluded });
  });
