import { count, eq, max } from 'drizzle-orm';
import { Hono } from 'hono';
import { z } from 'zod';
import { catalogueRefreshParamsSchema } from '../../catalog/ozon-catalogue/refresh-catalogue';
import { OZON_CATALOGUE_REFRESH_JOB } from '../../catalog/ozon-catalogue/refresh-job';
import { searchLeaves } from '../../catalog/ozon-catalogue/search-leaves';
import type { AppEnv } from '../env';
import { jsonBody, parseOr } from '../request';
import { pageQuery } from './catalog-mapping-shared';

/** GET /catalog-mapping/ozon/leaves: search Ozon's leaves (product types). */
export const ozonLeafSearchQuerySchema = z.object({
  q: z.string().trim().min(1, 'type a word of the category').max(100),
  ...pageQuery,
  perPage: pageQuery.perPage.default(20),
  includeDisabled: z.stringbool().default(false),
});
export const ozonLeafSchema = z.object({
  descriptionCategoryId: z.number(),
  typeId: z.number(),
  name: z.string(),
  nameEn: z.string(),
  path: z.string(),
  pathEn: z.string(),
  disabled: z.boolean(),
  score: z.number(),
});
export const ozonLeafSearchResponseSchema = z.object({ total: z.number(), items: z.array(ozonLeafSchema) });
export type OzonLeafSearchResponse = z.infer<typeof ozonLeafSearchResponseSchema>;

/** GET /catalog-mapping/ozon/status: what the cache holds. */
export const ozonCacheStatusSchema = z.object({
  nodes: z.number(),
  leaves: z.number(),
  treeFetchedAt: z.string().nullable(),
  attributeLeaves: z.number(),
  dictionaries: z.number(),
  dictionaryValues: z.number(),
});
export type OzonCacheStatus = z.infer<typeof ozonCacheStatusSchema>;

/** POST /catalog-mapping/ozon/refresh: starts (or joins) the refresh job. */
export const ozonRefreshRequestSchema = catalogueRefreshParamsSchema;
export const ozonRefreshResponseSchema = z.object({ jobId: z.string(), existing: z.boolean() });
export type OzonRefreshResponse = z.infer<typeof ozonRefreshResponseSchema>;

export const catalogMappingOzonRoutes = new Hono<AppEnv>()
  .get('/leaves', async (c) => {
    const query = parseOr(ozonLeafSearchQuerySchema, c.req.query(), 'category search');
    const result = await searchLeaves(c.get('services').store, query);
    return c.json(ozonLeafSearchResponseSchema.parse(result));
  })
  .get('/status', async (c) => {
    const { db, own } = c.get('services').store;
    const [tree] = await db
      .select({ nodes: count(), at: max(own.ozonCategories.fetchedAt) })
      .from(own.ozonCategories);
    const [leaves] = await db
      .select({ n: count() })
      .from(own.ozonCategories)
      .where(eq(own.ozonCategories.isLeaf, true));
    const attributeLeaves = await db
      .selectDistinct({ c: own.ozonAttributes.descriptionCategoryId, t: own.ozonAttributes.typeId })
      .from(own.ozonAttributes);
    const [dictionaries] = await db.select({ n: count() }).from(own.ozonDictionaries);
    const [values] = await db.select({ n: count() }).from(own.ozonDictionaryValues);
    const body: OzonCacheStatus = {
      nodes: tree?.nodes ?? 0,
      leaves: leaves?.n ?? 0,
      treeFetchedAt: tree?.at ? new Date(tree.at).toISOString() : null,
      attributeLeaves: attributeLeaves.length,
      dictionaries: dictionaries?.n ?? 0,
      dictionaryValues: values?.n ?? 0,
    };
    return c.json(body);
  })
  .post('/refresh', async (c) => {
    const params = parseOr(ozonRefreshRequestSchema, (await jsonBody(c)) ?? {}, 'refresh request');
    const { id, existing } = await c.get('services').jobs.enqueue(OZON_CATALOGUE_REFRESH_JOB, params);
    const body: OzonRefreshResponse = { jobId: id, existing };
    return c.json(body, 202);
  });
