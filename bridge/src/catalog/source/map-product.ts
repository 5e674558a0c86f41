import { activeSpecial, type SpecialRow } from './active-special';
import { inOrder } from './in-order';
import { checkedSourceProduct } from './product-check';
import type { SourceProduct } from './source-product';
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
  /** Whether product_to_store has the product for the store the bridge serves. */
  readonly inStore: boolean;
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

/** A DECIMAL column (text from MySQL, a number from the option index) as a number; NaN when it is not one. */
function amount(value: string | number): number {
  return typeof value === 'number' ? value : value.trim() === '' ? Number.NaN : Number(value);
}

/** OpenCart stores the sign apart; '-' subtracts, anything else ('+', or '=' in some extensions) adds. */
function signed(value: string | number, prefix: string): number {
  const n = amount(value);
  return prefix === '-' ? -Math.abs(n) : n;
}

/** The main image first, then the others; blank paths and repeats left out. */
function addImage(images: string[], path: string | null): void {
  if (path !== null && path.trim() !== '' && !images.includes(path)) {
    images.push(path);
  }
}

function byImageOrder(a: ProductRows['images'][number], b: ProductRows['images'][number]): number {
  return a.sortOrder - b.sortOrder || a.productImageId - b.productImageId;
}

function byValueOrder(
  a: { sortOrder: number; optionValueId: number },
  b: { sortOrder: number; optionValueId: number },
): number {
  return a.sortOrder - b.sortOrder || a.optionValueId - b.optionValueId;
}

function byNumber(a: number, b: number): number {
  return a - b;
}

/** Text columns OpenCart leaves NULL in some hand-made rows read as "". */
function text(value: string | null | undefined): string {
  return value ?? '';
}

/**
 * Turns one product's rows into the export's model. Pure: the store context carries every name it needs, and
 * `now` decides which special runs. Throws a ZodError naming the column when a row holds something OpenCart
 * would never write (a weight that is not a number).
 */
export function mapProductRows(rows: ProductRows, context: StoreContext, now: string): SourceProduct {
  const p = rows.product;
  const images: string[] = [];
  addImage(images, p.image);
  for (const row of inOrder([...rows.images], byImageOrder)) {
    addImage(images, row.image);
  }
  const special = activeSpecial(rows.specials, context.customerGroupId, now);
  const manufacturerName = context.manufacturers.get(p.manufacturerId);
  const attributes: SourceProduct['attributes'] = [];
  for (const a of rows.attributes) {
    attributes.push({
      attributeId: a.attributeId,
      name: context.attributeNames.get(a.attributeId) ?? '',
      text: text(a.text),
    });
  }
  const options: SourceProduct['options'] = [];
  for (const o of rows.options) {
    const option = context.optionNames.get(o.optionId);
    const values: SourceProduct['options'][number]['values'] = [];
    for (const v of rows.optionValues) {
      if (v.productOptionId !== o.productOptionId) {
        continue;
      }
      const named = context.optionValueNames.get(v.optionValueId);
      values.push({
        productOptionValueId: v.productOptionValueId,
        optionValueId: v.optionValueId,
        name: named?.name ?? '',
        quantity: v.quantity,
        priceDelta: signed(v.price, v.pricePrefix),
        weightDelta: signed(v.weight, v.weightPrefix),
        sortOrder: named?.sortOrder ?? 0,
      });
    }
    options.push({
      productOptionId: o.productOptionId,
      optionId: o.optionId,
      name: option?.name ?? '',
      type: option?.type ?? 'select',
      required: o.required === 1,
      values: inOrder(values, byValueOrder),
    });
  }

  const model: SourceProduct = {
    productId: p.productId,
    model: text(p.model),
    sku: text(p.sku),
    upc: text(p.upc),
    ean: text(p.ean),
    jan: text(p.jan),
    isbn: text(p.isbn),
    mpn: text(p.mpn),
    location: text(p.location),
    quantity: p.quantity,
    enabled: p.status === 1,
    inStore: rows.inStore,
    price: amount(p.price),
    specialPrice: special ? amount(special.price) : null,
    images,
    manufacturer: manufacturerName === undefined ? null : { id: p.manufacturerId, name: manufacturerName },
    taxClassId: p.taxClassId,
    weight: amount(p.weight),
    weightClassId: p.weightClassId,
    length: amount(p.length),
    width: amount(p.width),
    height: amount(p.height),
    lengthClassId: p.lengthClassId,
    name: text(rows.description?.name),
    description: text(rows.description?.description),
    metaTitle: text(rows.description?.metaTitle),
    tag: text(rows.description?.tag),
    categoryIds: inOrder([...rows.categoryIds], byNumber),
    attributes,
    options,
    dateModified: p.dateModified,
  };
  return checkedSourceProduct(model);
}
