import { z } from 'zod';
import {
  countOut,
  flagOut,
  idList,
  idOut,
  list,
  moneyText,
  opt,
  positiveId,
  protoMessage,
  textOut,
  visibility,
} from './common';

/*
 * Product reads and archive. Ids in filters are decimal strings in Ozon's documents; numbers are accepted too.
 */

const productListFilter = protoMessage('GetProductListRequest_Filter', {
  offer_id: z.array(z.string()).max(1000).optional(),
  product_id: idList.max(1000).optional(),
  visibility: visibility.optional(),
});

/**
 * POST /v3/product/list (ProductAPI_GetProductList): ids of the seller's products, `last_id` paging.
 * Ozon rejects a request without `filter` ("value is required"), so it is required here.
 */
export const productListRequest = protoMessage('GetProductListRequest', {
  filter: productListFilter,
  last_id: z.string().optional(),
  limit: z.int().min(1).max(1000),
});
export type ProductListRequest = z.infer<typeof productListRequest>;

export const productListItem = z.looseObject({
  product_id: idOut,
  offer_id: z.string(),
  archived: flagOut,
  has_fbo_stocks: flagOut,
  has_fbs_stocks: flagOut,
  is_discounted: flagOut,
  quants: list(z.looseObject({ quant_code: textOut, quant_size: opt(countOut) })),
});

export const productListResponse = z.looseObject({
  result: z.looseObject({
    items: list(productListItem),
    last_id: textOut,
    total: opt(countOut),
  }),
});
export type ProductListResponse = z.infer<typeof productListResponse>;

/**
 * POST /v3/product/info/list (ProductAPI_GetProductInfoList): full product cards, no paging, at most 1000 ids
 * across the three lists together.
 */
export const productInfoListRequest = protoMessage('GetProductInfoListRequest', {
  offer_id: z.array(z.string()).max(1000).optional(),
  product_id: idList.max(1000).optional(),
  sku: idList.max(1000).optional(),
}).refine((r) => (r.offer_id?.length ?? 0) + (r.product_id?.length ?? 0) + (r.sku?.length ?? 0) <= 1000, {
  message: 'value must contain no more than 1000 item(s) in offer_id, product_id and sku together',
});
export type ProductInfoListRequest = z.infer<typeof productInfoListRequest>;

/** Product status block; the values are not enumerated by Ozon (`price_sent` = on sale, ready for stock). */
export const productStatuses = z.looseObject({
  is_created: flagOut,
  moderate_status: textOut,
  status: textOut,
  status_description: textOut,
  status_failed: textOut,
  status_name: textOut,
  status_tooltip: textOut,
  status_updated_at: textOut,
  validation_status: textOut,
});

export const productInfoError = z.looseObject({
  attribute_id: opt(idOut),
  code: textOut,
  field: textOut,
  level: textOut,
  state: textOut,
  texts: opt(z.looseObject({ attribute_name: textOut, description: textOut, message: textOut })),
});

export const productInfoItem = z.looseObject({
  id: idOut,
  offer_id: z.string(),
  sku: opt(idOut),
  name: textOut,
  barcodes: list(z.string()),
  description_category_id: opt(idOut),
  type_id: opt(idOut),
  currency_code: textOut,
  price: opt(moneyText),
  old_price: opt(moneyText),
  min_price: opt(moneyText),
  vat: opt(moneyText),
  images: list(z.string()),
  images360: list(z.string()),
  color_image: list(z.string()),
  /** An array in v3, even though there is only one primary image. */
  primary_image: list(z.string()),
  is_archived: flagOut,
  is_autoarchived: flagOut,
  is_discounted: flagOut,
  is_kgt: flagOut,
  statuses: opt(productStatuses),
  errors: list(productInfoError),
  stocks: opt(
    z.looseObject({
      has_stock: flagOut,
      stocks: list(
        z.looseObject({ present: countOut, reserved: countOut, sku: opt(idOut), source: textOut }),
      ),
    }),
  ),
  sources: list(z.looseObject({ sku: opt(idOut), source: textOut })),
  created_at: textOut,
  updated_at: textOut,
  volume_weight: opt(z.number()),
});
export type ProductInfoItem = z.infer<typeof productInfoItem>;

export const productInfoListResponse = z.looseObject({ items: list(productInfoItem) });
export type ProductInfoListResponse = z.infer<typeof productInfoListResponse>;

