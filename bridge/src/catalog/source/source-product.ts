import { z } from 'zod';

/*
 * The OpenCart product as the export sees it: one language, numbers instead of decimal strings, relations
 * already joined. `mapProductRows` converts the raw rows and checks the result against this schema: the edge
 * past which nothing has to wonder whether a weight is "0.00000000" or NaN.
 *
 * No transforms here on purpose: the schema runs for every product of a 100,000-product export, and zod's
 * transforms and pipes allocated some 60 KB per product, which kept the garbage collector busy for a quarter of
 * the run. Conversions happen in the mapper; the schema only checks.
 */

/** A finite number (zod refuses NaN and Infinity: a DECIMAL column that did not convert). */
const amount = z.number();

export const sourceAttributeSchema = z.object({
  attributeId: z.int(),
  /** The attribute's name in the export language ("Material"). */
  name: z.string(),
  text: z.string(),
});

export const sourceOptionValueSchema = z.object({
  productOptionValueId: z.int(),
  optionValueId: z.int(),
  name: z.string(),
  quantity: z.int(),
  /** Price difference of this value, signed by OpenCart's `price_prefix`. */
  priceDelta: amount,
  /** Weight difference, signed by `weight_prefix`, in the product's weight class. */
  weightDelta: amount,
  sortOrder: z.int(),
});

export const sourceOptionSchema = z.object({
  productOptionId: z.int(),
  optionId: z.int(),
  name: z.string(),
  /** select, radio, checkbox, text, ...: only choice options can become variants. */
  type: z.string(),
  required: z.boolean(),
  values: z.array(sourceOptionValueSchema),
});

export const sourceProductSchema = z.object({
  productId: z.int().positive(),
  model: z.string(),
  sku: z.string(),
  upc: z.string(),
  ean: z.string(),
  jan: z.string(),
  isbn: z.string(),
  mpn: z.string(),
  location: z.string(),
  quantity: z.int(),
  enabled: z.boolean(),
  /** Assigned to the store the bridge serves (a product_to_store row for store 0): the shop sells it. */
  inStore: z.boolean(),
  price: amount,
  /** The special for the configured customer group that runs today, if any (OpenCart's own rule). */
  specialPrice: amount.nullable(),
  /** Paths relative to OpenCart's image/ folder: the main image first, then product_image by sort_order. */
  images: z.array(z.string().min(1)),
  manufacturer: z.object({ id: z.int(), name: z.string() }).nullable(),
  taxClassId: z.int(),
  weight: amount,
  weightClassId: z.int(),
  length: amount,
  width: amount,
  height: amount,
  lengthClassId: z.int(),
  /** Name and description in the export language; the description as OpenCart stores it (HTML-escaped). */
  name: z.string(),
  description: z.string(),
  metaTitle: z.string(),
  tag: z.string(),
  categoryIds: z.array(z.int()),
  attributes: z.array(sourceAttributeSchema),
  options: z.array(sourceOptionSchema),
  dateModified: z.string(),
});

export type SourceProduct = z.infer<typeof sourceProductSchema>;
export type SourceOption = SourceProduct['options'][number];
export type SourceOptionValue = SourceOption['values'][number];
export type SourceAttribute = SourceProduct['attributes'][number];
