import type { Context } from 'hono';
import { Hono } from 'hono';
import { resetFailed, setExcluded } from '../../catalog/export/actions/product-actions';
import { productDetail } from '../../catalog/export/views/product-detail';
import { listProducts } from '../../catalog/export/views/product-list';
import {
  type ExcludeResponse,
  excludeRequestSchema,
  type NothingToRetry,
  productListQuerySchema,
  productParamsSchema,
  retryFailedRequestSchema,
  type StartedExport,
  sendProductsRequestSchema,
} from '../../contract/catalog-products';
import { CATALOG_EXPORT_JOB } from '../../contract/values';
import type { AppEnv } from '../env';
import { ApiError } from '../errors';
import { validJson, validParams, validQuery } from '../validate';

/** Starts (or joins) the export job for these products; behind an export under way, it waits for that one. */
async function exportNow(c: Context<AppEnv>, productIds: readonly number[]): Promise<StartedExport> {
  const { id, existing, after } = await c
    .get('services')
    // The panel never waits for moderation inside the export: a follow-up job does that (see job-schemas.ts).
    .jobs.enqueue(CATALOG_EXPORT_JOB, { onlyIds: [...productIds], follow: 'job' });
  return { jobId: id, existing, ...(after ? { after } : {}), products: productIds.length };
}

/** The panel's product list, product detail and per-product actions. */
export const catalogProductRoutes = new Hono<AppEnv>()
  .get('/', validQuery(productListQuerySchema, 'product filter'), async (c) => {
    const { store, settings } = c.get('services');
    return c.json(await listProducts(store, await settings.ozon(), c.req.valid('query')));
  })
  .get('/:productId', validParams(productParamsSchema, 'product id'), async (c) => {
    const { productId } = c.req.valid('param');
    const { store, clock, config, settings } = c.get('services');
    const detail = await productDetail(store, await settings.ozon(), clock, config.storeUrl, productId);
    if (!detail) {
      throw new ApiError('NOT_FOUND', `OpenCart has no product ${productId}`);
    }
    return c.json(detail);
  })
  .post('/send', validJson(sendProductsRequestSchema, 'send request'), async (c) => {
    return c.json(await exportNow(c, c.req.valid('json').productIds), 202);
  })
  .post('/retry-failed', validJson(retryFailedRequestSchema, 'retry request'), async (c) => {
    const { store, clock } = c.get('services');
    const productIds = await resetFailed(store, c.req.valid('json').productIds, new Date(clock.now()));
    if (productIds.length === 0) {
      const nothing: NothingToRetry = { jobId: null, existing: false, products: 0 };
      return c.json(nothing, 200);
    }
    return c.json(await exportNow(c, productIds), 202);
  })
  .post('/exclude', validJson(excludeRequestSchema, 'exclude request'), async (c) => {
    const { productIds, excluded } = c.req.valid('json');
    const { store, clock } = c.get('services');
    const body: ExcludeResponse = {
      products: await setExcluded(store, productIds, excluded, new Date(clock.now())),
      excluded,
    };
    return c.json(body);
  });
