import { describe, expect, it } from 'vitest';
import { computePrice, DEFAULT_PRICE_RULES } from '../../../bridge/src/pricing/compute-price';
import { currencyConversion } from '../../../bridge/src/pricing/currency';
import { rulesWith } from './rules';

/*
 * Every amount below is worked out by hand from the order the module comment gives: base, conversion, markup
 * percent, markup amount, rounding, minimum; then the old price and Ozon's thresholds.
 */

describe('the base price', () => {
  it('is the special below the regular price when the rules take specials, else the regular price', () => {
    const rules = rulesWith({});
    expect(computePrice({ price: 1000, specialPrice: 800 }, rules)).toEqual({
      price: '800',
      oldPrice: '1000',
      note: undefined,
    });
    expect(computePrice({ price: 1000, specialPrice: 800 }, rulesWith({ source: 'price' }))).toEqual({
      price: '1000',
      oldPrice: undefined,
      note: undefined,
    });
    expect(computePrice({ price: 1000, specialPrice: 1000 }, rules).price).toBe('1000');
    expect(computePrice({ price: 1000, specialPrice: 1200 }, rules).price).toBe('1000');
    expect(computePrice({ price: 1000, specialPrice: 0 }, rules).price).toBe('1000');
    expect(DEFAULT_PRICE_RULES.settings).toMatchObject({
      source: 'special',
      markupPercent: 0,
      rounding: 'cents',
    });
  });

  it("adds a variant's price difference to the regular price and to the special", () => {
    expect(computePrice({ price: 1000, specialPrice: 800, priceDelta: 100 }, rulesWith({}))).toMatchObject({
      price: '900',
      oldPrice: '1100',
    });
    expect(computePrice({ price: 1000, specialPrice: null, priceDelta: -250.5 }, rulesWith({})).price).toBe(
      '749.5',
    );
    // 50 - 50 is no special at all: the regular price 1000 - 50.
    expect(computePrice({ price: 1000, specialPrice: 50, priceDelta: -50 }, rulesWith({}))).toMatchObject({
      price: '950',
      oldPrice: undefined,
    });
  });
});

describe('markup', () => {
  it('applies the percentage first, then the amount', () => {
    // 1000 × 1.1 + 50 = 1150 (the amount first would give 1155).
    const both = rulesWith({ markupPercent: 10, markupAmount: 50 });
    expect(computePrice({ price: 1000, specialPrice: null }, both).price).toBe('1150');
    // 1000 × 0.9 + 100 = 1000 (the amount first would give 990).
    const mixed = rulesWith({ markupPercent: -10, markupAmount: 100 });
    expect(computePrice({ price: 1000, specialPrice: null }, mixed).price).toBe('1000');
    // 999 × 1.075 = 1073.925 → 1073.93.
    expect(computePrice({ price: 999, specialPrice: null }, rulesWith({ markupPercent: 7.5 })).price).toBe(
      '1073.93',
    );
  });

  it('takes negative markups as discounts', () => {
    expect(computePrice({ price: 1000, specialPrice: null }, rulesWith({ markupPercent: -15 })).price).toBe(
      '850',
    );
    const both = rulesWith({ markupPercent: -15, markupAmount: -100 });
    expect(computePrice({ price: 1000, specialPrice: null }, both).price).toBe('750');
  });

  it('is added after the conversion into the Ozon currency, in that currency', () => {
    const eur = currencyConversion(
      {
        defaultCode: 'EUR',
        values: new Map([
          ['EUR', 1],
          ['RUB', 100.5],
        ]),
      },
      'RUB',
    );
    expect(eur).toEqual({ from: 'EUR', to: 'RUB', rate: 100.5 });
    const rules = { currency: eur, settings: rulesWith({ markupPercent: 10, markupAmount: 20 }).settings };
    // 10 EUR × 100.5 = 1005 RUB; × 1.1 = 1105.5; + 20 = 1125.5.
    expect(computePrice({ price: 10, specialPrice: null }, rules).price).toBe('1125.5');
    // The special: 8 × 100.5 = 804; × 1.1 = 884.4; + 20 = 904.4. The regular price as above.
    expect(computePrice({ price: 10, specialPrice: 8 }, rules)).toEqual({
      price: '904.4',
      oldPrice: '1125.5',
      note: undefined,
    });
    // A variant: (10 + 0.5) × 100.5 = 1055.25; × 1.1 = 1160.775; + 20 = 1180.775 → 1180.78.
    expect(computePrice({ price: 10, specialPrice: null, priceDelta: 0.5 }, rules).price).toBe('1180.78');
  });

  it('then rounds: the special and the regular price alike', () => {
    // 800 × 1.1 = 880 → 889; 1000 × 1.1 = 1100 → 1109.
    const rules = rulesWith({ markupPercent: 10, rounding: 'end9' });
    expect(computePrice({ price: 1000, specialPrice: 800 }, rules)).toEqual({
      price: '889',
      oldPrice: '1109',
      note: undefined,
    });
    // 1234 + 5 = 1239 stays; 1234.01 + 5 = 1239.01 goes to 1249.
    const end9 = rulesWith({ markupAmount: 5, rounding: 'end9' });
    expect(computePrice({ price: 1234, specialPrice: null }, end9).price).toBe('1239');
    expect(computePrice({ price: 1234.01, specialPrice: null }, end9).price).toBe('1249');
    // 1000 × 1.125 = 1125: half, so up to 1130; 1124.99 down to 1120.
    const ten = rulesWith({ markupPercent: 12.5, rounding: 'ten' });
    expect(computePrice({ price: 1000, specialPrice: null }, ten).price).toBe('1130');
    expect(computePrice({ price: 999.99, specialPrice: null }, ten).price).toBe('1120');
    expect(computePrice({ price: 1249.5, specialPrice: null }, rulesWith({ rounding: 'whole' })).price).toBe(
      '1250',
    );
    expect(
      computePrice({ price: 1249.49, specialPrice: null }, rulesWith({ rounding: 'hundred' })).price,
    ).toBe('1200');
    expect(computePrice({ price: 3, specialPrice: null }, rulesWith({ rounding: 'hundred' })).price).toBe(
      '100',
    );
  });
});

