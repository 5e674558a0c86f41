import type { z } from 'zod';
import { type PriceUpdate, type pricesImportResult, vatRates } from '../../../src/ozon/schemas';
import { ozonTexts } from '../errors';
import { findProduct } from './create-state';
import { checkOldPrice } from './price-rules';
import type { EmulatorState } from './types';

/** One result as it goes over the wire. */
export type PriceResultWire = z.input<typeof pricesImportResult>;

const HOUR_MS = 3_600_000;

function failed(update: PriceUpdate, productId: number, code: string, message: string): PriceResultWire {
  return {
    product_id: productId,
    offer_id: update.offer_id ?? '',
    updated: false,
    errors: [{ code, message }],
  };
}

/**
 * Applies one item of /v1/product/import/prices: the old-price rule, account currency, VAT set, min_price for
 * auto actions, and at most `priceUpdatesPerHour` accepted updates per product per hour.
 */
export function applyPriceUpdate(state: EmulatorState, update: PriceUpdate, now: number): PriceResultWire {
  const product = findProduct(state, update.offer_id, update.product_id);
  if (!product) {
    return failed(
      update,
      Number(update.product_id ?? 0),
      'NOT_FOUND_ERROR',
      'There is no product with this identifier in your personal account.',
    );
  }
  const ruleError = checkOldPrice(update.price, update.old_price);
  if (ruleError) {
    return failed(update, product.productId, ruleError.code, ruleError.message);
  }
  if (update.currency_code !== undefined && update.currency_code !== state.config.currency) {
    return failed(
      update,
      product.productId,
      'CURRENCY_MISMATCH',
      `currency_code must be the account currency ${state.config.currency}`,
    );
  }
  if (update.vat !== undefined && !(vatRates as readonly string[]).includes(update.vat)) {
    return failed(update, product.productId, 'INVALID_VAT', `vat must be one of ${vatRates.join(', ')}`);
  }
  const enablesAutomation =
    update.auto_action_enabled === 'ENABLED' || update.price_strategy_enabled === 'ENABLED';
  const minPrice = update.min_price ?? product.price.minPrice;
  if (enablesAutomation && (minPrice === '' || minPrice === '0')) {
    return failed(
      update,
      product.productId,
      'MIN_PRICE_REQUIRED',
      'min_price is required to enable auto actions or price strategies',
    );
  }
  product.priceUpdates = product.priceUpdates.filter((t) => t > now - HOUR_MS);
  if (product.priceUpdates.length >= state.config.limits.priceUpdatesPerHour) {
    // The documented text for this limit; Ozon does not document the code, so it reuses the stock limiter's.
    return failed(update, product.productId, 'TOO_MANY_REQUESTS', ozonTexts.priceTooOften);
  }
  product.priceUpdates.push(now);
  product.price = {
    price: update.price,
    oldPrice: update.old_price ?? product.price.oldPrice,
    minPrice,
    netPrice: update.net_price ?? product.price.netPrice,
    currency: update.currency_code ?? product.price.currency,
    vat: update.vat ?? product.price.vat,
    autoActionEnabled:
      update.auto_action_enabled === undefined || update.auto_action_enabled === 'UNKNOWN'
        ? product.price.autoActionEnabled
        : update.auto_action_enabled === 'ENABLED',
  };
  product.updatedAt = now;
  return { product_id: product.productId, offer_id: product.offerId, updated: true, errors: [] };
}
