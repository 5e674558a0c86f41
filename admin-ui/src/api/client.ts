import type { JSONParsed } from 'hono/utils/types';
import type { z } from 'zod';
import type {
  ExportRunsResponse,
  exportRunsQuerySchema,
  QuotaResponse,
  StartExportRequest,
  StartExportResponse,
} from '../../../bridge/src/http/routes/catalog-export-schema';
import type {
  CategoryMappingResponse,
  OpencartCategoriesResponse,
} from '../../../bridge/src/http/routes/catalog-mapping-categories';
import type {
  DictionaryChoiceRequest,
  DictionaryChoicesResponse,
} from '../../../bridge/src/http/routes/catalog-mapping-choices';
import type {
  DictionaryValuesResponse,
  dictionaryValuesQuerySchema,
  LeafAttributesResponse,
  SourceTextsResponse,
  setAttributeRulesRequestSchema,
} from '../../../bridge/src/http/routes/catalog-mapping-leaves';
import type {
  OzonCacheStatus,
  OzonLeafSearchResponse,
  OzonRefreshResponse,
  ozonLeafSearchQuerySchema,
  ozonRefreshRequestSchema,
} from '../../../bridge/src/http/routes/catalog-mapping-ozon';
import type { leafRefSchema } from '../../../bridge/src/http/routes/catalog-mapping-shared';
import type {
  ProductDetail,
  ProductListQuery,
  ProductListResponse,
  StartedExport,
} from '../../../bridge/src/http/routes/catalog-products-schema';
import type { JobView, jobListQuerySchema } from '../../../bridge/src/http/routes/jobs';
import type {
  LogActivityBody,
  LogDetailBody,
  LogListBody,
} from '../../../bridge/src/http/routes/logs-schema';
import type {
  ConnectionCheck,
  SettingsResponse,
  WarehouseChoices,
} from '../../../bridge/src/http/routes/settings-schema';
import type { StatusResponse } from '../../../bridge/src/http/routes/status';
import type { logQuerySchema } from '../../../bridge/src/log/sync-log';
import type { OzonSettingsPatchInput } from '../../../bridge/src/settings/schema';
import { queryString } from './query';
import { type Method, readJson, type Transport } from './transport';

/**
 * Every call the panel makes, in one place. Answer types come from the bridge's route modules (type-only
 * imports, erased from the bundle); `JSONParsed` turns their Dates into the strings that arrive.
 */

/** A route's query as the browser sends it: every field optional, dates as ISO strings. */
type QueryParams<T> = { [K in keyof T]?: NonNullable<T[K]> extends Date ? string : NonNullable<T[K]> };

export type LogQuery = QueryParams<z.infer<typeof logQuerySchema>>;
export type LogList = JSONParsed<LogListBody>;
export type LogListItem = LogList['items'][number];
export type LogDetail = JSONParsed<LogDetailBody>;
export type LogActivity = LogActivityBody;
export type JobQuery = QueryParams<z.infer<typeof jobListQuerySchema>>;
export type LeafRef = z.infer<typeof leafRefSchema>;
export type OzonLeafQuery = QueryParams<z.infer<typeof ozonLeafSearchQuerySchema>>;
export type DictionaryValuesQuery = QueryParams<z.infer<typeof dictionaryValuesQuerySchema>>;
export type RuleChanges = z.input<typeof setAttributeRulesRequestSchema>['rules'];
export type OzonRefreshRequest = z.input<typeof ozonRefreshRequestSchema>;
export type OpencartCategory = OpencartCategoriesResponse['items'][number];
export type LeafAttribute = LeafAttributesResponse['attributes'][number];
export type ProductQuery = QueryParams<ProductListQuery>;
export type ProductRow = ProductListResponse['items'][number];
export type ExportRunsQuery = QueryParams<z.infer<typeof exportRunsQuerySchema>>;
/** retry-failed answers without a job when nothing had failed. */
export type RetryAnswer = StartedExport | { jobId: null; existing: false; products: 0 };
export type {
  CategoryMappingResponse,
  ConnectionCheck,
  DictionaryValuesResponse,
  ExportRunsResponse,
  JobView,
  LeafAttributesResponse,
  OpencartCategoriesResponse,
  OzonCacheStatus,
  OzonLeafSearchResponse,
  OzonRefreshResponse,
  ProductDetail,
  ProductListResponse,
  QuotaResponse,
  SettingsResponse,
  StartExportResponse,
  StartedExport,
  StatusResponse,
};

const leafPath = (leaf: LeafRef): string =>
  `/api/v1/catalog-mapping/leaves/${leaf.descriptionCategoryId}/${leaf.typeId}`;

type Call = { signal?: AbortSignal | undefined };

