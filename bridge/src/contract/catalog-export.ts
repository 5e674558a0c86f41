import { z } from 'zod';
import { exportReportSchema, quotaViewSchema } from './export-report';
import { opencartId } from './ids';

/* Request and response shapes of /api/v1/catalog/export. */

/** POST /catalog/export: start an export, or a dry run of one. */
export const startExportRequestSchema = z.strictObject({
  dryRun: z.boolean().default(false),
  onlyIds: z.array(opencartId).min(1).max(10_000).optional(),
});
export type StartExportRequest = z.input<typeof startExportRequestSchema>;

export const startExportResponseSchema = z.object({
  jobId: z.string(),
  kind: z.string(),
  /** An export (or dry run) of the same products was already queued or running and was joined instead. */
  existing: z.boolean(),
  /** The job waits behind this one (exports run one at a time): it shows as queued until that one ends. */
  after: z.string().optional(),
});
export type StartExportResponse = z.infer<typeof startExportResponseSchema>;

export const exportModeSchema = z.enum(['dry', 'real']);

/** One export or dry run and what it found (GET /catalog/export/runs, /runs/:jobId). */
export const exportRunSchema = z.object({
  jobId: z.string(),
  mode: exportModeSchema,
  report: exportReportSchema,
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type ExportRun = z.infer<typeof exportRunSchema>;

export const exportRunsQuerySchema = z.strictObject({
  mode: exportModeSchema.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type ExportRunsQuery = z.infer<typeof exportRunsQuerySchema>;
export const exportRunsResponseSchema = z.object({ items: z.array(exportRunSchema) });
export type ExportRunsResponse = z.infer<typeof exportRunsResponseSchema>;

/** GET /catalog/export/quota: Ozon's daily create/update quotas now (null left = unlimited). */
export const quotaResponseSchema = z.object({
  quota: quotaViewSchema,
  left: z.object({ create: z.number().nullable(), update: z.number().nullable() }),
});
export type QuotaResponse = z.infer<typeof quotaResponseSchema>;
