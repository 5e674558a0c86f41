import { z } from 'zod';
import { idOut, int64, list, opt, positiveId, protoMessage, textOut } from './common';

/*
 * Product import. Only `items` ≤ 100 and the three documented required fields are request-level (400) checks.
 * Everything else Ozon judges per item after accepting the task (offer_id ≤ 50, name ≤ 500, images ≤ 30, vat,
 * currency, dimensions, density, attributes): those come back as `failed` items from /v1/product/import/info,
 * so the request schema keeps them as plain strings and numbers, like Ozon's protobuf.
 */

/** One attribute value: a dictionary value id (0 = free text) and/or the text. */
export const importAttributeValue = protoMessage('ImportProductsRequest_DictionaryValue', {
  dictionary_value_id: int64.optional(),
  value: z.string().optional(),
});

/** One characteristic of a product (complex_id 0 for a plain one). */
export const importAttribute = protoMessage('ImportProductsRequest_Attribute', {
  complex_id: int64.optional(),
  id: positiveId,
  values: z.array(importAttributeValue),
});
export type ImportAttribute = z.infer<typeof importAttribute>;

const importComplexAttribute = protoMessage('ImportProductsRequest_ComplexAttribute', {
  attributes: z.array(importAttribute),
});

const importPdf = protoMessage('ImportProductsRequest_PdfList', {
  index: int64.optional(),
  name: z.string().optional(),
  src_url: z.string().optional(),
});

const importPromotion = protoMessage('ImportProductsRequest_Promotion', {
  operation: z.enum(['UNKNOWN', 'ENABLE', 'DISABLE']).optional(),
  type: z.enum(['REVIEWS_PROMO']).optional(),
});

/** One product to create or update; send every field on update (Ozon replaces the whole card). */
export const importItem = protoMessage('ImportProductsRequest_Item', {
  attributes: z.array(importAttribute).optional(),
  barcode: z.string().optional(),
  color_image: z.string().optional(),
  complex_attributes: z.array(importComplexAttribute).optional(),
  /** One of `currencyCodes`; must equal the account currency. */
  currency_code: z.string().optional(),
  depth: z.int().optional(),
  description_category_id: positiveId,
  new_description_category_id: int64.optional(),
  /** One of `dimensionUnits`. */
  dimension_unit: z.string().optional(),
  geo_names: z.array(z.string()).optional(),
  height: z.int().optional(),
  images: z.array(z.string()).optional(),
  images360: z.array(z.string()).optional(),
  name: z.string().optional(),
  offer_id: z.string().optional(),
  old_price: z.string().optional(),
  pdf_list: z.array(importPdf).optional(),
  price: z.string(),
  primary_image: z.string().optional(),
  promotions: z.array(importPromotion).optional(),
  service_type: z.enum(['IS_CODE_SERVICE', 'IS_NO_CODE_SERVICE']).optional(),
  type_id: positiveId,
  /** One of `vatRates`. */
  vat: z.string().optional(),
  weight: z.int().optional(),
  /** One of `weightUnits`. */
  weight_unit: z.string().optional(),
  width: z.int().optional(),
});
export type ImportItem = z.infer<typeof importItem>;

/** POST /v3/product/import (ProductAPI_ImportProductsV3): create or update up to 100 products as one task. */
export const productImportRequest = protoMessage('ImportProductsRequest', {
  items: z.array(importItem).min(1).max(100),
});
export type ProductImportRequest = z.infer<typeof productImportRequest>;

export const productImportResponse = z.looseObject({
  result: z.looseObject({ task_id: idOut }),
});
export type ProductImportResponse = z.infer<typeof productImportResponse>;

/** POST /v1/product/import/info (ProductAPI_GetImportProductsInfo): status of an import task. */
export const productImportInfoRequest = protoMessage('GetImportProductsInfoRequest', {
  task_id: positiveId,
});
export type ProductImportInfoRequest = z.infer<typeof productImportInfoRequest>;

/** A per-item import error, as Ozon words it (code, field, attribute, level, state, message). */
export const importItemError = z.looseObject({
  code: textOut,
  message: textOut,
  state: textOut,
  level: textOut,
  description: textOut,
  field: textOut,
  attribute_id: opt(idOut),
  attribute_name: textOut,
});
export type ImportItemError = z.infer<typeof importItemError>;

/** `pending` (queued), `imported`, `failed` (see errors), `skipped` (nothing changed). */
export const importItemStatus = z.string();

export const productImportInfoResponse = z.looseObject({
  result: z.looseObject({
    items: list(
      z.looseObject({
        offer_id: textOut,
        product_id: opt(idOut),
        status: importItemStatus,
        errors: list(importItemError),
      }),
    ),
    total: opt(z.number()),
  }),
});
export type ProductImportInfoResponse = z.infer<typeof productImportInfoResponse>;
