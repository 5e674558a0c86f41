import { nextQuotaReset, rollQuota } from '../state/create-state';
import { stocksOfProduct } from '../state/stocks';
import { productAttributesItem, productInfoItem } from '../views/product-view';
import { decodeToken, page } from './paging';
import { filterProducts } from './product-filter';
import type { Handler } from './types';

/** POST /v3/product/list (ProductAPI_GetProductList): `last_id` paging. */
const productList: Handler<'productList'> = (body, { state, now }) => {
  const all = filterProducts(state, body.filter, now);
  const { items, next } = page(all, decodeToken(body.last_id, 'GetProductListRequest.LastId'), body.limit);
  return {
    result: {
      items: items.map((p) => ({
        product_id: p.productId,
        offer_id: p.offerId,
        archived: p.archived,
        has_fbo_stocks: false,
        has_fbs_stocks: stocksOfProduct(state, p.productId).some((s) => s.record.present > 0),
        is_discounted: false,
        quants: [],
      })),
      total: all.length,
      last_id: next,
    },
  };
};

/** POST /v3/product/info/list (ProductAPI_GetProductInfoList): archived products included, unknown ids skipped. */
const productInfoList: Handler<'productInfoList'> = (body, { state, now }) => {
  const explicit = [...(body.offer_id ?? []), ...(body.product_id ?? []), ...(body.sku ?? [])].length > 0;
  const products = explicit
    ? filterProducts(state, { offer_id: body.offer_id, product_id: body.product_id, sku: body.sku }, now)
    : [];
  return { items: products.map((p) => productInfoItem(state, p, now)) };
};

/** POST /v4/product/info/attributes (ProductAPI_GetProductAttributesV4): `last_id` paging. */
const productAttributes: Handler<'productAttributes'> = (body, { state, now }) => {
  const all = filterProducts(state, body.filter, now);
  const { items, next } = page(
    all,
    decodeToken(body.last_id, 'GetProductAttributesV4Request.LastId'),
    body.limit,
  );
  return { result: items.map((p) => productAttributesItem(p, now)), total: all.length, last_id: next };
};

/** POST /v1/product/archive (ProductAPI_ProductArchive). Unknown ids are ignored, as archiving is idempotent. */
const productArchive: Handler<'productArchive'> = (body, { state, now }) => {
  for (const id of body.product_id) {
    const product = state.productsById.get(Number(id));
    if (product) {
      product.archived = true;
      product.updatedAt = now;
    }
  }
  return { result: true };
};

/** POST /v1/product/unarchive (ProductAPI_ProductUnarchive). */
const productUnarchive: Handler<'productUnarchive'> = (body, { state, now }) => {
  for (const id of body.product_id) {
    const product = state.productsById.get(Number(id));
    if (product) {
      product.archived = false;
      product.updatedAt = now;
    }
  }
  return { result: true };
};

/** POST /v4/product/info/limit (ProductAPI_GetUploadQuota). */
const productInfoLimit: Handler<'productInfoLimit'> = (_body, { state, now }) => {
  rollQuota(state, now);
  const q = state.quota;
  const resetAt = new Date(nextQuotaReset(now)).toISOString();
  return {
    daily_create: { limit: q.dailyCreateLimit, usage: q.dailyCreateUsage, reset_at: resetAt },
    daily_update: { limit: q.dailyUpdateLimit, usage: q.dailyUpdateUsage, reset_at: resetAt },
    total: { limit: q.totalLimit, usage: state.products.size },
  };
};

export const productHandlers = {
  productList,
  productInfoList,
  productAttributes,
  productArchive,
  productUnarchive,
  productInfoLimit,
};
