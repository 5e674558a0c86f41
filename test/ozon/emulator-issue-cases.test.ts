import { describe, expect, it } from 'vitest';
import { sampleTshirt } from '../../bridge/scaffold/ozon-emulator';
import { authHeaders, createHarness, FBS_WAREHOUSE } from './emulator-harness';

/*
 * The six requests issue 3 names, sent on purpose; each must get Ozon's own answer.
 */
describe('Ozon answers the emulator gives to the requests issue 3 lists', () => {
  it('a stocks request without warehouse_id: 400 code 3, the documented validation text naming Stocks[0]', async () => {
    const { call } = createHarness();
    const answer = await call('/v2/products/stocks', { stocks: [{ offer_id: 'TSHIRT-1', stock: 10 }] });
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({
      code: 3,
      message:
        'Request validation error: invalid ProductsStocksRequest.Stocks[0]: embedded message failed validation' +
        ' | caused by: invalid ProductsStocksRequest_Stock.WarehouseId: value must be greater than 0',
      details: [],
    });
  });

  it('a product import with 101 items: 400 code 3 naming Items and the maximum of 100', async () => {
    const { call, emulator } = createHarness();
    const items = Array.from({ length: 101 }, (_, i) => sampleTshirt(`TSHIRT-${i}`));
    const answer = await call('/v3/product/import', { items });
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({
      code: 3,
      message:
        'Request validation error: invalid ImportProductsRequest.Items: value must contain no more than 100 item(s)',
      details: [],
    });
    expect(emulator.state.tasks.size).toBe(0);
  });

  it('a price whose old_price is too close to price: HTTP 200 with a per-item discount error', async () => {
    const { call, emulator } = createHarness();
    emulator.control.seedProducts([{ offerId: 'TSHIRT-1' }]);
    const answer = await call('/v1/product/import/prices', {
      prices: [{ offer_id: 'TSHIRT-1', price: '1000', old_price: '1040', currency_code: 'RUB' }],
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      result: [
        {
          product_id: emulator.state.products.get('TSHIRT-1')?.productId,
          offer_id: 'TSHIRT-1',
          updated: false,
          errors: [
            {
              code: 'discount_for_average_price_is_too_small',
              message:
                'The discount is too small. If the price after the discount is from 400 to 10,000 rubles inclusive, the difference between the prices before and after the discount should be more than 5%.',
            },
          ],
        },
      ],
    });
  });

  it('a second stock update for the same product and warehouse within 30 s: per-item TOO_MANY_REQUESTS', async () => {
    const { call, emulator, clock } = createHarness();
    const [product] = emulator.control.seedProducts([{ offerId: 'TSHIRT-1' }]);
    const body = { stocks: [{ offer_id: 'TSHIRT-1', stock: 7, warehouse_id: FBS_WAREHOUSE }] };
    const first = await call('/v2/products/stocks', body);
    expect(first.body).toEqual({
      result: [
        {
          warehouse_id: FBS_WAREHOUSE,
          product_id: product?.productId,
          offer_id: 'TSHIRT-1',
          updated: true,
          errors: [],
        },
      ],
    });
    await clock.advance(29_999);
    const second = await call('/v2/products/stocks', body);
    expect(second.status).toBe(200);
    expect(second.body).toEqual({
      result: [
        {
          warehouse_id: FBS_WAREHOUSE,
          product_id: product?.productId,
          offer_id: 'TSHIRT-1',
          updated: false,
          errors: [{ code: 'TOO_MANY_REQUESTS', message: 'Stock is updated too frequently' }],
        },
      ],
    });
    await clock.advance(1);
    const third = await call('/v2/products/stocks', body);
    expect(third.body).toMatchObject({ result: [{ updated: true, errors: [] }] });
  });

  it('a wrong Api-Key: 404 (not 401) code 5 "Invalid Api-Key, please check the key and try again"', async () => {
    const { call } = createHarness();
    const answer = await call('/v1/roles', {}, { ...authHeaders, 'Api-Key': 'not-the-key' });
    expect(answer.status).toBe(404);
    expect(answer.body).toEqual({
      code: 5,
      message: 'Invalid Api-Key, please check the key and try again',
      details: [],
    });
  });

  it('a call to /v3/posting/fbs/list: 410 "obsolete method cannot be used"', async () => {
    const { call } = createHarness();
    const answer = await call('/v3/posting/fbs/list', {
      dir: 'ASC',
      filter: { since: '2026-10-01T00:00:00Z', to: '2026-11-01T00:00:00Z' },
      limit: 50,
      offset: 0,
    });
    expect(answer.status).toBe(410);
    expect(answer.body).toEqual({ code: 12, message: 'obsolete method cannot be used', details: [] });
  });
});
