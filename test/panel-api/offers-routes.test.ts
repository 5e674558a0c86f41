import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { errorEnvelopeSchema } from '../../bridge/src/contract/errors';
import {
  heldPriceListSchema,
  offerListResponseSchema,
  offerSettingsSchema,
  offerSummarySchema,
  offerSyncResponseSchema,
} from '../../bridge/src/contract/offers';
import { OFFERS_PRICE_SYNC_JOB, OFFERS_STOCK_SYNC_JOB } from '../../bridge/src/contract/values';
import { defineJob } from '../../bridge/src/jobs/define';
import { offerSyncParamsSchema } from '../../bridge/src/offers/jobs/params';
import { useTestBridge } from '../harness/test-bridge';
import type { TestStore } from '../harness/test-store';
import { signedFetch } from './signed-fetch';

/*
 * The offers routes over a real database: rows written straight into the offers tables (the push engine that
 * fills them is tested on its own), read back through the API as the panel reads them.
 */

/**
 * Stand-ins for the reconciliation jobs with their real params, so that what POST /offers/sync queues is what the
 * jobs take, while their runs leave the rows these tests read alone.
 */
const standIn = (kind: string) =>
  defineJob({
    kind,
    params: offerSyncParamsSchema,
    checkpoint: z.object({}),
    run: async () => 'stand-in',
  });

const HOUR = 3_600_000;
const W1 = '1020000000001';
const W2 = '1020000000002';
/**
 * Product A has no variants, B has two (values 46 and 47 of its size option), C is in step with Ozon. Ids above
 * OpenCart's own sample products, which its install SQL brings along.
 */
const A = 901;
const B = 902;
const C = 903;
const SIZE_OPTION = 11;

async function insertProducts(store: TestStore): Promise<void> {
  const { db, oc } = store;
  const product = (productId: number, quantity: number) => ({
    productId,
    model: `M-${productId}`,
    sku: '',
    upc: '',
    ean: '',
    jan: '',
    isbn: '',
    mpn: '',
    location: '',
    quantity,
    stockStatusId: 7,
    manufacturerId: 0,
    taxClassId: 0,
    status: 1,
    dateAdded: '2026-01-01 00:00:00',
    dateModified: '2026-01-01 00:00:00',
  });
  await db.insert(oc.product).values([product(A, 12), product(B, 0), product(C, -2)]);
  const value = (optionValueId: number, quantity: number) => ({
    productOptionId: 9001,
    productId: B,
    optionId: SIZE_OPTION,
    optionValueId,
    quantity,
    subtract: 1,
    price: '0',
    pricePrefix: '+',
    points: 0,
    pointsPrefix: '+',
    weight: '0',
    weightPrefix: '+',
  });
  await db.insert(oc.productOptionValue).values([value(46, 5), value(47, 9)]);
}

async function insertOffers(store: TestStore, now: Date): Promise<void> {
  const { db, own } = store;
  const ago = (hours: number) => new Date(now.getTime() - hours * HOUR);
  const unit = (productId: number, variantKey: string, state: 'live' | 'moderation') => ({
    productId,
    variantKey,
    offerId: `OFFER-${productId}${variantKey === '' ? '' : `-${variantKey}`}`,
    // Ozon's and the store's texts are shown as text: the panel must never read this as markup.
    name: productId === A ? 'Ball <b>red</b> & co' : `Product ${productId}`,
    state,
    updatedAt: ago(48),
  });
  await db
    .insert(own.productState)
    .values([unit(A, '', 'live'), unit(B, '46', 'live'), unit(B, '47', 'moderation'), unit(C, '', 'live')]);
  const pair = (productId: number, variantKey: string, warehouseId: string) => ({
    productId,
    variantKey,
    warehouseId,
    offerId: `OFFER-${productId}${variantKey === '' ? '' : `-${variantKey}`}`,
    wanted: 10,
    sent: 10,
    accepted: 10,
    acceptedAt: ago(30),
    updatedAt: ago(30),
  });
  await db.insert(own.offerStocks).values([
    // A: due in 20 s at W1 (the 30 s rule), refused at W2 five hours ago.
    { ...pair(A, '', W1), wanted: 8, dueAt: new Date(now.getTime() + 20_000), updatedAt: ago(1) },
    {
      ...pair(A, '', W2),
      errorCode: 'STOCK_TOO_BIG',
      errorMessage: 'Ozon: <script>alert(1)</script>',
      updatedAt: ago(5),
    },
    // B: size 46 accepted an hour ago (today), size 47 waits for Ozon's sale since three hours.
    { ...pair(B, '46', W1), acceptedAt: ago(1) },
    { ...pair(B, '47', W1), wanted: 4, sent: null, accepted: null, acceptedAt: null, dueAt: ago(3) },
    // C: in step.
    pair(C, '', W1),
  ]);
  const price = (productId: number, variantKey: string) => ({
    productId,
    variantKey,
    offerId: `OFFER-${productId}${variantKey === '' ? '' : `-${variantKey}`}`,
    wantedPrice: '1000',
    wantedOldPrice: '0',
    sentPrice: '1000',
    sentOldPrice: '0',
    acceptedPrice: '1000',
    acceptedOldPrice: '0',
    acceptedAt: ago(30),
    ozonPrice: '1000',
    ozonOldPrice: '0',
    updatedAt: ago(30),
  });
  await db.insert(own.offerPrices).values([
    // Held for ten hours: the oldest problem of all, so A leads the problem list.
    { ...price(A, ''), wantedPrice: '1500', heldPrice: '1500', heldOldPrice: '1800', heldAt: ago(10) },
    { ...price(B, '46'), wantedPrice: '600', heldPrice: '600', heldOldPrice: '0', heldAt: ago(2) },
    { ...price(B, '47'), wantedPrice: '1100', dueAt: ago(0.5) },
    { ...price(C, ''), acceptedAt: ago(0.25) },
  ]);
}

