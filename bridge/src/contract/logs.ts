import { z } from 'zod';

/* Request and response shapes of /api/v1/logs: the merchant's log of API calls and sync steps. */

export const logLevels = ['info', 'warning', 'error'] as const;
export const logKinds = ['api', 'sync', 'system'] as const;
export const logLevelSchema = z.enum(logLevels);
export const logKindSchema = z.enum(logKinds);

/** GET /logs: level, kind, time range, text, job and entity; paged on the server by id. */
export const logQuerySchema = z.strictObject({
  level: logLevelSchema.optional(),
  kind: logKindSchema.optional(),
  from: z.coerce.date().optional(),
  to: z.coerce.date().optional(),
  text: z.string().trim().min(1).max(200).optional(),
  jobId: z.string().max(36).optional(),
  entity: z.string().max(32).optional(),
  entityId: z.string().max(64).optional(),
  /** Return entries older than this id (the previous page's last id). */
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});
export type LogQuery = z.infer<typeof logQuerySchema>;

/** One log entry as it is answered (`at` as an ISO time; `detail` the redacted request/response, if any). */
export const logEntrySchema = z.object({
  id: z.number(),
  at: z.string(),
  level: logLevelSchema,
  kind: logKindSchema,
  jobId: z.string().nullable(),
  entity: z.string().nullable(),
  entityId: z.string().nullable(),
  message: z.string(),
  detail: z.unknown(),
  durationMs: z.number().nullable(),
  httpStatus: z.number().nullable(),
});
export type LogEntryView = z.infer<typeof logEntrySchema>;

/** One line of the list; the detail is fetched on demand from GET /logs/:id. */
export const logListItemSchema = logEntrySchema.omit({ detail: true }).extend({ hasDetail: z.boolean() });
export type LogListItem = z.infer<typeof logListItemSchema>;

/** GET /logs: newest first; pass `nextBefore` as `before` for the next (older) page, null at the end. */
export const logListResponseSchema = z.object({
  items: z.array(logListItemSchema),
  nextBefore: z.number().nullable(),
});
export type LogListResponse = z.infer<typeof logListResponseSchema>;

/** GET /logs/:id: one entry with its detail, redacted again on the way out. */
export const logDetailResponseSchema = z.object({ entry: logEntrySchema });
export type LogDetailResponse = z.infer<typeof logDetailResponseSchema>;

/** GET /logs/activity: the last `minutes`, optionally of one kind. */
export const logActivityQuerySchema = z.strictObject({
  minutes: z.coerce
    .number()
    .int()
    .min(5)
    .max(24 * 60)
    .default(60),
  kind: logKindSchema.optional(),
});
export type LogActivityQuery = z.infer<typeof logActivityQuerySchema>;

/** Entries per minute and level, oldest first, gaps filled. */
export const logActivityResponseSchema = z.object({
  kind: logKindSchema.nullable(),
  bucketSeconds: z.number(),
  buckets: z.array(z.object({ at: z.string(), info: z.number(), warning: z.number(), error: z.number() })),
});
export type LogActivityResponse = z.infer<typeof logActivityResponseSchema>;
