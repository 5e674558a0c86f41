import type { ImportAttribute, ImportItem } from '../../../ozon/schemas/import';
import type { ResolvedLeaf } from '../../mapping/resolved-mapping';
import type { ExportContext } from '../export-context';
import { computePrice } from '../price/compute-price';
import { preflightChecks } from '../validation/preflight-checks';
import { type Problem, preflight, sendable } from '../validation/problem';
import { FIELD_IN_OPENCART } from '../validation/where-to-fix';
import { buildAttributes } from './attributes';
import { productBarcode } from './barcode';
import { imageUrls } from './image-urls';
import { baseOfferId, OFFER_ID_FIELD_LABEL, variantOfferId } from './offer-id';
import { packageSize } from './package-size';
import { payloadHash } from './payload-hash';
import { productName } from './product-name';
import type { ExportUnit } from './variants';
import { vatRate } from './vat-rate';

/** One export unit turned into what would be sent, or why it cannot be. */
export interface UnitPayload {
  readonly productId: number;
  readonly variantKey: string;
  readonly offerId: string;
  readonly name: string;
  readonly stock: number;
  readonly leaf: { descriptionCategoryId: number; typeId: number; name: string } | undefined;
  /** The import item; present whenever a leaf is known (also for invalid products, as a preview). */
  readonly item: ImportItem | undefined;
  readonly problems: Problem[];
  /** Set only when nothing blocks sending: the content hash that decides whether Ozon needs it again. */
  readonly hash: string | undefined;
  readonly priceNote: string | undefined;
}

function leafProblems(
  leaf: ResolvedLeaf | undefined,
  mapped: boolean,
  categoryIds: readonly number[],
): Problem[] {
  if (!mapped) {
    const where =
      categoryIds.length > 0
        ? `its categories (${categoryIds.join(', ')})`
        : 'a category (the product has none)';
    return [
      preflight(
        'no_category_mapping',
        'description_category_id',
        `No Ozon category: map ${where} to an Ozon category and type in MesChain › Mapping › Categories, or give the product its own`,
        'mapping',
      ),
    ];
  }
  if (!leaf?.attributesCached) {
    return [
      preflight(
        'ozon_attributes_not_cached',
        'attributes',
        "Ozon's attribute list for this category is not loaded yet: refresh the Ozon catalogue in MesChain › Mapping",
        'mapping',
      ),
    ];
  }
  return [];
}

/**
 * Builds the /v3/product/import item of one export unit and checks it against Ozon's rules and the cached
 * category schema. Pure apart from the context: the same product and context always give the same item and hash.
 * `descriptionHtml` is the product's cleaned description, shared by its variants.
 */
export function buildUnitPayload(
  unit: ExportUnit,
  context: ExportContext,
  descriptionHtml: string,
): UnitPayload {
  const { product, variant } = unit;
  const source = context.settings.offerIdSource;
  const base = baseOfferId(product, source);
  const offerId =
    variant && base !== '' ? variantOfferId(base, variant.valueName, variant.optionValueId) : base;
  const name = productName(product.name, variant?.valueName);
  const choice = context.mapping.leafFor(product.productId, product.categoryIds);
  const leaf = choice ? context.mapping.leaf(choice) : undefined;
  const images = context.storeUrl ? imageUrls(product.images, context.storeUrl) : [];
  const { size, problems: sizeProblems } = packageSize(
    { ...product, weight: product.weight + (variant?.weightDelta ?? 0) },
    context.store.millimetres,
    context.store.grams,
  );
  const price = computePrice(
    { price: product.price, specialPrice: product.specialPrice, priceDelta: variant?.priceDelta ?? 0 },
    context.priceRules,
  );
  const problems = [
    ...leafProblems(leaf, choice !== undefined, product.categoryIds),
    ...preflightChecks({
      offerId,
      offerIdLabel: OFFER_ID_FIELD_LABEL[source],
      offerIdWhere:
        source === 'product_id' ? 'the offer_id source in MesChain › Settings' : FIELD_IN_OPENCART[source],
      name,
      images,
      size,
      sizeProblems,
      price: price.price,
      storeUrlSet: context.storeUrl !== undefined,
    }),
  ];
  if (price.note !== undefined) {
    problems.push(preflight('old_price_not_sent', 'old_price', price.note, 'none'));
  }
  let attributes: ImportAttribute[] = [];
  if (leaf?.attributesCached) {
    const built = buildAttributes(unit, leaf, { name, descriptionHtml });
    attributes = built.attributes;
    problems.push(...built.problems);
  }
  // A variant shares the product's EAN in OpenCart; sending it on every variant would make Ozon reject them as
  // duplicates, so only a product without variants carries it.
  const barcode = variant ? undefined : productBarcode(product);
  const item: ImportItem | undefined = choice
    ? {
        offer_id: offerId,
        name,
        description_category_id: choice.descriptionCategoryId,
        type_id: choice.typeId,
        price: price.price,
        old_price: price.oldPrice ?? '0',
        currency_code: context.settings.currency,
        vat: vatRate(product.taxClassId, context.settings.vatByTaxClass, context.settings.defaultVat),
        ...(barcode === undefined ? {} : { barcode }),
        images,
        depth: size.depth,
        width: size.width,
        height: size.height,
        dimension_unit: size.dimension_unit,
        weight: size.weight,
        weight_unit: size.weight_unit,
        attributes,
      }
    : undefined;
  return {
    productId: product.productId,
    variantKey: unit.variantKey,
    offerId,
    name,
    stock: unit.stock,
    leaf: choice
      ? { descriptionCategoryId: choice.descriptionCategoryId, typeId: choice.typeId, name: leaf?.name ?? '' }
      : undefined,
    item,
    problems,
    hash: item && sendable(problems) ? payloadHash(item) : undefined,
    priceNote: price.note,
  };
}