export function createApiClient(transport: Transport) {
  const json = async <T>(method: Method, path: string, body?: unknown, call: Call = {}): Promise<T> =>
    readJson<T>(await transport(method, path, { body, signal: call.signal }));

  return {
    status: (call?: Call) => json<StatusResponse>('GET', '/api/v1/status', undefined, call),

    settings: {
      get: (call?: Call) => json<SettingsResponse>('GET', '/api/v1/settings', undefined, call),
      save: (patch: OzonSettingsPatchInput, call?: Call) =>
        json<SettingsResponse>('PUT', '/api/v1/settings', patch, call),
      /** Tests unsaved form values (an empty apiKey means the stored one) without storing them. */
      checkConnection: (patch: OzonSettingsPatchInput, call?: Call) =>
        json<ConnectionCheck>('POST', '/api/v1/settings/check-connection', patch, call),
      /** The seller's Ozon warehouses, read with the stored credentials. */
      warehouses: (call?: Call) =>
        json<WarehouseChoices>('GET', '/api/v1/settings/warehouses', undefined, call),
    },

    logs: {
      list: (query: LogQuery, call?: Call) =>
        json<LogList>('GET', `/api/v1/logs${queryString(query)}`, undefined, call),
      detail: (id: number, call?: Call) => json<LogDetail>('GET', `/api/v1/logs/${id}`, undefined, call),
      activity: (query: { minutes?: number; kind?: 'api' | 'sync' | 'system' }, call?: Call) =>
        json<LogActivity>('GET', `/api/v1/logs/activity${queryString(query)}`, undefined, call),
    },

    mapping: {
      categories: (call?: Call) =>
        json<OpencartCategoriesResponse>('GET', '/api/v1/catalog-mapping/categories', undefined, call),
      setCategory: (categoryId: number, leaf: LeafRef) =>
        json<CategoryMappingResponse>('PUT', `/api/v1/catalog-mapping/categories/${categoryId}`, leaf),
      clearCategory: (categoryId: number) =>
        json<CategoryMappingResponse>('DELETE', `/api/v1/catalog-mapping/categories/${categoryId}`),
      searchLeaves: (query: OzonLeafQuery, call?: Call) =>
        json<OzonLeafSearchResponse>(
          'GET',
          `/api/v1/catalog-mapping/ozon/leaves${queryString(query)}`,
          undefined,
          call,
        ),
      cacheStatus: (call?: Call) =>
        json<OzonCacheStatus>('GET', '/api/v1/catalog-mapping/ozon/status', undefined, call),
      /** Starts (or joins) the download of Ozon's tree and of the mapped leaves' attributes; a background job. */
      refresh: (request: OzonRefreshRequest) =>
        json<OzonRefreshResponse>('POST', '/api/v1/catalog-mapping/ozon/refresh', request),
      attributes: (leaf: LeafRef, call?: Call) =>
        json<LeafAttributesResponse>('GET', `${leafPath(leaf)}/attributes`, undefined, call),
      setRules: (leaf: LeafRef, rules: RuleChanges) =>
        json<LeafAttributesResponse>('PUT', `${leafPath(leaf)}/attributes`, { rules }),
      /** The store's texts an attribute's rule reads, each with its dictionary match or suggestions. */
      texts: (leaf: LeafRef, attributeId: number, call?: Call) =>
        json<SourceTextsResponse>(
          'GET',
          `${leafPath(leaf)}/attributes/${attributeId}/texts`,
          undefined,
          call,
        ),
      /** Remembers (value) or forgets (value null) which dictionary value a store text means. */
      choose: (choice: DictionaryChoiceRequest) =>
        json<DictionaryChoicesResponse>('PUT', '/api/v1/catalog-mapping/dictionary-choices', choice),
      values: (leaf: LeafRef, query: DictionaryValuesQuery, call?: Call) =>
        json<DictionaryValuesResponse>(
          'GET',
          `${leafPath(leaf)}/values${queryString(query)}`,
          undefined,
          call,
        ),
    },

    products: {
      list: (query: ProductQuery, call?: Call) =>
        json<ProductListResponse>('GET', `/api/v1/catalog/products${queryString(query)}`, undefined, call),
      /** The product's Ozon items with the exact payload an export would send (the dry-run preview). */
      detail: (productId: number, call?: Call) =>
        json<ProductDetail>('GET', `/api/v1/catalog/products/${productId}`, undefined, call),
      send: (productIds: readonly number[]) =>
        json<StartedExport>('POST', '/api/v1/catalog/products/send', { productIds }),
      retryFailed: (productIds?: readonly number[]) =>
        json<RetryAnswer>('POST', '/api/v1/catalog/products/retry-failed', productIds ? { productIds } : {}),
      exclude: (productIds: readonly number[], excluded: boolean) =>
        json<{ products: number; excluded: boolean }>('POST', '/api/v1/catalog/products/exclude', {
          productIds,
          excluded,
        }),
    },

    exports: {
      start: (request: StartExportRequest) =>
        json<StartExportResponse>('POST', '/api/v1/catalog/export', request),
      runs: (query: ExportRunsQuery, call?: Call) =>
        json<ExportRunsResponse>('GET', `/api/v1/catalog/export/runs${queryString(query)}`, undefined, call),
      quota: (call?: Call) => json<QuotaResponse>('GET', '/api/v1/catalog/export/quota', undefined, call),
    },

    jobs: {
      list: (query: JobQuery, call?: Call) =>
        json<{ items: JobView[] }>('GET', `/api/v1/jobs${queryString(query)}`, undefined, call),
      get: (id: string, call?: Call) =>
        json<JobView>('GET', `/api/v1/jobs/${encodeURIComponent(id)}`, undefined, call),
      cancel: (id: string) => json<JobView>('POST', `/api/v1/jobs/${encodeURIComponent(id)}/cancel`, {}),
    },
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;
