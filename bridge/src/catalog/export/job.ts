import { and, eq, inArray } from 'drizzle-orm';
import {
  CATALOG_EXPORT_DRY_RUN_JOB,
  CATALOG_EXPORT_FOLLOW_JOB,
  CATALOG_EXPORT_JOB,
} from '../../contract/values';
import type { StoreDb } from '../../db/connection';
import { defineJob, type JobContext, type JobServices } from '../../jobs/define';
import type { OzonClient } from '../../ozon/client';
import { isDomainError } from '../../shared/domain-error';
import { loadExportContext } from './load-context';
import {
  type ExportCheckpoint,
  type ExportParams,
  exportCheckpointSchema,
  exportParamsSchema,
  type FollowParams,
  followCheckpointSchema,
  followParamsSchema,
} from './run/job-schemas';
import type { RunEnv } from './run/run-env';
import { runExport } from './run/run-export';
import { runFollow } from './run/run-follow';

// The kinds are named in the contract values, where the panel reads them too.
export { CATALOG_EXPORT_DRY_RUN_JOB, CATALOG_EXPORT_FOLLOW_JOB, CATALOG_EXPORT_JOB };

/** An Ozon client from the stored settings; a dry run goes on without one (no quota figures then). */
async function ozonFor(services: JobServices, dryRun: boolean): Promise<OzonClient | undefined> {
  try {
    return await services.settings.ozonClient({ log: services.log, clock: services.clock });
  } catch (error) {
    if (dryRun && isDomainError(error, 'OZON_NOT_CONFIGURED')) {
      return undefined;
    }
    throw error;
  }
}

/** Whether an export job is queued or running. */
async function exportUnderWay(store: StoreDb): Promise<boolean> {
  const t = store.own.jobs;
  const rows = await store.db
    .select({ id: t.id })
    .from(t)
    .where(and(eq(t.kind, CATALOG_EXPORT_JOB), inArray(t.state, ['queued', 'running'])))
    .limit(1);
  return rows.length > 0;
}

/** The run's environment under the bridge's services. */
export async function runEnvFor(
  services: JobServices,
  jobId: string | null,
  dryRun: boolean,
): Promise<RunEnv> {
  const settings = await services.settings.ozon();
  return {
    store: services.store,
    clock: services.clock,
    jobId,
    ozon: await ozonFor(services, dryRun),
    context: await loadExportContext(services.store, settings, services.config.storeUrl),
    warehouseId: settings.defaultWarehouseId,
    log: (entry) => services.log.write({ ...entry, kind: 'sync', ...(jobId ? { jobId } : {}) }),
  };
}

async function run(ctx: JobContext<ExportParams, ExportCheckpoint>, dryRun: boolean): Promise<string> {
  const env = await runEnvFor(ctx.services, ctx.jobId, dryRun);
  const summary = await runExport(
    env,
    { ...ctx.params, dryRun },
    {
      checkpoint: ctx.checkpoint,
      saveCheckpoint: (checkpoint, progress) => ctx.saveCheckpoint(checkpoint, progress),
      progress: (progress) => ctx.progress(progress),
      signal: ctx.signal,
    },
  );
  if (!dryRun && ctx.params.follow === 'job' && !ctx.signal.aborted) {
    const followParams: FollowParams = ctx.params.timing ? { timing: ctx.params.timing } : {};
    await ctx.services.jobs.enqueue(CATALOG_EXPORT_FOLLOW_JOB, followParams);
  }
  return summary;
}

/**
 * What an export does: which products, and whether for real. Timings and who follows Ozon's answers change how
 * it goes, not what it sends, so a request differing only in those joins the export already asked for.
 */
function exportWork(params: ExportParams): unknown {
  const onlyIds = params.onlyIds ? [...new Set(params.onlyIds)].sort((a, b) => a - b) : 'all';
  return { dryRun: params.dryRun, onlyIds };
}

/** The product export as a resumable bridge job (panel "export", CLI `sync products`). */
export const catalogExportJob = defineJob({
  kind: CATALOG_EXPORT_JOB,
  params: exportParamsSchema,
  checkpoint: exportCheckpointSchema,
  work: exportWork,
  run: (ctx) => run(ctx, false),
});

/** The dry run: everything the export would send, and the quota it would use; nothing sent or changed. */
export const catalogExportDryRunJob = defineJob({
  kind: CATALOG_EXPORT_DRY_RUN_JOB,
  params: exportParamsSchema,
  checkpoint: exportCheckpointSchema,
  work: exportWork,
  run: (ctx) => run(ctx, true),
});

/** The follow-up of exports: Ozon's task results, re-checks of lost imports, moderation until live. */
export const catalogExportFollowJob = defineJob({
  kind: CATALOG_EXPORT_FOLLOW_JOB,
  params: followParamsSchema,
  checkpoint: followCheckpointSchema,
  async run(ctx) {
    const env = await runEnvFor(ctx.services, ctx.jobId, false);
    const { summary } = await runFollow(
      env,
      ctx.params,
      {
        checkpoint: ctx.checkpoint,
        saveCheckpoint: (checkpoint) => ctx.saveCheckpoint(checkpoint),
        progress: (progress) => ctx.progress(progress),
        signal: ctx.signal,
      },
      {
        async send(productIds) {
          // An export of just those products, queued behind any export under way (never beside it). When an
          // export of the very same products is already queued or running they are kept and offered again on the
          // next pass (that run may be past them), so none is left behind.
          const { id, existing, after } = await ctx.services.jobs.enqueue(CATALOG_EXPORT_JOB, {
            onlyIds: [...productIds],
            follow: 'job',
            ...(ctx.params.timing ? { timing: ctx.params.timing } : {}),
          });
          if (existing) {
            return productIds;
          }
          await ctx.log({
            level: 'info',
            message: `${productIds.length} products whose import never reached Ozon are sent again by export ${id}${after ? ` (after export ${after})` : ''}`,
          });
          return [];
        },
        // An export that ends while this job runs hands its imports to this job (its own follow-up joins it).
        busy: () => exportUnderWay(ctx.services.store),
      },
    );
    return summary;
  },
});
