import { z } from 'zod';
import { unitActions } from './decide';

const counts = z.partialRecord(z.enum(unitActions), z.number()).default({});

/** Ozon's daily item quotas as read before the run (/v4/product/info/limit); -1 = unlimited. */
export const quotaViewSchema = z.object({
  createLimit: z.number(),
  createUsed: z.number(),
  updateLimit: z.number(),
  updateUsed: z.number(),
  resetAt: z.string(),
});
export type QuotaView = z.infer<typeof quotaViewSchema>;

/** One planned change, for the dry run's list (the payload itself is on the product's detail view). */
export const plannedChangeSchema = z.object({
  productId: z.number(),
  offerId: z.string(),
  action: z.enum(['create', 'update', 'archive', 'unarchive']),
});

/** One reason units are held back (a blocking problem code), with its first message and how many units have it. */
export const heldBackSchema = z.object({
  code: z.string(),
  message: z.string(),
  units: z.number(),
});

/** Reasons counted per run; past this many distinct codes the rest are not listed (the units still are). */
export const MAX_HELD_BACK_CODES = 30;

/** What an export or dry run found and did, kept in export_runs and shown by the panel and the CLI. */
export const exportReportSchema = z.object({
  products: z.number().default(0),
  units: z.number().default(0),
  /** Units per action. */
  actions: counts,
  /** Imports actually sent (real runs). */
  batches: z.number().default(0),
  itemsSent: z.number().default(0),
  quota: quotaViewSchema.nullable().default(null),
  /** Creates/updates the run needs against what is left of today's quota. */
  quotaNeeded: z.object({ create: z.number(), update: z.number() }).default({ create: 0, update: 0 }),
  quotaNote: z.string().nullable().default(null),
  /** Why units are not sent (invalid, not mapped), most frequent first: what a merchant fixes first. */
  heldBack: z.array(heldBackSchema).default([]),
  /** The first planned changes (at most 500), for the dry run's "what would be sent". */
  changes: z.array(plannedChangeSchema).default([]),
  /** Products imported, failed and live once settled (real runs). */
  settled: z.object({ imported: z.number(), failed: z.number(), live: z.number() }).default({
    imported: 0,
    failed: 0,
    live: 0,
  }),
});
export type ExportReport = z.infer<typeof exportReportSchema>;

export const MAX_LISTED_CHANGES = 500;

/** An empty report. */
export function emptyReport(): ExportReport {
  return exportReportSchema.parse({});
}

/**
 * A copy of a report that counting a page may change while the last saved one stays as it was (the run goes back
 * to it when the page fails). Only counters and lists change, so only they are copied: a deep clone per page,
 * with its 500 listed changes, was a twentieth of a dry run's CPU time.
 */
export function copyReport(report: ExportReport): ExportReport {
  return {
    ...report,
    actions: { ...report.actions },
    quotaNeeded: { ...report.quotaNeeded },
    changes: [...report.changes],
    heldBack: report.heldBack.map((h) => ({ ...h })),
    settled: { ...report.settled },
  };
}
