import { Hono } from 'hono';
import { ozonCacheStatus } from '../../catalog/ozon-catalogue/cache-status';
import { searchLeaves } from '../../catalog/ozon-catalogue/search-leaves';
import {
  type OzonCacheStatus,
  type OzonRefreshResponse,
  ozonLeafSearchQuerySchema,
  ozonLeafSearchResponseSchema,
  ozonRefreshRequestSchema,
} from '../../contract/catalog-mapping/ozon';
import { OZON_CATALOGUE_REFRESH_JOB } from '../../contract/values';
import type { AppEnv } from '../env';
import { validJson, validQuery } from '../validate';

/** The cached Ozon catalogue: search its leaves, see what it holds, refresh it. */
export const catalogMappingOzonRoutes = new Hono<AppEnv>()
  .get('/leaves', validQuery(ozonLeafSearchQuerySchema, 'category search'), async (c) => {
    const result = await searchLeaves(c.get('services').store, c.req.valid('query'));
    return c.json(ozonLeafSearchResponseSchema.parse(result));
  })
  .get('/status', async (c) => {
    const body: OzonCacheStatus = await ozonCacheStatus(c.get('services').store);
    return c.json(body);
  })
  // An empty body refreshes the tree and every mapped leaf.
  .post('/refresh', validJson(ozonRefreshRequestSchema, 'refresh request', { empty: {} }), async (c) => {
    const { id, existing } = await c
      .get('services')
      .jobs.enqueue(OZON_CATALOGUE_REFRESH_JOB, c.req.valid('json'));
    const body: OzonRefreshResponse = { jobId: id, existing };
    return c.json(body, 202);
  });
