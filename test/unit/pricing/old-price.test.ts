import { describe, expect, it } from 'vitest';
import { computePrice } from '../../../bridge/src/pricing/compute-price';
import { rulesWith } from './rules';

describe('the old price', () => {
  it('regular: the regular price through the same rules, only while the special is the base', () => {
    const rules = rulesWith({ oldPrice: 'regular', markupPercent: 10 });
    // 800 × 1.1 = 880; 1000 × 1.1 = 1100.
    expect(computePrice({ price: 1000, specialPrice: 800 }, rules)).toEqual({
      price: '880',
      oldPrice: '1100',
      note: undefined,
    });
    expect(computePrice({ price: 1000, specialPrice: null }, rules)).toEqual({
      price: '1100',
      oldPrice: undefined,
      note: undefined,
    });
    const regularOnly = rulesWith({ oldPrice: 'regular', source: 'price' });
    expect(computePrice({ price: 1000, specialPrice: 800 }, regularOnly).oldPrice).toBeUndefined();
  });

  it('regular: dropped when the rounding makes the special and the regular price one', () => {
    // 1232 and 1235 both end9 to 1239.
    expect(computePrice({ price: 1235, specialPrice: 1232 }, rulesWith({ rounding: 'end9' }))).toEqual({
      price: '1239',
      oldPrice: undefined,
      note: 'Regular price not shown struck through: the special is not below the regular price',
    });
  });

  it('percent: the price that much higher, through the same rounding, with or without a special', () => {
    const rules = rulesWith({ oldPrice: 'percent', oldPricePercent: 20 });
    expect(computePrice({ price: 1000, specialPrice: null }, rules)).toEqual({
      price: '1000',
      oldPrice: '1200',
      note: undefined,
    });
    // 800 × 1.2 = 960: the percentage is taken of the price sent, not the regular price.
    expect(computePrice({ price: 1000, specialPrice: 800 }, rules)).toMatchObject({
      price: '800',
      oldPrice: '960',
    });
    // 1000 → 1009; 1009 × 1.2 = 1210.8 → 1219.
    const end9 = rulesWith({ oldPrice: 'percent', oldPricePercent: 20, rounding: 'end9' });
    expect(computePrice({ price: 1000, specialPrice: null }, end9)).toMatchObject({
      price: '1009',
      oldPrice: '1219',
    });
    // 1234.5 × 1.2 = 1481.4 → 1481.4 (cents).
    expect(computePrice({ price: 1234.5, specialPrice: null }, rules).oldPrice).toBe('1481.4');
  });

  it('percent: dropped when the rounding brings it down to the price, or Ozon would refuse it', () => {
    // 100 × 1.01 = 101 → 100, the price itself.
    const hundred = rulesWith({ oldPrice: 'percent', oldPricePercent: 1, rounding: 'hundred' });
    expect(computePrice({ price: 100, specialPrice: null }, hundred)).toEqual({
      price: '100',
      oldPrice: undefined,
      note: 'Old price 1 % above not shown struck through: 1 % above the price rounds to the price itself',
    });
    // 1000 × 1.05 = 1050: a gap of 50, not more than 5 % of 1050 (52.5).
    const five = computePrice(
      { price: 1000, specialPrice: null },
      rulesWith({ oldPrice: 'percent', oldPricePercent: 5 }),
    );
    expect(five).toMatchObject({ price: '1000', oldPrice: undefined });
    expect(five.note).toContain('more than 5 %');
    // 1000 × 10 = 10,000: a discount of exactly 90 %.
    const ninety = computePrice(
      { price: 1000, specialPrice: null },
      rulesWith({ oldPrice: 'percent', oldPricePercent: 900 }),
    );
    expect(ninety).toMatchObject({ price: '1000', oldPrice: undefined });
    expect(ninety.note).toContain('90 %');
  });

  it('none: never, and nothing to say about it', () => {
    expect(computePrice({ price: 1000, specialPrice: 800 }, rulesWith({ oldPrice: 'none' }))).toEqual({
      price: '800',
      oldPrice: undefined,
      note: undefined,
    });
  });
});

describe("Ozon's old-price thresholds, at their boundaries", () => {
  const rules = rulesWith({});
  /** The old price sent for a special `price` below the regular `oldPrice`, and the note. */
  const struck = (price: number, oldPrice: number) => {
    const computed = computePrice({ price: oldPrice, specialPrice: price }, rules);
    expect(computed.price).toBe(String(price));
    return { oldPrice: computed.oldPrice, note: computed.note ?? '' };
  };

  it('below 400: more than 20 RUB', () => {
    expect(struck(380, 400)).toEqual({
      oldPrice: undefined,
      note: 'Regular price not shown struck through: below 400 RUB Ozon needs a discount of more than 20 RUB',
    });
    expect(struck(379.99, 400)).toEqual({ oldPrice: '400', note: '' });
  });

  it('399 against 400: the 20 RUB rule below, the 5 % rule from 400 on', () => {
    // A gap of 21: more than 20 RUB, but not more than 5 % of 421 (21.05).
    expect(struck(399, 420).oldPrice).toBe('420');
    expect(struck(400, 421)).toMatchObject({ oldPrice: undefined, note: expect.stringContaining('5 %') });
  });

  it('from 400 to 10,000: more than 5 %', () => {
    expect(struck(950, 1000)).toMatchObject({ oldPrice: undefined, note: expect.stringContaining('5 %') });
    expect(struck(949.99, 1000).oldPrice).toBe('1000');
  });

  it('10,000 against 10,000.01: the 5 % rule up to 10,000, the 500 RUB rule above', () => {
    // A gap of 520: more than 500 RUB, but not more than 5 % of 10,520 (526).
    expect(struck(10_000, 10_520)).toMatchObject({
      oldPrice: undefined,
      note: expect.stringContaining('5 %'),
    });
    expect(struck(10_000.01, 10_520.01).oldPrice).toBe('10520.01');
  });

  it('above 10,000: more than 500 RUB', () => {
    expect(struck(19_500, 20_000)).toMatchObject({
      oldPrice: undefined,
      note: expect.stringContaining('500 RUB'),
    });
    expect(struck(19_499.99, 20_000).oldPrice).toBe('20000');
  });

  it('a discount under 90 %', () => {
    expect(struck(100, 1000)).toMatchObject({ oldPrice: undefined, note: expect.stringContaining('90 %') });
    expect(struck(100.01, 1000).oldPrice).toBe('1000');
  });
});
