import { z } from 'zod';

/**
 * Why a product is not on Ozon, or not up to date there: a specific message naming the field and where to fix it.
 * `blocks` decides the lifecycle state: `mapping` (not_mapped: the fix is in MesChain's mapping), `data` (invalid:
 * the fix is in OpenCart), `none` (a warning: the product is still sent). Ozon's own per-item errors are kept in
 * the same shape with `origin: 'ozon'` and Ozon's text.
 */
export const problemSchema = z.object({
  code: z.string(),
  /** The Ozon field or `attribute:<id>` the problem is about. */
  field: z.string(),
  message: z.string(),
  blocks: z.enum(['mapping', 'data', 'none']),
  origin: z.enum(['preflight', 'ozon']),
  attributeId: z.number().optional(),
});
export type Problem = z.infer<typeof problemSchema>;
