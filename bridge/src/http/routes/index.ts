import type { Hono } from 'hono';
import type { AppEnv } from '../env';
import { catalogExportRoutes } from './catalog-export';
import { catalogMappingCategoryRoutes } from './catalog-mapping-categories';
import { catalogMappingChoiceRoutes } from './catalog-mapping-choices';
import { catalogMappingLeafRoutes } from './catalog-mapping-leaves';
import { catalogMappingOptionRoutes } from './catalog-mapping-options';
import { catalogMappingOzonRoutes } from './catalog-mapping-ozon';
import { catalogMappingProductRoutes } from './catalog-mapping-products';
import { catalogProductRoutes } from './catalog-products';
import { eventRoutes } from './events';
import { jobRoutes } from './jobs';
import { logRoutes } from './logs';
import { settingsRoutes } from './settings';
import { statusRoutes } from './status';

/**
 * Every authenticated API resource, mounted under /api/v1. A feature adds its own line here and keeps its
 * routes in its own file.
 */
export const apiRoutes: ReadonlyArray<readonly [string, Hono<AppEnv>]> = [
  ['/status', statusRoutes],
  ['/events', eventRoutes],
  ['/settings', settingsRoutes],
  ['/logs', logRoutes],
  ['/jobs', jobRoutes],
  ['/catalog-mapping/ozon', catalogMappingOzonRoutes],
  ['/catalog-mapping/categories', catalogMappingCategoryRoutes],
  ['/catalog-mapping/products', catalogMappingProductRoutes],
  ['/catalog-mapping/leaves', catalogMappingLeafRoutes],
  ['/catalog-mapping/dictionary-choices', catalogMappingChoiceRoutes],
  ['/catalog-mapping/options', catalogMappingOptionRoutes],
  ['/catalog/products', catalogProductRoutes],
  ['/catalog/export', catalogExportRoutes],
];
