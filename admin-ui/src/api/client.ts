import { hc, type InferRequestType } from 'hono/client';
import type { AppType } from '../../../bridge/src/http/api-type';
import { type QueryInput, toQuery } from './query';
import { type Transport, transportFetch } from './transport';

/**
 * Every call the panel makes, in one place, over Hono's typed client: paths, inputs and answers all come from the
 * bridge's app type (a type-only import, erased from the bundle), so a renamed route or a changed answer is a
 * compile error here or in the page that reads it. Answers arrive as JSON (Dates as strings); the transport has
 * already refused anything that is not a 2xx JSON answer, so `json()` reads the bridge's.
 */

type Call = { signal?: AbortSignal | undefined };

/** The typed client's per-call options: the page's abort signal. */
const options = (call: Call | undefined) => (call?.signal ? { init: { signal: call.signal } } : undefined);

function routes(transport: Transport) {
  return hc<AppType>('/', { fetch: transportFetch(transport) }).api.v1;
}
type Routes = ReturnType<typeof routes>;
type QueryOf<F> = InferRequestType<F> extends { query: infer Q extends object } ? Q : never;
type JsonOf<F> = InferRequestType<F> extends { json: infer J } ? J : never;

export type LogQuery = QueryInput<QueryOf<Routes['logs']['$get']>>;
export type LogActivityQuery = QueryInput<QueryOf<Routes['logs']['activity']['$get']>>;
export type JobQuery = QueryInput<QueryOf<Routes['jobs']['$get']>>;
export type OzonLeafQuery = QueryInput<QueryOf<Routes['catalog-mapping']['ozon']['leaves']['$get']>>;
export type ProductQuery = QueryInput<QueryOf<Routes['catalog']['products']['$get']>>;
export type ExportRunsQuery = QueryInput<QueryOf<Routes['catalog']['export']['runs']['$get']>>;
type LeafRoutes = Routes['catalog-mapping']['leaves'][':descriptionCategoryId'][':typeId'];
export type DictionaryValuesQuery = QueryInput<QueryOf<LeafRoutes['values']['$get']>>;
export type LeafRef = JsonOf<Routes['catalog-mapping']['categories'][':categoryId']['$put']>;
export type RuleChanges = JsonOf<LeafRoutes['attributes']['$put']>['rules'];
export type OzonRefreshRequest = JsonOf<Routes['catalog-mapping']['ozon']['refresh']['$post']>;
export type OzonSettingsPatch = JsonOf<Routes['settings']['$put']>;
export type StartExportRequest = JsonOf<Routes['catalog']['export']['$post']>;
export type DictionaryChoice = JsonOf<Routes['catalog-mapping']['dictionary-choices']['$put']>;
export type AcceptedSuggestions = JsonOf<Routes['catalog-mapping']['suggestions']['accept']['$post']>;
export type OfferQuery = QueryInput<QueryOf<Routes['offers']['$get']>>;
export type HeldQuery = QueryInput<QueryOf<Routes['offers']['held']['$get']>>;
export type OfferSettingsPatch = JsonOf<Routes['offers']['settings']['$put']>;
export type HeldDecision = JsonOf<Routes['offers']['held']['decide']['$post']>;
export type OfferSyncRequest = JsonOf<Routes['offers']['sync']['$post']>;

