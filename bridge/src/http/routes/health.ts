import { Hono } from 'hono';
import type { HealthResponse } from '../../contract/health';
import { pingDatabase } from '../../db/unavailable';
import type { AppEnv } from '../env';

/**
 * Unauthenticated: that the bridge runs and reaches the store's database, nothing about the store's contents.
 * Without the database it answers 503 DATABASE_UNAVAILABLE in the error envelope (thrown to the app's handler).
 */
export const healthRoutes = new Hono<AppEnv>().get('/', async (c) => {
  const { store, lifecycle } = c.get('services');
  await pingDatabase(store.pool);
  const body: HealthResponse = { ok: true, draining: lifecycle.draining };
  return c.json(body);
});
