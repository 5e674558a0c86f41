export { OzonBatchError, type RejectedBatch } from './batch-runner';
export type { CallRecord, ItemErrorSummary } from './call-record';
export { createOzonClient, type OzonClient } from './create-client';
export {
  type LimitHeaders,
  OzonApiError,
  OzonError,
  OzonOutcomeUnknownError,
  OzonQuotaError,
  OzonRequestInvalidError,
  OzonResponseShapeError,
} from './errors';
export type { FetchLike } from './exchange';
export type { CategoryAttribute, CategoryNode, CategoryType, DictionaryValue } from './methods/categories';
export type {
  CancelOutcome,
  CancelRequest,
  Posting,
  PostingListFilter,
  ShipOutcome,
  ShipPackage,
  UnfulfilledFilter,
} from './methods/postings';
export type { PriceUpdateInput, PriceUpdateOutcome, PriceUpdateResult } from './methods/prices';
export type { ImportInfo, ImportItemInput, ImportTask, ProductIds, ProductInfo } from './methods/products';
export type { MoveOutcome, MoveResult, TrackingNumberInput } from './methods/rfbs';
export type { StockPairInput, StockUpdateOutcome, StockUpdateResult } from './methods/stocks';
export type { Warehouse } from './methods/warehouses';
export { OZON_BASE_URL, type OzonClientOptions } from './options';
