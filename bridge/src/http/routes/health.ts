import { Hono } from 'hono';
import type { HealthResponse } from '../../contract/health';
import type { AppEnv } from '../env';

/** Unauthenticated liveness answer: says only that the bridge runs, nothing about the store. */
export const healthRoutes = new Hono<AppEnv>().get('/', (c) => {
  const body: HealthResponse = { ok: true, draining: c.get('services').lifecycle.draining };
  return c.json(body);
});
