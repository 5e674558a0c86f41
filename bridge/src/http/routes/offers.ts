import { Hono } from 'hono';
import {
  type HeldPriceList,
  heldDecisionSchema,
  heldPriceListQuerySchema,
  type OfferListResponse,
  type OfferSettings,
  type OfferSummary,
  type OfferSyncResponse,
  offerListQuerySchema,
  offerSettingsPatchSchema,
  offerSyncRequestSchema,
} from '../../contract/offers';
import { OFFERS_PRICE_SYNC_JOB, OFFERS_STOCK_SYNC_JOB } from '../../contract/values';
import { decideHeldPrices } from '../../offers/prices/held-decision';
import { listHeldPrices } from '../../offers/views/held-prices';
import { listOffers } from '../../offers/views/offer-list';
import { offerSummary } from '../../offers/views/offer-summary';
import type { AppEnv } from '../env';
import { validJson, validQuery } from '../validate';

/** Stock and prices on Ozon: the rules, each offer as wanted, sent and accepted, held prices, reconciliation. */
export const offerRoutes = new Hono<AppEnv>()
  .get('/settings', async (c) => {
    const body: OfferSettings = await c.get('services').settings.offers();
    return c.json(body);
  })
  // Each part given replaces the stored one whole; the answer is the rules as stored.
  .put('/settings', validJson(offerSettingsPatchSchema, 'stock and price rules'), async (c) => {
    const body: OfferSettings = await c.get('services').settings.updateOffers(c.req.valid('json'));
    return c.json(body);
  })
  .get('/', validQuery(offerListQuerySchema, 'offer filter'), async (c) => {
    const { store, settings, clock } = c.get('services');
    const { stock } = await settings.offers();
    const body: OfferListResponse = await listOffers(store, c.req.valid('query'), {
      warehouses: stock.warehouses,
      now: new Date(clock.now()),
    });
    return c.json(body);
  })
  .get('/summary', async (c) => {
    const { store, settings, clock } = c.get('services');
    const body: OfferSummary = await offerSummary(store, settings, new Date(clock.now()));
    return c.json(body);
  })
  .get('/held', validQuery(heldPriceListQuerySchema, 'held price page'), async (c) => {
    const body: HeldPriceList = await listHeldPrices(c.get('services').store, c.req.valid('query'));
    return c.json(body);
  })
  .post('/held/decide', validJson(heldDecisionSchema, 'held price decision'), async (c) => {
    const { store, clock, arrivals } = c.get('services');
    const decided = await decideHeldPrices(store, c.req.valid('json'), new Date(clock.now()));
    // An approved price goes out at the worker's next look; woken, that is now.
    arrivals.notify();
    return c.json(decided);
  })
  /** Starts (or joins) the reconciliation of stock or prices with Ozon as a job; follow it at /api/v1/jobs/:id. */
  .post('/sync', validJson(offerSyncRequestSchema, 'sync request'), async (c) => {
    const { what, dryRun } = c.req.valid('json');
    const kind = what === 'stocks' ? OFFERS_STOCK_SYNC_JOB : OFFERS_PRICE_SYNC_JOB;
    const { id, existing, after } = await c.get('services').jobs.enqueue(kind, { dryRun });
    const body: OfferSyncResponse = { jobId: id, kind, existing, ...(after ? { after } : {}) };
    return c.json(body, existing ? 200 : 202);
  });