describe('the minimum price', () => {
  it('raises a price below it, and says so', () => {
    const rules = rulesWith({ minimumPrice: 500 });
    const raised = computePrice({ price: 300, specialPrice: null }, rules);
    expect(raised).toEqual({
      price: '500',
      oldPrice: undefined,
      note: 'Raised to the minimum price of 500 RUB (the rules made it 300)',
    });
    expect(computePrice({ price: 500, specialPrice: null }, rules)).toEqual({
      price: '500',
      oldPrice: undefined,
      note: undefined,
    });
    // After the markup and rounding: 460 × 1.1 = 506 → 509 is above the minimum; 450 × 1.1 = 495 → 499 is not.
    const marked = rulesWith({ minimumPrice: 500, markupPercent: 10, rounding: 'end9' });
    expect(computePrice({ price: 460, specialPrice: null }, marked).price).toBe('509');
    expect(computePrice({ price: 450, specialPrice: null }, marked)).toMatchObject({
      price: '500',
      note: 'Raised to the minimum price of 500 RUB (the rules made it 499)',
    });
    // A discount below zero is caught by the minimum: 300 - 400 = -100 → 100.
    const floor = rulesWith({ markupAmount: -400, minimumPrice: 100 });
    expect(computePrice({ price: 300, specialPrice: null }, floor).price).toBe('100');
  });

  it('raises a special, and the regular price is struck through only while still above it', () => {
    const rules = rulesWith({ minimumPrice: 500 });
    // 300 → 500; the regular 1000 is 50 % above: allowed.
    expect(computePrice({ price: 1000, specialPrice: 300 }, rules)).toEqual({
      price: '500',
      oldPrice: '1000',
      note: 'Raised to the minimum price of 500 RUB (the rules made it 300)',
    });
    // 300 → 500; the regular 450 is below it now.
    expect(computePrice({ price: 450, specialPrice: 300 }, rules)).toEqual({
      price: '500',
      oldPrice: undefined,
      note:
        'Raised to the minimum price of 500 RUB (the rules made it 300). ' +
        'Regular price not shown struck through: the special is not below the regular price',
    });
  });
});

describe('refusals', () => {
  it('refuses a price of 0 or less after the rules, in the merchant words', () => {
    for (const markupAmount of [-100, -150]) {
      const refused = computePrice({ price: 100, specialPrice: null }, rulesWith({ markupAmount }));
      expect(refused).toMatchObject({ price: '0', oldPrice: undefined, note: undefined });
      expect(refused.refusal?.code).toBe('price_not_positive');
      expect(refused.refusal?.message).toContain('The price rules make this price');
      expect(refused.refusal?.message).toContain('minimum price');
    }
    // 0.04 × 0.1 = 0.004 → 0.
    const tiny = computePrice({ price: 0.04, specialPrice: null }, rulesWith({ markupPercent: -90 }));
    expect(tiny.refusal?.code).toBe('price_not_positive');
    expect(tiny.refusal?.message).toContain('make this price 0 RUB');
  });

  it('refuses a product without an OpenCart price, which no markup or minimum may invent', () => {
    const generous = rulesWith({ markupAmount: 50, minimumPrice: 100 });
    const free = computePrice({ price: 0, specialPrice: null }, generous);
    expect(free.refusal).toEqual({
      code: 'price_not_positive',
      message: "Price is 0: set Price on the product's Data tab in Catalog › Products",
    });
    const variant = computePrice({ price: 100, specialPrice: 80, priceDelta: -100 }, generous);
    expect(variant.refusal?.code).toBe('price_not_positive');
    expect(variant.refusal?.message).toContain("or its option's price");
  });

  it('refuses without a rate before anything else', () => {
    const none = { ...rulesWith({}), currency: { from: 'USD', to: 'RUB', rate: undefined } };
    expect(computePrice({ price: 0, specialPrice: null }, none).refusal?.code).toBe('currency_rate_missing');
  });
});
