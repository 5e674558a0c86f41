import type { z } from 'zod';
import type { OperationKind } from '../retry/operation-kind';
import * as categories from './categories';
import * as importSchemas from './import';
import * as actions from './posting-actions';
import * as postings from './postings';
import * as prices from './prices';
import * as products from './products';
import * as rfbs from './rfbs';
import * as roles from './roles';
import * as stocks from './stocks';
import * as warehouses from './warehouses';

/** One Ozon operation the sync uses: where it lives, how Ozon's documents name it, and how to repeat it. */
export interface OzonOperation<Req extends z.ZodType = z.ZodType, Res extends z.ZodType = z.ZodType> {
  /** Request path; every operation is a POST with a JSON body. */
  readonly path: string;
  /** `operationId` in Ozon's OpenAPI document (anchor `#operation/<id>` in the online docs). */
  readonly docOperationId: string;
  /** Which copy of the document describes it: the Russian one is the only one with v2 stocks-by-warehouse. */
  readonly docLanguage: 'en' | 'ru';
  /** Strict: what we send and what the emulator accepts. */
  readonly request: Req;
  /** Tolerant: what Ozon actually answers, normalised. */
  readonly response: Res;
  /** Decides the client's retry policy (see bridge/src/ozon/retry/operation-kind.ts). */
  readonly kind: OperationKind;
}

function op<Req extends z.ZodType, Res extends z.ZodType>(
  path: string,
  docOperationId: string,
  request: Req,
  response: Res,
  kind: OperationKind,
  docLanguage: 'en' | 'ru' = 'en',
): OzonOperation<Req, Res> {
  return { path, docOperationId, docLanguage, request, response, kind };
}

