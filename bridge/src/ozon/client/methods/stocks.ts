import { chunk, OZON_BATCH_MAX } from '../../limits';
import { type Page, pagesByCursor } from '../../paging';
import type { OzonRequest, OzonResponse } from '../../schemas';
import { runBatches } from '../batch-runner';
import type { CallOptions, OzonTransport } from '../transport';
import { ops } from '../typed-operations';

export type StockPairInput = OzonRequest<'stocksUpdate'>['stocks'][number];
export type StockUpdateResult = OzonResponse<'stocksUpdate'>['result'][number];
export type WarehouseStock = OzonResponse<'stocksByWarehouseFbs'>['products'][number];
export type ProductStocks = OzonResponse<'productInfoStocks'>['items'][number];
export type ProductStocksFilter = OzonRequest<'productInfoStocks'>['filter'];

/** Every pair's result; `failed` are the pairs Ozon answered with `updated: false` and their `errors[]`. */
export interface StockUpdateOutcome {
  readonly results: readonly StockUpdateResult[];
  readonly failed: readonly StockUpdateResult[];
}

/** Filter of the per-warehouse read: by SKU or by offer_id, not both. */
export type StocksByWarehouseFilter =
  | { readonly skus: readonly string[]; readonly offerIds?: undefined }
  | { readonly offerIds: readonly string[]; readonly skus?: undefined };

type Signal = Pick<CallOptions, 'signal'>;

/** Requests kept in flight during a big stock push: enough to hide latency, the limiters set the pace. */
const STOCK_CONCURRENCY = 4;

/** FBS/rFBS stock: write per product and warehouse, read per warehouse or per scheme. */
export function stockMethods(t: OzonTransport) {
  return {
    /**
     * POST /v2/products/stocks (ProductAPI_ProductsStocksV2): any number of pairs, sent 100 a request at Ozon's
     * 80 requests a minute. Per-pair refusals (TOO_MANY_REQUESTS, PRICE_IS_NOT_SENT, ...) come back in `failed`;
     * a request that failed as a whole raises OzonBatchError with everything that did come back.
     */
    async update(
      pairs: readonly StockPairInput[],
      options: Signal & { concurrency?: number } = {},
    ): Promise<StockUpdateOutcome> {
      const batches = chunk(pairs, OZON_BATCH_MAX.stockPairs);
      const results = await runBatches(
        ops.stocksUpdate.name,
        batches,
        options.concurrency ?? STOCK_CONCURRENCY,
        async (batch) => {
          const answer = await t.call(ops.stocksUpdate, { stocks: [...batch] }, options);
          return answer.result;
        },
      );
      return { results, failed: results.filter((r) => !r.updated || r.errors.length > 0) };
    },

    /**
     * POST /v2/product/info/stocks-by-warehouse/fbs (ProductAPI_GetProductInfoStocksByWarehouseFbsV2): present,
     * reserved and free stock per warehouse; cursor pages. Lists over 1000 ids are read in several passes.
     */
    async *byWarehousePages(
      filter: StocksByWarehouseFilter,
      options: Signal & { limit?: number } = {},
    ): AsyncGenerator<Page<WarehouseStock, string>> {
      const limit = options.limit ?? OZON_BATCH_MAX.stocksByWarehouse;
      const groups =
        filter.skus !== undefined
          ? chunk(filter.skus, OZON_BATCH_MAX.stocksByWarehouse).map((sku) => ({ sku: [...sku] }))
          : chunk(filter.offerIds, OZON_BATCH_MAX.stocksByWarehouse).map((offer_id) => ({
              offer_id: [...offer_id],
            }));
      for (const ids of groups) {
        yield* pagesByCursor(async (cursor) => {
          const answer = await t.call(ops.stocksByWarehouseFbs, { ...ids, cursor, limit }, options);
          return { items: answer.products, cursor: answer.cursor, hasNext: answer.has_next };
        });
      }
    },

    /** POST /v4/product/info/stocks (ProductAPI_GetProductInfoStocks): stock per scheme (fbs, rfbs, fbo); cursor pages. */
    infoPages(
      filter: ProductStocksFilter = {},
      options: Signal & { limit?: number } = {},
    ): AsyncGenerator<Page<ProductStocks, string>> {
      const limit = options.limit ?? OZON_BATCH_MAX.infoStocks;
      return pagesByCursor(async (cursor) => {
        const answer = await t.call(ops.productInfoStocks, { filter, cursor, limit }, options);
        return { items: answer.items, cursor: answer.cursor };
      });
    },
  };
}
