import { OzonApiError } from '../errors';
import { isOnSale } from '../state/create-state';
import { applyStockPair, stocksOfProduct } from '../state/stocks';
import { decodeToken, page } from './paging';
import { filterProducts } from './product-filter';
import type { Handler } from './types';

/**
 * POST /v2/products/stocks (ProductAPI_ProductsStocksV2): at most `stockRequestsPerMinute` requests per minute per
 * account (429 code 8; Ozon does not document this text, the per-second one is mirrored), then per-pair results.
 */
const stocksUpdate: Handler<'stocksUpdate'> = (body, { state, now, clientId, limiters }) => {
  const decision = limiters.stocks.take(clientId, now);
  if (!decision.ok) {
    throw new OzonApiError(429, 8, 'You have reached request rate limit per minute', {
      'retry-after': String(Math.ceil(decision.retryAfterMs / 1000)),
    });
  }
  return { result: body.stocks.map((pair) => applyStockPair(state, pair, now)) };
};

/**
 * POST /v2/product/info/stocks-by-warehouse/fbs (ProductAPI_GetProductInfoStocksByWarehouseFbsV2): one row per
 * product and warehouse that holds or held stock, cursor paging.
 */
const stocksByWarehouseFbs: Handler<'stocksByWarehouseFbs'> = (body, { state, now }) => {
  const products = filterProducts(state, { offer_id: body.offer_id, sku: body.sku }, now).filter((p) =>
    isOnSale(p, now),
  );
  const rows = products.flatMap((p) =>
    stocksOfProduct(state, p.productId).map(({ warehouseId, record }) => ({
      sku: p.sku,
      offer_id: p.offerId,
      product_id: p.productId,
      warehouse_id: warehouseId,
      warehouse_name: state.warehouses.find((w) => w.warehouseId === warehouseId)?.name ?? '',
      present: record.present,
      reserved: record.reserved,
      free_stock: Math.max(0, record.present - record.reserved),
    })),
  );
  const { items, next } = page(
    rows,
    decodeToken(body.cursor, 'GetProductInfoStocksByWarehouseFbsRequestV2.Cursor'),
    body.limit,
  );
  return { products: items, cursor: next, has_next: next !== '' };
};

/** POST /v4/product/info/stocks (ProductAPI_GetProductInfoStocks): stock summed per scheme (fbs / rfbs). */
const productInfoStocks: Handler<'productInfoStocks'> = (body, { state, now }) => {
  const all = filterProducts(state, body.filter, now);
  const { items, next } = page(
    all,
    decodeToken(body.cursor, 'GetProductInfoStocksRequest.Cursor'),
    body.limit,
  );
  return {
    items: items.map((p) => {
      const rows = stocksOfProduct(state, p.productId);
      const schemes = (['fbs', 'rfbs'] as const).map((type) => {
        const inScheme = rows.filter(
          (r) => state.warehouses.find((w) => w.warehouseId === r.warehouseId)?.isRfbs === (type === 'rfbs'),
        );
        return {
          type,
          sku: isOnSale(p, now) ? p.sku : 0,
          present: inScheme.reduce((sum, r) => sum + r.record.present, 0),
          reserved: inScheme.reduce((sum, r) => sum + r.record.reserved, 0),
          shipment_type: 'SHIPMENT_TYPE_GENERAL',
          warehouse_ids: inScheme.map((r) => r.warehouseId),
        };
      });
      return {
        offer_id: p.offerId,
        product_id: p.productId,
        stocks: schemes.filter((s) => s.warehouse_ids.length > 0),
      };
    }),
    cursor: next,
    total: all.length,
  };
};

export const stockHandlers = { stocksUpdate, stocksByWarehouseFbs, productInfoStocks };
