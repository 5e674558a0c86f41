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
export { OZON_BASE_URL, type OzonClientOptions } from './options';
