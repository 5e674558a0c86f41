import { chunk, OZON_BATCH_MAX } from '../../limits';
import { type Page, pagesByLastId } from '../../paging';
import type { OzonRequest, OzonResponse } from '../../schemas';
import { runBatches } from '../batch-runner';
import type { CallOptions, OzonTransport } from '../transport';
import { ops } from '../typed-operations';

export type ImportItemInput = OzonRequest<'productImport'>['items'][number];
export type ImportInfo = OzonResponse<'productImportInfo'>['result'];
export type ProductListFilter = OzonRequest<'productList'>['filter'];
export type ProductListItem = OzonResponse<'productList'>['result']['items'][number];
export type ProductInfo = OzonResponse<'productInfoList'>['items'][number];
export type ProductAttributesFilter = NonNullable<OzonRequest<'productAttributes'>['filter']>;
export type ProductAttributes = OzonResponse<'productAttributes'>['result'][number];

/** One import task and the offers it carries (Ozon's answer names only the task). */
export interface ImportTask {
  readonly taskId: string;
  readonly offerIds: readonly string[];
}

/** Ids to read full cards for; each list may be longer than Ozon's 1000, it is split. */
export interface ProductIds {
  readonly offerIds?: readonly string[] | undefined;
  readonly productIds?: readonly string[] | undefined;
  readonly skus?: readonly string[] | undefined;
}

type Signal = Pick<CallOptions, 'signal'>;

/** Product cards: import, read back, archive. */
export function productMethods(t: OzonTransport) {
  const infoList = async (ids: ProductIds, options: Signal = {}): Promise<ProductInfo[]> => {
    const requests = [
      ...chunk(ids.offerIds ?? [], OZON_BATCH_MAX.productInfoList).map((offer_id) => ({ offer_id })),
      ...chunk(ids.productIds ?? [], OZON_BATCH_MAX.productInfoList).map((product_id) => ({ product_id })),
      ...chunk(ids.skus ?? [], OZON_BATCH_MAX.productInfoList).map((sku) => ({ sku })),
    ];
    const answers = await Promise.all(requests.map((body) => t.call(ops.productInfoList, body, options)));
    return answers.flatMap((answer) => answer.items);
  };

  const setArchived = async (
    archived: boolean,
    productIds: readonly string[],
    options: Signal,
  ): Promise<boolean> => {
    const spec = archived ? ops.productArchive : ops.productUnarchive;
    const batches = chunk(productIds, OZON_BATCH_MAX.archive);
    const results = await runBatches(spec.name, batches, 1, async (product_id) => {
      const answer = await t.call(spec, { product_id: [...product_id] }, options);
      return [answer.result];
    });
    return results.every(Boolean);
  };

  /**
   * POST /v3/product/import (ProductAPI_ImportProductsV3): one task for ≤ 100 items. Never resent on an unknown
   * outcome (a second task would be created): raises OzonOutcomeUnknownError with the offer_ids to re-check.
   */
  const importTask = async (items: readonly ImportItemInput[], options: Signal = {}): Promise<ImportTask> => {
    const offerIds = items.flatMap((item) => (item.offer_id === undefined ? [] : [item.offer_id]));
    const answer = await t.call(
      ops.productImport,
      { items: [...items] },
      { ...options, recheckKeys: { offerIds } },
    );
    return { taskId: answer.result.task_id, offerIds };
  };

  return {
    import: importTask,

    /** Imports any number of items as consecutive tasks of ≤ 100; yields each task as soon as it is created. */
    async *importInBatches(
      items: readonly ImportItemInput[],
      options: Signal = {},
    ): AsyncGenerator<ImportTask> {
      for (const batch of chunk(items, OZON_BATCH_MAX.productImport)) {
        yield await importTask(batch, options);
      }
    },

    /** POST /v1/product/import/info (ProductAPI_GetImportProductsInfo): per-item status and errors, as data. */
    async importInfo(taskId: string, options: Signal = {}): Promise<ImportInfo> {
      return (await t.call(ops.productImportInfo, { task_id: taskId }, options)).result;
    },

    /** POST /v3/product/list (ProductAPI_GetProductList): all product ids, `last_id` pages of up to 1000. */
    listPages(
      filter: ProductListFilter = {},
      options: Signal & { limit?: number } = {},
    ): AsyncGenerator<Page<ProductListItem, string>> {
      const limit = options.limit ?? OZON_BATCH_MAX.productList;
      return pagesByLastId(async (last_id) => {
        const { result } = await t.call(ops.productList, { filter, last_id, limit }, options);
        return { items: result.items, lastId: result.last_id };
      });
    },

    /** POST /v3/product/info/list (ProductAPI_GetProductInfoList): full cards; id lists split at 1000. */
    infoList,

    /** POST /v4/product/info/attributes (ProductAPI_GetProductAttributesV4): what Ozon holds, `last_id` pages. */
    attributesPages(
      filter: ProductAttributesFilter = {},
      options: Signal & { limit?: number } = {},
    ): AsyncGenerator<Page<ProductAttributes, string>> {
      const limit = options.limit ?? OZON_BATCH_MAX.productAttributes;
      return pagesByLastId(async (last_id) => {
        const answer = await t.call(ops.productAttributes, { filter, last_id, limit }, options);
        return { items: answer.result, lastId: answer.last_id };
      });
    },

    /** POST /v1/product/archive (ProductAPI_ProductArchive), in batches of 100. Zero the stock first. */
    archive: (productIds: readonly string[], options: Signal = {}) => setArchived(true, productIds, options),

    /** POST /v1/product/unarchive (ProductAPI_ProductUnarchive), in batches of 100. */
    unarchive: (productIds: readonly string[], options: Signal = {}) =>
      setArchived(false, productIds, options),

    /** POST /v4/product/info/limit (ProductAPI_GetUploadQuota): daily create/update quotas (-1 = unlimited). */
    async uploadQuota(options: Signal = {}): Promise<OzonResponse<'productInfoLimit'>> {
      return t.call(ops.productInfoLimit, {}, options);
    },
  };
}
