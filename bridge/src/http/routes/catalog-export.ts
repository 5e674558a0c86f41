import { Hono } from 'hono';
import { readQuota } from '../../catalog/export/run/quota';
import { findExportRun, listExportRuns } from '../../catalog/export/runs/export-runs';
import {
  type ExportRunsResponse,
  exportRunsQuerySchema,
  type QuotaResponse,
  type StartExportResponse,
  startExportRequestSchema,
} from '../../contract/catalog-export';
import { CATALOG_EXPORT_DRY_RUN_JOB, CATALOG_EXPORT_JOB } from '../../contract/values';
import type { AppEnv } from '../env';
import { ApiError } from '../errors';
import { validJson, validQuery } from '../validate';

/** Starting exports, their reports and Ozon's quota, for the panel. */
export const catalogExportRoutes = new Hono<AppEnv>()
  /** Starts an export or dry run as a background job; follow it at /api/v1/jobs/:id/stream. */
  .post('/', validJson(startExportRequestSchema, 'export request'), async (c) => {
    const request = c.req.valid('json');
    const kind = request.dryRun ? CATALOG_EXPORT_DRY_RUN_JOB : CATALOG_EXPORT_JOB;
    const { id, existing, after } = await c.get('services').jobs.enqueue(kind, {
      dryRun: request.dryRun,
      ...(request.onlyIds ? { onlyIds: request.onlyIds } : {}),
      // Ozon's answers are followed by a follow-up job, so that the next "send now" is not held up by moderation.
      follow: 'job',
    });
    const body: StartExportResponse = { jobId: id, kind, existing, ...(after ? { after } : {}) };
    return c.json(body, existing ? 200 : 202);
  })
  .get('/runs', validQuery(exportRunsQuerySchema, 'run filter'), async (c) => {
    const body: ExportRunsResponse = {
      items: await listExportRuns(c.get('services').store, c.req.valid('query')),
    };
    return c.json(body);
  })
  .get('/runs/:jobId', async (c) => {
    return c.json(await findExportRun(c.get('services').store, c.req.param('jobId')));
  })
  /** POST /v4/product/info/limit (ProductAPI_GetUploadQuota) through the configured client. */
  .get('/quota', async (c) => {
    const { settings, log, clock } = c.get('services');
    const quota = await readQuota(await settings.ozonClient({ log, clock }), c.req.raw.signal);
    if (!quota) {
      throw new ApiError('OZON_ERROR', 'Ozon did not answer the quota request; see the log');
    }
    const left = (limit: number, used: number): number | null =>
      limit < 0 ? null : Math.max(0, limit - used);
    const body: QuotaResponse = {
      quota,
      left: {
        create: left(quota.createLimit, quota.createUsed),
        update: left(quota.updateLimit, quota.updateUsed),
      },
    };
    return c.json(body);
  });
