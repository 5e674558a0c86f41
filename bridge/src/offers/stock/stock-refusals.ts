/** What a per-pair refusal means for the pair: try again when Ozon allows, wait for the offer, or wait for a fix. */
export type RefusalCourse =
  /** Ozon's 30-second rule: sent again as soon as it allows. */
  | { readonly kind: 'later'; readonly afterMs: number }
  /** Waiting may cure it (the card not on sale yet, a passing fault): tried again a few times, then shown. */
  | { readonly kind: 'retry'; readonly afterMs: number; readonly attempts: number }
  /** Only the merchant can cure it (mapping, product data): shown; sent again on the next change. */
  | { readonly kind: 'fix' };

export interface Refusal {
  readonly course: RefusalCourse;
  /** In the merchant's words, with what to do. */
  readonly message: (warehouse: string) => string;
}

const MINUTE = 60_000;

/**
 * Ozon's per-pair refusals of /v2/products/stocks (HTTP 200, `updated: false`), each with what it means and what
 * the merchant can do. Ozon's own text is kept beside it in the log.
 */
const REFUSALS: Record<string, Refusal> = {
  TOO_MANY_REQUESTS: {
    course: { kind: 'later', afterMs: 30_250 },
    message: () => 'Ozon takes one stock update per warehouse every 30 seconds; sent again when it allows',
  },
  PRICE_IS_NOT_SENT: {
    course: { kind: 'retry', afterMs: MINUTE, attempts: 30 },
    message: () =>
      'Ozon has not put this offer on sale yet (no price_sent); its stock is sent as soon as it has',
  },
  product_is_not_created: {
    course: { kind: 'retry', afterMs: MINUTE, attempts: 30 },
    message: () => 'Ozon has not finished creating this card; its stock is sent as soon as Ozon has',
  },
  PRODUCT_HAS_NOT_BEEN_TAGGED_YET: {
    course: { kind: 'retry', afterMs: 5 * MINUTE, attempts: 12 },
    message: () => 'Ozon has not tagged this product yet; its stock is sent again in a few minutes',
  },
  NON_KGT_ON_KGT_WAREHOUSE: {
    course: { kind: 'fix' },
    message: (w) =>
      `Ozon refuses this product at the bulky-goods (КГТ) warehouse ${w}: it is not bulky. Mark the warehouse as not bulky in Stock & prices, or map a regular warehouse`,
  },
  OVER_MAX_OVH_NON_KGT: {
    course: { kind: 'fix' },
    message: (w) =>
      `The product is too large or heavy for the regular warehouse ${w}; Ozon stocks it only at a bulky-goods (КГТ) warehouse: map one in Stock & prices`,
  },
  OVER_MAX_OVH_KGT: {
    course: { kind: 'fix' },
    message: (w) => `The product is larger or heavier than even the bulky-goods warehouse ${w} accepts`,
  },
  FLAMMABLE_ON_NON_KGT_WAREHOUSE: {
    course: { kind: 'fix' },
    message: (w) => `Ozon stocks flammable goods only at bulky-goods warehouses, not at ${w}`,
  },
  WAREHOUSE_NOT_FOUND: {
    course: { kind: 'fix' },
    message: (w) =>
      `Ozon does not know warehouse ${w} or it is not active: check the warehouse mapping in Stock & prices`,
  },
  STOCK_TOO_BIG: {
    course: { kind: 'fix' },
    message: () => 'Ozon takes stock below 1,000,000: set a maximum in the stock rules',
  },
  offer_id_not_found: {
    course: { kind: 'fix' },
    message: () => 'Ozon has no card with this article: send the product again from Products',
  },
  NOT_FOUND_ERROR: {
    course: { kind: 'fix' },
    message: () => 'Ozon has no card for this offer: send the product again from Products',
  },
};

/** Any other code: tried again a few times (Ozon adds codes), then shown with Ozon's own text. */
const UNKNOWN: Refusal = {
  course: { kind: 'retry', afterMs: 5 * MINUTE, attempts: 3 },
  message: () => 'Ozon refused the stock update',
};

export function stockRefusal(code: string): Refusal {
  return REFUSALS[code] ?? UNKNOWN;
}
