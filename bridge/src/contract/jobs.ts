import { z } from 'zod';
import { jobStates } from './values';

/* Request and response shapes of /api/v1/jobs: the bridge's background jobs as the panel follows them. */

export const jobStateSchema = z.enum(jobStates);
export type JobState = z.infer<typeof jobStateSchema>;

/** A job as the panel sees it (params and checkpoint stay internal). */
export const jobViewSchema = z.object({
  id: z.string(),
  kind: z.string(),
  state: jobStateSchema,
  done: z.number(),
  total: z.number(),
  error: z.string().nullable(),
  summary: z.string().nullable(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
});
export type JobView = z.infer<typeof jobViewSchema>;

/** GET /jobs: newest first. */
export const jobListQuerySchema = z.strictObject({
  kind: z.string().max(64).optional(),
  state: jobStateSchema.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export const jobListResponseSchema = z.object({ items: z.array(jobViewSchema) });
export type JobListResponse = z.infer<typeof jobListResponseSchema>;

/** The `:id` of /jobs/:id, /jobs/:id/cancel and /jobs/:id/stream. */
export const jobParamsSchema = z.object({ id: z.string() });
