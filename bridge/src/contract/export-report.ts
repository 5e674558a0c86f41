import { z } from 'zod';
import { textLanguageSchema } from './ozon-settings';
import { unitActions } from './values';

// The list is among the values the panel runs (its dry-run filter offers them).
export { unitActions };
export const unitActionSchema = z.enum(unitActions);
export type UnitAction = z.infer<typeof unitActionSchema>;

const counts = z.partialRecord(unitActionSchema, z.number()).default({});

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
  /** The OpenCart language names and descriptions were taken from (null in reports from before it was kept). */
  textLanguage: textLanguageSchema.nullable().default(null),
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
