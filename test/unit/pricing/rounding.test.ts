import { describe, expect, it } from 'vitest';
import { computePrice } from '../../../bridge/src/pricing/compute-price';
import { type PriceRounding, roundPrice } from '../../../bridge/src/pricing/rounding';
import { rulesWith } from './rules';

/** [amount, rounded] pairs of one rounding mode, boundaries included. */
const CASES: Record<PriceRounding, Array<[number, number]>> = {
  cents: [
    [1.005, 1.01],
    [1.004, 1],
    [2.675, 2.68],
    [1239.994, 1239.99],
    [1239.995, 1240],
  ],
  whole: [
    [10.5, 11],
    [10.49, 10],
    // The nearest whole of 10.495 is 10: rounding to cents first would make it 10.5, then 11.
    [10.495, 10],
    [0.5, 1],
  ],
  end9: [
    [1231, 1239],
    [1230, 1239],
    [1238.99, 1239],
    [1239, 1239],
    [1239.01, 1249],
    [1240, 1249],
    [0.01, 9],
    [9, 9],
    [9.01, 19],
  ],
  ten: [
    [1234.99, 1230],
    [1234.999, 1230],
    [1235, 1240],
    [14.99, 10],
    [15, 20],
    [5, 10],
    // Rounds to 0, so one step up: a cheap product is sent for 10, not refused.
    [4.99, 10],
    [0.01, 10],
  ],
  hundred: [
    [1249.99, 1200],
    [1250, 1300],
    [149.99, 100],
    [150, 200],
    [50, 100],
    [49.99, 100],
  ],
};

describe('roundPrice', () => {
  for (const [mode, cases] of Object.entries(CASES) as Array<[PriceRounding, Array<[number, number]>]>) {
    it(`rounds ${mode}, at its boundaries too`, () => {
      for (const [amount, rounded] of cases) {
        expect([amount, roundPrice(amount, mode)]).toEqual([amount, rounded]);
      }
    });
  }

  it('leaves amounts of 0 or less at 0 or less, for the caller to refuse', () => {
    for (const mode of Object.keys(CASES) as PriceRounding[]) {
      expect(roundPrice(0, mode)).toBe(0);
      expect(roundPrice(-3, mode)).toBeLessThanOrEqual(0);
      expect(roundPrice(-1234, mode)).toBeLessThan(0);
    }
  });

  it('reads amounts as decimals, whatever the binary noise of the conversion before', () => {
    // 1290 × 1.1 is 1419.0000000000002 in binary: still 1419, not 1429.
    expect(
      computePrice({ price: 1290, specialPrice: null }, rulesWith({ rounding: 'end9' }, 1.1)).price,
    ).toBe('1419');
    // 165 × 0.7 is 115.49999999999999 in binary, 1350 × 0.7 is 944.9999999999999: halves, so up.
    expect(
      computePrice({ price: 165, specialPrice: null }, rulesWith({ rounding: 'whole' }, 0.7)).price,
    ).toBe('116');
    expect(computePrice({ price: 1350, specialPrice: null }, rulesWith({ rounding: 'ten' }, 0.7)).price).toBe(
      '950',
    );
  });
});
