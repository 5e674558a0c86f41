import type { UnitPayload } from '../payload/build-item';
import { type Problem, preflight } from './problem';

/** Who already holds an offer_id: another product (or variant) of the store. */
export interface OfferHolder {
  readonly productId: number;
  readonly variantKey: string;
}

function duplicate(unit: UnitPayload, holder: OfferHolder): Problem {
  const other =
    holder.variantKey === '' ? `product #${holder.productId}` : `a variant of product #${holder.productId}`;
  return preflight(
    'offer_id_duplicate',
    'offer_id',
    `Article "${unit.offerId}" is also used by ${other}, and Ozon needs a unique one per product: give each product its own Model on the product's Data tab in Catalog › Products`,
  );
}

/**
 * Marks units whose offer_id another unit already holds. `known` holds the offer_ids already claimed by earlier
 * pages or earlier runs (read from the product state); within the page, the lower product id keeps the offer_id,
 * so the verdict does not depend on which product was edited last.
 */
export function markDuplicateOffers(
  units: readonly UnitPayload[],
  known: ReadonlyMap<string, OfferHolder>,
): UnitPayload[] {
  const seen = new Map<string, OfferHolder>();
  return units.map((unit) => {
    if (unit.offerId === '') {
      return unit;
    }
    const self = (h: OfferHolder): boolean =>
      h.productId === unit.productId && h.variantKey === unit.variantKey;
    const holder = [known.get(unit.offerId), seen.get(unit.offerId)].find((h) => h !== undefined && !self(h));
    if (!seen.has(unit.offerId)) {
      seen.set(unit.offerId, { productId: unit.productId, variantKey: unit.variantKey });
    }
    if (holder === undefined) {
      return unit;
    }
    return { ...unit, problems: [...unit.problems, duplicate(unit, holder)], hash: undefined };
  });
}
