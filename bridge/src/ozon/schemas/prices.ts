import { z } from 'zod';
import {
  idList,
  idOut,
  list,
  moneyNumber,
  opt,
  positiveId,
  protoMessage,
  textOut,
  visibility,
} from './common';
import { itemError } from './errors';

/*
 * Prices: written as strings with a "." separator, read back as numbers from v5.
 */

const switchState = z.enum(['UNKNOWN', 'ENABLED', 'DISABLED']);

/**
 * One price update. `old_price` "0" clears the strikethrough price; otherwise it must exceed `price` by the
 * old-price rule (checked per item by Ozon, not at request level). ENABLED auto actions or strategies need
 * `min_price`.
 */
export const priceUpdate = protoMessage('ImportProductsPricesRequest_Price', {
  auto_action_enabled: switchState.optional(),
  /** One of `currencyCodes`; must equal the account currency. */
  currency_code: z.string().optional(),
  manage_elastic_boosting_through_price: z.boolean().optional(),
  min_price: z.string().optional(),
  min_price_for_auto_actions_enabled: z.boolean().optional(),
  net_price: z.string().optional(),
  offer_id: z.string().optional(),
  old_price: z.string().optional(),
  price: z.string(),
  price_strategy_enabled: switchState.optional(),
  product_id: positiveId.optional(),
  quant_size: z.int().min(0).optional(),
  /** One of `vatRates`. */
  vat: z.string().optional(),
});
export type PriceUpdate = z.infer<typeof priceUpdate>;

/** POST /v1/product/import/prices (ProductAPI_ImportProductsPrices): ≤ 1000 items; each product ≤ 10 times an hour. */
export const pricesImportRequest = protoMessage('ImportProductsPricesRequest', {
  prices: z
    .array(priceUpdate)
    .min(1)
    .max(1000)
    .refine((items) => items.every((p) => p.offer_id !== undefined || p.product_id !== undefined), {
      message: 'each price needs offer_id or product_id',
    }),
});
export type PricesImportRequest = z.infer<typeof pricesImportRequest>;

export const pricesImportResult = z.looseObject({
  product_id: opt(idOut),
  offer_id: textOut,
  updated: z.boolean(),
  errors: list(itemError),
});
export type PricesImportResult = z.infer<typeof pricesImportResult>;

export const pricesImportResponse = z.looseObject({ result: list(pricesImportResult) });
export type PricesImportResponse = z.infer<typeof pricesImportResponse>;

const pricesFilter = protoMessage('GetProductInfoPricesV5Request_Filter', {
  offer_id: z.array(z.string()).max(1000).optional(),
  product_id: idList.max(1000).optional(),
  visibility: visibility.optional(),
});

/** POST /v5/product/info/prices (ProductAPI_GetProductInfoPrices): cursor paging; prices are numbers here. */
export const productInfoPricesRequest = protoMessage('GetProductInfoPricesV5Request', {
  cursor: z.string().optional(),
  filter: pricesFilter,
  limit: z.int().min(1).max(1000),
});
export type ProductInfoPricesRequest = z.infer<typeof productInfoPricesRequest>;

export const productPrice = z.looseObject({
  price: moneyNumber,
  old_price: opt(moneyNumber),
  min_price: opt(moneyNumber),
  net_price: opt(moneyNumber),
  marketing_seller_price: opt(moneyNumber),
  retail_price: opt(moneyNumber),
  vat: opt(moneyNumber),
  currency_code: textOut,
  auto_action_enabled: opt(z.boolean()),
});

export const productInfoPricesItem = z.looseObject({
  product_id: idOut,
  offer_id: textOut,
  price: productPrice,
  acquiring: opt(z.number()),
  volume_weight: opt(z.number()),
});
export type ProductInfoPricesItem = z.infer<typeof productInfoPricesItem>;

export const productInfoPricesResponse = z.looseObject({
  items: list(productInfoPricesItem),
  cursor: textOut,
  total: opt(z.number()),
});
export type ProductInfoPricesResponse = z.infer<typeof productInfoPricesResponse>;
