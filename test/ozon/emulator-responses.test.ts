import { describe, expect, it } from 'vitest';
import { ATTR, sampleTshirt } from '../../bridge/scaffold/ozon-emulator';
import { type OzonOperationName, ozonOperations } from '../../bridge/src/ozon/schemas';
import { createHarness, FBS_WAREHOUSE, RFBS_WAREHOUSE } from './emulator-harness';

const TSHIRT = { description_category_id: 17028922, type_id: 93080 };
const window = { since: '2026-01-01T00:00:00Z', to: '2026-12-31T00:00:00Z' };

/*
 * Every operation in the registry, called once against a populated account: the emulator must accept a
 * request our strict schema accepts, and its answer must parse with our tolerant response schema.
 */
describe('every registered operation round-trips through the emulator', () => {
  const h = createHarness({ taskPendingMs: 0 });
  const [product] = h.emulator.control.seedProducts([
    { offerId: 'R-1', stocks: [{ warehouseId: FBS_WAREHOUSE, present: 9 }] },
  ]);
  h.emulator.control.seedProducts([
    { offerId: 'R-2', stocks: [{ warehouseId: RFBS_WAREHOUSE, present: 3 }] },
  ]);
  const fbs = h.emulator.control.createPosting({ products: [{ offerId: 'R-1', quantity: 1 }] });
  const rfbs = h.emulator.control.createPosting({
    scheme: 'rfbs',
    products: [{ offerId: 'R-2', quantity: 1 }],
  });
  h.emulator.control.setPostingStatus(rfbs.postingNumber, 'awaiting_deliver');

  const bodies: Record<OzonOperationName, () => unknown> = {
    productImport: () => ({ items: [sampleTshirt('R-3')] }),
    productImportInfo: () => ({ task_id: [...h.emulator.state.tasks.keys()][0] ?? 1 }),
    productList: () => ({ filter: { visibility: 'ALL' }, limit: 10 }),
    productInfoList: () => ({ offer_id: ['R-1', 'R-2'] }),
    productAttributes: () => ({ filter: { offer_id: ['R-1'] }, limit: 10, sort_dir: 'ASC' }),
    productArchive: () => ({ product_id: [String(product?.productId)] }),
    productUnarchive: () => ({ product_id: [product?.productId] }),
    productInfoLimit: () => ({}),
    categoryTree: () => ({ language: 'DEFAULT' }),
    categoryAttributes: () => TSHIRT,
    categoryAttributeValues: () => ({ ...TSHIRT, attribute_id: ATTR.colour, limit: 5 }),
    categoryAttributeValuesSearch: () => ({ ...TSHIRT, attribute_id: ATTR.colour, value: 'сер', limit: 5 }),
    stocksUpdate: () => ({ stocks: [{ offer_id: 'R-1', stock: 4, warehouse_id: FBS_WAREHOUSE }] }),
    warehouseList: () => ({ limit: 200 }),
    stocksByWarehouseFbs: () => ({ limit: 100, sku: [String(product?.sku)] }),
    productInfoStocks: () => ({ filter: { visibility: 'ALL' }, limit: 100 }),
    pricesImport: () => ({
      prices: [{ offer_id: 'R-1', price: '899', old_price: '1199', currency_code: 'RUB', vat: '0.2' }],
    }),
    productInfoPrices: () => ({ filter: { visibility: 'ALL' }, limit: 100 }),
    postingFbsList: () => ({
      limit: 100,
      filter: { ...window, statuses: ['awaiting_packaging'] },
      with: { analytics_data: true },
    }),
    postingFbsUnfulfilledList: () => ({
      limit: 100,
      filter: { cutoff_from: window.since, cutoff_to: window.to },
    }),
    postingFbsGet: () => ({ posting_number: rfbs.postingNumber, with: { analytics_data: true } }),
    postingFbsShip: () => ({
      posting_number: fbs.postingNumber,
      packages: [{ products: [{ product_id: product?.sku, quantity: 1 }] }],
      with: { additional_data: true },
    }),
    postingFbsCancel: () => ({
      posting_number: rfbs.postingNumber,
      cancel_reason_id: 402,
      cancel_reason_message: 'Нет в наличии',
    }),
    postingFbsCancelReasonList: () => ({}),
    postingFbsCancelReason: () => ({ related_posting_numbers: [fbs.postingNumber] }),
    rfbsDelivering: () => ({ posting_number: [rfbs.postingNumber] }),
    rfbsLastMile: () => ({ posting_number: [rfbs.postingNumber] }),
    rfbsDelivered: () => ({ posting_number: [rfbs.postingNumber] }),
    rfbsTrackingNumberSet: () => ({
      tracking_numbers: [{ posting_number: rfbs.postingNumber, tracking_number: 'T-1' }],
    }),
    roles: () => ({}),
  };

  it.each(Object.keys(ozonOperations) as OzonOperationName[])('%s', async (name) => {
    const body = bodies[name]();
    expect(ozonOperations[name].request.safeParse(body).success).toBe(true);
    await h.clock.advance(100);
    const parsed = await h.ok(name, body);
    expect(parsed).toBeTypeOf('object');
  });

  it('sends the v4 lists in one form: wrapped in result, ids as strings, price as {amount, currency}', async () => {
    const raw = await h.call('/v4/posting/fbs/list', { limit: 1, filter: window });
    expect(raw.body).toMatchObject({
      result: {
        postings: [
          {
            order_id: expect.any(String),
            products: [{ sku: expect.any(String), price: { amount: expect.any(String), currency: 'RUB' } }],
          },
        ],
      },
    });
  });
});
