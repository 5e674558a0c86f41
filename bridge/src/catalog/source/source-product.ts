import { z } from 'zod';

/*
 * The OpenCart product as the export sees it: one language, numbers instead of decimal strings, relations
 * already joined. Built by `mapProductRows` from raw rows and checked here, at the edge, so that nothing past
 * this point has to wonder whether a weight is "0.00000000" or a special is still running.
 */

/** A DECIMAL column as mysql2 returns it (a string), read as a finite number. */
const decimal = z
  .union([z.string().regex(/^-?\d+(\.\d+)?$/), z.number()])
  .transform((v) => Number(v))
  .pipe(z.number().finite());

/** OpenCart leaves text columns NULL in some hand-made rows; read NULL as "". */
const text = z
  .string()
  .nullish()
  .transform((v) => v ?? '');

export const sourceAttributeSchema = z.object({
  attributeId: z.int(),
  /** The attribute's name in the export language ("Material"). */
  name: text,
  text: text,
});

export const sourceOptionValueSchema = z.object({
  productOptionValueId: z.int(),
  optionValueId: z.int(),
  name: text,
  quantity: z.int(),
  /** Price difference of this value, signed by OpenCart's `price_prefix`. */
  priceDelta: decimal,
  /** Weight difference, signed by `weight_prefix`, in the product's weight class. */
  weightDelta: decimal,
  sortOrder: z.int(),
});

export const sourceOptionSchema = z.object({
  productOptionId: z.int(),
  optionId: z.int(),
  name: text,
  /** select, radio, checkbox, text, ...: only choice options can become variants. */
  type: z.string(),
  required: z.boolean(),
  values: z.array(sourceOptionValueSchema),
});

export const sourceProductSchema = z.object({
  productId: z.int().positive(),
  model: text,
  sku: text,
  upc: text,
  ean: text,
  jan: text,
  isbn: text,
  mpn: text,
  location: text,
  quantity: z.int(),
  enabled: z.boolean(),
  price: decimal,
  /** The special for the configured customer group that runs today, if any (OpenCart's own rule). */
  specialPrice: decimal.nullable(),
  /** Paths relative to OpenCart's image/ folder: the main image first, then product_image by sort_order. */
  images: z.array(z.string().min(1)),
  manufacturer: z.object({ id: z.int(), name: z.string() }).nullable(),
  taxClassId: z.int(),
  weight: decimal,
  weightClassId: z.int(),
  length: decimal,
  width: decimal,
  height: decimal,
  lengthClassId: z.int(),
  /** Name and description in the export language; the description as OpenCart stores it (HTML-escaped). */
  name: text,
  description: text,
  metaTitle: text,
  tag: text,
  categoryIds: z.array(z.int()),
  attributes: z.array(sourceAttributeSchema),
  options: z.array(sourceOptionSchema),
  dateModified: z.string(),
});

export type SourceProduct = z.output<typeof sourceProductSchema>;
export type SourceProductInput = z.input<typeof sourceProductSchema>;
export type SourceOption = SourceProduct['options'][number];
export type SourceOptionValue = SourceOption['values'][number];
export type SourceAttribute = SourceProduct['attributes'][number];