describe('offers routes', () => {
  const fx = useTestBridge({ jobs: [standIn(OFFERS_STOCK_SYNC_JOB), standIn(OFFERS_PRICE_SYNC_JOB)] });
  const api = (method: string, path: string, body?: unknown) =>
    signedFetch(fx.bridge, method, `/api/v1/offers${path}`, body);
  const fields = (json: unknown) => Object.keys(errorEnvelopeSchema.parse(json).error.fields ?? {});

  it('answers the default rules, stores a valid change and refuses shares that do not add up to 100', async () => {
    const defaults = offerSettingsSchema.parse((await api('GET', '/settings')).json);
    expect(defaults.stock).toMatchObject({ warehouses: [], distribution: 'same' });
    expect(defaults.prices).toMatchObject({ source: 'special', guardrailPercent: 30 });

    const stock = {
      warehouses: [
        { warehouseId: W1, name: 'Moscow', bulky: false, share: 60 },
        { warehouseId: W2, name: 'Kazan', bulky: false, share: 40 },
      ],
      distribution: 'split',
      rule: { keepBack: 2, percent: 90, maximum: 500, exclude: false },
      categories: { '20': { percent: 50 } },
      products: { '3': { exclude: true } },
    };
    const prices = { ...defaults.prices, markupPercent: 12.5, rounding: 'end9', guardrailPercent: 25 };
    const saved = await api('PUT', '/settings', { stock, prices });
    expect(saved.status).toBe(200);
    const stored = offerSettingsSchema.parse(saved.json);
    expect(stored.stock).toEqual(stock);
    expect(stored.prices).toEqual(prices);
    expect(offerSettingsSchema.parse((await api('GET', '/settings')).json)).toEqual(stored);

    const uneven = {
      ...stock,
      warehouses: [
        { warehouseId: W1, name: 'Moscow', share: 60 },
        { warehouseId: W2, name: 'Kazan', share: 30 },
      ],
    };
    const refused = await api('PUT', '/settings', { stock: uneven });
    expect(refused.status).toBe(422);
    const { error } = errorEnvelopeSchema.parse(refused.json);
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.fields?.['stock.warehouses']?.join(' ')).toContain('add up to 90 %');
    expect(offerSettingsSchema.parse((await api('GET', '/settings')).json)).toEqual(stored);
  });

  it('lists offers of named products with the store quantity and each value as wanted, sent and accepted', async () => {
    const now = new Date(fx.bridge.services.clock.now());
    await insertProducts(fx.store);
    await insertOffers(fx.store, now);
    const answer = await api('GET', `?productIds=${B},${A}`);
    expect(answer.status).toBe(200);
    const { items } = offerListResponseSchema.parse(answer.json);
    expect(items.map((i) => [i.productId, i.variantKey, i.storeQuantity, i.state])).toEqual([
      [A, '', 12, 'live'],
      [B, '46', 5, 'live'],
      [B, '47', 9, 'moderation'],
    ]);
    const [one, size46, size47] = items;
    expect(one?.name).toBe('Ball <b>red</b> & co');
    // In the mapping's order, with the names the mapping keeps.
    expect(one?.stocks.map((s) => [s.warehouseId, s.warehouseName, s.wanted, s.sent, s.accepted])).toEqual([
      [W1, 'Moscow', 8, 10, 10],
      [W2, 'Kazan', 10, 10, 10],
    ]);
    expect(one?.stocks[0]?.waitsFor).toBe('Ozon takes one update per warehouse every 30 s');
    expect(one?.stocks[1]).toMatchObject({
      waitsFor: null,
      error: { code: 'STOCK_TOO_BIG', message: 'Ozon: <script>alert(1)</script>' },
    });
    expect(one?.price).toMatchObject({
      wanted: { price: '1500', oldPrice: '0' },
      accepted: { price: '1000', oldPrice: '0' },
      held: { price: '1500', oldPrice: '1800', changePercent: 50 },
      dueAt: null,
    });
    expect(size46?.stocks[0]).toMatchObject({ waitsFor: null, dueAt: null, accepted: 10 });
    expect(size47?.stocks[0]).toMatchObject({
      wanted: 4,
      sent: null,
      waitsFor: 'Ozon has not put the offer on sale yet (price_sent)',
    });
    expect(size47?.price.wanted).toEqual({ price: '1100', oldPrice: '0' });

    const quantities = offerListResponseSchema.parse((await api('GET', `?productIds=${C}`)).json);
    expect(quantities.items.map((i) => i.storeQuantity)).toEqual([-2]);
    const none = offerListResponseSchema.parse((await api('GET', '?productIds=99')).json);
    expect(none.items).toEqual([]);
  });

  it('lists the offers with problems, longest waiting first, and leaves out those in step', async () => {
    const { items } = offerListResponseSchema.parse((await api('GET', '?problems=1')).json);
    // A holds a price since 10 h, size 47 waits for Ozon's sale since 3 h, size 46 holds a price since 2 h.
    expect(items.map((i) => `${i.productId}:${i.variantKey}`)).toEqual([`${A}:`, `${B}:47`, `${B}:46`]);
    const limited = offerListResponseSchema.parse((await api('GET', '?problems=1&limit=1')).json);
    expect(limited.items).toHaveLength(1);
  });

  it('counts the summary from the tables', async () => {
    const now = fx.bridge.services.clock.now();
    const summary = offerSummarySchema.parse((await api('GET', '/summary')).json);
    // "Today" starts at midnight UTC: an hour ago (size 46's stock) or a quarter of an hour ago (C's
    // price) may be yesterday; everything else was accepted 30 h ago.
    const midnight = new Date(now).setUTCHours(0, 0, 0, 0);
    const today = (hoursAgo: number) => (now - hoursAgo * HOUR >= midnight ? 1 : 0);
    expect(summary.stock).toEqual({ pending: 2, waitingForSale: 1, errors: 1, acceptedToday: today(1) });
    expect(summary.prices).toEqual({ pending: 1, held: 2, errors: 0, acceptedToday: today(0.25) });
    expect(summary.blocked).toBe('Ozon is not configured');
  });

  it('lists held prices and approves or rejects exactly the rows named', async () => {
    const held = heldPriceListSchema.parse((await api('GET', '/held')).json);
    expect(held.total).toBe(2);
    expect(
      held.items.map((i) => [i.productId, i.variantKey, i.accepted.price, i.held.price, i.changePercent]),
    ).toEqual([
      [A, '', '1000', '1500', 50],
      [B, '46', '1000', '600', -40],
    ]);
    expect(held.items[0]?.name).toBe('Ball <b>red</b> & co');
    const page = heldPriceListSchema.parse((await api('GET', '/held?limit=1&offset=1')).json);
    expect(page).toMatchObject({ total: 2, items: [{ productId: B, variantKey: '46' }] });

    const { db, own } = fx.store;
    const p = own.offerPrices;
    const row = async (productId: number, variantKey: string) =>
      (
        await db
          .select()
          .from(p)
          .where(and(eq(p.productId, productId), eq(p.variantKey, variantKey)))
      )[0];
    const untouched = await row(B, '47');

    const before = Date.now();
    // B's size 47 holds nothing: named, but not counted and not changed.
    const approved = await api('POST', '/held/decide', {
      decision: 'approve',
      items: [
        { productId: A, variantKey: '' },
        { productId: B, variantKey: '47' },
      ],
    });
    expect(approved.status).toBe(200);
    expect(approved.json).toEqual({ decided: 1 });
    const one = await row(A, '');
    expect(one).toMatchObject({
      approvedPrice: '1500',
      rejectedPrice: null,
      heldPrice: null,
      heldOldPrice: null,
      heldAt: null,
      reason: 'approved by the merchant',
      wantedPrice: '1500',
    });
    expect(one?.dueAt?.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(one?.dueAt?.getTime()).toBeLessThanOrEqual(Date.now() + 1000);
    expect(await row(B, '47')).toEqual(untouched);
    // The other held row is still held.
    expect((await row(B, '46'))?.heldPrice).toBe('600');

    const rejected = await api('POST', '/held/decide', {
      decision: 'reject',
      items: [{ productId: B, variantKey: '46' }],
    });
    expect(rejected.json).toEqual({ decided: 1 });
    expect(await row(B, '46')).toMatchObject({
      rejectedPrice: '600',
      approvedPrice: null,
      heldPrice: null,
      heldAt: null,
      dueAt: null,
    });
    // Decided already: nothing left to decide.
    const again = await api('POST', '/held/decide', {
      decision: 'reject',
      items: [{ productId: B, variantKey: '46' }],
    });
    expect(again.json).toEqual({ decided: 0 });
    expect(heldPriceListSchema.parse((await api('GET', '/held')).json)).toEqual({ items: [], total: 0 });
  });

  it('refuses bad bodies and queries by field', async () => {
    const decision = await api('POST', '/held/decide', { decision: 'maybe', items: [] });
    expect(decision.status).toBe(422);
    expect(fields(decision.json).sort()).toEqual(['decision', 'items']);
    const unknown = await api('POST', '/held/decide', {
      decision: 'approve',
      items: [{ productId: 1, variantKey: '', price: '1' }],
    });
    expect(fields(unknown.json)).toEqual(['items.0.price']);
    const sync = await api('POST', '/sync', { what: 'orders' });
    expect(sync.status).toBe(422);
    expect(fields(sync.json)).toEqual(['what']);
    const list = await api('GET', '?productIds=1,abc');
    expect(list.status).toBe(422);
    expect(fields(list.json)).toEqual(['productIds']);
    const page = await api('GET', '/held?limit=0');
    expect(fields(page.json)).toEqual(['limit']);
  });

  it('starts reconciliation jobs with the dry-run flag, as the export starts its own', async () => {
    const stocks = await api('POST', '/sync', { what: 'stocks', dryRun: true });
    expect(stocks.status).toBe(202);
    const started = offerSyncResponseSchema.parse(stocks.json);
    expect(started).toMatchObject({ kind: OFFERS_STOCK_SYNC_JOB, existing: false });
    const job = await fx.bridge.services.jobs.get(started.jobId);
    expect(job?.params).toEqual({ dryRun: true });

    const prices = offerSyncResponseSchema.parse((await api('POST', '/sync', { what: 'prices' })).json);
    expect(prices.kind).toBe(OFFERS_PRICE_SYNC_JOB);
    expect((await fx.bridge.services.jobs.get(prices.jobId))?.params).toEqual({ dryRun: false });
  });

  // Last: with credentials the bridge's offer worker starts pushing and rewrites the rows the tests above read.
  it('says nothing blocks pushing once Ozon has credentials, and that a warehouse is missing without one', async () => {
    const configured = await signedFetch(fx.bridge, 'PUT', '/api/v1/settings', {
      clientId: '836201',
      apiKey: 'a1b2c3d4-e5f6-4711-8899-aabbccddeeff',
      // Nothing listens on port 9: the worker's calls fail at once, and the real Ozon is never asked.
      apiUrl: 'http://127.0.0.1:9',
    });
    expect(configured.status).toBe(200);
    expect(offerSummarySchema.parse((await api('GET', '/summary')).json).blocked).toBeNull();
    const { stock } = offerSettingsSchema.parse((await api('GET', '/settings')).json);
    await api('PUT', '/settings', { stock: { ...stock, warehouses: [] } });
    const unmapped = offerSummarySchema.parse((await api('GET', '/summary')).json);
    expect(unmapped.blocked).toBe('no Ozon warehouse is mapped');
  });
});
