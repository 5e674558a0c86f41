import { ozonRefreshRequestSchema } from '../../contract/catalog-mapping/ozon';
import { OZON_CATALOGUE_REFRESH_JOB } from '../../contract/values';
import { defineJob } from '../../jobs/define';
import { catalogueRefreshCheckpointSchema, refreshOzonCatalogue } from './refresh-catalogue';

/**
 * Refreshes the cached Ozon catalogue in the background (the panel's "refresh" button and the demo). Resumable:
 * a bridge stopped mid-refresh continues with the dictionaries it had not finished.
 */
export const ozonCatalogueRefreshJob = defineJob({
  kind: OZON_CATALOGUE_REFRESH_JOB,
  // The job's parameters are what POST /catalog-mapping/ozon/refresh accepts.
  params: ozonRefreshRequestSchema,
  checkpoint: catalogueRefreshCheckpointSchema,
  async run(ctx) {
    const { store, clock, log, settings } = ctx.services;
    const client = await settings.ozonClient({ log, clock });
    const summary = await refreshOzonCatalogue(store, await settings.ozon(), client, ctx.params, {
      now: () => clock.now(),
      signal: ctx.signal,
      checkpoint: ctx.checkpoint,
      saveCheckpoint: (checkpoint, done, total) => ctx.saveCheckpoint(checkpoint, { done, total }),
    });
    const parts = [
      summary.nodes > 0 ? `${summary.leaves} Ozon leaves` : undefined,
      `${summary.attributes} attributes`,
      `${summary.values} dictionary values`,
      summary.tooLarge.length > 0 ? `${summary.tooLarge.length} dictionaries capped` : undefined,
      summary.failedLeaves.length > 0 ? `${summary.failedLeaves.length} leaves refused by Ozon` : undefined,
    ];
    return parts.filter((p) => p !== undefined).join(', ');
  },
});
