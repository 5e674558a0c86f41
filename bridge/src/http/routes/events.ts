import { Hono } from 'hono';
import { type StoreEventResponse, storeEventSchema } from '../../contract/store-events';
import { queueStoreEvent } from '../../store-events/intake';
import type { AppEnv } from '../env';
import { validJson } from '../validate';

/** Store events from the OpenCart extension, queued for later (see store-events/intake.ts). */
export const eventRoutes = new Hono<AppEnv>().post(
  '/',
  validJson(storeEventSchema, 'store event'),
  async (c) => {
    const { store, clock, arrivals } = c.get('services');
    await queueStoreEvent(store, c.req.valid('json'), new Date(clock.now()));
    arrivals.notify();
    const body: StoreEventResponse = { queued: true };
    return c.json(body, 202);
  },
);
