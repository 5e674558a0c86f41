import { OFFERS_STOCK_SYNC_JOB } from '../../contract/values';
import { defineJob } from '../../jobs/define';
import { stockSyncCheckpointSchema, syncStocks } from '../stock/stock-sync';
import { depsForJob } from './deps-for-job';
import { offerSyncParamsSchema } from './params';

/** Stock on Ozon reconciled with the store as a resumable job: `sync stocks`, the panel's button, the schedule. */
export const offersStockSyncJob = defineJob({
  kind: OFFERS_STOCK_SYNC_JOB,
  params: offerSyncParamsSchema,
  checkpoint: stockSyncCheckpointSchema,
  async run(ctx) {
    const deps = await depsForJob(ctx);
    const settings = await ctx.services.settings.offers();
    return syncStocks(deps, settings.stock, {
      dryRun: ctx.params.dryRun,
      checkpoint: ctx.checkpoint,
      saveCheckpoint: (checkpoint) => ctx.saveCheckpoint(checkpoint),
      progress: (done, total) => ctx.progress({ done, total }),
    });
  },
});
