import { desc, eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { CATALOG_EXPORT_DRY_RUN_JOB, CATALOG_EXPORT_JOB } from '../../catalog/export/job';
import { exportReportSchema } from '../../catalog/export/plan/export-report';
import { readQuota } from '../../catalog/export/run/quota';
import type { StoreDb } from '../../db/connection';
import type { AppEnv } from '../env';
import { ApiError } from '../errors';
import { jsonBody, parseOr } from '../request';
import {
  type ExportRun,
  exportRunsQuerySchema,
  type QuotaResponse,
  type StartExportResponse,
  startExportRequestSchema,
} from './catalog-export-schema';

type RunRow = StoreDb['own']['exportRuns']['$inferSelect'];

function runView(row: RunRow): ExportRun {
  return {
    jobId: row.jobId,
    mode: row.mode,
    report: exportReportSchema.parse(row.report),
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}

/** Starting exports, their reports and Ozon's quota, for the panel. */
export const catalogExportRoutes = new Hono<AppEnv>()
  /** Starts an export or dry run as a background job; follow it at /api/v1/jobs/:id/stream. */
  .post('/', async (c) => {
    const request = parseOr(startExportRequestSchema, await jsonBody(c), 'export request');
    const kind = request.dryRun ? CATALOG_EXPORT_DRY_RUN_JOB : CATALOG_EXPORT_JOB;
    const { id, existing } = await c.get('services').jobs.enqueue(kind, {
      dryRun: request.dryRun,
      ...(request.onlyIds ? { onlyIds: request.onlyIds } : {}),
      // Ozon's answers are followed by a follow-up job, so that the next "send now" is not held up by moderation.
      follow: 'job',
    });
    return c.json({ jobId: id, kind, existing } satisfies StartExportResponse, existing ? 200 : 202);
  })
  .get('/runs', async (c) => {
    const q = parseOr(exportRunsQuerySchema, c.req.query(), 'run filter');
    const t = c.get('services').store.own.exportRuns;
    const db = c.get('services').store.db;
    const rows = await (q.mode ? db.select().from(t).where(eq(t.mode, q.mode)) : db.select().from(t))
      .orderBy(desc(t.createdAt))
      .limit(q.limit);
    return c.json({ items: rows.map(runView) });
  })
  .get('/runs/:jobId', async (c) => {
    const t = c.get('services').store.own.exportRuns;
    const [row] = await c
      .get('services')
      .store.db.select()
      .from(t)
      .where(eq(t.jobId, c.req.param('jobId')));
    if (!row) {
      throw new ApiError('NOT_FOUND', 'no export run with this job id');
    }
    return c.json(runView(row));
  })
  /** POST /v4/product/info/limit (ProductAPI_GetUploadQuota) through the configured client. */
  .get('/quota', async (c) => {
    const { settings, log, clock } = c.get('services');
    const ozon = await settings.ozonClient({ log, clock });
    const quota = await readQuota(ozon, c.req.raw.signal);
    if (!quota) {
      throw new ApiError('OZON_ERROR', 'Ozon did not answer the quota request; see the log');
    }
    const left = (limit: number, used: number): number | null =>
      limit < 0 ? null : Math.max(0, limit - used);
    return c.json({
      quota,
      left: {
        create: left(quota.createLimit, quota.createUsed),
        update: left(quota.updateLimit, quota.updateUsed),
      },
    } satisfies QuotaResponse);
  });
