import { z } from 'zod';

/** Where a reconciliation stands, saved after each page: resumed, it goes on after `afterProductId`. */
export const syncCountsSchema = z.object({
  /** Units up to this product id are compared (and their differences sent or due). */
  afterProductId: z.int().min(0),
  compared: z.int().min(0),
  differed: z.int().min(0),
  sent: z.int().min(0),
  accepted: z.int().min(0),
  refused: z.int().min(0),
});

export const NO_COUNTS: z.infer<typeof syncCountsSchema> = {
  afterProductId: 0,
  compared: 0,
  differed: 0,
  sent: 0,
  accepted: 0,
  refused: 0,
};