/** Every Ozon operation the sync calls, current versions only, keyed by a stable name. */
export const ozonOperations = {
  productImport: op(
    '/v3/product/import',
    'ProductAPI_ImportProductsV3',
    importSchemas.productImportRequest,
    importSchemas.productImportResponse,
    'creating-write',
  ),
  productImportInfo: op(
    '/v1/product/import/info',
    'ProductAPI_GetImportProductsInfo',
    importSchemas.productImportInfoRequest,
    importSchemas.productImportInfoResponse,
    'read',
  ),
  productList: op(
    '/v3/product/list',
    'ProductAPI_GetProductList',
    products.productListRequest,
    products.productListResponse,
    'read',
  ),
  productInfoList: op(
    '/v3/product/info/list',
    'ProductAPI_GetProductInfoList',
    products.productInfoListRequest,
    products.productInfoListResponse,
    'read',
  ),
  productAttributes: op(
    '/v4/product/info/attributes',
    'ProductAPI_GetProductAttributesV4',
    products.productAttributesRequest,
    products.productAttributesResponse,
    'read',
  ),
  productArchive: op(
    '/v1/product/archive',
    'ProductAPI_ProductArchive',
    products.productArchiveRequest,
    products.productArchiveResponse,
    'idempotent-write',
  ),
  productUnarchive: op(
    '/v1/product/unarchive',
    'ProductAPI_ProductUnarchive',
    products.productUnarchiveRequest,
    products.productUnarchiveResponse,
    'idempotent-write',
  ),
  productInfoLimit: op(
    '/v4/product/info/limit',
    'ProductAPI_GetUploadQuota',
    products.productInfoLimitRequest,
    products.productInfoLimitResponse,
    'read',
  ),
  categoryTree: op(
    '/v1/description-category/tree',
    'DescriptionCategoryAPI_GetTree',
    categories.categoryTreeRequest,
    categories.categoryTreeResponse,
    'read',
  ),
  categoryAttributes: op(
    '/v1/description-category/attribute',
    'DescriptionCategoryAPI_GetAttributes',
    categories.categoryAttributesRequest,
    categories.categoryAttributesResponse,
    'read',
  ),
  categoryAttributeValues: op(
    '/v1/description-category/attribute/values',
    'DescriptionCategoryAPI_GetAttributeValues',
    categories.categoryAttributeValuesRequest,
    categories.categoryAttributeValuesResponse,
    'read',
  ),
  categoryAttributeValuesSearch: op(
    '/v1/description-category/attribute/values/search',
    'DescriptionCategoryAPI_SearchAttributeValues',
    categories.categoryAttributeValuesSearchRequest,
    categories.categoryAttributeValuesSearchResponse,
    'read',
  ),
  stocksUpdate: op(
    '/v2/products/stocks',
    'ProductAPI_ProductsStocksV2',
    stocks.stocksUpdateRequest,
    stocks.stocksUpdateResponse,
    'idempotent-write',
  ),
  warehouseList: op(
    '/v2/warehouse/list',
    'WarehouseListV2',
    warehouses.warehouseListRequest,
    warehouses.warehouseListResponse,
    'read',
  ),
  stocksByWarehouseFbs: op(
    '/v2/product/info/stocks-by-warehouse/fbs',
    'ProductAPI_GetProductInfoStocksByWarehouseFbsV2',
    stocks.stocksByWarehouseFbsRequest,
    stocks.stocksByWarehouseFbsResponse,
    'read',
    'ru',
  ),
  productInfoStocks: op(
    '/v4/product/info/stocks',
    'ProductAPI_GetProductInfoStocks',
    stocks.productInfoStocksRequest,
    stocks.productInfoStocksResponse,
    'read',
  ),
  pricesImport: op(
    '/v1/product/import/prices',
    'ProductAPI_ImportProductsPrices',
    prices.pricesImportRequest,
    prices.pricesImportResponse,
    'idempotent-write',
  ),
  productInfoPrices: op(
    '/v5/product/info/prices',
    'ProductAPI_GetProductInfoPrices',
    prices.productInfoPricesRequest,
    prices.productInfoPricesResponse,
    'read',
  ),
  postingFbsList: op(
    '/v4/posting/fbs/list',
    'PostingFbsList',
    postings.postingFbsListRequest,
    postings.postingFbsListResponse,
    'read',
  ),
  postingFbsUnfulfilledList: op(
    '/v4/posting/fbs/unfulfilled/list',
    'PostingFbsUnfulfilledList',
    postings.postingFbsUnfulfilledListRequest,
    postings.postingFbsUnfulfilledListResponse,
    'read',
  ),
  postingFbsGet: op(
    '/v3/posting/fbs/get',
    'PostingAPI_GetFbsPostingV3',
    postings.postingFbsGetRequest,
    postings.postingFbsGetResponse,
    'read',
  ),
  postingFbsShip: op(
    '/v4/posting/fbs/ship',
    'PostingAPI_ShipFbsPostingV4',
    actions.postingFbsShipRequest,
    actions.postingFbsShipResponse,
    'state-change',
  ),
  postingFbsCancel: op(
    '/v2/posting/fbs/cancel',
    'PostingAPI_CancelFbsPosting',
    actions.postingFbsCancelRequest,
    actions.postingFbsCancelResponse,
    'state-change',
  ),
  postingFbsCancelReasonList: op(
    '/v2/posting/fbs/cancel-reason/list',
    'PostingAPI_GetPostingFbsCancelReasonList',
    actions.postingFbsCancelReasonListRequest,
    actions.postingFbsCancelReasonListResponse,
    'read',
  ),
  postingFbsCancelReason: op(
    '/v1/posting/fbs/cancel-reason',
    'PostingAPI_GetPostingFbsCancelReasonV1',
    actions.postingFbsCancelReasonRequest,
    actions.postingFbsCancelReasonResponse,
    'read',
  ),
  rfbsDelivering: op(
    '/v2/fbs/posting/delivering',
    'PostingAPI_FbsPostingDelivering',
    rfbs.rfbsDeliveringRequest,
    rfbs.rfbsDeliveringResponse,
    'state-change',
  ),
  rfbsLastMile: op(
    '/v2/fbs/posting/last-mile',
    'PostingAPI_FbsPostingLastMile',
    rfbs.rfbsLastMileRequest,
    rfbs.rfbsLastMileResponse,
    'state-change',
  ),
  rfbsDelivered: op(
    '/v2/fbs/posting/delivered',
    'PostingAPI_FbsPostingDelivered',
    rfbs.rfbsDeliveredRequest,
    rfbs.rfbsDeliveredResponse,
    'state-change',
  ),
  rfbsTrackingNumberSet: op(
    '/v2/fbs/posting/tracking-number/set',
    'PostingAPI_FbsPostingTrackingNumberSet',
    rfbs.rfbsTrackingNumberSetRequest,
    rfbs.rfbsTrackingNumberSetResponse,
    'idempotent-write',
  ),
  roles: op('/v1/roles', 'AccessAPI_RolesByToken', roles.rolesRequest, roles.rolesResponse, 'read'),
} as const satisfies Record<string, OzonOperation>;

