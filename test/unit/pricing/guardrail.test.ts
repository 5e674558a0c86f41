import { describe, expect, it } from 'vitest';
import { exceedsGuardrail, priceChangePercent } from '../../../bridge/src/pricing/guardrail';

describe('price change and guardrail', () => {
  it('measures the change in percent of the price it starts from, up or down', () => {
    expect(priceChangePercent('100', '130')).toBe(30);
    expect(priceChangePercent('100', '70')).toBe(30);
    expect(priceChangePercent('200', '100')).toBe(50);
    expect(priceChangePercent('100', '300')).toBe(200);
    expect(priceChangePercent('399.9', '399.9')).toBe(0);
    // 30.3 / 101 and 0.6 / 2 are a hair above 30 % in floating point; in cents they are 30 exactly.
    expect(priceChangePercent('101', '131.3')).toBe(30);
    expect(priceChangePercent('2', '2.6')).toBe(30);
    expect(priceChangePercent('0', '0')).toBe(0);
    expect(priceChangePercent('0', '0.01')).toBe(Number.POSITIVE_INFINITY);
  });

  it('holds a change strictly larger than the guardrail', () => {
    expect(exceedsGuardrail('100', '130', 30)).toBe(false);
    expect(exceedsGuardrail('100', '130.01', 30)).toBe(true);
    expect(exceedsGuardrail('100', '70', 30)).toBe(false);
    expect(exceedsGuardrail('100', '69.99', 30)).toBe(true);
    expect(exceedsGuardrail('101', '131.3', 30)).toBe(false);
    expect(exceedsGuardrail('101', '131.31', 30)).toBe(true);
    expect(exceedsGuardrail('2', '2.6', 30)).toBe(false);
    expect(exceedsGuardrail('0', '10', 1000)).toBe(true);
  });

  it('holds nothing without an accepted price to compare with', () => {
    expect(exceedsGuardrail(null, '1000000', 1)).toBe(false);
  });

  it('refuses texts that are no price rather than let them through', () => {
    expect(() => exceedsGuardrail('', '100', 30)).toThrow(RangeError);
    expect(() => priceChangePercent('100', 'abc')).toThrow('not a price');
  });
});
