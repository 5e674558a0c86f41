import type { ImportAttribute, ImportItem } from '../../../ozon/schemas/import';
import { computePrice } from '../../../pricing/compute-price';
import { fixPlace } from '../../../shared/fix-places';
import { packageSize } from '../../../units/package-size';
import type { ExportContext } from '../export-context';
import { preflightChecks } from '../validation/preflight-checks';
import { type Problem, preflight, sendable } from '../validation/problem';
import { FIELD_IN_OPENCART } from '../validation/where-to-fix';
import { buildAttributes, mergeById } from './attributes';
import { OFFER_ID_FIELD_LABEL, variantOfferId } from './offer-id';
import { itemHash } from './payload-hash';
import type { ProductBase } from './product-base';
import { plainText } from './product-name';
import type { ExportUnit } from './variants';

/** One export unit turned into what would be sent, or why it cannot be. */
export interface UnitPayload {
  readonly productId: number;
  readonly variantKey: string;
  readonly offerId: string;
  readonly name: string;
  readonly stock: number;
  readonly leaf: { descriptionCategoryId: number; typeId: number; name: string } | undefined;
  /**
   * The import item; present whenever a leaf is known (also for invalid products, as a preview). Not readonly:
   * a whole-catalogue run lets go of the items it will not send as soon as it has decided (plan-page.ts).
   */
  item: ImportItem | undefined;
  readonly problems: Problem[];
  /** Set only when nothing blocks sending: the content hash that decides whether Ozon needs it again. */
  readonly hash: string | undefined;
  readonly priceNote: string | undefined;
}

function variantAttributes(
  unit: ExportUnit,
  base: ProductBase,
  name: string,
  context: ExportContext,
): { attributes: ImportAttribute[]; problems: Problem[] } {
  if (!unit.variant || !base.leaf?.attributesCached) {
    return { attributes: [], problems: [] };
  }
  const texts = {
    name,
    descriptionHtml: base.descriptionHtml,
    names: context.store,
    mappingCategory: base.mappingCategory,
  };
  return buildAttributes(unit, base.leaf, texts, 'own', base.variantOptionId);
}

/**
 * Builds the /v3/product/import item of one export unit from its product's shared part and checks it against
 * Ozon's rules and the cached category schema. Pure: the same product and context always give the same item and
 * hash.
 */
export function buildUnitPayload(unit: ExportUnit, base: ProductBase, context: ExportContext): UnitPayload {
  const { product, variant } = unit;
  const source = context.settings.offerIdSource;
  const offerId =
    variant && base.baseOfferId !== ''
      ? variantOfferId(base.baseOfferId, variant.valueName, variant.optionValueId)
      : base.baseOfferId;
  const name = variant ? `${base.baseName}, ${plainText(variant.valueName)}` : base.baseName;
  const { size, problems: sizeProblems } = packageSize(
    {
      length: product.length,
      width: product.width,
      height: product.height,
      lengthClassId: product.lengthClassId,
      weight: product.weight + (variant?.weightDelta ?? 0),
      weightClassId: product.weightClassId,
    },
    context.store.millimetres,
    context.store.grams,
  );
  const price = computePrice(
    { price: product.price, specialPrice: product.specialPrice, priceDelta: variant?.priceDelta ?? 0 },
    context.priceRules,
  );
  const own = variantAttributes(unit, base, name, context);
  const problems = [
    ...base.sharedProblems,
    ...preflightChecks({
      offerId,
      offerIdLabel: OFFER_ID_FIELD_LABEL[source],
      offerIdWhere: source === 'product_id' ? fixPlace('settingsOfferId') : FIELD_IN_OPENCART[source],
      name,
      images: base.images,
      size,
      sizeProblems,
      // A refused price is reported by its own problem below, not as a price of 0.
      price: price.refusal === undefined ? price.price : undefined,
      storeUrlSet: context.storeUrl !== undefined,
      inStore: product.inStore,
    }),
    ...own.problems,
  ];
  if (price.refusal !== undefined) {
    problems.push(preflight(price.refusal.code, 'price', price.refusal.message));
  }
  if (price.note !== undefined) {
    // A price raised to the minimum or an old price left out: the merchant is told, the product is still sent.
    problems.push(preflight('price_note', 'price', price.note, 'none'));
  }
  // Items of one product share the attribute list when no attribute reads the variant (never mutated).
  const attributes =
    own.attributes.length === 0 ? base.sharedAttributes : mergeById(base.sharedAttributes, own.attributes);
  const choice = base.choice;
  const item: ImportItem | undefined = choice
    ? {
        offer_id: offerId,
        name,
        description_category_id: choice.descriptionCategoryId,
        type_id: choice.typeId,
        price: price.price,
        old_price: price.oldPrice ?? '0',
        currency_code: context.settings.currency,
        vat: base.vat,
        ...(base.barcode === undefined ? {} : { barcode: base.barcode }),
        images: base.images,
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
      ? {
          descriptionCategoryId: choice.descriptionCategoryId,
          typeId: choice.typeId,
          name: base.leaf?.name ?? '',
        }
      : undefined,
    item,
    problems,
    hash: item && sendable(problems) ? itemHash(base.sharedDigest, item, own.attributes) : undefined,
    priceNote: price.note,
  };
}
