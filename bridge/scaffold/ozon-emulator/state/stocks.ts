import type { z } from 'zod';
import type { ItemError, StockPair, stocksUpdateResult } from '../../../src/ozon/schemas';
import { isBulky } from './bulky';
import { findProduct, isOnSale } from './create-state';
import type { EmulatorState, StockRecord } from './types';

/** One result as it goes over the wire (ids as numbers, like Ozon's v2 answer). */
export type StockResultWire = z.input<typeof stocksUpdateResult>;

const texts = {
  notCreated:
    "The product didn't pass moderation, so you can't update the stocks yet. Wait for the price_sent status and try again.",
  offerNotFound: "Product with such ID doesn't exist in your personal account.",
  notFound: 'Failed to find the product in your personal account.',
  warehouse:
    'Warehouse warehouse_id not found. Make sure that the warehouse is active and check for errors in its ID.',
  notBulky: 'A product that is not bulky cannot be stocked at a bulky-goods (KGT) warehouse.',
  bulky: 'The product exceeds the maximum dimensions or weight for a warehouse that is not for bulky goods.',
  tooBig:
    "The value you've specified for the product stock is too high. Set a quantity less than a million and try again.",
} as const;

/** The stock record of a pair, created empty on first use. */
export function stockOf(state: EmulatorState, productId: number, warehouseId: number): StockRecord {
  let byWarehouse = state.stocks.get(productId);
  if (!byWarehouse) {
    byWarehouse = new Map();
    state.stocks.set(productId, byWarehouse);
  }
  let record = byWarehouse.get(warehouseId);
  if (!record) {
    record = { present: 0, reserved: 0, updatedAt: Number.NEGATIVE_INFINITY };
    byWarehouse.set(warehouseId, record);
  }
  return record;
}

function failure(pair: StockPair, productId: number | undefined, error: ItemError): StockResultWire {
  return {
    warehouse_id: Number(pair.warehouse_id),
    product_id: productId ?? Number(pair.product_id ?? 0),
    offer_id: pair.offer_id ?? '',
    updated: false,
    errors: [error],
  };
}

/**
 * Applies one pair of /v2/products/stocks. The value sent is stock excluding reserve, so `present` becomes
 * `stock + reserved`. Failures come back per pair inside HTTP 200, in Ozon's codes.
 */
export function applyStockPair(state: EmulatorState, pair: StockPair, now: number): StockResultWire {
  const product = findProduct(state, pair.offer_id, pair.product_id);
  if (!product) {
    const byOffer = pair.offer_id !== undefined && pair.offer_id !== '';
    return failure(pair, undefined, {
      code: byOffer ? 'offer_id_not_found' : 'NOT_FOUND_ERROR',
      message: byOffer ? texts.offerNotFound : texts.notFound,
    });
  }
  if (!isOnSale(product, now)) {
    return failure(pair, product.productId, { code: 'product_is_not_created', message: texts.notCreated });
  }
  const warehouseId = Number(pair.warehouse_id);
  const warehouse = state.warehouses.find((w) => w.warehouseId === warehouseId && w.status === 'created');
  if (!warehouse) {
    return failure(pair, product.productId, { code: 'WAREHOUSE_NOT_FOUND', message: texts.warehouse });
  }
  const bulky = isBulky(product.item);
  if (warehouse.isKgt && !bulky) {
    return failure(pair, product.productId, { code: 'NON_KGT_ON_KGT_WAREHOUSE', message: texts.notBulky });
  }
  if (!warehouse.isKgt && bulky) {
    return failure(pair, product.productId, { code: 'OVER_MAX_OVH_NON_KGT', message: texts.bulky });
  }
  const stock = Number(pair.stock);
  if (stock >= 1_000_000) {
    return failure(pair, product.productId, { code: 'STOCK_TOO_BIG', message: texts.tooBig });
  }
  const record = stockOf(state, product.productId, warehouseId);
  if (now - record.updatedAt < state.config.limits.stockPairIntervalMs) {
    return failure(pair, product.productId, {
      code: 'TOO_MANY_REQUESTS',
      message: 'Stock is updated too frequently',
    });
  }
  record.present = stock + record.reserved;
  record.updatedAt = now;
  return {
    warehouse_id: warehouseId,
    product_id: product.productId,
    offer_id: product.offerId,
    updated: true,
    errors: [],
  };
}

/** Every (warehouse, record) of a product that has ever had stock. */
export function stocksOfProduct(
  state: EmulatorState,
  productId: number,
): { warehouseId: number; record: StockRecord }[] {
  return [...(state.stocks.get(productId)?.entries() ?? [])].map(([warehouseId, record]) => ({
    warehouseId,
    record,
  }));
}
