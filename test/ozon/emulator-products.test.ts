import { describe, expect, it } from 'vitest';
import { ATTR, sampleTshirt } from '../../bridge/scaffold/ozon-emulator';
import type { ImportItem } from '../../bridge/src/ozon/schemas';
import { createHarness, FBS_WAREHOUSE, type Harness } from './emulator-harness';

async function importItems(h: Harness, items: ImportItem[]): Promise<string> {
  return (await h.ok('productImport', { items })).result.task_id;
}

async function importInfo(h: Harness, taskId: string) {
  return (await h.ok('productImportInfo', { task_id: taskId })).result.items;
}

describe('product import lifecycle', () => {
  it('goes pending → imported → price_sent on the emulator clock, and stock is refused until price_sent', async () => {
    const h = createHarness({ taskPendingMs: 5_000, moderationMs: 60_000 });
    const taskId = await importItems(h, [sampleTshirt('TS-1')]);
    expect(await importInfo(h, taskId)).toEqual([
      expect.objectContaining({ offer_id: 'TS-1', status: 'pending', product_id: '0', errors: [] }),
    ]);
    await h.clock.advance(4_999);
    expect((await importInfo(h, taskId))[0]?.status).toBe('pending');
    await h.clock.advance(1);
    const [imported] = await importInfo(h, taskId);
    expect(imported?.status).toBe('imported');
    expect(Number(imported?.product_id)).toBeGreaterThan(0);

    const moderating = await h.ok('productInfoList', { offer_id: ['TS-1'] });
    expect(moderating.items[0]?.statuses).toMatchObject({
      status: 'moderating',
      moderate_status: 'moderating',
    });
    expect(moderating.items[0]?.sku).toBe('0');
    const refused = await h.ok('stocksUpdate', {
      stocks: [{ offer_id: 'TS-1', stock: 3, warehouse_id: FBS_WAREHOUSE }],
    });
    expect(refused.result[0]?.errors[0]?.code).toBe('product_is_not_created');

    await h.clock.advance(60_000);
    const onSale = await h.ok('productInfoList', { offer_id: ['TS-1'] });
    expect(onSale.items[0]?.statuses).toMatchObject({ status: 'price_sent', moderate_status: 'approved' });
    expect(Number(onSale.items[0]?.sku)).toBeGreaterThan(0);
    const accepted = await h.ok('stocksUpdate', {
      stocks: [{ offer_id: 'TS-1', stock: 3, warehouse_id: FBS_WAREHOUSE }],
    });
    expect(accepted.result[0]?.updated).toBe(true);
  });

  it('returns exactly what was imported from /v3/product/info/list and /v4/product/info/attributes', async () => {
    const h = createHarness({ taskPendingMs: 0 });
    const item = sampleTshirt('TS-2', {
      barcode: '4601234567890',
      primary_image: 'https://cdn.example.com/p.jpg',
    });
    await importItems(h, [item]);
    const info = (await h.ok('productInfoList', { offer_id: ['TS-2'] })).items[0];
    expect(info).toMatchObject({
      offer_id: 'TS-2',
      name: item.name,
      barcodes: ['4601234567890'],
      description_category_id: '17028922',
      type_id: '93080',
      price: '990',
      old_price: '1290',
      vat: '0.2',
      currency_code: 'RUB',
      images: item.images,
      primary_image: ['https://cdn.example.com/p.jpg'],
    });
    const attrs = (await h.ok('productAttributes', { filter: { offer_id: ['TS-2'] }, limit: 10 })).result[0];
    expect(attrs).toMatchObject({
      height: 30,
      depth: 300,
      width: 250,
      dimension_unit: 'mm',
      weight: 220,
      weight_unit: 'g',
    });
    const description = attrs?.attributes.find((a) => a.id === String(ATTR.description));
    expect(description?.values[0]?.value).toContain('<b>100% хлопка</b>');
    expect(attrs?.attributes.map((a) => Number(a.id)).sort()).toEqual(
      (item.attributes ?? []).map((a) => Number(a.id)).sort(),
    );
  });

  it('marks an unchanged re-import skipped and a changed one imported, keeping the product id', async () => {
    const h = createHarness({ taskPendingMs: 0 });
    const [first] = await importInfo(h, await importItems(h, [sampleTshirt('TS-3')]));
    const [again] = await importInfo(h, await importItems(h, [sampleTshirt('TS-3')]));
    expect(again).toMatchObject({ status: 'skipped', product_id: first?.product_id });
    const [changed] = await importInfo(
      h,
      await importItems(h, [sampleTshirt('TS-3', { name: 'Новое название' })]),
    );
    expect(changed).toMatchObject({ status: 'imported', product_id: first?.product_id });
  });

  it('counts the tasks it took per offer and names a card taken twice while the first copy was held or landed', async () => {
    const h = createHarness({ taskPendingMs: 60_000 });
    await importItems(h, [sampleTshirt('TS-D1'), sampleTshirt('TS-D2')]);
    // The same card again while the first task still waits in the queue: a double once both are processed.
    await importItems(h, [sampleTshirt('TS-D1')]);
    // A card Ozon fails may be sent again; a changed card is an update, not a double.
    await importItems(h, [{ ...sampleTshirt('TS-D3'), vat: '0.18' }]);
    await h.clock.advance(60_000);
    const mark = h.emulator.state.ids.task;
    await importItems(h, [{ ...sampleTshirt('TS-D3'), vat: '0.18' }]);
    await importItems(h, [sampleTshirt('TS-D2', { name: 'Новое название' })]);
    expect(h.emulator.control.importCounts()).toEqual({ 'TS-D1': 2, 'TS-D2': 2, 'TS-D3': 2 });
    expect(h.emulator.control.doubledImports()).toEqual(['TS-D1']);
    expect(h.emulator.control.doubledImports(mark)).toEqual([]);
    await importItems(h, [sampleTshirt('TS-D2', { name: 'Новое название' })]);
    expect(h.emulator.control.doubledImports(mark)).toEqual(['TS-D2']);
  });

  const failures: [string, Partial<ImportItem>, string, string][] = [
    ['offer_id over 50 characters', { offer_id: 'X'.repeat(51) }, 'invalid_offer_id', 'offer_id'],
    ['name over 500 characters', { name: 'Я'.repeat(501) }, 'invalid_name', 'name'],
    ['a currency other than the account one', { currency_code: 'CNY' }, 'bad_request_error', 'currency_code'],
    ['a VAT rate Ozon does not know', { vat: '0.18' }, 'invalid_vat', 'vat'],
    [
      'an old price too close to the price',
      { price: '990', old_price: '1000' },
      'discount_for_average_price_is_too_small',
      'old_price',
    ],
    [
      '31 images',
      { images: Array.from({ length: 31 }, (_, i) => `https://cdn.example.com/${i}.jpg`) },
      'too_many_images',
      'images',
    ],
    ['a zero dimension', { height: 0 }, 'invalid_dimensions', 'height'],
    ['an impossible density', { weight: 900, weight_unit: 'kg' }, 'Incorrect_density', 'weight'],
    ['an unknown type', { type_id: 99999 }, 'description_category_not_found', 'description_category_id'],
  ];
  it.each(failures)('fails an item with %s', async (_label, overrides, code, field) => {
    const h = createHarness({ taskPendingMs: 0 });
    const item = { ...sampleTshirt('TS-F'), ...overrides };
    const [outcome] = await importInfo(h, await importItems(h, [item]));
    expect(outcome?.status).toBe('failed');
    expect(outcome?.errors).toContainEqual(
      expect.objectContaining({ code, field, level: 'error', state: 'new' }),
    );
  });

  it('fails missing required attributes and values that are not in the dictionary, naming the attribute', async () => {
    const h = createHarness({ taskPendingMs: 0 });
    const base = sampleTshirt('TS-A');
    const attributes = (base.attributes ?? [])
      .filter((a) => a.id !== ATTR.colour)
      .map((a) =>
        a.id === ATTR.brand ? { ...a, values: [{ dictionary_value_id: 1, value: 'Самопал' }] } : a,
      );
    const [outcome] = await importInfo(h, await importItems(h, [{ ...base, attributes }]));
    expect(outcome?.status).toBe('failed');
    expect(outcome?.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'required_attribute_missing', attribute_id: String(ATTR.colour) }),
        expect.objectContaining({ code: 'dictionary_value_not_found', attribute_id: String(ATTR.brand) }),
      ]),
    );
  });

  it('answers item_limit_exceeded per item once the daily create quota is used up, as /v4/product/info/limit shows', async () => {
    const h = createHarness({ taskPendingMs: 0 });
    h.emulator.control.setQuota({ dailyCreateLimit: 1 });
    const outcomes = await importInfo(h, await importItems(h, [sampleTshirt('Q-1'), sampleTshirt('Q-2')]));
    expect(outcomes.map((o) => o.status)).toEqual(['imported', 'failed']);
    expect(outcomes[1]?.errors[0]?.code).toBe('item_limit_exceeded');
    const quota = await h.ok('productInfoLimit', {});
    expect(quota.daily_create).toMatchObject({ limit: 1, usage: 1 });
    expect(quota.total.usage).toBe(1);
  });

  it('answers 429 with Item-Retry-After and Item-Rate-Limit-Remaining over the per-minute item limit', async () => {
    const h = createHarness({ limits: { importItemsPerMinute: 150 } });
    const hundred = Array.from({ length: 100 }, (_, i) => sampleTshirt(`L-${i}`));
    expect((await h.call('/v3/product/import', { items: hundred })).status).toBe(200);
    const over = await h.call('/v3/product/import', { items: hundred });
    expect(over.status).toBe(429);
    expect(over.headers.get('Item-Retry-After')).toBe('1');
    expect(over.headers.get('Item-Rate-Limit-Remaining')).toBe('50');
    expect(over.body).toEqual({
      code: 'RESOURCE_EXHAUSTED',
      message: 'You have reached operation items limits. Retry after 60 seconds. Remaining 50 items',
      details: [],
    });
    await h.clock.advance(60_000);
    expect((await h.call('/v3/product/import', { items: hundred })).status).toBe(200);
  });

  it('pages /v3/product/list with last_id and archives and unarchives products', async () => {
    const h = createHarness();
    const seeded = h.emulator.control.seedProducts(
      Array.from({ length: 5 }, (_, i) => ({ offerId: `P-${i}` })),
    );
    const seen: string[] = [];
    let lastId = '';
    for (let pages = 0; pages < 10; pages += 1) {
      const page = (await h.ok('productList', { filter: { visibility: 'ALL' }, last_id: lastId, limit: 2 }))
        .result;
      seen.push(...page.items.map((i) => i.offer_id));
      expect(page.total).toBe(5);
      lastId = page.last_id;
      if (lastId === '') {
        break;
      }
    }
    expect(seen).toEqual(['P-0', 'P-1', 'P-2', 'P-3', 'P-4']);
    const archived = await h.ok('productArchive', { product_id: [String(seeded[0]?.productId)] });
    expect(archived.result).toBe(true);
    const visible = await h.ok('productList', { filter: { visibility: 'ALL' }, limit: 100 });
    expect(visible.result.items.map((i) => i.offer_id)).not.toContain('P-0');
    const inArchive = await h.ok('productList', { filter: { visibility: 'ARCHIVED' }, limit: 100 });
    expect(inArchive.result.items.map((i) => i.offer_id)).toEqual(['P-0']);
    await h.ok('productUnarchive', { product_id: [seeded[0]?.productId] });
    expect((await h.ok('productInfoList', { offer_id: ['P-0'] })).items[0]?.is_archived).toBe(false);
  });

  it('requires the list filter and rejects a limit over 1000 the way Ozon words it', async () => {
    const h = createHarness();
    const noFilter = await h.call('/v3/product/list', { limit: 10 });
    expect(noFilter.body).toMatchObject({
      code: 3,
      message: 'Request validation error: invalid GetProductListRequest.Filter: value is required',
    });
    const tooMany = await h.call('/v3/product/list', { filter: {}, limit: 1001 });
    expect(tooMany.body).toMatchObject({
      message:
        'Request validation error: invalid GetProductListRequest.Limit: value must be inside range [1, 1000]',
    });
  });
});