export type OzonOperationName = keyof typeof ozonOperations;
/** The request body type of an operation (what the caller builds). */
export type OzonRequest<N extends OzonOperationName> = z.input<(typeof ozonOperations)[N]['request']>;
/** The parsed, normalised response type of an operation. */
export type OzonResponse<N extends OzonOperationName> = z.output<(typeof ozonOperations)[N]['response']>;

/** The operation registered for a path, if any. */
export function operationByPath(path: string): [OzonOperationName, OzonOperation] | undefined {
  for (const [name, operation] of Object.entries(ozonOperations) as [OzonOperationName, OzonOperation][]) {
    if (operation.path === path) {
      return [name, operation];
    }
  }
  return undefined;
}

/** A method Ozon has switched off: it answers 410 "obsolete method cannot be used" from `offSince` on. */
export interface SwitchedOffPath {
  readonly path: string;
  /** UTC date (YYYY-MM-DD) from which Ozon answers 410. */
  readonly offSince: string;
  readonly replacement: string;
}

/** Earlier versions of the methods above. Never call these; the emulator answers them with 410. */
export const switchedOffPaths: readonly SwitchedOffPath[] = [
  { path: '/v2/product/import', offSince: '2024-12-31', replacement: '/v3/product/import' },
  { path: '/v2/product/list', offSince: '2025-02-11', replacement: '/v3/product/list' },
  { path: '/v2/product/info', offSince: '2025-02-17', replacement: '/v3/product/info/list' },
  { path: '/v2/product/info/list', offSince: '2025-03-10', replacement: '/v3/product/info/list' },
  {
    path: '/v3/products/info/attributes',
    offSince: '2025-02-10',
    replacement: '/v4/product/info/attributes',
  },
  { path: '/v1/product/pictures/info', offSince: '2025-02-10', replacement: '/v2/product/pictures/info' },
  { path: '/v4/product/info/prices', offSince: '2025-02-17', replacement: '/v5/product/info/prices' },
  { path: '/v3/product/info/stocks', offSince: '2025-02-10', replacement: '/v4/product/info/stocks' },
  { path: '/v1/product/import/stocks', offSince: '2025-05-27', replacement: '/v2/products/stocks' },
  { path: '/v1/warehouse/list', offSince: '2026-04-07', replacement: '/v2/warehouse/list' },
  {
    path: '/v1/product/info/stocks-by-warehouse/fbs',
    offSince: '2026-04-07',
    replacement: '/v2/product/info/stocks-by-warehouse/fbs',
  },
  { path: '/v3/posting/fbs/list', offSince: '2026-06-01', replacement: '/v4/posting/fbs/list' },
  {
    path: '/v3/posting/fbs/unfulfilled/list',
    offSince: '2026-06-01',
    replacement: '/v4/posting/fbs/unfulfilled/list',
  },
  { path: '/v2/posting/fbo/list', offSince: '2026-06-01', replacement: '/v3/posting/fbo/list' },
  {
    path: '/v2/fbs/posting/sent-by-seller',
    offSince: '2026-01-20',
    replacement: '/v2/fbs/posting/delivering',
  },
  // The next ones left the documents before the 2025 news window; the exact dates are unknown.
  { path: '/v2/posting/fbs/get', offSince: '2024-12-31', replacement: '/v3/posting/fbs/get' },
  { path: '/v2/posting/fbs/ship', offSince: '2024-12-31', replacement: '/v4/posting/fbs/ship' },
  { path: '/v3/posting/fbs/ship', offSince: '2024-12-31', replacement: '/v4/posting/fbs/ship' },
  { path: '/v1/category/tree', offSince: '2024-12-31', replacement: '/v1/description-category/tree' },
  { path: '/v2/category/tree', offSince: '2024-12-31', replacement: '/v1/description-category/tree' },
  {
    path: '/v3/category/attribute',
    offSince: '2024-12-31',
    replacement: '/v1/description-category/attribute',
  },
  {
    path: '/v2/category/attribute/values',
    offSince: '2024-12-31',
    replacement: '/v1/description-category/attribute/values',
  },
];

/** The switched-off entry for a path that is off at time `nowMs`, if any. */
export function switchedOffAt(path: string, nowMs: number): SwitchedOffPath | undefined {
  const entry = switchedOffPaths.find((p) => p.path === path);
  return entry && nowMs >= Date.parse(`${entry.offSince}T00:00:00Z`) ? entry : undefined;
}
