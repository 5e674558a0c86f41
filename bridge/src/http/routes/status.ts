import { Hono } from 'hono';
import type { StatusResponse } from '../../contract/status';
import { storeSummary } from '../../statistics/store-summary';
import type { AppEnv } from '../env';

/** What the bridge sees of the store: proves to the panel (and to a signed curl) that the chain works end to end. */
export const statusRoutes = new Hono<AppEnv>().get('/', async (c) => {
  const { store, clock, version } = c.get('services');
  const body: StatusResponse = {
    version,
    tablePrefix: store.prefix,
    store: await storeSummary(store),
    time: new Date(clock.now()).toISOString(),
  };
  return c.json(body);
});
