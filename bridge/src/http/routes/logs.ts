import { and, count, eq, gte, type SQL, sql } from 'drizzle-orm';
import { Hono } from 'hono';
import { z } from 'zod';
import { redact } from '../../log/redact';
import { logQuerySchema } from '../../log/sync-log';
import type { Services } from '../../services/services';
import type { AppEnv } from '../env';
import { ApiError } from '../errors';
import { parseOr } from '../request';
import type { LogActivityBody, LogDetailBody, LogListBody } from './logs-schema';

const activityQuerySchema = z.object({
  minutes: z.coerce
    .number()
    .int()
    .min(5)
    .max(24 * 60)
    .default(60),
  kind: z.enum(['api', 'sync', 'system']).optional(),
});

const BUCKET_MS = 60_000;

/** Secrets the bridge knows right now; entries are redacted at write time, this masks them once more on read. */
async function knownSecrets(services: Services): Promise<string[]> {
  await services.settings.ozon().catch(() => undefined);
  return [await services.secrets.current(), ...services.settings.knownSecrets()].filter((s) => s !== '');
}

/** Per-minute counts by level for the panel's activity chart. */
async function activity(
  services: Services,
  minutes: number,
  kind: string | undefined,
): Promise<LogActivityBody> {
  const table = services.store.own.syncLog;
  const end = Math.floor(services.clock.now() / BUCKET_MS) * BUCKET_MS + BUCKET_MS;
  const start = end - minutes * BUCKET_MS;
  const where: SQL[] = [gte(table.at, new Date(start))];
  if (kind === 'api' || kind === 'sync' || kind === 'system') {
    where.push(eq(table.kind, kind));
  }
  const minute = sql<string>`DATE_FORMAT(${table.at}, '%Y-%m-%dT%H:%i:00Z')`;
  const rows = await services.store.db
    .select({ minute, level: table.level, n: count() })
    .from(table)
    .where(and(...where))
    .groupBy(minute, table.level);
  const buckets = Array.from({ length: minutes }, (_, i) => ({
    at: new Date(start + i * BUCKET_MS).toISOString(),
    info: 0,
    warning: 0,
    error: 0,
  }));
  for (const row of rows) {
    const bucket = buckets[Math.floor((Date.parse(row.minute) - start) / BUCKET_MS)];
    if (bucket) {
      bucket[row.level] += Number(row.n);
    }
  }
  return {
    kind: kind === 'api' || kind === 'sync' || kind === 'system' ? kind : null,
    bucketSeconds: 60,
    buckets,
  };
}

/** The merchant's log: filters and paging on the server, detail with request/response on demand. */
export const logRoutes = new Hono<AppEnv>()
  .get('/', async (c) => {
    const query = parseOr(logQuerySchema, c.req.query(), 'log filter');
    const { items, nextBefore } = await c.get('services').log.query(query);
    const body: LogListBody = {
      items: items.map(({ detail, ...rest }) => ({ ...rest, hasDetail: detail !== null })),
      nextBefore,
    };
    return c.json(body);
  })
  .get('/activity', async (c) => {
    const { minutes, kind } = parseOr(activityQuerySchema, c.req.query(), 'activity query');
    return c.json(await activity(c.get('services'), minutes, kind));
  })
  .get('/:id{[0-9]+}', async (c) => {
    const services = c.get('services');
    const table = services.store.own.syncLog;
    const [row] = await services.store.db
      .select()
      .from(table)
      .where(eq(table.id, Number(c.req.param('id'))))
      .limit(1);
    if (!row) {
      throw new ApiError('NOT_FOUND', `no log entry ${c.req.param('id')}`);
    }
    const secrets = await knownSecrets(services);
    // Only the text parts: redact() walks objects, and would turn the Date in `at` into {}.
    const entry = { ...row, message: redact(row.message, secrets), detail: redact(row.detail, secrets) };
    const body: LogDetailBody = { entry };
    return c.json(body);
  });
