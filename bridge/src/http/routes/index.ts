import { Hono } from 'hono';
import type { AppEnv } from '../env';
import { catalogExportRoutes } from './catalog-export';
import { catalogMappingCategoryRoutes } from './catalog-mapping-categories';
import { catalogMappingChoiceRoutes } from './catalog-mapping-choices';
import { catalogMappingLeafRoutes } from './catalog-mapping-leaves';
import { catalogMappingOptionRoutes } from './catalog-mapping-options';
import { catalogMappingOzonRoutes } from './catalog-mapping-ozon';
import { catalogMappingProductRoutes } from './catalog-mapping-products';
import { catalogMappingSuggestionRoutes } from './catalog-mapping-suggestions';
import { catalogProductRoutes } from './catalog-products';
import { eventRoutes } from './events';
import { jobRoutes } from './jobs';
import { logRoutes } from './logs';
import { offerRoutes } from './offers';
import { settingsRoutes } from './settings';
import { statusRoutes } from './status';

/**
 * Every authenticated API resource, mounted under /api/v1. One chain, so that its type carries every route to
 * the panel's typed client (AppType); a feature adds its own line here and keeps its routes in its own file.
 */
export const apiRoutes = new Hono<AppEnv>()
  .route('/status', statusRoutes)
  .route('/events', eventRoutes)
  .route('/settings', settingsRoutes)
  .route('/logs', logRoutes)
  .route('/jobs', jobRoutes)
  .route('/catalog-mapping/ozon', catalogMappingOzonRoutes)
  .route('/catalog-mapping/categories', catalogMappingCategoryRoutes)
  .route('/catalog-mapping/products', catalogMappingProductRoutes)
  .route('/catalog-mapping/leaves', catalogMappingLeafRoutes)
  .route('/catalog-mapping/dictionary-choices', catalogMappingChoiceRoutes)
  .route('/catalog-mapping/options', catalogMappingOptionRoutes)
  .route('/catalog-mapping/suggestions', catalogMappingSuggestionRoutes)
  .route('/catalog/products', catalogProductRoutes)
  .route('/catalog/export', catalogExportRoutes)
  .route('/offers', offerRoutes);
