import { describe, expect, it } from 'vitest';
import { type StockSettingsInput, stockSettingsSchema } from '../../../bridge/src/contract/offers';
import {
  offeredQuantity,
  perWarehouse,
  type StockSource,
  warehousesFor,
} from '../../../bridge/src/offers/stock/stock-rule';

const settings = (input: StockSettingsInput = {}) => stockSettingsSchema.parse(input);
const source = (over: Partial<StockSource> = {}): StockSource => ({
  productId: 7,
  quantity: 10,
  sellable: true,
  categoryIds: [],
  unstoredReserve: 0,
  ...over,
});
const rule = (over: Record<string, unknown>) => ({
  keepBack: 0,
  percent: 100,
  maximum: null,
  exclude: false,
  ...over,
});

describe('how many units Ozon is offered', () => {
  it('offers the store quantity as it is by default', () => {
    expect(offeredQuantity(source(), settings())).toBe(10);
  });

  it('offers nothing of a product the store does not sell, and nothing below 0', () => {
    expect(offeredQuantity(source({ sellable: false }), settings())).toBe(0);
    expect(offeredQuantity(source({ quantity: -3 }), settings())).toBe(0);
  });

  it('keeps N back, then takes the percentage rounded down, then the maximum', () => {
    // (10 - 3) × 50 % = 3.5 → 3
    expect(offeredQuantity(source(), settings({ rule: rule({ keepBack: 3, percent: 50 }) }))).toBe(3);
    expect(offeredQuantity(source(), settings({ rule: rule({ keepBack: 12 }) }))).toBe(0);
    expect(offeredQuantity(source(), settings({ rule: rule({ maximum: 4 }) }))).toBe(4);
    expect(offeredQuantity(source(), settings({ rule: rule({ maximum: 0 }) }))).toBe(0);
    expect(offeredQuantity(source({ quantity: 1 }), settings({ rule: rule({ percent: 99 }) }))).toBe(0);
  });

  it('sends 0 for an excluded product whatever its stock', () => {
    expect(offeredQuantity(source(), settings({ products: { '7': { exclude: true } } }))).toBe(0);
  });

  it("takes a product's own rule over its categories', and a category's over the store's", () => {
    const s = settings({
      rule: rule({ keepBack: 1 }),
      categories: { '20': { keepBack: 5 } },
      products: { '7': { maximum: 2 } },
    });
    // keep back 5 (category), maximum 2 (product): min(2, 10 - 5)
    expect(offeredQuantity(source({ categoryIds: [20] }), s)).toBe(2);
    expect(offeredQuantity(source({ categoryIds: [20], productId: 8 }), s)).toBe(5);
    expect(offeredQuantity(source({ productId: 8 }), s)).toBe(9);
  });

  it('takes the smallest result when a product is in several categories with rules', () => {
    const s = settings({ categories: { '20': { keepBack: 2 }, '21': { percent: 50 } } });
    expect(offeredQuantity(source({ categoryIds: [20, 21] }), s)).toBe(5);
  });

  it("subtracts Ozon's reserve for postings the store does not hold yet", () => {
    expect(offeredQuantity(source({ unstoredReserve: 4 }), settings())).toBe(6);
    expect(offeredQuantity(source({ unstoredReserve: 40 }), settings())).toBe(0);
  });

  it('never asks Ozon for a million or more', () => {
    expect(offeredQuantity(source({ quantity: 5_000_000 }), settings())).toBe(999_999);
  });
});

describe('the quantity per warehouse', () => {
  const w = (warehouseId: string, over: Record<string, unknown> = {}) => ({ warehouseId, ...over });

  it('offers the whole quantity at each warehouse with `same`', () => {
    const s = settings({ warehouses: [w('1'), w('2')] });
    expect([...perWarehouse(7, warehousesFor(s, false), s.distribution)]).toEqual([
      ['1', 7],
      ['2', 7],
    ]);
  });

  it('splits by share rounding down, the rest to the first, so the parts add up to the whole', () => {
    const s = settings({ distribution: 'split', warehouses: [w('1', { share: 70 }), w('2', { share: 30 })] });
    // 7 × 70 % = 4.9 → 4, 7 × 30 % = 2.1 → 2, the 1 left to the first
    expect([...perWarehouse(7, warehousesFor(s, false), s.distribution)]).toEqual([
      ['1', 5],
      ['2', 2],
    ]);
  });

  it('stocks bulky offers only at bulky warehouses and the others only at the others', () => {
    const s = settings({ warehouses: [w('1'), w('9', { bulky: true })] });
    expect(warehousesFor(s, true).map((x) => x.warehouseId)).toEqual(['9']);
    expect(warehousesFor(s, false).map((x) => x.warehouseId)).toEqual(['1']);
  });

  it('refuses split shares that do not add up to 100 and a warehouse listed twice', () => {
    expect(
      stockSettingsSchema.safeParse({
        distribution: 'split',
        warehouses: [w('1', { share: 60 }), w('2', { share: 30 })],
      }).success,
    ).toBe(false);
    expect(stockSettingsSchema.safeParse({ warehouses: [w('1'), w('1')] }).success).toBe(false);
  });
});
