import type { StoreDb } from '../db/connection';

/**
 * One unit is one Ozon item of one OpenCart product (the product itself, or one variant of it), keyed by product id
 * and variant key; its row in `product_state` is what every pipeline (cards, offers, orders) knows of it.
 */
/** Names one unit: the product and its variant key ('' for a product without variants). */
export interface UnitRef {
  readonly productId: number;
  readonly variantKey: string;
}

export type ProductStateRow = StoreDb['own']['productState']['$inferSelect'];
export type LifecycleState = ProductStateRow['state'];

/**
 * The columns of a stored unit that planning reads (no dates: a page reads thousands of them): its lifecycle, and
 * what the last analysis wrote, so that an analysis that changes nothing writes nothing.
 */
export type UnitState = Pick<
  ProductStateRow,
  | 'productId'
  | 'variantKey'
  | 'offerId'
  | 'state'
  | 'excluded'
  | 'sentHash'
  | 'importId'
  | 'ozonProductId'
  | 'archived'
  | 'name'
  | 'stock'
  | 'payloadHash'
  | 'problems'
>;
