import { z } from 'zod';
import { OFFERS_STOCK_SYNC_JOB } from '../../contract/values';
import { defineJob } from '../../jobs/define';
import { DomainError } from '../../shared/domain-error';
import { offerDepsSource } from '../offer-services';
import { stockSyncCheckpointSchema, syncStocks } from '../stock/stock-sync';

export const offerSyncParamsSchema = z.object({ dryRun: z.boolean().default(false) });
export type OfferSyncParams = z.input<typeof offerSyncParamsSchema>;

/** Stock on Ozon reconciled with the store as a resumable job: `sync stocks`, the panel's button, the schedule. */
export const offersStockSyncJob = defineJob({
  kind: OFFERS_STOCK_SYNC_JOB,
  params: offerSyncParamsSchema,
  checkpoint: stockSyncCheckpointSchema,
  async run(ctx) {
    const deps = await offerDepsSource(ctx.services, ctx.jobId)();
    if (!deps) {
      throw new DomainError(
        'OZON_NOT_CONFIGURED',
        'Ozon Client-Id and Api-Key are not set yet: enter them on the settings page',
      );
    }
    const settings = await ctx.services.settings.offers();
    return syncStocks({ ...deps, signal: ctx.signal }, settings.stock, {
      dryRun: ctx.params.dryRun,
      checkpoint: ctx.checkpoint,
      saveCheckpoint: (checkpoint) => ctx.saveCheckpoint(checkpoint),
      progress: (done, total) => ctx.progress({ done, total }),
    });
  },
});