const attributesFilter = protoMessage('GetProductAttributesV4Request_Filter', {
  offer_id: z.array(z.string()).max(1000).optional(),
  product_id: idList.max(1000).optional(),
  sku: idList.max(1000).optional(),
  visibility: visibility.optional(),
});

/**
 * POST /v4/product/info/attributes (ProductAPI_GetProductAttributesV4): what Ozon holds for each product,
 * `last_id` paging. `sort_dir` is documented as `asc|desc` while the official example sends `ASC`; both pass.
 */
export const productAttributesRequest = protoMessage('GetProductAttributesV4Request', {
  filter: attributesFilter.optional(),
  last_id: z.string().optional(),
  limit: z.int().min(1).max(1000),
  sort_by: z.enum(['sku', 'offer_id', 'id', 'title']).optional(),
  sort_dir: z.enum(['asc', 'desc', 'ASC', 'DESC']).optional(),
});
export type ProductAttributesRequest = z.infer<typeof productAttributesRequest>;

export const attributeValueOut = z.looseObject({
  dictionary_value_id: opt(idOut),
  value: textOut,
});

export const productAttributeOut = z.looseObject({
  id: idOut,
  complex_id: opt(idOut),
  values: list(attributeValueOut),
});

/** Images: URLs in the example, `{file_name, default, index}` objects in the schema; both read as URLs. */
const imageOut = z
  .union([z.string(), z.looseObject({ file_name: z.string() })])
  .transform((v) => (typeof v === 'string' ? v : v.file_name));

export const productAttributesItem = z.looseObject({
  id: idOut,
  offer_id: z.string(),
  /** A string in the schema, a number in the example. */
  sku: opt(idOut),
  name: textOut,
  barcode: textOut,
  barcodes: list(z.string()),
  description_category_id: opt(idOut),
  type_id: opt(idOut),
  height: opt(z.number()),
  depth: opt(z.number()),
  width: opt(z.number()),
  dimension_unit: textOut,
  weight: opt(z.number()),
  weight_unit: textOut,
  primary_image: textOut,
  images: list(imageOut),
  color_image: textOut,
  attributes: list(productAttributeOut),
  complex_attributes: list(productAttributeOut),
  model_info: opt(z.looseObject({ model_id: opt(idOut), count: opt(countOut) })),
});
export type ProductAttributesItem = z.infer<typeof productAttributesItem>;

export const productAttributesResponse = z.looseObject({
  result: list(productAttributesItem),
  last_id: textOut,
  total: opt(countOut),
});
export type ProductAttributesResponse = z.infer<typeof productAttributesResponse>;

/** POST /v1/product/archive (ProductAPI_ProductArchive): up to 100 products; zero their stock first. */
export const productArchiveRequest = protoMessage('ProductArchiveRequest', {
  product_id: z.array(positiveId).min(1).max(100),
});
export type ProductArchiveRequest = z.infer<typeof productArchiveRequest>;

export const booleanResultResponse = z.looseObject({ result: z.boolean() });
export const productArchiveResponse = booleanResultResponse;
export type ProductArchiveResponse = z.infer<typeof productArchiveResponse>;

/** POST /v1/product/unarchive (ProductAPI_ProductUnarchive): up to 100 products. */
export const productUnarchiveRequest = protoMessage('ProductUnarchiveRequest', {
  product_id: z.array(positiveId).min(1).max(100),
});
export type ProductUnarchiveRequest = z.infer<typeof productUnarchiveRequest>;
export const productUnarchiveResponse = booleanResultResponse;
export type ProductUnarchiveResponse = z.infer<typeof productUnarchiveResponse>;

/** POST /v4/product/info/limit (ProductAPI_GetUploadQuota): daily create/update quotas; takes `{}`. */
export const productInfoLimitRequest = protoMessage('GetUploadQuotaRequest', {});
export type ProductInfoLimitRequest = z.infer<typeof productInfoLimitRequest>;

const dailyQuota = z.looseObject({ limit: countOut, usage: countOut, reset_at: textOut });

/** `limit` -1 means unlimited. */
export const productInfoLimitResponse = z.looseObject({
  daily_create: dailyQuota,
  daily_update: dailyQuota,
  total: z.looseObject({ limit: countOut, usage: countOut }),
});
export type ProductInfoLimitResponse = z.infer<typeof productInfoLimitResponse>;
