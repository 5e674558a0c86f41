import { and, count, eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../env';

export const statusResponseSchema = z.object({
  version: z.string(),
  tablePrefix: z.string(),
  store: z.object({ name: z.string(), products: z.number(), enabledProducts: z.number() }),
  time: z.string(),
});
export type StatusResponse = z.infer<typeof statusResponseSchema>;

/** What the bridge sees of the store: proves to the panel (and to a signed curl) that the chain works end to end. */
export const statusRoutes = new Hono<AppEnv>().get('/', async (c) => {
  const { store, clock, version } = c.get('services');
  const { db, oc } = store;
  const [all] = await db.select({ n: count() }).from(oc.product);
  const [enabled] = await db.select({ n: count() }).from(oc.product).where(eq(oc.product.status, 1));
  const [name] = await db
    .select({ value: oc.setting.value })
    .from(oc.setting)
    // store_id 0 is the default store; a multi-store OpenCart has one config_name per store.
    .where(and(eq(oc.setting.storeId, 0), eq(oc.setting.key, 'config_name')))
    .limit(1);
  const body: StatusResponse = {
    version,
    tablePrefix: store.prefix,
    store: { name: name?.value ?? '', products: all?.n ?? 0, enabledProducts: enabled?.n ?? 0 },
    time: new Date(clock.now()).toISOString(),
  };
  return c.json(body);
});
