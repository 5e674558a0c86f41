import { describe, expect, it } from 'vitest';
import { createHarness, FBS_WAREHOUSE, type Harness, RFBS_WAREHOUSE } from './emulator-harness';

const since = '2026-01-01T00:00:00Z';
const to = '2026-12-31T00:00:00Z';

function withProducts(h: Harness) {
  const [shirt, ball] = h.emulator.control.seedProducts([
    { offerId: 'SHIRT', stocks: [{ warehouseId: FBS_WAREHOUSE, present: 10 }] },
    { offerId: 'BALL', stocks: [{ warehouseId: RFBS_WAREHOUSE, present: 5 }] },
  ]);
  if (!shirt || !ball) {
    throw new Error('seed failed');
  }
  return { shirt, ball };
}

describe('FBS and rFBS postings', () => {
  it('numbers orders NNNNNNNNNN-NNNN and postings …-N, hides the FBS customer and pages the v4 list', async () => {
    const h = createHarness();
    withProducts(h);
    const created = Array.from({ length: 3 }, () =>
      h.emulator.control.createPosting({ products: [{ offerId: 'SHIRT', quantity: 1 }] }),
    );
    for (const c of created) {
      expect(c.orderNumber).toMatch(/^\d{10}-\d{4}$/);
      expect(c.postingNumber).toBe(`${c.orderNumber}-1`);
    }
    const raw = await h.call('/v4/posting/fbs/list', { limit: 2, filter: { since, to } });
    expect(raw.body).toMatchObject({ result: { has_next: true } });
    const first = await h.ok('postingFbsList', { limit: 2, filter: { since, to } });
    const second = await h.ok('postingFbsList', { limit: 2, filter: { since, to }, cursor: first.cursor });
    expect([...first.postings, ...second.postings].map((p) => p.posting_number)).toEqual(
      created.map((c) => c.postingNumber),
    );
    expect(second.has_next).toBe(false);
    expect(first.postings[0]).toMatchObject({
      customer: undefined,
      addressee: undefined,
      status: 'awaiting_packaging',
    });
    expect(first.postings[0]?.products[0]).toMatchObject({
      offer_id: 'SHIRT',
      quantity: 1,
      price: '990',
      currency_code: 'RUB',
    });
  });

  it('validates the v4 list window: limit 1–100, since/to required, at most a year', async () => {
    const h = createHarness();
    expect((await h.call('/v4/posting/fbs/list', { limit: 101, filter: { since, to } })).body).toMatchObject({
      message:
        'Request validation error: invalid PostingFbsListRequest.Limit: value must be inside range [1, 100]',
    });
    expect((await h.call('/v4/posting/fbs/list', { limit: 10, filter: { since } })).status).toBe(400);
    const long = await h.call('/v4/posting/fbs/list', {
      limit: 10,
      filter: { since: '2024-01-01T00:00:00Z', to },
    });
    expect(long.body).toMatchObject({ code: 3, message: 'PERIOD_IS_TOO_LONG' });
  });

  it('needs a cutoff or a delivering window for the unfulfilled list, not both', async () => {
    const h = createHarness();
    withProducts(h);
    h.emulator.control.createPosting({ products: [{ offerId: 'SHIRT', quantity: 1 }] });
    const none = await h.call('/v4/posting/fbs/unfulfilled/list', { limit: 10, filter: {} });
    expect(none.body).toMatchObject({
      code: 3,
      message: 'either filter.cutoff or filter.delivering_date must be specified',
    });
    const both = await h.call('/v4/posting/fbs/unfulfilled/list', {
      limit: 10,
      filter: { cutoff_from: since, cutoff_to: to, delivering_date_from: since, delivering_date_to: to },
    });
    expect(both.status).toBe(400);
    const ok = await h.ok('postingFbsUnfulfilledList', {
      limit: 10,
      filter: { cutoff_from: since, cutoff_to: to },
    });
    expect(ok.count).toBe(1);
    expect(ok.postings).toHaveLength(1);
  });

  it('shows the rFBS customer with a proxy phone in get and an empty phone in lists', async () => {
    const h = createHarness();
    withProducts(h);
    const { postingNumber } = h.emulator.control.createPosting({
      scheme: 'rfbs',
      products: [{ offerId: 'BALL', quantity: 1 }],
    });
    const detail = (await h.ok('postingFbsGet', { posting_number: postingNumber })).result;
    expect(detail.customer?.phone).toMatch(/^\+7 900 \d{7}$/);
    expect(detail.customer?.name).not.toBe('');
    expect(detail.customer?.address?.city).toBe('Казань');
    const listed = (await h.ok('postingFbsList', { limit: 10, filter: { since, to } })).postings[0];
    expect(listed?.customer?.phone).toBe('');
    expect(listed?.addressee?.phone).toBe('');
  });

  it('ships asynchronously, moves to awaiting_deliver after the delay, and refuses a second ship', async () => {
    const h = createHarness({ shipDelayMs: 3_000 });
    const { shirt } = withProducts(h);
    const { postingNumber } = h.emulator.control.createPosting({
      products: [{ offerId: 'SHIRT', quantity: 2 }],
    });
    const ship = {
      posting_number: postingNumber,
      packages: [{ products: [{ product_id: shirt.sku, quantity: 2 }] }],
    };
    expect((await h.ok('postingFbsShip', ship)).result).toEqual([postingNumber]);
    let detail = (await h.ok('postingFbsGet', { posting_number: postingNumber })).result;
    expect(detail.status).toBe('awaiting_packaging');
    expect(detail.available_actions).toContain('ship_async_in_process');
    await h.clock.advance(3_000);
    detail = (await h.ok('postingFbsGet', { posting_number: postingNumber })).result;
    expect(detail).toMatchObject({
      status: 'awaiting_deliver',
      substatus: 'posting_transferring_to_delivery',
    });
    const again = await h.call('/v4/posting/fbs/ship', ship);
    expect(again.body).toMatchObject({ code: 3, message: 'POSTING_ALREADY_SHIPPED' });
  });

  it('ends an injected failed ship in substatus ship_failed, and a retry succeeds', async () => {
    const h = createHarness({ shipDelayMs: 1_000 });
    const { shirt } = withProducts(h);
    const { postingNumber } = h.emulator.control.createPosting({
      products: [{ offerId: 'SHIRT', quantity: 1 }],
    });
    h.emulator.control.failNextShip(postingNumber);
    const ship = {
      posting_number: postingNumber,
      packages: [{ products: [{ product_id: shirt.sku, quantity: 1 }] }],
    };
    await h.ok('postingFbsShip', ship);
    await h.clock.advance(1_000);
    const failed = (await h.ok('postingFbsGet', { posting_number: postingNumber })).result;
    expect(failed).toMatchObject({ status: 'awaiting_packaging', substatus: 'ship_failed' });
    expect(failed.available_actions).toContain('ship_async_retry');
    await h.ok('postingFbsShip', ship);
    await h.clock.advance(1_000);
    expect((await h.ok('postingFbsGet', { posting_number: postingNumber })).result.status).toBe(
      'awaiting_deliver',
    );
  });

  it('rejects wrong quantities and SKUs, and splits a posting into several packages', async () => {
    const h = createHarness();
    const { shirt } = withProducts(h);
    const { postingNumber, orderNumber } = h.emulator.control.createPosting({
      products: [{ offerId: 'SHIRT', quantity: 3 }],
    });
    const send = (products: { product_id: number; quantity: number }[][]) =>
      h.call('/v4/posting/fbs/ship', {
        posting_number: postingNumber,
        packages: products.map((p) => ({ products: p })),
      });
    expect((await send([[{ product_id: shirt.sku, quantity: 2 }]])).body).toMatchObject({
      message: 'HAS_INCORRECT_PRODUCT_QUANTITY',
    });
    expect((await send([[{ product_id: 12345, quantity: 3 }]])).body).toMatchObject({
      message: 'UNKNOWN_PRODUCT_DEFINED',
    });
    const split = await send([
      [{ product_id: shirt.sku, quantity: 2 }],
      [{ product_id: shirt.sku, quantity: 1 }],
    ]);
    expect(split.body).toMatchObject({ result: [postingNumber, `${orderNumber}-2`] });
  });

  it('cancels with an allowed reason, needs a message for 402, and releases the reserve', async () => {
    const h = createHarness();
    const { shirt } = withProducts(h);
    const { postingNumber } = h.emulator.control.createPosting({
      products: [{ offerId: 'SHIRT', quantity: 4 }],
    });
    expect(h.emulator.control.stock(shirt.productId, FBS_WAREHOUSE).reserved).toBe(4);
    const reasons = await h.ok('postingFbsCancelReason', { related_posting_numbers: [postingNumber] });
    expect(reasons.result[0]?.reasons.map((r) => r.id)).toEqual(['352', '400', '402']);
    const wrong = await h.call('/v2/posting/fbs/cancel', {
      posting_number: postingNumber,
      cancel_reason_id: 665,
    });
    expect(wrong.body).toMatchObject({ code: 3, message: 'HAS_INCORRECT_CANCEL_REASON' });
    const noMessage = await h.call('/v2/posting/fbs/cancel', {
      posting_number: postingNumber,
      cancel_reason_id: 402,
    });
    expect(noMessage.status).toBe(400);
    await h.ok('postingFbsCancel', { posting_number: postingNumber, cancel_reason_id: 352 });
    const detail = (await h.ok('postingFbsGet', { posting_number: postingNumber })).result;
    expect(detail).toMatchObject({ status: 'cancelled', substatus: 'posting_canceled' });
    expect(detail.cancellation).toMatchObject({ cancel_reason_id: '352', cancelled_after_ship: false });
    expect(h.emulator.control.stock(shirt.productId, FBS_WAREHOUSE).reserved).toBe(0);
    const twice = await h.call('/v2/posting/fbs/cancel', {
      posting_number: postingNumber,
      cancel_reason_id: 352,
    });
    expect(twice.body).toMatchObject({ message: 'POSTING_ALREADY_CANCELLED' });
    const list = await h.ok('postingFbsCancelReasonList', {});
    expect(list.result.find((r) => r.id === '401')?.is_available_for_cancellation).toBe(false);
  });

  it('moves a non-integrated rFBS posting delivering → last-mile → delivered, one step at a time', async () => {
    const h = createHarness({ statusDelayMs: 500 });
    const { ball } = withProducts(h);
    const { postingNumber } = h.emulator.control.createPosting({
      scheme: 'rfbs',
      products: [{ offerId: 'BALL', quantity: 1 }],
    });
    const early = await h.ok('rfbsDelivering', { posting_number: [postingNumber] });
    expect(early.result[0]).toMatchObject({ result: false, error: 'TRANSITION_IS_NOT_POSSIBLE' });
    h.emulator.control.setPostingStatus(
      postingNumber,
      'awaiting_deliver',
      'posting_transferring_to_delivery',
    );
    expect(
      (
        await h.ok('rfbsTrackingNumberSet', {
          tracking_numbers: [{ posting_number: postingNumber, tracking_number: 'RB123' }],
        })
      ).result[0]?.result,
    ).toBe(true);
    expect((await h.ok('rfbsDelivering', { posting_number: [postingNumber] })).result[0]).toMatchObject({
      result: true,
      error: '',
    });
    expect((await h.ok('rfbsLastMile', { posting_number: [postingNumber] })).result[0]?.result).toBe(false);
    await h.clock.advance(500);
    expect(h.emulator.control.stock(ball.productId, RFBS_WAREHOUSE)).toMatchObject({
      present: 4,
      reserved: 0,
    });
    expect((await h.ok('rfbsLastMile', { posting_number: [postingNumber] })).result[0]?.result).toBe(true);
    await h.clock.advance(500);
    expect((await h.ok('rfbsDelivered', { posting_number: [postingNumber] })).result[0]?.result).toBe(true);
    await h.clock.advance(500);
    const detail = (await h.ok('postingFbsGet', { posting_number: postingNumber })).result;
    expect(detail).toMatchObject({ status: 'delivered', tracking_number: 'RB123' });
  });

  it('refuses rFBS status calls for Ozon-delivered postings with HAS_INCORRECT_TPL_INTEGRATION_TYPE', async () => {
    const h = createHarness();
    withProducts(h);
    const { postingNumber } = h.emulator.control.createPosting({
      products: [{ offerId: 'SHIRT', quantity: 1 }],
    });
    h.emulator.control.setPostingStatus(postingNumber, 'awaiting_deliver');
    const answer = await h.ok('rfbsDelivering', { posting_number: [postingNumber, '0000000000-0000-1'] });
    expect(answer.result.map((r) => r.error)).toEqual([
      'HAS_INCORRECT_TPL_INTEGRATION_TYPE',
      'POSTING_NOT_FOUND',
    ]);
    const missing = await h.call('/v3/posting/fbs/get', { posting_number: '0000000000-0000-1' });
    expect(missing).toMatchObject({ status: 404, body: { code: 5, message: 'POSTING_NOT_FOUND' } });
  });
});
