import { z } from 'zod';
import { leafRefSchema, pageQuery } from '../ids';

/* /api/v1/catalog-mapping/ozon: the cached Ozon catalogue, searched and refreshed. */

/** GET /ozon/leaves: search Ozon's leaves (product types). */
export const ozonLeafSearchQuerySchema = z.strictObject({
  q: z.string().trim().min(1, 'type a word of the category').max(100),
  ...pageQuery,
  perPage: pageQuery.perPage.default(20),
  includeDisabled: z.stringbool().default(false),
});
export type OzonLeafSearchQuery = z.infer<typeof ozonLeafSearchQuerySchema>;
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

/** GET /ozon/status: what the cache holds. */
export const ozonCacheStatusSchema = z.object({
  nodes: z.number(),
  leaves: z.number(),
  treeFetchedAt: z.string().nullable(),
  attributeLeaves: z.number(),
  dictionaries: z.number(),
  dictionaryValues: z.number(),
});
export type OzonCacheStatus = z.infer<typeof ozonCacheStatusSchema>;

/** POST /ozon/refresh: starts (or joins) the refresh job; these are the job's parameters. */
export const ozonRefreshRequestSchema = z.strictObject({
  /** Refetch the category tree (default true). */
  tree: z.boolean().default(true),
  /** Leaves whose attributes and dictionaries to refetch; default: every leaf a category or product maps to. */
  leaves: z.array(leafRefSchema).max(500).optional(),
  /** Cap per dictionary; see DEFAULT_MAX_DICTIONARY_VALUES. */
  maxDictionaryValues: z.int().min(2000).optional(),
});
export type OzonRefreshRequest = z.input<typeof ozonRefreshRequestSchema>;
export const ozonRefreshResponseSchema = z.object({ jobId: z.string(), existing: z.boolean() });
export type OzonRefreshResponse = z.infer<typeof ozonRefreshResponseSchema>;
