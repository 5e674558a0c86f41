import { z } from 'zod';

/** GET /api/v1/status: what the bridge sees of the store, proving the chain works end to end. */
export const statusResponseSchema = z.object({
  version: z.string(),
  tablePrefix: z.string(),
  store: z.object({ name: z.string(), products: z.number(), enabledProducts: z.number() }),
  time: z.string(),
});
export type StatusResponse = z.infer<typeof statusResponseSchema>;
