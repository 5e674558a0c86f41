import type { SourceProduct } from '../../source/source-product';
import type { ExportContext } from '../export-context';
import { mappedOptionIds } from './attributes';
import { buildUnitPayload, type UnitPayload } from './build-item';
import { cleanDescription } from './description-html';
import { exportUnits } from './variants';

/**
 * Every Ozon product one OpenCart product becomes, built and checked: one, or one per value of its variant
 * option (the option the leaf's mapping reads, when there is one).
 */
export function buildProductPayloads(product: SourceProduct, context: ExportContext): UnitPayload[] {
  const choice = context.mapping.leafFor(product.productId, product.categoryIds);
  const leaf = choice ? context.mapping.leaf(choice) : undefined;
  const html = cleanDescription(product.description);
  return exportUnits(product, mappedOptionIds(leaf)).map((unit) => buildUnitPayload(unit, context, html));
}
