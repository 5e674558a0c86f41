import { catalogExportDryRunJob, catalogExportFollowJob, catalogExportJob } from '../catalog/export/job';
import { ozonCatalogueRefreshJob } from '../catalog/ozon-catalogue/refresh-job';
import { offersPriceSyncJob } from '../offers/jobs/price-sync-job';
import { offersStockSyncJob } from '../offers/jobs/stock-sync-job';
import type { JobDefinition } from './define';

/**
 * Every job kind this bridge can run. A feature adds its definition here; a job whose kind is missing (after a
 * downgrade) fails with a clear message instead of being dropped.
 */
export const jobDefinitions: readonly JobDefinition[] = [
  ozonCatalogueRefreshJob,
  catalogExportJob,
  catalogExportDryRunJob,
  catalogExportFollowJob,
  offersStockSyncJob,
  offersPriceSyncJob,
];
