import type { Hono } from 'hono';
import type { AppEnv } from '../services';
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
];
