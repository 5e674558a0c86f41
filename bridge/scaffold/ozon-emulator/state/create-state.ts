import { seedWarehouses } from '../seed/warehouses';
import type { EmulatorConfig, EmulatorState, ProductRecord } from './types';

const DAY_MS = 86_400_000;

/** Ozon's daily quotas reset at 03:00 Moscow time, which is midnight UTC. */
export function nextQuotaReset(now: number): number {
  return Math.floor(now / DAY_MS) * DAY_MS + DAY_MS;
}

/** A fresh account: seeded warehouses, no products, no postings, default quotas. */
export function createState(config: EmulatorConfig, now: number): EmulatorState {
  return {
    config,
    products: new Map(),
    productsById: new Map(),
    tasks: new Map(),
    warehouses: seedWarehouses.map((w) => ({ ...w })),
    stocks: new Map(),
    postings: new Map(),
    quota: {
      dailyCreateLimit: 1000,
      dailyCreateUsage: 0,
      dailyUpdateLimit: 10000,
      dailyUpdateUsage: 0,
      totalLimit: 50000,
      resetAt: nextQuotaReset(now),
    },
    // Realistic magnitudes: product ids ~ 10^9, SKUs ~ 10^9 (above 2^31, below 2^53).
    ids: { product: 3_397_917_000, sku: 1_904_686_000, task: 1_725_497_000, order: 208_245_000 },
  };
}

/** `price_sent` once moderation time has passed, else still moderating. */
export function isOnSale(product: ProductRecord, now: number): boolean {
  return now >= product.moderatedAt;
}

/** Resets the daily quota counters when the clock passes the reset time. */
export function rollQuota(state: EmulatorState, now: number): void {
  if (now >= state.quota.resetAt) {
    state.quota.dailyCreateUsage = 0;
    state.quota.dailyUpdateUsage = 0;
    state.quota.resetAt = nextQuotaReset(now);
  }
}

/** Finds a product by offer_id first (Ozon's rule when both are sent), then by product_id. */
export function findProduct(
  state: EmulatorState,
  offerId: string | undefined,
  productId: number | string | undefined,
): ProductRecord | undefined {
  if (offerId !== undefined && offerId !== '') {
    return state.products.get(offerId);
  }
  return productId === undefined ? undefined : state.productsById.get(Number(productId));
}

/** Finds a product by its SKU. */
export function findBySku(state: EmulatorState, sku: number | string): ProductRecord | undefined {
  const wanted = Number(sku);
  for (const product of state.products.values()) {
    if (product.sku === wanted) {
      return product;
    }
  }
  return undefined;
}