export function createApiClient(transport: Transport) {
  const api = routes(transport);
  const mapping = api['catalog-mapping'];
  const leaf = (ref: LeafRef) => ({
    param: { descriptionCategoryId: String(ref.descriptionCategoryId), typeId: String(ref.typeId) },
  });
  const leafRoutes = mapping.leaves[':descriptionCategoryId'][':typeId'];

  return {
    status: (call?: Call) => api.status.$get(undefined, options(call)).then((r) => r.json()),

    settings: {
      get: (call?: Call) => api.settings.$get(undefined, options(call)).then((r) => r.json()),
      save: (patch: OzonSettingsPatch, call?: Call) =>
        api.settings.$put({ json: patch }, options(call)).then((r) => r.json()),
      /** Tests unsaved form values (an empty apiKey means the stored one) without storing them. */
      checkConnection: (patch: OzonSettingsPatch, call?: Call) =>
        api.settings['check-connection'].$post({ json: patch }, options(call)).then((r) => r.json()),
      /** The seller's Ozon warehouses, read with the stored credentials. */
      warehouses: (call?: Call) =>
        api.settings.warehouses.$get(undefined, options(call)).then((r) => r.json()),
    },

    logs: {
      list: (query: LogQuery, call?: Call) =>
        api.logs.$get({ query: toQuery(query) }, options(call)).then((r) => r.json()),
      detail: (id: number, call?: Call) =>
        api.logs[':id{[0-9]+}'].$get({ param: { id: String(id) } }, options(call)).then((r) => r.json()),
      activity: (query: LogActivityQuery, call?: Call) =>
        api.logs.activity.$get({ query: toQuery(query) }, options(call)).then((r) => r.json()),
    },

    mapping: {
      categories: (call?: Call) =>
        mapping.categories.$get({ query: {} }, options(call)).then((r) => r.json()),
      setCategory: (categoryId: number, ref: LeafRef) =>
        mapping.categories[':categoryId']
          .$put({ param: { categoryId: String(categoryId) }, json: ref })
          .then((r) => r.json()),
      clearCategory: (categoryId: number) =>
        mapping.categories[':categoryId']
          .$delete({ param: { categoryId: String(categoryId) } })
          .then((r) => r.json()),
      searchLeaves: (query: OzonLeafQuery, call?: Call) =>
        mapping.ozon.leaves.$get({ query: toQuery(query) }, options(call)).then((r) => r.json()),
      cacheStatus: (call?: Call) => mapping.ozon.status.$get(undefined, options(call)).then((r) => r.json()),
      /** Starts (or joins) the download of Ozon's tree and of the mapped leaves' attributes; a background job. */
      refresh: (request: OzonRefreshRequest) =>
        mapping.ozon.refresh.$post({ json: request }).then((r) => r.json()),
      attributes: (ref: LeafRef, call?: Call) =>
        leafRoutes.attributes.$get(leaf(ref), options(call)).then((r) => r.json()),
      setRules: (ref: LeafRef, rules: RuleChanges) =>
        leafRoutes.attributes.$put({ ...leaf(ref), json: { rules } }).then((r) => r.json()),
      /** The store's texts an attribute's rule reads, each with its dictionary match or suggestions. */
      texts: (ref: LeafRef, attributeId: number, call?: Call) =>
        leafRoutes.attributes[':attributeId'].texts
          .$get({ param: { ...leaf(ref).param, attributeId: String(attributeId) } }, options(call))
          .then((r) => r.json()),
      /** Remembers (value) or forgets (value null) which dictionary value a store text means. */
      choose: (choice: DictionaryChoice) =>
        mapping['dictionary-choices'].$put({ json: choice }).then((r) => r.json()),
      values: (ref: LeafRef, query: DictionaryValuesQuery, call?: Call) =>
        leafRoutes.values.$get({ ...leaf(ref), query: toQuery(query) }, options(call)).then((r) => r.json()),
      /** Unmapped categories and required attributes without a rule, each with a proposal. */
      suggestions: (call?: Call) => mapping.suggestions.$get(undefined, options(call)).then((r) => r.json()),
      /** Maps categories and sets rules in one request; starts the download of missing attributes. */
      accept: (choices: AcceptedSuggestions) =>
        mapping.suggestions.accept.$post({ json: choices }).then((r) => r.json()),
    },

    products: {
      list: (query: ProductQuery, call?: Call) =>
        api.catalog.products.$get({ query: toQuery(query) }, options(call)).then((r) => r.json()),
      /** The product's Ozon items with the exact payload an export would send (the dry-run preview). */
      detail: (productId: number, call?: Call) =>
        api.catalog.products[':productId']
          .$get({ param: { productId: String(productId) } }, options(call))
          .then((r) => r.json()),
      send: (productIds: readonly number[]) =>
        api.catalog.products.send.$post({ json: { productIds: [...productIds] } }).then((r) => r.json()),
      /** Without ids: every failed item. Answers without a job when nothing had failed. */
      retryFailed: async (productIds?: readonly number[]) => {
        const json = productIds ? { productIds: [...productIds] } : {};
        // Two answers (a started export, or none when nothing had failed): awaited, so both types are kept.
        const answer = await api.catalog.products['retry-failed'].$post({ json });
        return answer.json();
      },
      exclude: (productIds: readonly number[], excluded: boolean) =>
        api.catalog.products.exclude
          .$post({ json: { productIds: [...productIds], excluded } })
          .then((r) => r.json()),
    },

    exports: {
      start: (request: StartExportRequest) =>
        api.catalog.export.$post({ json: request }).then((r) => r.json()),
      runs: (query: ExportRunsQuery, call?: Call) =>
        api.catalog.export.runs.$get({ query: toQuery(query) }, options(call)).then((r) => r.json()),
      quota: (call?: Call) => api.catalog.export.quota.$get(undefined, options(call)).then((r) => r.json()),
    },

    offers: {
      /** The stock and price rules. */
      settings: (call?: Call) => api.offers.settings.$get(undefined, options(call)).then((r) => r.json()),
      /** Replaces the parts given; answers the rules as stored. */
      saveSettings: (patch: OfferSettingsPatch) =>
        api.offers.settings.$put({ json: patch }).then((r) => r.json()),
      /** Offers of the named products (`productIds=1,2`), or those with a problem (`problems=1`). */
      list: (query: OfferQuery, call?: Call) =>
        api.offers.$get({ query: toQuery(query) }, options(call)).then((r) => r.json()),
      summary: (call?: Call) => api.offers.summary.$get(undefined, options(call)).then((r) => r.json()),
      held: (query: HeldQuery, call?: Call) =>
        api.offers.held.$get({ query: toQuery(query) }, options(call)).then((r) => r.json()),
      decide: (decision: HeldDecision) =>
        api.offers.held.decide.$post({ json: decision }).then((r) => r.json()),
      /** Starts (or joins) the reconciliation of stock or prices with Ozon; a background job. */
      sync: (request: OfferSyncRequest) => api.offers.sync.$post({ json: request }).then((r) => r.json()),
    },

    jobs: {
      list: (query: JobQuery, call?: Call) =>
        api.jobs.$get({ query: toQuery(query) }, options(call)).then((r) => r.json()),
      get: (id: string, call?: Call) =>
        api.jobs[':id'].$get({ param: { id } }, options(call)).then((r) => r.json()),
      cancel: (id: string) => api.jobs[':id'].cancel.$post({ param: { id } }).then((r) => r.json()),
    },
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;

/** What a call of the client answers. */
type Answer<F> = F extends (...args: never[]) => Promise<infer A> ? A : never;

export type SettingsResponse = Answer<ApiClient['settings']['get']>;
export type ConnectionCheck = Answer<ApiClient['settings']['checkConnection']>;
export type LogActivity = Answer<ApiClient['logs']['activity']>;
type OpencartCategoriesResponse = Answer<ApiClient['mapping']['categories']>;
export type OpencartCategory = OpencartCategoriesResponse['items'][number];
export type OzonCacheStatus = Answer<ApiClient['mapping']['cacheStatus']>;
export type LeafAttributesResponse = Answer<ApiClient['mapping']['attributes']>;
export type LeafAttribute = LeafAttributesResponse['attributes'][number];
export type MappingSuggestions = Answer<ApiClient['mapping']['suggestions']>;
type ProductListResponse = Answer<ApiClient['products']['list']>;
export type ProductRow = ProductListResponse['items'][number];
export type ProductDetail = Answer<ApiClient['products']['detail']>;
export type JobView = Answer<ApiClient['jobs']['get']>;
export type OfferSettings = Answer<ApiClient['offers']['settings']>;
export type OfferView = Answer<ApiClient['offers']['list']>['items'][number];
export type OfferSummary = Answer<ApiClient['offers']['summary']>;
export type HeldPrice = Answer<ApiClient['offers']['held']>['items'][number];
