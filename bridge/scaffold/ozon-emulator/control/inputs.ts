import { z } from 'zod';
import { importItem } from '../../../src/ozon/schemas';

/*
 * Inputs of the control API, shared by the TypeScript methods and the HTTP routes under /__control.
 */

/** A product put straight into the account, as if imported and moderated long ago. */
export const seedProductInput = z.object({
  offerId: z.string().min(1).max(50),
  /** The full card; defaults to a valid T-shirt from the seeded catalogue. */
  item: importItem.optional(),
  /** Still in moderation (no SKU, stock refused) when false. Default true. */
  onSale: z.boolean().optional(),
  archived: z.boolean().optional(),
  /** Stock to put in warehouses (excluding reserve). */
  stocks: z.array(z.object({ warehouseId: z.number().int(), present: z.number().int().min(0) })).optional(),
});
export type SeedProductInput = z.infer<typeof seedProductInput>;

export const customerInput = z.object({
  customerId: z.number().int().optional(),
  name: z.string().optional(),
  phone: z.string().optional(),
  email: z.string().optional(),
  city: z.string().optional(),
  region: z.string().optional(),
  addressTail: z.string().optional(),
  zipCode: z.string().optional(),
});

/** What a new posting needs; everything but the products has a default. */
export const createPostingInput = z.object({
  scheme: z.enum(['fbs', 'rfbs']).optional(),
  warehouseId: z.number().int().optional(),
  tplIntegrationType: z.enum(['ozon', 'non_integrated', '3pl_tracking', 'aggregator']).optional(),
  products: z
    .array(
      z.object({
        offerId: z.string().optional(),
        sku: z.number().int().optional(),
        quantity: z.number().int().min(1),
        price: z.string().optional(),
      }),
    )
    .min(1),
  inProcessAt: z.number().optional(),
  /** Pack-by deadline; defaults to a day after `inProcessAt`. */
  shipmentDate: z.number().optional(),
  customer: customerInput.optional(),
});
export type CreatePostingInput = z.infer<typeof createPostingInput>;

/** See control/faults.ts for what each kind does. */
export const faultRule = z.object({
  kind: z.enum(['server-error', 'rate-limit', 'circle-open', 'slow', 'drop', 'malformed']),
  /** Probability per matching request, 0..1 (default 1). */
  share: z.number().min(0).max(1).optional(),
  /** Only requests to this path (default: every Ozon path). */
  path: z.string().optional(),
  /** How many times the rule fires before it is removed (default: unlimited). */
  times: z.number().int().min(1).optional(),
  /** Matching requests let through before the rule starts firing (default 0), e.g. 1 to hit only the second. */
  skip: z.number().int().min(0).optional(),
  /** For `slow`. */
  delayMs: z.number().min(0).optional(),
  /** For `server-error` (default 500). */
  status: z.number().int().min(500).max(599).optional(),
});
export type FaultRule = z.infer<typeof faultRule>;
export type FaultKind = FaultRule['kind'];

export const quotaInput = z.object({
  dailyCreateLimit: z.number().int().optional(),
  dailyCreateUsage: z.number().int().optional(),
  dailyUpdateLimit: z.number().int().optional(),
  dailyUpdateUsage: z.number().int().optional(),
  totalLimit: z.number().int().optional(),
});
export type QuotaInput = z.infer<typeof quotaInput>;

export const postingStatusInput = z.object({ status: z.string().min(1), substatus: z.string().optional() });
