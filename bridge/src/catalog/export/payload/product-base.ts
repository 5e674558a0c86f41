import type { ImportAttribute } from '../../../ozon/schemas/import';
import { fixPlace } from '../../../shared/fix-places';
import type { LeafChoice, ResolvedLeaf, ResolvedMapping } from '../../mapping/resolved-mapping';
import type { SourceProduct } from '../../source/source-product';
import type { ExportContext } from '../export-context';
import { type Problem, preflight } from '../validation/problem';
import { buildAttributes } from './attributes';
import { productBarcode } from './barcode';
import { cleanDescription } from './description-html';
import { imageUrls } from './image-urls';
import { baseOfferId } from './offer-id';
import { sharedDigest } from './payload-hash';
import { plainText } from './product-name';
import { type ExportUnit, exportUnits } from './variants';
import { type VatRate, vatRate } from './vat-rate';

/**
 * Everything a product's Ozon items have in common, built once per product: its variants differ only in
 * article, name, price and weight differences, and the attributes that read the variant option.
 */
export interface ProductBase {
  readonly product: SourceProduct;
  readonly units: readonly ExportUnit[];
  readonly choice: LeafChoice | undefined;
  readonly leaf: ResolvedLeaf | undefined;
  readonly descriptionHtml: string;
  readonly baseOfferId: string;
  readonly baseName: string;
  /** Shared by the items (never mutated: items are only serialised). */
  readonly images: string[];
  readonly barcode: string | undefined;
  readonly vat: VatRate;
  /** The option whose values are the variants (undefined: one item for the product). */
  readonly variantOptionId: number | undefined;
  /** The store category whose row on the mapping page shows the leaf's attributes, by name (for messages). */
  readonly mappingCategory: string | undefined;
  /** Attributes that are the same on every variant, and the problems they have. */
  readonly sharedAttributes: ImportAttribute[];
  readonly sharedProblems: readonly Problem[];
  /** Content digest of everything the product's items share (see payload-hash.ts). */
  readonly sharedDigest: string;
}

/** The product's deepest category by name (mapping it, or a category above it, gives the product a leaf). */
function deepestCategory(mapping: ResolvedMapping, categoryIds: readonly number[]): string | undefined {
  let best: { name: string; depth: number; id: number } | undefined;
  for (const id of categoryIds) {
    const category = mapping.category(id);
    if (
      category &&
      (!best || category.depth > best.depth || (category.depth === best.depth && id < best.id))
    ) {
      best = { ...category, id };
    }
  }
  return best?.name;
}

function leafProblems(
  choice: LeafChoice | undefined,
  leaf: ResolvedLeaf | undefined,
  mapping: ResolvedMapping,
  categoryIds: readonly number[],
): Problem[] {
  if (!choice) {
    const category = deepestCategory(mapping, categoryIds);
    const message =
      category === undefined
        ? `No Ozon category: the product is in no store category; choose one in ${fixPlace('productCategories')}, then map it to an Ozon category and type in ${fixPlace('categoryLeaf')}`
        : `No Ozon category: map «${category}» (or a category above it) to an Ozon category and type in ${fixPlace('categoryLeaf', { category })}`;
    return [preflight('no_category_mapping', 'description_category_id', message, 'mapping')];
  }
  if (!leaf?.attributesCached) {
    return [
      preflight(
        'ozon_attributes_not_cached',
        'attributes',
        `Ozon's attribute list for this category is not loaded yet: download it with ${fixPlace('catalogueDownload')}`,
        'mapping',
      ),
    ];
  }
  return [];
}

/** Builds the shared part of a product's Ozon items. */
export function productBase(product: SourceProduct, context: ExportContext): ProductBase {
  const choice = context.mapping.leafFor(product.productId, product.categoryIds);
  const leaf = choice ? context.mapping.leaf(choice) : undefined;
  const units = exportUnits(product, leaf?.variantOptionIds ?? []);
  const variantOptionId = units[0]?.variant?.optionId;
  const descriptionHtml = cleanDescription(product.description);
  const baseName = plainText(product.name);
  const sharedProblems = leafProblems(choice, leaf, context.mapping, product.categoryIds);
  const pageCategory = choice && context.mapping.mappingPageCategory(choice);
  const mappingCategory =
    pageCategory === undefined ? undefined : context.mapping.category(pageCategory)?.name;
  let sharedAttributes: ImportAttribute[] = [];
  const first = units[0];
  if (leaf?.attributesCached && first) {
    const built = buildAttributes(
      first,
      leaf,
      { name: baseName, descriptionHtml, names: context.store, mappingCategory },
      'shared',
      variantOptionId,
    );
    sharedAttributes = built.attributes;
    sharedProblems.push(...built.problems);
  }
  const images = context.storeUrl ? imageUrls(product.images, context.storeUrl) : [];
  // A variant shares the product's EAN in OpenCart; sending it on every variant would make Ozon reject them
  // as duplicates, so only a product without variants carries it.
  const barcode = variantOptionId === undefined ? productBarcode(product) : undefined;
  const vat = vatRate(product.taxClassId, context.settings.vatByTaxClass, context.settings.defaultVat);
  return {
    product,
    units,
    choice,
    leaf,
    descriptionHtml,
    baseOfferId: baseOfferId(product, context.settings.offerIdSource),
    baseName,
    images,
    barcode,
    vat,
    variantOptionId,
    mappingCategory,
    sharedAttributes,
    sharedProblems,
    sharedDigest: sharedDigest({
      descriptionCategoryId: choice?.descriptionCategoryId ?? 0,
      typeId: choice?.typeId ?? 0,
      currency: context.settings.currency,
      vat,
      barcode,
      images,
      attributes: sharedAttributes,
    }),
  };
}
