import { Hono } from 'hono';
import {
  type LogActivityResponse,
  type LogDetailResponse,
  type LogListResponse,
  logActivityQuerySchema,
  logQuerySchema,
} from '../../contract/logs';
import { logActivity } from '../../log/activity';
import { logListItem } from '../../log/entry-view';
import { readLogEntry } from '../../log/read-entry';
import { currentSecrets } from '../../services/known-secrets';
import type { AppEnv } from '../env';
import { validQuery } from '../validate';

/** The merchant's log: filters and paging on the server, detail with request/response on demand. */
export const logRoutes = new Hono<AppEnv>()
  .get('/', validQuery(logQuerySchema, 'log filter'), async (c) => {
    const { items, nextBefore } = await c.get('services').log.query(c.req.valid('query'));
    const body: LogListResponse = { items: items.map(logListItem), nextBefore };
    return c.json(body);
  })
  .get('/activity', validQuery(logActivityQuerySchema, 'activity query'), async (c) => {
    const { store, clock } = c.get('services');
    const body: LogActivityResponse = await logActivity(store, clock.now(), c.req.valid('query'));
    return c.json(body);
  })
  .get('/:id{[0-9]+}', async (c) => {
    const services = c.get('services');
    const entry = await readLogEntry(
      services.store,
      Number(c.req.param('id')),
      await currentSecrets(services),
    );
    const body: LogDetailResponse = { entry };
    return c.json(body);
  });
