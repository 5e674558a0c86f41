import { z } from 'zod';

/** GET /health (unauthenticated): only that the bridge runs and whether it is stopping. */
export const healthResponseSchema = z.object({ ok: z.literal(true), draining: z.boolean() });
export type HealthResponse = z.infer<typeof healthResponseSchema>;
