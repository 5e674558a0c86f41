import { z } from 'zod';
import { changeMarkSchema } from '../../changes/change-mark';
import { exportReportSchema } from '../plan/export-report';

/** Overrides of the waits (tests and demos run Ozon's emulator with short task and moderation times). */
export const timingOverridesSchema = z
  .object({
    pollIntervalMs: z.int().min(10).max(600_000),
    settleWaitMs: z.int().min(0).max(86_400_000),
    moderationWaitMs: z.int().min(0).max(86_400_000),
  })
  .partial();

/** What an export job is asked to do. */
export const exportParamsSchema = z.object({
  /** Build, check and count, send nothing, change no product state. */
  dryRun: z.boolean().default(false),
  /** Only these OpenCart product ids (the panel's "send now", the CLI's --only). */
  onlyIds: z.array(z.int().positive()).max(10_000).optional(),
  timing: timingOverridesSchema.optional(),
  /**
   * `job`: the export ends once everything is sent and a follow-up job polls Ozon's tasks and moderation (the
   * panel's choice, so that a merchant's next "send now" never waits behind a day of moderation); `inline`: this
   * run follows them itself before it ends (the default: the caller waiting for the export sees products live).
   */
  follow: z.enum(['job', 'inline']).default('inline'),
  /**
   * Without `onlyIds`: `all` compares every product; `changed` reads only what the store reports changed since
   * the last complete sync, and compares everything once a day (and after settings or mapping changed).
   */
  scope: z.enum(['all', 'changed']).default('all'),
});
export type ExportParams = z.infer<typeof exportParamsSchema>;
export type ExportParamsInput = z.input<typeof exportParamsSchema>;

export const exportPhases = ['pages', 'deleted', 'settle', 'moderation', 'done'] as const;
export type ExportPhase = (typeof exportPhases)[number];

/**
 * Where an export stands. Saved after each page's data is written, so a run resumed after a crash starts at the
 * first page not yet done; the pages before it are not rebuilt, and the page it redoes sends nothing twice
 * (units already sent carry their hash).
 */
export const exportCheckpointSchema = z.object({
  phase: z.enum(exportPhases),
  /** Last product_id whose page is complete. */
  afterId: z.int().min(0),
  /** Products whose lost imports did not land: sent again in the settle phase. */
  resendIds: z.array(z.int()).default([]),
  halted: z.boolean().default(false),
  report: exportReportSchema,
  /** A sync of what changed: the products it reads (decided once, so a resumed run reads the same). */
  narrowedIds: z.array(z.int()).optional(),
  /** Where the store stood when this whole-catalogue sync started: recorded when it completes. */
  mark: changeMarkSchema.optional(),
});
export type ExportCheckpoint = z.infer<typeof exportCheckpointSchema>;

/** The follow-up job: Ozon's answers to what exports sent. */
export const followParamsSchema = z.object({ timing: timingOverridesSchema.optional() });
export type FollowParams = z.infer<typeof followParamsSchema>;

export const followCheckpointSchema = z.object({
  phase: z.enum(['settle', 'moderation', 'done']),
  imported: z.number(),
  failed: z.number(),
  live: z.number(),
  /** Products whose lost imports never reached Ozon and that no export has taken over yet. */
  resendIds: z.array(z.int()).default([]),
});
export type FollowCheckpoint = z.infer<typeof followCheckpointSchema>;
