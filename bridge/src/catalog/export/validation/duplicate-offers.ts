import { fixPlace } from '../../../shared/fix-places';
import type { UnitRef } from '../../../unit-state/unit-state';
import type { UnitPayload } from '../payload/build-item';
import { type Problem, preflight } from './problem';

/** Who already holds an offer_id: another product (or variant) of the store. */
export type OfferHolder = UnitRef;

function duplicate(unit: UnitPayload, holder: OfferHolder): Problem {
  const other =
    holder.variantKey === '' ? `product #${holder.productId}` : `a variant of product #${holder.productId}`;
  return preflight(
    'offer_id_duplicate',
    'offer_id',
    `Article "${unit.offerId}" is also used by ${other}, and Ozon needs a unique one per product: give each product its own ${fixPlace('productModel')}`,
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
  // One product's units at a time in a whole-catalogue run: usually a single unit, which needs no map.
  const seen = units.length > 1 ? new Map<string, OfferHolder>() : undefined;
  const out: UnitPayload[] = [];
  for (const unit of units) {
    if (unit.offerId === '') {
      out.push(unit);
      continue;
    }
    const stored = known.get(unit.offerId);
    const earlier = seen?.get(unit.offerId);
    const holder =
      stored !== undefined && !isSelf(stored, unit)
        ? stored
        : earlier !== undefined && !isSelf(earlier, unit)
          ? earlier
          : undefined;
    if (seen && earlier === undefined) {
      seen.set(unit.offerId, { productId: unit.productId, variantKey: unit.variantKey });
    }
    out.push(
      holder === undefined
        ? unit
        : { ...unit, problems: [...unit.problems, duplicate(unit, holder)], hash: undefined },
    );
  }
  return out;
}

function isSelf(holder: OfferHolder, unit: UnitPayload): boolean {
  return holder.productId === unit.productId && holder.variantKey === unit.variantKey;
}
