import { describe, expect, it } from 'vitest';
import { createHarness } from './emulator-harness';

describe('prices', () => {
  const rule: [string, string, string][] = [
    // price, old_price, expected code ('ok' = accepted). The 5 % is taken of the old price (the discount).
    ['380', '400', 'discount_for_low_price_is_too_small'],
    ['379.99', '400', 'ok'],
    ['1000', '1050', 'discount_for_average_price_is_too_small'],
    ['1000', '1060', 'ok'],
    ['10000', '10526', 'discount_for_average_price_is_too_small'],
    ['10000', '10527', 'ok'],
    ['12000', '12500', 'discount_for_top_price_is_too_small'],
    ['12000', '12501', 'ok'],
    ['100', '1000', 'discount_too_big'],
    ['100', '999', 'ok'],
    ['990', '0', 'ok'],
    ['0', '0', 'price_negative'],
  ];
  it.each(rule)('price %s with old_price %s → %s', async (price, oldPrice, expected) => {
    const h = createHarness();
    h.emulator.control.seedProducts([{ offerId: 'PR-1' }]);
    const answer = await h.ok('pricesImport', { prices: [{ offer_id: 'PR-1', price, old_price: oldPrice }] });
    expect(answer.result[0]?.errors[0]?.code ?? 'ok').toBe(expected);
    expect(answer.result[0]?.updated).toBe(expected === 'ok');
  });

  it('clears old_price with "0" and reads prices back as numbers from v5', async () => {
    const h = createHarness();
    h.emulator.control.seedProducts([{ offerId: 'PR-2' }]);
    await h.ok('pricesImport', {
      prices: [{ offer_id: 'PR-2', price: '1500', old_price: '2000', min_price: '1200' }],
    });
    let read = await h.call('/v5/product/info/prices', { filter: { offer_id: ['PR-2'] }, limit: 10 });
    expect(read.body).toMatchObject({
      items: [{ price: { price: 1500, old_price: 2000, min_price: 1200 } }],
    });
    await h.clock.advance(1000);
    await h.ok('pricesImport', { prices: [{ offer_id: 'PR-2', price: '1500', old_price: '0' }] });
    read = await h.call('/v5/product/info/prices', { filter: { offer_id: ['PR-2'] }, limit: 10 });
    expect(read.body).toMatchObject({ items: [{ price: { old_price: 0 } }] });
    const info = await h.ok('productInfoList', { offer_id: ['PR-2'] });
    expect(info.items[0]).toMatchObject({ price: '1500', old_price: '0', min_price: '1200' });
  });

  it('accepts 10 updates per product per hour and answers the 11th with the documented limiter text', async () => {
    const h = createHarness();
    h.emulator.control.seedProducts([{ offerId: 'PR-3' }]);
    for (let i = 0; i < 10; i += 1) {
      const ok = await h.ok('pricesImport', { prices: [{ offer_id: 'PR-3', price: String(1000 + i) }] });
      expect(ok.result[0]?.updated).toBe(true);
      await h.clock.advance(60_000);
    }
    const eleventh = await h.ok('pricesImport', { prices: [{ offer_id: 'PR-3', price: '2000' }] });
    expect(eleventh.result[0]).toMatchObject({
      updated: false,
      errors: [{ message: 'error limiting: acquire limit per item: items limit: limit exceeded' }],
    });
    await h.clock.advance(3_600_000 - 9 * 60_000);
    expect(
      (await h.ok('pricesImport', { prices: [{ offer_id: 'PR-3', price: '2000' }] })).result[0]?.updated,
    ).toBe(true);
  });

  it('needs min_price to enable auto actions and the account currency', async () => {
    const h = createHarness();
    h.emulator.control.seedProducts([{ offerId: 'PR-4' }]);
    const answer = await h.ok('pricesImport', {
      prices: [
        { offer_id: 'PR-4', price: '1000', auto_action_enabled: 'ENABLED' },
        { offer_id: 'PR-4', price: '1000', currency_code: 'USD' },
        { offer_id: 'NOPE', price: '1000' },
      ],
    });
    expect(answer.result.map((r) => r.errors[0]?.code)).toEqual([
      'MIN_PRICE_REQUIRED',
      'CURRENCY_MISMATCH',
      'NOT_FOUND_ERROR',
    ]);
  });

  it('rejects more than 1000 prices in one request', async () => {
    const h = createHarness();
    const prices = Array.from({ length: 1001 }, (_, i) => ({ offer_id: `X-${i}`, price: '100' }));
    const answer = await h.call('/v1/product/import/prices', { prices });
    expect(answer.body).toMatchObject({
      code: 3,
      message:
        'Request validation error: invalid ImportProductsPricesRequest.Prices: value must contain no more than 1000 item(s)',
    });
  });
});
