import { describe, expect, it } from 'vitest';
import { checkedSourceProduct, isValidSourceProduct } from '../../../bridge/src/catalog/source/product-check';
import { type SourceProduct, sourceProductSchema } from '../../../bridge/src/catalog/source/source-product';

const VALID: SourceProduct = {
  productId: 7,
  model: 'M-7',
  sku: '',
  upc: '',
  ean: '4006381333931',
  jan: '',
  isbn: '',
  mpn: '',
  location: '',
  quantity: 3,
  enabled: true,
  inStore: true,
  price: 1490.5,
  specialPrice: 1200,
  images: ['catalog/a.jpg'],
  manufacturer: { id: 2, name: 'Nike' },
  taxClassId: 9,
  weight: 0.5,
  weightClassId: 1,
  length: 10,
  width: 5,
  height: 2,
  lengthClassId: 1,
  name: 'Shirt',
  description: '&lt;p&gt;x&lt;/p&gt;',
  metaTitle: '',
  tag: '',
  categoryIds: [3, 5],
  attributes: [{ attributeId: 2, name: 'Colour', text: 'Red' }],
  options: [
    {
      productOptionId: 1,
      optionId: 1,
      name: 'Size',
      type: 'select',
      required: true,
      values: [
        {
          productOptionValueId: 1,
          optionValueId: 101,
          name: 'S',
          quantity: 2,
          priceDelta: -10,
          weightDelta: 0,
          sortOrder: 0,
        },
      ],
    },
  ],
  dateModified: '2026-01-01 00:00:00',
};

/** Every path to a leaf value (and to each array and object) of a plain value. */
function paths(value: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  if (value === null || typeof value !== 'object') {
    return [prefix];
  }
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [prefix, ...entries.flatMap(([key, v]) => paths(v, [...prefix, key]))];
}

function withValue(path: Array<string | number>, value: unknown): unknown {
  const copy: unknown = structuredClone(VALID);
  let at = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) {
    at = at[key] as Record<string | number, unknown>;
  }
  const last = path.at(-1);
  if (last !== undefined) {
    at[last] = value;
  }
  return copy;
}

describe('the source product check written out (no zod copy per product)', () => {
  it('accepts and rejects exactly what the schema does, for every field and every kind of wrong value', () => {
    expect(isValidSourceProduct(VALID)).toBe(true);
    const wrong = [Number.NaN, Number.POSITIVE_INFINITY, 1.5, 0, -1, '1', '', null, undefined, true, [], {}];
    let compared = 0;
    for (const path of paths(VALID).filter((p) => p.length > 0)) {
      for (const value of wrong) {
        const candidate = withValue(path, value) as SourceProduct;
        expect(isValidSourceProduct(candidate), `${path.join('.')} = ${String(value)}`).toBe(
          sourceProductSchema.safeParse(candidate).success,
        );
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(400);
  });

  it("throws the schema's own error, naming the field", () => {
    expect(checkedSourceProduct(VALID)).toBe(VALID);
    expect(() => checkedSourceProduct({ ...VALID, weight: Number.NaN })).toThrow(/weight/);
  });
});
