import type { SourceOption, SourceProduct } from '../../source/source-product';

/** One Ozon product made from an OpenCart product: the product itself, or one value of its variant option. */
export interface ExportUnit {
  readonly product: SourceProduct;
  /** '' for the product itself, else the option_value_id: stable across OpenCart's re-saves of the product. */
  readonly variantKey: string;
  readonly variant:
    | {
        readonly optionId: number;
        readonly optionName: string;
        readonly optionValueId: number;
        readonly valueName: string;
        readonly priceDelta: number;
        readonly weightDelta: number;
      }
    | undefined;
  /** Stock of this unit: the option value's own quantity for a variant, else the product's. */
  readonly stock: number;
}

/** Option types whose values a buyer picks from a fixed list: only these can become separate products. */
const CHOICE_TYPES = new Set(['select', 'radio', 'image']);

/**
 * The option that splits a product into variants: the first of the product's choice options that the leaf's
 * mapping reads (its values are what tells Ozon's variants apart, e.g. a size). OpenCart keeps stock per option
 * value and never per combination, so only one option can carry the variants' stock; an option the mapping does
 * not use (gift wrapping, engraving) does not change what is sent.
 */
export function variantOption(
  product: SourceProduct,
  variantOptionIds: readonly number[],
): SourceOption | undefined {
  for (const o of product.options) {
    if (CHOICE_TYPES.has(o.type) && o.values.length > 0 && variantOptionIds.includes(o.optionId)) {
      return o;
    }
  }
  return undefined;
}

/** The Ozon products one OpenCart product becomes: itself, or one per value of its variant option. */
export function exportUnits(product: SourceProduct, variantOptionIds: readonly number[]): ExportUnit[] {
  const option = variantOption(product, variantOptionIds);
  if (!option) {
    return [{ product, variantKey: '', variant: undefined, stock: Math.max(0, product.quantity) }];
  }
  const units: ExportUnit[] = [];
  for (const value of option.values) {
    units.push({
      product,
      variantKey: String(value.optionValueId),
      variant: {
        optionId: option.optionId,
        optionName: option.name,
        optionValueId: value.optionValueId,
        valueName: value.name,
        priceDelta: value.priceDelta,
        weightDelta: value.weightDelta,
      },
      stock: Math.max(0, value.quantity),
    });
  }
  return units;
}
