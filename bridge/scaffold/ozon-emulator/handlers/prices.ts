import { applyPriceUpdate } from '../state/prices';
import { productPriceItem } from '../views/product-view';
import { decodeToken, page } from './paging';
import { filterProducts } from './product-filter';
import type { Handler } from './types';

/** POST /v1/product/import/prices (ProductAPI_ImportProductsPrices): per-item results inside HTTP 200. */
const pricesImport: Handler<'pricesImport'> = (body, { state, now }) => ({
  result: body.prices.map((update) => applyPriceUpdate(state, update, now)),
});

/** POST /v5/product/info/prices (ProductAPI_GetProductInfoPrices): cursor paging, numbers. */
const productInfoPrices: Handler<'productInfoPrices'> = (body, { state, now }) => {
  const all = filterProducts(state, body.filter, now);
  const { items, next } = page(
    all,
    decodeToken(body.cursor, 'GetProductInfoPricesV5Request.Cursor'),
    body.limit,
  );
  return { items: items.map(productPriceItem), cursor: next, total: all.length };
};

export const priceHandlers = { pricesImport, productInfoPrices };
