import { z } from 'zod';
import { countOut, idList, idOut, list, opt, positiveId, protoMessage, textOut, visibility } from './common';
import { itemError } from './errors';

/*
 * FBS/rFBS stock: write per (product, warehouse) pair, read back aggregated (v4) or per warehouse (v2).
 */

/**
 * One stock pair. `stock` is the available quantity excluding Ozon's reserve, below 1,000,000 (a larger value is
 * a per-item STOCK_TOO_BIG, not a 400). When both `offer_id` and `product_id` are given, Ozon uses `offer_id`.
 * The document still lists `quant_size` as required although the property was removed (2025-06-26); ours does not.
 */
export const stockPair = protoMessage('ProductsStocksRequest_Stock', {
  offer_id: z.string().optional(),
  product_id: positiveId.optional(),
  stock: z.union([z.int().min(0), z.string().regex(/^\d{1,19}$/)]),
  warehouse_id: positiveId,
});
export type StockPair = z.infer<typeof stockPair>;

/** POST /v2/products/stocks (ProductAPI_ProductsStocksV2): ≤ 100 pairs, 80 requests/min, one update per pair per 30 s. */
export const stocksUpdateRequest = protoMessage('ProductsStocksRequest', {
  stocks: z
    .array(stockPair)
    .min(1)
    .max(100)
    .refine((pairs) => pairs.every((p) => p.offer_id !== undefined || p.product_id !== undefined), {
      message: 'each stock needs offer_id or product_id',
    }),
});
export type StocksUpdateRequest = z.infer<typeof stocksUpdateRequest>;

/** Per-pair result; `updated: false` with `errors[]` is the normal failure inside HTTP 200. */
export const stocksUpdateResult = z.looseObject({
  warehouse_id: idOut,
  product_id: opt(idOut),
  offer_id: textOut,
  updated: z.boolean(),
  errors: list(itemError),
});
export type StocksUpdateResult = z.infer<typeof stocksUpdateResult>;

export const stocksUpdateResponse = z.looseObject({ result: list(stocksUpdateResult) });
export type StocksUpdateResponse = z.infer<typeof stocksUpdateResponse>;

/**
 * POST /v2/product/info/stocks-by-warehouse/fbs (ProductAPI_GetProductInfoStocksByWarehouseFbsV2, Russian
 * document only): stock per FBS/rFBS warehouse, cursor paging; filter by `sku` or `offer_id`, one of them.
 */
export const stocksByWarehouseFbsRequest = protoMessage('GetProductInfoStocksByWarehouseFbsRequestV2', {
  cursor: z.string().optional(),
  limit: z.int().min(1).max(1000),
  offer_id: z.array(z.string()).max(1000).optional(),
  sku: idList.max(1000).optional(),
}).refine((r) => !(r.offer_id?.length && r.sku?.length), {
  message: 'pass either sku or offer_id, not both',
});
export type StocksByWarehouseFbsRequest = z.infer<typeof stocksByWarehouseFbsRequest>;

export const warehouseStock = z.looseObject({
  sku: idOut,
  offer_id: textOut,
  product_id: idOut,
  warehouse_id: idOut,
  warehouse_name: textOut,
  present: countOut,
  reserved: countOut,
  free_stock: opt(countOut),
});
export type WarehouseStock = z.infer<typeof warehouseStock>;

export const stocksByWarehouseFbsResponse = z.looseObject({
  products: list(warehouseStock),
  cursor: textOut,
  has_next: z
    .boolean()
    .nullish()
    .transform((v) => v ?? false),
});
export type StocksByWarehouseFbsResponse = z.infer<typeof stocksByWarehouseFbsResponse>;

const productInfoStocksFilter = protoMessage('GetProductInfoStocksRequest_Filter', {
  offer_id: z.array(z.string()).max(1000).optional(),
  product_id: idList.max(1000).optional(),
  visibility: z.union([visibility, z.literal('BANNED')]).optional(),
  with_quant: protoMessage('GetProductInfoStocksRequest_Filter_WithQuant', {
    created: z.boolean().optional(),
    exists: z.boolean().optional(),
  }).optional(),
});

/** POST /v4/product/info/stocks (ProductAPI_GetProductInfoStocks): stock per scheme (fbs/rfbs/fbo), cursor paging. */
export const productInfoStocksRequest = protoMessage('GetProductInfoStocksRequest', {
  cursor: z.string().optional(),
  filter: productInfoStocksFilter,
  limit: z.int().min(1).max(1000),
});
export type ProductInfoStocksRequest = z.infer<typeof productInfoStocksRequest>;

export const productInfoStocksItem = z.looseObject({
  offer_id: textOut,
  product_id: idOut,
  stocks: list(
    z.looseObject({
      type: textOut,
      sku: opt(idOut),
      present: countOut,
      reserved: countOut,
      shipment_type: textOut,
      warehouse_ids: list(idOut),
    }),
  ),
});
export type ProductInfoStocksItem = z.infer<typeof productInfoStocksItem>;

export const productInfoStocksResponse = z.looseObject({
  items: list(productInfoStocksItem),
  cursor: textOut,
  total: opt(countOut),
});
export type ProductInfoStocksResponse = z.infer<typeof productInfoStocksResponse>;
