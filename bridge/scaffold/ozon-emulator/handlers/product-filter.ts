import type { z } from 'zod';
import type { visibility } from '../../../src/ozon/schemas';
import { isOnSale } from '../state/create-state';
import type { EmulatorState, ProductRecord } from '../state/types';

type Visibility = z.infer<typeof visibility> | 'BANNED';

/** The product filter shared by the list, attributes, stocks and prices reads. */
export interface ProductFilter {
  offer_id?: readonly string[] | undefined;
  product_id?: readonly (string | number)[] | undefined;
  sku?: readonly (string | number)[] | undefined;
  visibility?: Visibility | undefined;
}

function visible(product: ProductRecord, v: Visibility, now: number): boolean {
  const onSale = isOnSale(product, now);
  switch (v) {
    case 'ARCHIVED':
    case 'MANUAL_ARCHIVED':
      return product.archived;
    case 'VISIBLE':
    case 'IN_SALE':
    case 'MODERATED':
    case 'VALIDATION_STATE_SUCCESS':
      return onSale && !product.archived;
    case 'NOT_MODERATED':
    case 'VALIDATION_STATE_PENDING':
      return !onSale && !product.archived;
    case 'ALL':
      // ALL means every product that is not archived; archived ones need ARCHIVED.
      return !product.archived;
    default:
      return false;
  }
}

/**
 * Products matching a filter, ordered by product_id. Id lists narrow the set; an empty filter means all.
 * `sku` matches only products that have one (passed moderation).
 */
export function filterProducts(
  state: EmulatorState,
  filter: ProductFilter | undefined,
  now: number,
): ProductRecord[] {
  const byOffer = filter?.offer_id?.length ? new Set(filter.offer_id) : undefined;
  const byId = filter?.product_id?.length ? new Set(filter.product_id.map(Number)) : undefined;
  const bySku = filter?.sku?.length ? new Set(filter.sku.map(Number)) : undefined;
  const explicit = byOffer !== undefined || byId !== undefined || bySku !== undefined;
  return [...state.productsById.values()]
    .filter((p) => {
      if (explicit) {
        return (
          byOffer?.has(p.offerId) === true ||
          byId?.has(p.productId) === true ||
          (bySku?.has(p.sku) === true && isOnSale(p, now))
        );
      }
      return true;
    })
    .filter((p) =>
      explicit && filter?.visibility === undefined ? true : visible(p, filter?.visibility ?? 'ALL', now),
    )
    .sort((a, b) => a.productId - b.productId);
}
