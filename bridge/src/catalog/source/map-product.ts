import { activeSpecial, type SpecialRow } from './active-special';
import { type SourceProduct, type SourceProductInput, sourceProductSchema } from './source-product';
import type { StoreContext } from './store-context';

/** The rows of one product as read from OpenCart's tables (raw column values, DECIMALs as strings). */
export interface ProductRows {
  readonly product: {
    productId: number;
    model: string;
    sku: string;
    upc: string;
    ean: string;
    jan: string;
    isbn: string;
    mpn: string;
    location: string;
    quantity: number;
    status: number;
    price: string;
    image: string | null;
    manufacturerId: number;
    taxClassId: number;
    weight: string;
    weightClassId: number;
    length: string;
    width: string;
    height: string;
    lengthClassId: number;
    dateModified: string;
  };
  readonly description: { name: string; description: string; metaTitle: string; tag: string } | undefined;
  readonly images: ReadonlyArray<{ image: string | null; sortOrder: number; productImageId: number }>;
  readonly categoryIds: readonly number[];
  readonly attributes: ReadonlyArray<{ attributeId: number; text: string }>;
  readonly specials: readonly SpecialRow[];
  readonly options: ReadonlyArray<{ productOptionId: number; optionId: number; required: number }>;
  readonly optionValues: ReadonlyArray<{
    productOptionValueId: number;
    productOptionId: number;
    optionValueId: number;
    quantity: number;
    /** DECIMAL text as stored, or a number when read through the option index. */
    price: string | number;
    pricePrefix: string;
    weight: string | number;
    weightPrefix: string;
  }>;
}

function signed(amount: string | number, prefix: string): string | number {
  // OpenCart stores the sign apart; '-' subtracts, anything else ('+', or '=' in some extensions) adds.
  if (typeof amount === 'number') {
    return prefix === '-' ? -Math.abs(amount) : amount;
  }
  return prefix === '-' && !amount.startsWith('-') ? `-${amount}` : amount;
}

/**
 * Turns one product's rows into the export's model. Pure: the store context carries every name it needs, and
 * `now` decides which special runs. Throws a ZodError naming the column when a row holds something OpenCart
 * would never write (a weight that is not a number).
 */
export function mapProductRows(rows: ProductRows, context: StoreContext, now: string): SourceProduct {
  const p = rows.product;
  const extraImages = [...rows.images]
    .sort((a, b) => a.sortOrder - b.sortOrder || a.productImageId - b.productImageId)
    .map((i) => i.image ?? '');
  const images = [p.image ?? '', ...extraImages].filter((path) => path.trim() !== '');
  const special = activeSpecial(rows.specials, context.customerGroupId, now);
  const manufacturerName = context.manufacturers.get(p.manufacturerId);

  const input: SourceProductInput = {
    productId: p.productId,
    model: p.model,
    sku: p.sku,
    upc: p.upc,
    ean: p.ean,
    jan: p.jan,
    isbn: p.isbn,
    mpn: p.mpn,
    location: p.location,
    quantity: p.quantity,
    enabled: p.status === 1,
    price: p.price,
    specialPrice: special?.price ?? null,
    images: [...new Set(images)],
    manufacturer: manufacturerName === undefined ? null : { id: p.manufacturerId, name: manufacturerName },
    taxClassId: p.taxClassId,
    weight: p.weight,
    weightClassId: p.weightClassId,
    length: p.length,
    width: p.width,
    height: p.height,
    lengthClassId: p.lengthClassId,
    name: rows.description?.name ?? '',
    description: rows.description?.description ?? '',
    metaTitle: rows.description?.metaTitle ?? '',
    tag: rows.description?.tag ?? '',
    categoryIds: [...rows.categoryIds].sort((a, b) => a - b),
    attributes: rows.attributes.map((a) => ({
      attributeId: a.attributeId,
      name: context.attributeNames.get(a.attributeId) ?? '',
      text: a.text,
    })),
    options: rows.options.map((o) => {
      const option = context.optionNames.get(o.optionId);
      const values = rows.optionValues
        .filter((v) => v.productOptionId === o.productOptionId)
        .map((v) => {
          const named = context.optionValueNames.get(v.optionValueId);
          return {
            productOptionValueId: v.productOptionValueId,
            optionValueId: v.optionValueId,
            name: named?.name ?? '',
            quantity: v.quantity,
            priceDelta: signed(v.price, v.pricePrefix),
            weightDelta: signed(v.weight, v.weightPrefix),
            sortOrder: named?.sortOrder ?? 0,
          };
        })
        .sort((a, b) => a.sortOrder - b.sortOrder || a.optionValueId - b.optionValueId);
      return {
        productOptionId: o.productOptionId,
        optionId: o.optionId,
        name: option?.name ?? '',
        type: option?.type ?? 'select',
        required: o.required === 1,
        values,
      };
    }),
    dateModified: p.dateModified,
  };
  return sourceProductSchema.parse(input);
}
