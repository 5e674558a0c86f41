import type { SourceProduct } from '../../source/source-product';
import type { ExportContext } from '../export-context';
import { markCollidingVariants } from '../validation/variant-values';
import { buildUnitPayload, type UnitPayload } from './build-item';
import { productBase } from './product-base';

/**
 * Every Ozon product one OpenCart product becomes, built and checked: one, or one per value of its variant
 * option (the option the leaf's mapping reads, when there is one), whose values must tell them apart on Ozon.
 */
export function buildProductPayloads(product: SourceProduct, context: ExportContext): UnitPayload[] {
  const base = productBase(product, context);
  const out: UnitPayload[] = [];
  for (const unit of base.units) {
    out.push(buildUnitPayload(unit, base, context));
  }
  return markCollidingVariants(out, base);
}
