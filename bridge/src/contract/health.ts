import { z } from 'zod';

/**
 * GET /health (unauthenticated): 200 with this body when the bridge runs and its store database answers, with
 * whether it is stopping; 503 with the error envelope (code DATABASE_UNAVAILABLE) while the database does not.
 */
export const healthResponseSchema = z.object({ ok: z.literal(true), draining: z.boolean() });
export type HealthResponse = z.infer<typeof healthResponseSchema>;
