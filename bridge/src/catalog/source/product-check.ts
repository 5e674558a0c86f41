import { type SourceProduct, sourceProductSchema } from './source-product';

/*
 * sourceProductSchema's checks, written out. Zod builds a fresh copy of every object and array it parses: for the
 * 100,000 products of a whole-catalogue export that was some 600 MB of garbage (a seventh of all the run made) for
 * a check that passes on every row OpenCart writes. The schema stays the definition (a test holds the two equal,
 * field by field): a product failing here is parsed by it, so the error is zod's, naming the field.
 */

type Fields = Readonly<Record<string, unknown>>;

function fields(value: unknown): Fields | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Fields) : undefined;
}

function isInt(value: unknown): boolean {
  return Number.isSafeInteger(value);
}

function isAmount(value: unknown): boolean {
  return typeof value === 'number' && Number.isFinite(value);
}

function isText(value: unknown): boolean {
  return typeof value === 'string';
}

function isFlag(value: unknown): boolean {
  return typeof value === 'boolean';
}

type Check = (value: unknown) => boolean;

/** Each field of an object and its check; an object passes when every listed field does. */
function shape(checks: Readonly<Record<string, Check>>): Check {
  const keys = Object.keys(checks);
  const tests = Object.values(checks);
  return (value) => {
    const o = fields(value);
    if (o === undefined) {
      return false;
    }
    for (let i = 0; i < keys.length; i++) {
      if (!tests[i]?.(o[keys[i] ?? ''])) {
        return false;
      }
    }
    return true;
  };
}

function listOf(check: Check): Check {
  return (value) => {
    if (!Array.isArray(value)) {
      return false;
    }
    for (const item of value) {
      if (!check(item)) {
        return false;
      }
    }
    return true;
  };
}

function nullable(check: Check): Check {
  return (value) => value === null || check(value);
}

const optionValue = shape({
  productOptionValueId: isInt,
  optionValueId: isInt,
  name: isText,
  quantity: isInt,
  priceDelta: isAmount,
  weightDelta: isAmount,
  sortOrder: isInt,
});

const product = shape({
  productId: (v) => isInt(v) && (v as number) > 0,
  model: isText,
  sku: isText,
  upc: isText,
  ean: isText,
  jan: isText,
  isbn: isText,
  mpn: isText,
  location: isText,
  quantity: isInt,
  enabled: isFlag,
  inStore: isFlag,
  price: isAmount,
  specialPrice: nullable(isAmount),
  images: listOf((v) => isText(v) && (v as string).length > 0),
  manufacturer: nullable(shape({ id: isInt, name: isText })),
  taxClassId: isInt,
  weight: isAmount,
  weightClassId: isInt,
  length: isAmount,
  width: isAmount,
  height: isAmount,
  lengthClassId: isInt,
  name: isText,
  description: isText,
  metaTitle: isText,
  tag: isText,
  categoryIds: listOf(isInt),
  attributes: listOf(shape({ attributeId: isInt, name: isText, text: isText })),
  options: listOf(
    shape({
      productOptionId: isInt,
      optionId: isInt,
      name: isText,
      type: isText,
      required: isFlag,
      values: listOf(optionValue),
    }),
  ),
  dateModified: isText,
});

/** True when `candidate` passes sourceProductSchema (checked by hand, nothing copied). */
export function isValidSourceProduct(candidate: unknown): boolean {
  return product(candidate);
}

/** The product as it is when it passes the schema; else the schema's own verdict (a ZodError naming the field). */
export function checkedSourceProduct(candidate: SourceProduct): SourceProduct {
  return product(candidate) ? candidate : sourceProductSchema.parse(candidate);
}
