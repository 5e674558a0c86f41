import { OFFERS_PRICE_SYNC_JOB } from '../../contract/values';
import { defineJob } from '../../jobs/define';
import { readPriceContext } from '../prices/price-context';
import { priceSyncCheckpointSchema, syncPrices } from '../prices/price-sync';
import { countOfferUnits } from '../shared/count-units';
import { depsForJob } from './deps-for-job';
import { offerSyncParamsSchema } from './params';

/** Prices on Ozon reconciled with the store and the price rules as a resumable job: `sync prices`, the panel. */
export const offersPriceSyncJob = defineJob({
  kind: OFFERS_PRICE_SYNC_JOB,
  params: offerSyncParamsSchema,
  checkpoint: priceSyncCheckpointSchema,
  async run(ctx) {
    const deps = await depsForJob(ctx);
    const settings = await ctx.services.settings.offers();
    const context = await readPriceContext(deps.store, settings.prices, deps.currency);
    const total = await countOfferUnits(deps.store);
    return syncPrices(deps, context, settings.prices, {
      dryRun: ctx.params.dryRun,
      checkpoint: ctx.checkpoint,
      saveCheckpoint: (checkpoint) => ctx.saveCheckpoint(checkpoint),
      progress: (done) => ctx.progress({ done, total }),
    });
  },
});
