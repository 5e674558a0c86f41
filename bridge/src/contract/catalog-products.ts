import { z } from 'zod';
import { unitActionSchema } from './export-report';
import { opencartId, opencartIdParam } from './ids';
import { problemSchema } from './problems';
import { productLifecycleStates } from './values';

/* Request and response shapes of /api/v1/catalog/products: the product list, detail and per-product actions. */

/** The states the product_state table stores. */
export const lifecycleStateSchema = z.enum(productLifecycleStates);
export type LifecycleStateView = z.infer<typeof lifecycleStateSchema>;

/** A product nobody has analysed yet (no export or dry run since it was added). */
export const NOT_ANALYSED = 'not_analysed';

/** A product's state in the list: a stored lifecycle state, or not analysed yet. */
export const listedStateSchema = z.union([lifecycleStateSchema, z.literal(NOT_ANALYSED)]);

/** GET /catalog/products: filters and the page. */
export const productListQuerySchema = z.strictObject({
  state: listedStateSchema.optional(),
  /** OpenCart category id; products in it or in any category below it. */
  category: opencartIdParam.optional(),
  /** Text in the name, the model or the Ozon article. */
  q: z.string().trim().min(1).max(100).optional(),
  /** Ozon items the last dry run gave this action (a count of its report, as a list). */
  dryRun: unitActionSchema.optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type ProductListQuery = z.infer<typeof productListQuerySchema>;
export type ProductListQueryInput = z.input<typeof productListQuerySchema>;

/** One Ozon item (a product, or one variant of it) in the list. */
export const productListItemSchema = z.object({
  productId: z.number(),
  variantKey: z.string(),
  model: z.string(),
  name: z.string(),
  offerId: z.string(),
  enabled: z.boolean(),
  state: listedStateSchema,
  excluded: z.boolean(),
  /** The first problem in words (preflight or Ozon's, from the newer of the last export and dry run), or empty. */
  reason: z.string(),
  problemCount: z.number(),
  ozonProductId: z.string().nullable(),
  ozonSku: z.string().nullable(),
  ozonStatus: z.string().nullable(),
  stock: z.number(),
  updatedAt: z.string().nullable(),
  /** What the last dry run found for this item; null when it was not in it. */
  dryRun: z.object({ action: unitActionSchema, checkedAt: z.string() }).nullable(),
});
export type ProductListItem = z.infer<typeof productListItemSchema>;

export const productListResponseSchema = z.object({
  items: z.array(productListItemSchema),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
  /** Ozon items per state over the whole catalogue (not only this page), for the filter chips. */
  counts: z.record(z.string(), z.number()),
});
export type ProductListResponse = z.infer<typeof productListResponseSchema>;

/** The `:productId` of /catalog/products/:productId. */
export const productParamsSchema = z.object({ productId: opencartIdParam });

/**
 * Exactly what an export would send for a unit: one /v3/product/import item (its schema belongs to the bridge's
 * Ozon client; the panel only shows it).
 */
export const ozonImportItemSchema = z.record(z.string(), z.unknown());

/** GET /catalog/products/:id: the product's Ozon items with the dry-run payload and every problem. */
export const productDetailSchema = z.object({
  productId: z.number(),
  model: z.string(),
  name: z.string(),
  enabled: z.boolean(),
  excluded: z.boolean(),
  leaf: z.object({ descriptionCategoryId: z.number(), typeId: z.number(), name: z.string() }).nullable(),
  units: z.array(
    z.object({
      variantKey: z.string(),
      offerId: z.string(),
      name: z.string(),
      stock: z.number(),
      state: listedStateSchema,
      /** What an export would do now. */
      nextAction: unitActionSchema,
      /** The payload; null when the product has no Ozon category. */
      payload: ozonImportItemSchema.nullable(),
      /** Problems of the payload now, then Ozon's errors from the last import. */
      problems: z.array(problemSchema),
      ozonProblems: z.array(problemSchema),
      ozonProductId: z.string().nullable(),
      ozonSku: z.string().nullable(),
      ozonStatus: z.string().nullable(),
      taskId: z.string().nullable(),
      sentAt: z.string().nullable(),
      liveAt: z.string().nullable(),
    }),
  ),
});
export type ProductDetail = z.infer<typeof productDetailSchema>;

const productIds = z.array(opencartId).min(1).max(10_000);

/** POST /catalog/products/send: export these products now. */
export const sendProductsRequestSchema = z.strictObject({ productIds });
/** POST /catalog/products/retry-failed: send failed items again (all failed ones when no ids are given). */
export const retryFailedRequestSchema = z.strictObject({ productIds: productIds.optional() });
/** POST /catalog/products/exclude: keep products off Ozon (excluded: true) or manage them again (false). */
export const excludeRequestSchema = z.strictObject({ productIds, excluded: z.boolean() });

/** The answer to an action that starts an export. */
export const startedExportSchema = z.object({
  jobId: z.string(),
  /** An export of the same products was already queued or running; it was joined instead of starting another. */
  existing: z.boolean(),
  /** The job waits behind this one (exports run one at a time): it shows as queued until that one ends. */
  after: z.string().optional(),
  products: z.number(),
});
export type StartedExport = z.infer<typeof startedExportSchema>;

/** retry-failed's answer when nothing had failed: no job was started. */
export const nothingToRetrySchema = z.object({
  jobId: z.null(),
  existing: z.literal(false),
  products: z.literal(0),
});
export type NothingToRetry = z.infer<typeof nothingToRetrySchema>;

export const excludeResponseSchema = z.object({ products: z.number(), excluded: z.boolean() });
export type ExcludeResponse = z.infer<typeof excludeResponseSchema>;
